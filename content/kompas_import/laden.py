"""Loading a checked edition into the page tree (`content.kompas_import.controleren` reads and checks).

`door=None` is the demo: publish what is missing, leave what exists. With a kerngroep member, every
new or changed page becomes a draft revision by that member, which then goes through the four-eyes
workflow (`content.vier_ogen`): nothing is live before a second member approves it.

What files name by reference is looked up here: a document by its title (or, when the database has
none, uploaded from the edition's `documenten/` folder), an author by e-mail. A reference that
cannot be resolved refuses the edition like a checking error, naming file and line.
"""

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from content.kompas_bestanden import DOCUMENTEN, Bestand, blokken_uit_markdown, lees_pagina, markdown_html
from content.kompas_import.controleren import (
    HOME_BESTAND,
    Editie,
    KompasDataFout,
    onderdeel_code,
    stappen,
)


@dataclass
class Lader:
    """Puts read files in the tree. `door=None` is the demo: publish what is missing, leave what
    exists. With a person, every new or changed page becomes a draft revision by that person."""

    door: object = None
    nieuw: int = 0
    gewijzigd: int = 0

    def pagina(self, parent, model, zoek: dict, velden: dict, m2m: dict | None = None):
        existing = model.objects.child_of(parent).filter(**zoek).first()
        if existing and self.door is None:
            return existing
        if existing:
            page = existing.get_latest_revision_as_object()
            voorstel = model(**velden)
            if _waarden(voorstel, velden) == _waarden(page, velden) and not _m2m_anders(page, m2m or {}):
                return existing
            for naam, waarde in velden.items():
                setattr(page, naam, waarde)
            self._m2m(page, m2m)
            page.save_revision(user=self.door, log_action=True)
            self.gewijzigd += 1
            return existing
        page = parent.add_child(instance=model(**velden, live=self.door is None))
        self._m2m(page, m2m)
        revision = page.save_revision(user=self.door, log_action=self.door is not None)
        if self.door is None:
            revision.publish()
        self.nieuw += 1
        return page

    @staticmethod
    def _m2m(page, m2m):
        for naam, objecten in (m2m or {}).items():
            getattr(page, naam).set(objecten)


def _waarden(page, namen) -> dict:
    """Field values as comparable plain data (StreamFields without their block ids)."""
    from wagtail.fields import StreamField

    uit = {}
    for naam in namen:
        veld, waarde = page._meta.get_field(naam), getattr(page, naam)
        if isinstance(veld, StreamField):
            waarde = _zonder_ids(veld.get_prep_value(waarde))
        elif veld.is_relation:
            waarde = getattr(waarde, "pk", None)
        uit[naam] = waarde
    return uit


def _zonder_ids(waarde):
    if isinstance(waarde, dict):
        return {k: _zonder_ids(v) for k, v in waarde.items() if k != "id"}
    if isinstance(waarde, list | tuple):
        return [_zonder_ids(v) for v in waarde]
    return waarde


def _m2m_anders(page, m2m: dict) -> bool:
    return any(
        {o.pk for o in getattr(page, naam).all()} != {o.pk for o in objecten}
        for naam, objecten in m2m.items()
    )


def home_laden(pad: Path = HOME_BESTAND) -> None:
    """The public home page (demo): title, intro, a section per `## ` heading and the key figures."""
    from content.models import HomePage

    bestand = lees_pagina(pad)
    secties = []
    for deel in bestand.body.split("\n## "):
        kop, _, tekst = deel.removeprefix("## ").partition("\n")
        secties.append(("sectie", {"kop": kop, "tekst": markdown_html(tekst)}))
    cijfers = dict(bestand.velden["cijfers"])
    na_sectie = cijfers.pop("na_sectie")
    cijfers["cijfers"] = cijfers.pop("cijfer")
    secties.insert(min(na_sectie, len(secties)), ("cijfers", cijfers))
    home = HomePage.objects.get()
    home.title = bestand.velden["titel"]
    home.intro = bestand.velden["intro"]
    home.body = secties
    home.save_revision().publish()


@transaction.atomic
def kompas_laden(editie: Editie, *, door=None) -> Lader:
    """Put a checked edition in the tree under the trainerskompas (see `Lader` for `door`)."""
    from content.inrichting import kompas_inrichten
    from content.models import (
        BegrippenlijstPage,
        FasePage,
        HoofdstukPage,
        OnderwerpPage,
        VerhaalVanLotPage,
    )

    lader = Lader(door)
    documenten = editie.kompas.pad.parent.parent / DOCUMENTEN
    kompas = kompas_inrichten()
    intro = markdown_html(editie.kompas.body)
    if door is None:
        kompas.intro = intro
        kompas.save_revision().publish()
    else:
        lader.pagina(kompas.get_parent(), type(kompas), {"pk": kompas.pk}, {"intro": intro})
    onderwerpen = {}
    for bestand in editie.onderwerpen:
        v = bestand.velden
        onderwerpen[bestand.pad.stem] = lader.pagina(
            kompas,
            OnderwerpPage,
            {"slug": bestand.pad.stem},
            {
                "slug": bestand.pad.stem,
                "title": v["naam"],
                "soort": v["soort"],
                "samenvatting": v["samenvatting"],
                "body": blokken_uit_markdown(bestand),
            },
        )
    for slug in editie.kompas.velden["inhoud"]:
        if slug in editie.hoofdstukken:
            bestand = editie.hoofdstukken[slug]
            lader.pagina(
                kompas,
                HoofdstukPage,
                {"slug": slug},
                {
                    "slug": slug,
                    "title": bestand.velden["titel"],
                    "intro": bestand.velden.get("intro", ""),
                    "body": blokken_uit_markdown(bestand),
                },
            )
        else:
            nummer = int(slug.removeprefix("fase-"))
            fase_page = _fase_laden(lader, kompas, FasePage, editie.fasen[nummer])
            for bestand in editie.themas[nummer]:
                _thema_laden(lader, fase_page, bestand, onderwerpen, documenten)
    begrippen = BegrippenlijstPage.objects.child_of(kompas).get()
    begrippen_velden = {
        "begrippen": [("begrip", b) for b in editie.begrippen.velden.get("begrip", [])],
        "intro": markdown_html(editie.begrippen.velden.get("intro", "")),
    }
    if door is not None:
        lader.pagina(kompas, BegrippenlijstPage, {"pk": begrippen.pk}, begrippen_velden)
    elif not begrippen.begrippen:
        _bestaande_publiceren(begrippen, **begrippen_velden)
    lot = VerhaalVanLotPage.objects.child_of(kompas).get()
    if door is not None:
        lader.pagina(kompas, VerhaalVanLotPage, {"pk": lot.pk}, {"intro": markdown_html(editie.lot.body)})
    elif not lot.intro:
        _bestaande_publiceren(lot, intro=markdown_html(editie.lot.body))
    return lader


def _bestaande_publiceren(page, **velden) -> None:
    for naam, waarde in velden.items():
        setattr(page, naam, waarde)
    page.save_revision().publish()


def _fase_laden(lader: Lader, kompas, model, bestand: Bestand):
    v = bestand.velden
    return lader.pagina(
        kompas,
        model,
        {"slug": f"fase-{v['nummer']}"},
        {
            "slug": f"fase-{v['nummer']}",
            "title": f"Fase {v['nummer']}: {v['naam']}",
            "nummer": v["nummer"],
            "kenmerk": v["kenmerk"],
            "inleiding": blokken_uit_markdown(bestand),
            "subdoelen": [("subdoel", s) for s in v.get("subdoelen", [])],
            "houding": markdown_html(v["houding"]),
            "mijlpalen": [("mijlpaal", m) for m in v.get("mijlpalen", [])],
        },
    )


def _thema_laden(lader: Lader, fase_page, bestand: Bestand, onderwerpen: dict, documenten: Path):
    from content.models import LotVerhaal, ThemaPage

    v = bestand.velden
    bestaand = ThemaPage.objects.child_of(fase_page).filter(title=v["thema"]).first()
    if bestaand and lader.door is None:
        return bestaand
    lot_tekst = markdown_html(v["lot"]["tekst"])
    verhaal = bestaand.get_latest_revision_as_object().lot_verhaal if bestaand else None
    if verhaal is None or (verhaal.titel, verhaal.tekst) != (v["lot"]["titel"], lot_tekst):
        # A story is not versioned itself: a changed story is a new one, so the live page keeps
        # the old story until the four-eyes workflow publishes the draft that points to the new one.
        verhaal = LotVerhaal.objects.create(titel=v["lot"]["titel"], tekst=lot_tekst)
    opdrachten = v.get("praktijkopdracht", [])
    # Generated worksheets first, then an editor's own: the order `content.kompas_export` writes back.
    werkbladen = [
        (
            "werkblad",
            {
                "document": werkblad(f"Werkblad {v['thema']}: {o['titel']}", o),
                "omschrijving": o["uitleg"][:120],
            },
        )
        for o in opdrachten
        if o.get("werkblad")
    ] + _werkbladen(bestand, documenten)
    return lader.pagina(
        fase_page,
        ThemaPage,
        {"title": v["thema"]},
        {
            "title": v["thema"],
            "spreuk": v["spreuk"],
            "lot_verhaal": verhaal,
            "theorie": blokken_uit_markdown(bestand),
            "praktijkopdrachten": [
                ("opdracht", {"titel": o["titel"], "uitleg": o["uitleg"]}) for o in opdrachten
            ],
            "transfer": markdown_html(v["transfer"]),
            "activiteiten": [("activiteit", a) for a in v.get("activiteit", [])],
            "groepsvariant": markdown_html(v["groepsvariant"]),
            "werkbladen": werkbladen,
        },
        {"onderwerpen": [onderwerpen[s] for s in v.get("onderwerpen", []) if s in onderwerpen]},
    )


def _werkbladen(bestand: Bestand, map_: Path) -> list:
    """The worksheets an editor attached (`[[werkblad]]`): the document with that title, or when
    there is none, the file from the edition's `documenten/` folder, uploaded under that title."""
    from django.core.files import File
    from wagtail.documents import get_document_model

    from content.inrichting import werkbladen_inrichten

    Document = get_document_model()
    blokken = []
    for verwijzing in bestand.velden.get("werkblad", []):
        titel = verwijzing["titel"]
        document = Document.objects.filter(title=titel).order_by("pk").first()
        if document is None:
            pad = map_ / verwijzing["bestand"]
            if not pad.is_file():
                raise KompasDataFout([bestand.fout(f"geen document '{titel}' en geen bestand {pad}.", titel)])
            # In the protected collection, like the generated worksheets: the manual is not public.
            document = Document(title=titel, collection=werkbladen_inrichten())
            with pad.open("rb") as inhoud:
                document.file.save(pad.name, File(inhoud), save=True)
        omschrijving = verwijzing.get("omschrijving", "")
        blokken.append(("werkblad", {"document": document, "omschrijving": omschrijving}))
    return blokken


def _lot_verhaal(lot: dict, huidig):
    """An activity's story of Lot: the current one if unchanged, else an equal existing story (the
    one a theme tells), else a new one."""
    from content.models import LotVerhaal

    tekst = markdown_html(lot["tekst"])
    if huidig is not None and (huidig.titel, huidig.tekst) == (lot["titel"], tekst):
        return huidig
    gelijk = LotVerhaal.objects.filter(titel=lot["titel"], tekst=tekst).order_by("pk").first()
    return gelijk or LotVerhaal.objects.create(titel=lot["titel"], tekst=tekst)


def _auteur(bestand: Bestand):
    """The trainer who submitted an activity, by e-mail: the files carry no other personal data."""
    from django.contrib.auth import get_user_model

    email = bestand.velden["auteur"]
    auteur = get_user_model().objects.filter(email__iexact=email).order_by("pk").first()
    if auteur is None:
        raise KompasDataFout([bestand.fout(f"geen gebruiker met het e-mailadres '{email}'.", email)])
    return auteur


def werkblad(titel: str, opdracht: dict):
    """The worksheet PDF of an assignment, made once and kept in the protected collection."""
    from io import BytesIO

    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from content.inrichting import werkbladen_inrichten
    from portal.pdf import render_pdf

    Document = get_document_model()
    existing = Document.objects.filter(title=titel).order_by("pk").first()
    if existing:
        return existing
    buffer = BytesIO(render_pdf("content/pdf/werkblad.html", {"titel": titel, "opdracht": opdracht}))
    document = Document(title=titel, collection=werkbladen_inrichten())
    document.file.save(
        f"werkblad-{Document.objects.count() + 1}.pdf", ContentFile(buffer.getvalue()), save=False
    )
    document.save()
    return document


@transaction.atomic
def activiteiten_laden(bibliotheek: Bestand, activiteiten: list[Bestand], *, door=None) -> Lader:
    """The activity library and its materials (see `Lader` for `door`)."""
    from content.models import ActiviteitPage, BibliotheekPage, Materiaal, Onderdeel, OnderwerpPage, ThemaPage

    lader = Lader(door)
    documenten = bibliotheek.pad.parent.parent / DOCUMENTEN
    for materiaal in bibliotheek.velden.get("materiaal", []):
        Materiaal.objects.update_or_create(slug=materiaal["slug"], defaults={"naam": materiaal["naam"]})
    bieb = BibliotheekPage.objects.get()
    if door is not None:
        lader.pagina(
            bieb.get_parent(), BibliotheekPage, {"pk": bieb.pk}, {"intro": bibliotheek.velden["intro"]}
        )
    elif not bieb.intro:
        _bestaande_publiceren(bieb, intro=bibliotheek.velden["intro"])
    # The demo links to what is live; an imported edition also to the drafts it brings along.
    themas = {t.title: t for t in (ThemaPage.objects.live() if door is None else ThemaPage.objects.all())}
    onderwerpen = {
        o.slug: o for o in (OnderwerpPage.objects.live() if door is None else OnderwerpPage.objects.all())
    }
    onderdelen = {o.code: o for o in Onderdeel.objects.all()}
    for bestand in activiteiten:
        a = bestand.velden
        codes = [onderdeel_code(o, a["setting"]) for o in a.get("onderdelen", [])]
        bestaand = ActiviteitPage.objects.child_of(bieb).filter(title=a["titel"]).first()
        if bestaand and door is None:
            continue  # the demo leaves what exists (as `Lader.pagina` would)
        huidig = bestaand.get_latest_revision_as_object().lot_verhaal if bestaand else None
        lader.pagina(
            bieb,
            ActiviteitPage,
            {"title": a["titel"]},
            {
                "title": a["titel"],
                "korte_beschrijving": a["korte_beschrijving"],
                "doelen": [("doel", d) for d in a.get("doelen", [])],
                "setting": a["setting"],
                "duur": a["duur"],
                "groepsgrootte": a.get("groepsgrootte", ""),
                "aanpak": a["aanpak"],
                "voorbereiding": a.get("voorbereiding", ""),
                "stappen": [("stap", s) for s in stappen(bestand)],
                "varianten": [("variant", s) for s in a.get("varianten", [])],
                "huiswerk": a.get("huiswerk", ""),
                "onderwerp": onderwerpen.get(a.get("onderwerp", "")),
                "voor_nieuwe_trainers": a.get("voor_nieuwe_trainers", False),
                "werkbladen": _werkbladen(bestand, documenten),
                "lot_verhaal": _lot_verhaal(a["lot"], huidig) if a.get("lot") else None,
                "auteur": _auteur(bestand) if a.get("auteur") else None,
            },
            {
                "themas": [themas[t] for t in a.get("themas", []) if t in themas],
                "onderdelen": [onderdelen[c] for c in codes if c in onderdelen],
                "materialen": list(Materiaal.objects.filter(slug__in=a.get("materialen", []))),
            },
        )
    return lader
