"""Reading and checking an edition of the manual (`docs/kompas-data.md`): nothing here writes.

Checking comes first and is complete: an edition with an unknown theme, a theme in the wrong phase
or a theme without a suggestion for a meeting part is refused as a whole, every error naming file
and line (`KompasDataFout`). What passes goes to `content.kompas_import.laden`.
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from content.kompas_bestanden import Bestand, KompasBestandFout, lees_pagina, lees_toml
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
# An editor may link an activity to a part the setting would not give: then the file names it in full.
VOLLEDIGE_ONDERDEEL_CODES = {f"ind:{code}" for code, _label in ONDERDELEN_INDIVIDUEEL} | {
    f"groep:{code}" for code, _label in ONDERDELEN_GROEP
}


def onderdeel_code(onderdeel: str, setting: str) -> str:
    """The stored code of a meeting part named in an activity file: a full code ("groep:opening")
    as written, a plain one ("opening") in the group meeting for a group activity or a part only the
    group meeting has, otherwise in the individual meeting."""
    if ":" in onderdeel:
        return onderdeel
    groep = setting == "groep" or onderdeel in GROEPSONDERDELEN
    return f"{'groep' if groep else 'ind'}:{onderdeel}"


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
    """Rule 'thema's' (`content.programma`): a phase has its own four themes, in order."""
    bestanden = [b for p in sorted(map_.glob("*.md")) if (b := _pagina(p, fouten))]
    for bestand in bestanden:
        fouten.extend(thema_controleren(bestand, fase, onderwerp_slugs))
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


def thema_controleren(bestand: Bestand, fase, onderwerp_slugs: set[str]) -> list[KompasBestandFout]:
    """One theme file against its phase: a theme of that phase, which suggests an activity for
    every part of the individual meeting and names only known topics."""
    fouten: list[KompasBestandFout] = []
    naam = bestand.velden.get("thema")
    if naam not in fase.themas:
        elders = next((f for f in FASEN if naam in f.themas), None)
        melding = (
            f"het thema '{naam}' hoort bij fase {elders.nummer}, niet bij fase {fase.nummer}."
            if elders
            else f"onbekend thema '{naam}'; fase {fase.nummer} heeft: {', '.join(fase.themas)}."
        )
        fouten.append(bestand.fout(melding, "thema"))
        return fouten
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
            fouten.append(bestand.fout(f"geen activiteit voor het onderdeel '{label}' ({code}).", "thema"))
    for slug in bestand.velden.get("onderwerpen", []):
        if slug not in onderwerp_slugs:
            fouten.append(bestand.fout(f"onbekend onderwerp '{slug}'.", slug))
    fouten.extend(werkbladen_controleren(bestand))
    return fouten


def activiteiten_lezen(map_: Path = ACTIVITEITEN_MAP) -> tuple[Bestand, list[Bestand]]:
    """The activity library: `bibliotheek.toml` (intro, materials) and one file per activity."""
    map_ = Path(map_)
    fouten: list[KompasBestandFout] = []
    bibliotheek = _toml_of_fout(map_ / "bibliotheek.toml", fouten)
    materialen = {m["slug"] for m in bibliotheek.velden.get("materiaal", [])} if bibliotheek else set()
    activiteiten = [b for p in sorted(map_.glob("*.md")) if (b := _pagina(p, fouten))]
    for bestand in activiteiten:
        fouten.extend(activiteit_controleren(bestand, materialen))
    if fouten:
        raise KompasDataFout(fouten)
    return bibliotheek, activiteiten


def activiteit_controleren(bestand: Bestand, materialen: set[str]) -> list[KompasBestandFout]:
    """One activity file: known themes with their phases, parts and materials; numbered steps."""
    fouten: list[KompasBestandFout] = []
    fase_van_thema = {t: f.nummer for f in FASEN for t in f.themas}
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
        if code not in ONDERDEEL_CODES | VOLLEDIGE_ONDERDEEL_CODES:
            fouten.append(bestand.fout(f"onbekend onderdeel '{code}'.", code))
    for slug in velden.get("materialen", []):
        if slug not in materialen:
            fouten.append(bestand.fout(f"onbekend materiaal '{slug}' (zie bibliotheek.toml).", slug))
    fouten.extend(werkbladen_controleren(bestand))
    try:
        stappen(bestand)
    except KompasBestandFout as fout:
        fouten.append(fout)
    return fouten


def werkbladen_controleren(bestand: Bestand) -> list[KompasBestandFout]:
    """A worksheet an editor attached (`[[werkblad]]`) names its document by title and file."""
    fouten = []
    for werkblad in bestand.velden.get("werkblad", []):
        for naam in ("titel", "bestand"):
            if not werkblad.get(naam):
                fouten.append(bestand.fout(f"een werkblad mist '{naam}'.", "[[werkblad]]"))
    return fouten


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
