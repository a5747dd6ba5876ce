"""`kompas_exporteren` and `kompas_importeren`: the live manual goes out as files and comes back
in as drafts for the four-eyes workflow; export, import into an empty database, export again gives
the same files."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from content.demo import load_activiteiten, load_kompas
from content.inrichting import werkbladen_inrichten
from content.kompas_import import activiteiten_laden, activiteiten_lezen, kompas_laden, kompas_lezen
from content.models import ActiviteitPage, LotVerhaal, Materiaal, Onderdeel, ThemaPage
from content.vier_ogen import mag_goedkeuren
from tests.portal.factories import UserFactory

# Loads the whole demo manual (with its worksheet PDFs): slow, and the same on every database.
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]


def bestanden(map_: Path) -> dict[str, str]:
    return {
        str(p.relative_to(map_)): p.read_text(encoding="utf-8")
        for p in sorted(map_.rglob("*"))
        if p.is_file()
    }


def leeg_maken() -> None:
    """Back to a database that has only been set up (`inrichten`): no pages, stories or documents."""
    for page in Page.objects.filter(depth=2):
        page.delete()
    for model in (LotVerhaal, Materiaal, get_document_model()):
        model.objects.all().delete()
    call_command("inrichten", stdout=StringIO())
    assert not Page.objects.type(ThemaPage, ActiviteitPage).exists()


@pytest.fixture
def live_kompas():
    call_command("inrichten", stdout=StringIO())
    load_kompas()
    load_activiteiten()


def test_export_import_into_an_empty_database_export_gives_the_same_files(live_kompas, tmp_path):
    call_command("kompas_exporteren", tmp_path / "eerst", stdout=StringIO())
    leeg_maken()

    kompas_laden(kompas_lezen(tmp_path / "eerst" / "kompas"))
    activiteiten_laden(*activiteiten_lezen(tmp_path / "eerst" / "activiteiten"))
    call_command("kompas_exporteren", tmp_path / "daarna", stdout=StringIO())

    eerst, daarna = bestanden(tmp_path / "eerst"), bestanden(tmp_path / "daarna")
    assert len(eerst) == 123  # content/data without the public home page
    assert daarna == eerst


def editor_fields(thema: ThemaPage, activiteit: ActiviteitPage) -> dict:
    """What an editor set on the two pages, by what survives another database: titles and e-mail."""
    return {
        "thema_werkbladen": [(b.value["document"].title, b.value["omschrijving"]) for b in thema.werkbladen],
        "activiteit_werkbladen": [
            (b.value["document"].title, b.value["omschrijving"]) for b in activiteit.werkbladen
        ],
        "document": [b.value["document"].file.read() for b in activiteit.werkbladen],
        "lot": (activiteit.lot_verhaal.titel, activiteit.lot_verhaal.tekst)
        if activiteit.lot_verhaal
        else None,
        "auteur": activiteit.auteur.email if activiteit.auteur else None,
        "onderdelen": sorted(o.code for o in activiteit.onderdelen.all()),
    }


def test_what_an_editor_set_survives_export_and_import_into_an_empty_database(live_kompas, tmp_path):
    """Worksheets of an editor's own, an activity's worksheets, story of Lot and author (by e-mail),
    and a meeting part that the part and setting alone would not give."""
    trainer = UserFactory(roles=["trainer"], email="bedenker@trainers.nl")
    document = get_document_model()(title="Oefening ademhaling", collection=werkbladen_inrichten())
    document.file.save("ademhaling.pdf", ContentFile(b"%PDF-1.4 ademhaling"), save=True)
    thema = ThemaPage.objects.get(title="Voelen")
    thema.werkbladen.append(("werkblad", {"document": document, "omschrijving": "Vijf minuten ademen."}))
    thema.save_revision().publish()
    activiteit = ActiviteitPage.objects.get(title="Drie dingen opmerken")
    assert activiteit.setting == "individueel"
    activiteit.werkbladen = [("werkblad", {"document": document, "omschrijving": "Om mee te geven."})]
    activiteit.lot_verhaal = ThemaPage.objects.get(title="Erkenning").lot_verhaal
    activiteit.auteur = trainer
    activiteit.onderdelen.add(Onderdeel.objects.get(code="groep:opening"))
    activiteit.save_revision().publish()
    gezet = editor_fields(ThemaPage.objects.get(pk=thema.pk), ActiviteitPage.objects.get(pk=activiteit.pk))
    assert gezet["onderdelen"] == ["groep:opening", "ind:opening"] and gezet["auteur"]

    call_command("kompas_exporteren", tmp_path / "eerst", stdout=StringIO())
    leeg_maken()
    kompas_laden(kompas_lezen(tmp_path / "eerst" / "kompas"))
    activiteiten_laden(*activiteiten_lezen(tmp_path / "eerst" / "activiteiten"))
    call_command("kompas_exporteren", tmp_path / "daarna", stdout=StringIO())

    terug = editor_fields(
        ThemaPage.objects.get(title="Voelen"), ActiviteitPage.objects.get(title="Drie dingen opmerken")
    )
    assert terug == gezet
    assert bestanden(tmp_path / "daarna") == bestanden(tmp_path / "eerst")
    assert (
        "bedenker@trainers.nl"
        in (tmp_path / "eerst" / "activiteiten" / "014-drie-dingen-opmerken.md").read_text()
    )


def test_an_imported_edition_waits_as_drafts_for_a_second_member(live_kompas, tmp_path):
    importeur = UserFactory(roles=["kerngroep"], email="importeur@kerngroep.nl")
    tweede = UserFactory(roles=["kerngroep"], email="tweede@kerngroep.nl")
    call_command("kompas_exporteren", tmp_path, stdout=StringIO())
    thema = tmp_path / "kompas" / "fasen" / "fase-1" / "3-voelen.md"
    thema.write_text(
        re.sub(r"^spreuk = .*$", 'spreuk = "Rust is ook een stap."', thema.read_text(), count=1, flags=re.M)
    )
    activiteit = next((tmp_path / "activiteiten").glob("001-*.md"))
    activiteit.write_text(activiteit.read_text().replace("duur = 15", "duur = 20"))
    live = {p.pk: p.live_revision_id for p in Page.objects.all()}

    uit = StringIO()
    call_command("kompas_importeren", tmp_path, door=importeur.email, stdout=uit)

    assert "0 nieuwe en 2 gewijzigde pagina's" in uit.getvalue()
    assert {p.pk: p.live_revision_id for p in Page.objects.all()} == live  # nothing went live
    voelen = ThemaPage.objects.get(title="Voelen")
    assert voelen.spreuk != "Rust is ook een stap."
    concept = voelen.get_latest_revision()
    assert concept.user == importeur and concept.as_object().spreuk == "Rust is ook een stap."
    assert ActiviteitPage.objects.get(title="Kennismakingsbal").get_latest_revision().as_object().duur == 20
    state = voelen.get_workflow().start(voelen, importeur)
    assert not mag_goedkeuren(importeur, state)
    assert mag_goedkeuren(tweede, state)


def test_only_the_kerngroep_imports(tmp_path):
    call_command("inrichten", stdout=StringIO())
    trainer = UserFactory(roles=["trainer"], email="trainer@school.nl")

    with pytest.raises(CommandError, match="geen kerngroeplid"):
        call_command("kompas_importeren", tmp_path, door=trainer.email)
