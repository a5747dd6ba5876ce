"""Rule 'kompas als data': an edition of the manual is read from files and checked against the
programme (`content.programma`); every error names the file and the line."""

import shutil

import pytest

from content.kompas_import import (
    ACTIVITEITEN_MAP,
    KOMPAS_MAP,
    KompasDataFout,
    activiteiten_lezen,
    kompas_lezen,
)


@pytest.fixture
def editie(tmp_path):
    """A copy of the demo edition, to break in one place."""
    shutil.copytree(KOMPAS_MAP, tmp_path / "kompas")
    shutil.copytree(ACTIVITEITEN_MAP, tmp_path / "activiteiten")
    return tmp_path


def vervang(pad, oud, nieuw):
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def fout_bij_lezen(map_) -> str:
    with pytest.raises(KompasDataFout) as fout:
        kompas_lezen(map_)
    return str(fout.value)


def test_the_demo_edition_fits_the_programme():
    editie = kompas_lezen()
    bibliotheek, activiteiten = activiteiten_lezen()

    assert [len(editie.themas[n]) for n in (1, 2, 3, 4)] == [4, 4, 4, 4]
    assert len(activiteiten) == 83 and len(bibliotheek.velden["materiaal"]) == 14


def test_an_unknown_theme_is_refused_with_file_and_line(editie):
    bestand = editie / "kompas" / "fasen" / "fase-1" / "2-erkenning.md"
    vervang(bestand, 'thema = "Erkenning"', 'thema = "Moed"')

    assert f"{bestand}:2: onbekend thema 'Moed'" in fout_bij_lezen(editie / "kompas")


def test_a_theme_in_the_wrong_phase_is_refused(editie):
    bestand = editie / "kompas" / "fasen" / "fase-1" / "2-erkenning.md"
    vervang(bestand, 'thema = "Erkenning"', 'thema = "Regie"')

    assert f"{bestand}:2: het thema 'Regie' hoort bij fase 3, niet bij fase 1." in fout_bij_lezen(
        editie / "kompas"
    )


def test_a_theme_without_an_activity_for_a_meeting_part_is_refused(editie):
    bestand = editie / "kompas" / "fasen" / "fase-2" / "1-vertrouwen.md"
    vervang(bestand, 'onderdeel = "afronding"', 'onderdeel = "opening"')

    assert f"{bestand}:2: geen activiteit voor het onderdeel 'Afronding' (afronding)." in fout_bij_lezen(
        editie / "kompas"
    )


def test_a_phase_under_another_name_is_refused(editie):
    bestand = editie / "kompas" / "fasen" / "fase-1.md"
    vervang(bestand, 'naam = "Erkennen"', 'naam = "Herkennen"')

    assert f"{bestand}:3: fase 1 heet 'Erkennen'." in fout_bij_lezen(editie / "kompas")


def test_a_missing_theme_is_refused(editie):
    (editie / "kompas" / "fasen" / "fase-4" / "3-trots.md").unlink()

    assert (
        "fase 4 heeft de thema's Perspectief, Experimenteren, Trots, Balans, in die volgorde"
        in fout_bij_lezen(editie / "kompas")
    )


def test_broken_front_matter_names_the_line(editie):
    bestand = editie / "kompas" / "onderwerpen" / "emmer.md"
    vervang(bestand, 'soort = "metafoor"', 'soort = metafoor"')

    assert f"{bestand}:3: de kopgegevens zijn geen geldige TOML" in fout_bij_lezen(editie / "kompas")


def test_an_activity_needs_the_phase_of_its_theme(editie):
    bestand = editie / "activiteiten" / "001-kennismakingsbal.md"
    vervang(bestand, "fasen = [1]", "fasen = [2]")

    with pytest.raises(KompasDataFout) as fout:
        activiteiten_lezen(editie / "activiteiten")

    assert f"{bestand}:5: het thema 'Introductie' hoort bij fase 1; zet die in 'fasen'." in str(fout.value)


def test_an_activity_with_an_unknown_meeting_part_is_refused(editie):
    bestand = editie / "activiteiten" / "001-kennismakingsbal.md"
    vervang(bestand, 'onderdelen = ["opening"]', 'onderdelen = ["pauze"]')

    with pytest.raises(KompasDataFout) as fout:
        activiteiten_lezen(editie / "activiteiten")

    assert f"{bestand}:6: onbekend onderdeel 'pauze'." in str(fout.value)


def test_an_activity_may_name_a_meeting_part_in_full_but_only_one_that_meeting_has(editie):
    bestand = editie / "activiteiten" / "001-kennismakingsbal.md"
    vervang(bestand, 'onderdelen = ["opening"]', 'onderdelen = ["ind:opening", "ind:terugkoppeling"]')

    with pytest.raises(KompasDataFout) as fout:
        activiteiten_lezen(editie / "activiteiten")

    assert str(fout.value) == f"{bestand}:6: onbekend onderdeel 'ind:terugkoppeling'."


def test_a_worksheet_an_editor_attached_names_its_file(editie):
    bestand = editie / "activiteiten" / "001-kennismakingsbal.md"
    tekst = bestand.read_text(encoding="utf-8").split("\n")
    einde = tekst.index("+++", 1)
    tekst[einde:einde] = ["", "[[werkblad]]", 'titel = "Oefening ademhaling"']
    bestand.write_text("\n".join(tekst), encoding="utf-8")

    with pytest.raises(KompasDataFout) as fout:
        activiteiten_lezen(editie / "activiteiten")

    assert f"{bestand}:{einde + 2}: een werkblad mist 'bestand'." == str(fout.value)
