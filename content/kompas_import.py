"""The one importer of the manual as data: reads `content/data/` (or an edition folder), checks it
against the programme (`content.programma`) and puts it in the page tree.

Two callers, one code path:
- the demo (`content.demo`) publishes what is missing and leaves existing pages alone;
- `manage.py kompas_importeren <map>` writes every change as a draft revision by the importing
  kerngroep member, which then goes through the four-eyes workflow (`content.vier_ogen`): nothing
  is live before a second member approves it.

Checking comes first and is complete: an edition with an unknown theme, a theme in the wrong phase
or a theme without a suggestion for a meeting part is refused as a whole, every error naming file
and line (`KompasDataFout`).
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from content.kompas_bestanden import (
    Bestand,
    KompasBestandFout,
    blokken_uit_markdown,
    lees_pagina,
    lees_toml,
    markdown_html,
)
from content.programma import FASEN, ONDERDELEN_GROEP, ONDERDELEN_INDIVIDUEEL

DATA = Path(settings.BASE_DIR) / "content" / "data"
KOMPAS_MAP = DATA / "kompas"
ACTIVITEITEN_MAP = DATA / "activiteiten"
HOME_BESTAND = DATA / "home.md"

# A group activity sits in the group meeting; these parts exist only there, whatever the setting.
GROEPSONDERDELEN = {code for code, _label in ONDERDELEN_GROEP} - {
    code for code, _label in ONDERDELEN_INDIVIDUEEL
}
ONDERDEEL_CODES = {code for code, _label in ONDERDELEN_INDIVIDUEEL + ONDERDELEN_GROEP}


class KompasDataFout(ValueError):
    """An edition that does not fit the programme; `fouten` lists every problem found."""

    def __init__(self, fouten: list[KompasBestandFout]):
        self.fouten = fouten
        super().__init__("\n".join(str(f) for f in fouten))


@dataclass
class Editie:
    """An edition of the manual as read from files, checked against the programme."""

    kompas: Bestand
    hoofdstukken: dict[str, Bestand]
    fasen: dict[int, Bestand]
    themas: dict[int, list[Bestand]]
    onderwerpen: list[Bestand]
    begrippen: Bestand
    lot: Bestand


def _pagina(pad: Path, fouten: list) -> Bestand | None:
    try:
        return lees_pagina(pad)
    except KompasBestandFout as fout:
        fouten.append(fout)
        return None


def _verplicht(bestand: Bestand, fouten: list, *namen: str) -> None:
    for naam in namen:
        if naam not in bestand.velden:
            fouten.append(bestand.fout(f"het veld '{naam}' ontbreekt."))


def kompas_lezen(map_: Path = KOMPAS_MAP) -> Editie:
    """Read an edition and check it; raises `KompasDataFout` with every problem at once."""
    map_ = Path(map_)
    fouten: list[KompasBestandFout] = []
    if not (map_ / "kompas.md").exists():
        raise KompasDataFout([KompasBestandFout(map_ / "kompas.md", None, "dit bestand ontbreekt.")])
    kompas = _pagina(map_ / "kompas.md", fouten)
    if kompas is None:
        raise KompasDataFout(fouten)
    inhoud = kompas.velden.get("inhoud", [])
    hoofdstukken = {}
    for slug in inhoud:
        if slug.startswith("fase-"):
            continue
        pad = map_ / "hoofdstukken" / f"{slug}.md"
        if not pad.exists():
            fouten.append(
                kompas.fout(f"het hoofdstuk '{slug}' staat in 'inhoud', maar {pad} ontbreekt.", slug)
            )
        elif bestand := _pagina(pad, fouten):
            _verplicht(bestand, fouten, "titel")
            hoofdstukken[slug] = bestand
    for pad in sorted((map_ / "hoofdstukken").glob("*.md")):
        if pad.stem not in inhoud:
            fouten.append(KompasBestandFout(pad, None, "dit hoofdstuk staat niet in 'inhoud' van kompas.md."))
    onderwerpen = []
    for slug in kompas.velden.get("onderwerpen", []):
        pad = map_ / "onderwerpen" / f"{slug}.md"
        if not pad.exists():
            fouten.append(
                kompas.fout(f"het onderwerp '{slug}' staat in 'onderwerpen', maar {pad} ontbreekt.", slug)
            )
        elif bestand := _pagina(pad, fouten):
            onderwerpen.append(bestand)
    for pad in sorted((map_ / "onderwerpen").glob("*.md")):
        if pad.stem not in kompas.velden.get("onderwerpen", []):
            fouten.append(
                KompasBestandFout(pad, None, "dit onderwerp staat niet in 'onderwerpen' van kompas.md.")
            )
    for bestand in onderwerpen:
        _verplicht(bestand, fouten, "naam", "soort", "samenvatting")
    # A topic whose file has an error is still a known topic: one error, not one per theme.
    onderwerp_slugs = {
        s for s in kompas.velden.get("onderwerpen", []) if (map_ / "onderwerpen" / f"{s}.md").exists()
    }
    fasen, themas = {}, {}
    for fase in FASEN:
        slug = f"fase-{fase.nummer}"
        if slug not in inhoud:
            fouten.append(kompas.fout(f"'inhoud' mist fase {fase.nummer} ('{slug}').", "inhoud"))
        pad = map_ / "fasen" / f"{slug}.md"
        if not pad.exists():
            fouten.append(KompasBestandFout(pad, None, f"fase {fase.nummer} ({fase.naam}) ontbreekt."))
            continue
        if bestand := _pagina(pad, fouten):
            _fase_controleren(bestand, fase, fouten)
            fasen[fase.nummer] = bestand
        themas[fase.nummer] = _themas_lezen(map_ / "fasen" / slug, fase, onderwerp_slugs, fouten)
    for slug in inhoud:
        if slug.startswith("fase-") and slug not in {f"fase-{f.nummer}" for f in FASEN}:
            fouten.append(kompas.fout(f"'{slug}' is geen fase van Re-Fit (er zijn er {len(FASEN)}).", slug))
    begrippen = _toml_of_fout(map_ / "begrippen.toml", fouten)
    lot = _pagina(map_ / "verhaal-van-lot.md", fouten)
    if fouten:
        raise KompasDataFout(fouten)
    return Editie(kompas, hoofdstukken, fasen, themas, onderwerpen, begrippen, lot)


def _toml_of_fout(pad: Path, fouten: list) -> Bestand | None:
    try:
        return lees_toml(pad)
    except (KompasBestandFout, FileNotFoundError) as fout:
        fouten.append(
            fout if isinstance(fout, KompasBestandFout) else KompasBestandFout(pad, None, "ontbreekt.")
        )
        return None


def _fase_controleren(bestand: Bestand, fase, fouten: list) -> None:
    _verplicht(bestand, fouten, "nummer", "naam", "kenmerk", "houding")
    if bestand.velden.get("nummer", fase.nummer) != fase.nummer:
        fouten.append(bestand.fout(f"het nummer moet {fase.nummer} zijn.", "nummer"))
    if bestand.velden.get("naam", fase.naam) != fase.naam:
        fouten.append(bestand.fout(f"fase {fase.nummer} heet '{fase.naam}'.", "naam"))


def _themas_lezen(map_: Path, fase, onderwerp_slugs: set[str], fouten: list) -> list[Bestand]:
    """Rule 'thema's' (`content.programma`): a phase has its own four themes, in order, and a theme
    suggests an activity for every part of the individual meeting."""
    bestanden = [b for p in sorted(map_.glob("*.md")) if (b := _pagina(p, fouten))]
    for bestand in bestanden:
        naam = bestand.velden.get("thema")
        if naam not in fase.themas:
            elders = next((f for f in FASEN if naam in f.themas), None)
            melding = (
                f"het thema '{naam}' hoort bij fase {elders.nummer}, niet bij fase {fase.nummer}."
                if elders
                else f"onbekend thema '{naam}'; fase {fase.nummer} heeft: {', '.join(fase.themas)}."
            )
            fouten.append(bestand.fout(melding, "thema"))
            continue
        if bestand.velden.get("fase", fase.nummer) != fase.nummer:
            fouten.append(bestand.fout(f"dit thema staat in de map van fase {fase.nummer}.", "fase ="))
        _verplicht(bestand, fouten, "spreuk", "transfer", "groepsvariant", "lot")
        onderdelen = {a.get("onderdeel") for a in bestand.velden.get("activiteit", [])}
        for activiteit in bestand.velden.get("activiteit", []):
            if activiteit.get("onderdeel") not in ONDERDEEL_CODES:
                fouten.append(
                    bestand.fout(
                        f"onbekend onderdeel '{activiteit.get('onderdeel')}'.", activiteit.get("onderdeel")
                    )
                )
        for code, label in ONDERDELEN_INDIVIDUEEL:
            if code not in onderdelen:
                fouten.append(
                    bestand.fout(f"geen activiteit voor het onderdeel '{label}' ({code}).", "thema")
                )
        for slug in bestand.velden.get("onderwerpen", []):
            if slug not in onderwerp_slugs:
                fouten.append(bestand.fout(f"onbekend onderwerp '{slug}'.", slug))
    namen = [b.velden.get("thema") for b in bestanden]
    if not fouten and namen != list(fase.themas):
        plaats = bestanden[0].pad.parent if bestanden else map_
        fouten.append(
            KompasBestandFout(
                plaats,
                None,
                f"fase {fase.nummer} heeft de thema's {', '.join(fase.themas)}, in die volgorde; "
                f"gevonden: {', '.join(str(n) for n in namen) or 'geen'}.",
            )
        )
    return bestanden


def activiteiten_lezen(map_: Path = ACTIVITEITEN_MAP) -> tuple[Bestand, list[Bestand]]:
    """The activity library: `bibliotheek.toml` (intro, materials) and one file per activity."""
    map_ = Path(map_)
    fouten: list[KompasBestandFout] = []
    bibliotheek = _toml_of_fout(map_ / "bibliotheek.toml", fouten)
    materialen = {m["slug"] for m in bibliotheek.velden.get("materiaal", [])} if bibliotheek else set()
    fase_van_thema = {t: f.nummer for f in FASEN for t in f.themas}
    activiteiten = [b for p in sorted(map_.glob("*.md")) if (b := _pagina(p, fouten))]
    for bestand in activiteiten:
        velden = bestand.velden
        _verplicht(bestand, fouten, "titel", "korte_beschrijving", "setting", "duur", "aanpak")
        for thema in velden.get("themas", []):
            if thema not in fase_van_thema:
                fouten.append(bestand.fout(f"onbekend thema '{thema}'.", thema))
            elif fase_van_thema[thema] not in velden.get("fasen", []):
                fouten.append(
                    bestand.fout(
                        f"het thema '{thema}' hoort bij fase {fase_van_thema[thema]}; zet die in 'fasen'.",
                        thema,
                    )
                )
        for code in velden.get("onderdelen", []):
            if code not in ONDERDEEL_CODES:
                fouten.append(bestand.fout(f"onbekend onderdeel '{code}'.", code))
        for slug in velden.get("materialen", []):
            if slug not in materialen:
                fouten.append(bestand.fout(f"onbekend materiaal '{slug}' (zie bibliotheek.toml).", slug))
    if fouten:
        raise KompasDataFout(fouten)
    return bibliotheek, activiteiten


# --- Into the page tree.


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
                _thema_laden(lader, fase_page, bestand, onderwerpen)
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


def _thema_laden(lader: Lader, fase_page, bestand: Bestand, onderwerpen: dict):
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
    ]
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


def werkblad(titel: str, opdracht: dict):
    """The worksheet PDF of an assignment, made once and kept in the protected collection."""
    from io import BytesIO

    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from content.inrichting import werkbladen_inrichten
    from portal.pdf import render_pdf

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


@transaction.atomic
def activiteiten_laden(bibliotheek: Bestand, activiteiten: list[Bestand], *, door=None) -> Lader:
    """The activity library and its materials (see `Lader` for `door`)."""
    from content.models import ActiviteitPage, BibliotheekPage, Materiaal, Onderdeel, OnderwerpPage, ThemaPage

    lader = Lader(door)
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
        groep = a["setting"] == "groep"
        codes = [
            f"{'groep' if groep or o in GROEPSONDERDELEN else 'ind'}:{o}" for o in a.get("onderdelen", [])
        ]
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
            },
            {
                "themas": [themas[t] for t in a.get("themas", []) if t in themas],
                "onderdelen": [onderdelen[c] for c in codes if c in onderdelen],
                "materialen": list(Materiaal.objects.filter(slug__in=a.get("materialen", []))),
            },
        )
    return lader


def stappen(bestand: Bestand) -> list[str]:
    """The body of an activity is its numbered list of steps ("1. …")."""
    uit = []
    for nummer, regel in enumerate(bestand.body.split("\n"), start=bestand.body_regel):
        if not regel.strip():
            continue
        kop, punt, tekst = regel.partition(". ")
        if not (punt and kop.isdigit()):
            raise KompasBestandFout(
                bestand.pad, nummer, "een stap begint met een nummer en een punt ('1. ')."
            )
        uit.append(tekst)
    return uit
