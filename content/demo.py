"""Demo content: the whole trainerskompas and the public home page, from `content.demo_content`.

Pages are created once; a second run leaves existing pages as they are, so edits
made in a demo survive. Nothing here is real.
"""

from datetime import timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Page

from content import demo_content as data
from content.inrichting import kompas_inrichten, werkbladen_inrichten
from content.models import (
    BegrippenlijstPage,
    FasePage,
    HomePage,
    HoofdstukPage,
    LotVerhaal,
    OnderwerpPage,
    ThemaPage,
    VerhaalVanLotPage,
    Wijziging,
)
from content.services import markeer_gelezen
from portal.pdf import render_pdf

HOOFDSTUKKEN_VOOR_FASEN = 5  # target group … cooperation come before the phases; closure etc. after


def alineas(items) -> str:
    return "".join(f"<p>{escape(a)}</p>" for a in items)


def sectie_html(sectie: dict) -> str:
    lijst = "".join(f"<li>{escape(i)}</li>" for i in sectie.get("lijst", []))
    return f"<h2>{escape(sectie['kop'])}</h2>{alineas(sectie['alineas'])}" + (
        f"<ul>{lijst}</ul>" if lijst else ""
    )


def publiceer(page: Page) -> Page:
    page.save_revision().publish()
    return page


def maak_kind(parent: Page, model, slug: str, **fields) -> tuple[Page, bool]:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = parent.add_child(instance=model(slug=slug, **fields))
    publiceer(page)
    return page, True


def load_home() -> None:
    home = HomePage.objects.get()
    home.title = data.HOME["titel"]
    home.intro = data.HOME["intro"]
    body = [("sectie", {"kop": s["kop"], "tekst": alineas(s["alineas"])}) for s in data.HOME["secties"]]
    body.insert(
        min(4, len(body)),
        (
            "cijfers",
            {
                "titel": "Wat jongeren zeggen",
                "cijfers": data.HOME["resultaten"],
                "bron": data.HOME["resultaten_bron"],
            },
        ),
    )
    home.body = body
    publiceer(home)


def werkblad(titel: str, opdracht: dict):
    """A real worksheet PDF for an assignment, stored as a document in the protected collection."""
    Document = get_document_model()
    existing = Document.objects.filter(title=titel).first()
    if existing:
        return existing
    buffer = BytesIO(render_pdf("content/pdf/werkblad.html", {"titel": titel, "opdracht": opdracht}))
    document = Document(title=titel, collection=werkbladen_inrichten())
    document.file.save(
        f"werkblad-{Document.objects.count() + 1}.pdf", ContentFile(buffer.getvalue()), save=False
    )
    document.save()
    return document


def load_thema(fase_page: FasePage, thema: dict, onderwerpen: dict) -> ThemaPage:
    existing = ThemaPage.objects.child_of(fase_page).filter(title=thema["naam"]).first()
    if existing:
        return existing
    verhaal = LotVerhaal.objects.create(titel=thema["lot"]["titel"], tekst=alineas(thema["lot"]["alineas"]))
    activiteiten = [
        ("activiteit", {"onderdeel": onderdeel, **item})
        for onderdeel, items in thema["activiteiten"].items()
        for item in items
    ]
    opdrachten = [("opdracht", o) for o in thema["praktijkopdrachten"]]
    werkbladen = [
        (
            "werkblad",
            {
                "document": werkblad(f"Werkblad {thema['naam']}: {o['titel']}", o),
                "omschrijving": o["uitleg"][:120],
            },
        )
        for o in thema["praktijkopdrachten"][:1]
    ]
    page = fase_page.add_child(
        instance=ThemaPage(
            title=thema["naam"],
            spreuk=thema["spreuk"],
            lot_verhaal=verhaal,
            theorie=[("tekst", alineas(thema["theorie"]))],
            praktijkopdrachten=opdrachten,
            transfer=f"<p>{escape(thema['transfer'])}</p>",
            activiteiten=activiteiten,
            groepsvariant=f"<p>{escape(thema['groepsvariant'])}</p>",
            werkbladen=werkbladen,
        )
    )
    page.onderwerpen.set([onderwerpen[s] for s in thema["onderwerpen"] if s in onderwerpen])
    publiceer(page)
    return page


def load_fase(kompas, fase: dict, onderwerpen: dict) -> FasePage:
    page, _created = maak_kind(
        kompas,
        FasePage,
        f"fase-{fase['nummer']}",
        title=f"Fase {fase['nummer']}: {fase['naam']}",
        nummer=fase["nummer"],
        kenmerk=fase["kenmerk"],
        inleiding=[("tekst", alineas(fase["inleiding"]))],
        subdoelen=[("subdoel", s) for s in fase["subdoelen"]],
        houding=f"<p>{escape(fase['houding'])}</p>",
        mijlpalen=[("mijlpaal", m) for m in fase["mijlpalen"]],
    )
    for thema in fase["themas"]:
        load_thema(page, thema, onderwerpen)
    return page


def load_hoofdstuk(kompas, hoofdstuk: dict) -> HoofdstukPage:
    page, _created = maak_kind(
        kompas,
        HoofdstukPage,
        hoofdstuk["slug"],
        title=hoofdstuk["titel"],
        intro=hoofdstuk["intro"],
        body=[("tekst", sectie_html(s)) for s in hoofdstuk["secties"]],
    )
    return page


def load_kompas() -> None:
    kompas = kompas_inrichten()
    nieuw = not HoofdstukPage.objects.exists()
    load_home()
    kompas.intro = f"<p>{escape(data.KOMPAS_INTRO)}</p>"
    publiceer(kompas)
    onderwerpen = {
        o["slug"]: maak_kind(
            kompas,
            OnderwerpPage,
            o["slug"],
            title=o["naam"],
            soort=o["soort"],
            samenvatting=o["samenvatting"],
            body=[("tekst", alineas(o["alineas"]))],
        )[0]
        for o in data.ONDERWERPEN
    }
    for hoofdstuk in data.HOOFDSTUKKEN[:HOOFDSTUKKEN_VOOR_FASEN]:
        load_hoofdstuk(kompas, hoofdstuk)
    for fase in data.FASEN:
        load_fase(kompas, fase, onderwerpen)
    for hoofdstuk in data.HOOFDSTUKKEN[HOOFDSTUKKEN_VOOR_FASEN:]:
        load_hoofdstuk(kompas, hoofdstuk)
    begrippen = BegrippenlijstPage.objects.child_of(kompas).get()
    if not begrippen.begrippen:
        begrippen.begrippen = [("begrip", b) for b in data.BEGRIPPEN]
        begrippen.intro = "<p>De woorden die in het trainerskompas steeds terugkomen, kort uitgelegd.</p>"
        publiceer(begrippen)
    lot = VerhaalVanLotPage.objects.child_of(kompas).get()
    if not lot.intro:
        lot.intro = (
            "<p>Lot is een lotgenoot: een verzonnen jongere die hetzelfde meemaakt als de deelnemers. "
            "Hier lees je alle verhalen achter elkaar, in de volgorde van de training.</p>"
        )
        publiceer(lot)
    if nieuw:
        geschiedenis_maken()


def geschiedenis_maken() -> None:
    """Make the demo look lived-in: the first publication lies weeks back, the demo trainer read
    the first pages, and afterwards the kerngroep improved two of them (with notes)."""
    Wijziging.objects.update(gepubliceerd_op=timezone.now() - timedelta(days=60))
    Page.objects.filter(pk__in=Wijziging.objects.values("page")).update(
        last_published_at=timezone.now() - timedelta(days=60)
    )
    trainer = get_user_model().objects.filter(email="trainer@demo.re-fit.example").first()
    eerste = list(
        Page.objects.filter(pk__in=Wijziging.objects.values("page"))
        .type(HoofdstukPage, FasePage, ThemaPage)
        .order_by("path")[:8]
    )
    if trainer:
        for page in eerste:
            markeer_gelezen(user=trainer, page=page)
        from content.models import Leesvoortgang

        Leesvoortgang.objects.filter(user=trainer).update(gelezen_op=timezone.now() - timedelta(days=30))
    for page, toevoeging, notitie in (
        (
            ThemaPage.objects.get(title="Erkenning").specific,
            "Laat de jongere de emmer zelf tekenen: wat er zelf getekend is, "
            "blijft beter hangen dan een kant-en-klaar plaatje.",
            "Tip toegevoegd over het zelf laten tekenen van de emmer.",
        ),
        (
            HoofdstukPage.objects.get(slug="intake").specific,
            "Plan het telefonische gesprek over het besluit binnen een week na de intake, "
            "zodat de jongere niet lang in onzekerheid zit.",
            "Termijn voor het telefoongesprek na de intake verduidelijkt.",
        ),
    ):
        field = "theorie" if isinstance(page, ThemaPage) else "body"
        stream = getattr(page, field)
        stream.append(("kader", {"soort": "tip", "tekst": f"<p>{escape(toevoeging)}</p>"}))
        page.wijzigingsnotitie = notitie
        publiceer(page)


def load_activiteiten() -> None:
    """The library's demo activities and materials (created once, by title)."""
    from content import demo_activiteiten as act
    from content.models import ActiviteitPage, BibliotheekPage, Materiaal, Onderdeel

    for materiaal in act.MATERIALEN:
        Materiaal.objects.update_or_create(slug=materiaal["slug"], defaults={"naam": materiaal["naam"]})
    bieb = BibliotheekPage.objects.get()
    if not bieb.intro:
        bieb.intro = (
            "Zoek een activiteit die past bij de fase, het thema en het onderdeel van je bijeenkomst."
        )
        publiceer(bieb)
    themas = {t.title: t for t in ThemaPage.objects.live()}
    onderwerpen = {o.slug: o for o in OnderwerpPage.objects.live()}
    onderdelen = {o.code: o for o in Onderdeel.objects.all()}
    bestaand = set(ActiviteitPage.objects.child_of(bieb).values_list("title", flat=True))
    for a in act.ACTIVITEITEN:
        if a["titel"] in bestaand:
            continue
        groep = a["setting"] == "groep"
        codes = [f"{'groep' if groep or o in GROEPSONDERDELEN else 'ind'}:{o}" for o in a["onderdelen"]]
        page = bieb.add_child(
            instance=ActiviteitPage(
                title=a["titel"],
                korte_beschrijving=a["korte_beschrijving"],
                doelen=[("doel", d) for d in a["doelen"]],
                setting=a["setting"],
                duur=a["duur"],
                groepsgrootte=a["groepsgrootte"],
                aanpak=a["aanpak"],
                voorbereiding=a["voorbereiding"],
                stappen=[("stap", s) for s in a["stappen"]],
                varianten=[("variant", v) for v in a["varianten"]],
                huiswerk=a["huiswerk"],
                onderwerp=onderwerpen.get(a["onderwerp"]),
                voor_nieuwe_trainers=a["voor_nieuwe_trainers"],
            )
        )
        page.themas.set([themas[t] for t in a["themas"] if t in themas])
        page.onderdelen.set([onderdelen[c] for c in codes if c in onderdelen])
        page.materialen.set(Materiaal.objects.filter(slug__in=a["materialen"]))
        publiceer(page)


GROEPSONDERDELEN = {"terugkoppeling", "verhaal_en_theorie", "groepsactiviteiten", "afronding_opdrachten"}
