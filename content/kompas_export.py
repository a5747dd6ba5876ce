"""The live manual back out as data files, in the format `content.kompas_import` reads
(`docs/kompas-data.md`): exporting, importing into an empty database and exporting again gives the
same files.

Only what is live is written: drafts waiting for the four-eyes workflow are not part of an edition.
"""

import shutil
from pathlib import Path

from django.utils.text import slugify

from content.kompas_bestanden import (
    DOCUMENTEN,
    blokken_markdown,
    html_markdown,
    schrijf_pagina,
    schrijf_toml,
)
from content.kompas_import.controleren import onderdeel_code
from content.programma import fase as programma_fase


def _stream(page, naam: str) -> list:
    return list(getattr(page, naam).raw_data)


def _waarden(page, naam: str) -> list:
    return [blok["value"] for blok in _stream(page, naam)]


def kompas_exporteren(map_: Path) -> int:
    """Write the live manual and activity library to `map_/kompas` and `map_/activiteiten`, and the
    documents an editor attached to `map_/documenten` (all emptied first, so a removed page
    disappears from the files); returns the number of files."""
    from content.models import (
        BegrippenlijstPage,
        FasePage,
        HoofdstukPage,
        KompasPage,
        OnderwerpPage,
        ThemaPage,
        VerhaalVanLotPage,
    )

    map_ = Path(map_)
    for deel in ("kompas", "activiteiten", DOCUMENTEN):
        shutil.rmtree(map_ / deel, ignore_errors=True)
    uit = map_ / "kompas"
    kompas = KompasPage.objects.get()
    kinderen = kompas.get_children().live().specific()
    inhoud = [
        k.slug if isinstance(k, HoofdstukPage) else f"fase-{k.nummer}"
        for k in kinderen
        if isinstance(k, HoofdstukPage | FasePage)
    ]
    onderwerpen = [k for k in kinderen if isinstance(k, OnderwerpPage)]
    schrijf_pagina(
        uit / "kompas.md",
        {"inhoud": inhoud, "onderwerpen": [o.slug for o in onderwerpen]},
        html_markdown(kompas.intro),
    )
    bestanden = 1
    for page in kinderen:
        if isinstance(page, HoofdstukPage):
            schrijf_pagina(
                uit / "hoofdstukken" / f"{page.slug}.md",
                {"titel": page.title, "intro": page.intro},
                blokken_markdown(_stream(page, "body")),
            )
        elif isinstance(page, OnderwerpPage):
            schrijf_pagina(
                uit / "onderwerpen" / f"{page.slug}.md",
                {"naam": page.title, "soort": page.soort, "samenvatting": page.samenvatting},
                blokken_markdown(_stream(page, "body")),
            )
        elif isinstance(page, FasePage):
            _fase_exporteren(uit, page)
            bestanden += ThemaPage.objects.child_of(page).live().count()
        else:
            continue
        bestanden += 1
    begrippen = BegrippenlijstPage.objects.child_of(kompas).get()
    schrijf_toml(
        uit / "begrippen.toml",
        {"intro": html_markdown(begrippen.intro), "begrip": _waarden(begrippen, "begrippen")},
    )
    lot = VerhaalVanLotPage.objects.child_of(kompas).get()
    schrijf_pagina(uit / "verhaal-van-lot.md", {}, html_markdown(lot.intro))
    bestanden += 2 + activiteiten_exporteren(map_ / "activiteiten")
    return bestanden + len(list((map_ / DOCUMENTEN).glob("*")))


def _fase_exporteren(uit: Path, page) -> None:
    from content.models import ThemaPage

    schrijf_pagina(
        uit / "fasen" / f"fase-{page.nummer}.md",
        {
            "nummer": page.nummer,
            "naam": programma_fase(page.nummer).naam,
            "kenmerk": page.kenmerk,
            "houding": html_markdown(page.houding),
            "subdoelen": _waarden(page, "subdoelen"),
            "mijlpalen": _waarden(page, "mijlpalen"),
        },
        blokken_markdown(_stream(page, "inleiding")),
    )
    for volgnummer, thema in enumerate(ThemaPage.objects.child_of(page).live().order_by("path"), start=1):
        gemaakt, eigen = _thema_werkbladen(thema)
        opdrachten = [
            {**o, **({"werkblad": True} if i in gemaakt else {})}
            for i, o in enumerate(_waarden(thema, "praktijkopdrachten"))
        ]
        verhaal = thema.lot_verhaal
        schrijf_pagina(
            uit / "fasen" / f"fase-{page.nummer}" / f"{volgnummer}-{slugify(thema.title)}.md",
            {
                "thema": thema.title,
                "fase": page.nummer,
                "spreuk": thema.spreuk,
                "transfer": html_markdown(thema.transfer),
                "groepsvariant": html_markdown(thema.groepsvariant),
                "onderwerpen": [o.slug for o in thema.onderwerpen.order_by("path")],
                "lot": {"titel": verhaal.titel, "tekst": html_markdown(verhaal.tekst)} if verhaal else {},
                "praktijkopdracht": opdrachten,
                "activiteit": _waarden(thema, "activiteiten"),
                **_werkbladen_exporteren(uit.parent, eigen),
            },
            blokken_markdown(_stream(thema, "theorie")),
        )


def activiteiten_exporteren(uit: Path) -> int:
    """The library: `bibliotheek.toml` (intro, materials) and one file per live activity."""
    from content.models import ActiviteitPage, BibliotheekPage, Materiaal

    bieb = BibliotheekPage.objects.get()
    schrijf_toml(
        uit / "bibliotheek.toml",
        {
            "intro": bieb.intro,
            "materiaal": [{"slug": m.slug, "naam": m.naam} for m in Materiaal.objects.order_by("pk")],
        },
    )
    activiteiten = ActiviteitPage.objects.child_of(bieb).live().order_by("path")
    for nummer, a in enumerate(activiteiten, start=1):
        themas = list(a.themas.order_by("path"))
        verhaal = a.lot_verhaal
        schrijf_pagina(
            uit / f"{nummer:03d}-{slugify(a.title)}.md",
            {
                "titel": a.title,
                "korte_beschrijving": a.korte_beschrijving,
                # The phases are not stored: an activity is in the phases of its themes.
                "fasen": sorted({t.get_parent().specific.nummer for t in themas}),
                "themas": [t.title for t in themas],
                "onderdelen": [
                    _onderdeel(o.code, a.setting) for o in a.onderdelen.order_by("volgorde", "code")
                ],
                "setting": a.setting,
                "duur": a.duur,
                "groepsgrootte": a.groepsgrootte,
                "aanpak": a.aanpak,
                "materialen": [m.slug for m in a.materialen.order_by("pk")],
                "onderwerp": a.onderwerp.slug if a.onderwerp else "",
                "voor_nieuwe_trainers": a.voor_nieuwe_trainers,
                "doelen": _waarden(a, "doelen"),
                "voorbereiding": a.voorbereiding,
                "varianten": _waarden(a, "varianten"),
                "huiswerk": a.huiswerk,
                # By e-mail, as the kerngroep sees it in the admin: no name or other personal data.
                **({"auteur": a.auteur.email} if a.auteur else {}),
                **(
                    {"lot": {"titel": verhaal.titel, "tekst": html_markdown(verhaal.tekst)}}
                    if verhaal
                    else {}
                ),
                **_werkbladen_exporteren(uit.parent, _met_document(a.werkbladen)),
            },
            "\n".join(f"{i}. {stap}" for i, stap in enumerate(_waarden(a, "stappen"), start=1)),
        )
    return 1 + activiteiten.count()


def _onderdeel(code: str, setting: str) -> str:
    """The plain part ("opening") where the importer derives this code from it, else the full code."""
    deel = code.partition(":")[2]
    return deel if onderdeel_code(deel, setting) == code else code


def _thema_werkbladen(thema) -> tuple[set[int], list]:
    """The theme's worksheets as the file keeps them: the assignments whose generated worksheet
    (`werkblad = true`) opens the list, in their order, and the other worksheets after them.

    The importer puts generated worksheets first, so only a leading run of them can be written as
    flags; anything after the first other worksheet is written as it is, to keep the order."""
    opdrachten = _waarden(thema, "praktijkopdrachten")
    blokken = _met_document(thema.werkbladen)
    gemaakt, volgende = set(), 0
    for blok in blokken:
        passend = next(
            (
                i
                for i in range(volgende, len(opdrachten))
                if (blok["document"].title, blok["omschrijving"])
                == (f"Werkblad {thema.title}: {opdrachten[i]['titel']}", opdrachten[i]["uitleg"][:120])
            ),
            None,
        )
        if passend is None:
            break
        gemaakt.add(passend)
        volgende = passend + 1
    return gemaakt, blokken[len(gemaakt) :]


def _met_document(werkbladen) -> list:
    # A deleted document leaves an empty block behind; there is nothing to write for it.
    return [blok.value for blok in werkbladen if blok.value["document"]]


def _werkbladen_exporteren(map_: Path, blokken: list) -> dict:
    """`[[werkblad]]` entries naming each document by title, with its file in `map_/documenten`
    under a name made from the title (so a second export names it the same)."""
    uit = []
    for blok in blokken:
        document = blok["document"]
        bestand = slugify(document.title) + Path(document.file.name).suffix.lower()
        (map_ / DOCUMENTEN).mkdir(parents=True, exist_ok=True)
        with document.file.open("rb") as inhoud:
            (map_ / DOCUMENTEN / bestand).write_bytes(inhoud.read())
        uit.append({"titel": document.title, "bestand": bestand, "omschrijving": blok["omschrijving"]})
    return {"werkblad": uit} if uit else {}
