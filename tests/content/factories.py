"""A small trainerskompas for tests: built through the same setup code as production."""

from wagtail.models import Page

from content.inrichting import kerngroep_rechten_inrichten, kompas_inrichten
from content.models import FasePage, HoofdstukPage, LotVerhaal, OnderwerpPage, ThemaPage


def publiceer(page: Page, user=None) -> Page:
    page.save_revision(user=user).publish(user=user)
    return page


def hoofdstuk(
    kompas, titel="Doelgroep en criteria", tekst="Re-Fit is er voor jongeren met klachten."
) -> HoofdstukPage:
    page = kompas.add_child(instance=HoofdstukPage(title=titel, body=[("tekst", f"<p>{tekst}</p>")]))
    return publiceer(page)


def fase(kompas, nummer=1, naam="Erkennen") -> FasePage:
    page = kompas.add_child(
        instance=FasePage(
            title=f"Fase {nummer}: {naam}",
            nummer=nummer,
            kenmerk="Erkenning zonder oordeel.",
            subdoelen=[("subdoel", "De jongere voelt zich gehoord.")],
            houding="<p>Accepterend.</p>",
        )
    )
    return publiceer(page)


def thema(fase_page, titel="Introductie", theorie="Pijn is een signaal.", onderwerp=None) -> ThemaPage:
    verhaal = LotVerhaal.objects.create(
        titel=f"Lot en {titel.lower()}", tekst=f"<p>Lot over {titel.lower()}.</p>"
    )
    page = fase_page.add_child(
        instance=ThemaPage(
            title=titel,
            spreuk=f"Spreuk bij {titel.lower()}",
            lot_verhaal=verhaal,
            theorie=[("tekst", f"<p>{theorie}</p>")],
            praktijkopdrachten=[("opdracht", {"titel": "Opdracht", "uitleg": "Doe iets kleins."})],
            transfer="<p>Thuis proberen.</p>",
            groepsvariant="<p>In de groep samen.</p>",
        )
    )
    if onderwerp:
        page.onderwerpen.set([onderwerp])
    return publiceer(page)


def onderwerp(kompas, titel="De emmer", slug="emmer") -> OnderwerpPage:
    page = kompas.add_child(
        instance=OnderwerpPage(
            title=titel,
            slug=slug,
            soort="metafoor",
            samenvatting="Een volle emmer loopt over.",
            body=[("tekst", "<p>De emmer vult zich met spanning en belasting.</p>")],
        )
    )
    return publiceer(page)


def klein_kompas():
    """Kompas with one chapter, phase 1 with two themes and a topic, in that reading order."""
    kompas = kompas_inrichten()
    kerngroep_rechten_inrichten()
    emmer = onderwerp(kompas)
    h = hoofdstuk(kompas)
    f1 = fase(kompas)
    intro = thema(f1, "Introductie")
    erkenning = thema(f1, "Erkenning", theorie="De emmer loopt over als er te veel in zit.", onderwerp=emmer)
    return {
        "kompas": kompas,
        "hoofdstuk": h,
        "fase": f1,
        "introductie": intro,
        "erkenning": erkenning,
        "emmer": emmer,
    }


def bibliotheek(kompas):
    from content.models import BibliotheekPage

    return BibliotheekPage.objects.child_of(kompas).get()


def activiteit(
    bieb,
    titel,
    *,
    themas=(),
    onderdelen=("ind:activiteit",),
    setting="individueel",
    duur=15,
    aanpak="psycho-educatie",
    materialen=(),
    nieuw=False,
    tekst="Een oefening.",
):
    from content.models import ActiviteitPage, Materiaal, Onderdeel

    page = bieb.add_child(
        instance=ActiviteitPage(
            title=titel,
            korte_beschrijving=tekst,
            doelen=[("doel", "Inzicht")],
            setting=setting,
            duur=duur,
            aanpak=aanpak,
            stappen=[("stap", "Leg uit."), ("stap", "Oefen samen.")],
            voor_nieuwe_trainers=nieuw,
        )
    )
    page.themas.set(themas)
    page.onderdelen.set(Onderdeel.objects.filter(code__in=onderdelen))
    page.materialen.set(
        [Materiaal.objects.get_or_create(slug=m, defaults={"naam": m.capitalize()})[0] for m in materialen]
    )
    return publiceer(page)
