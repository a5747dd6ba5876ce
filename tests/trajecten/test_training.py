"""During and after the training: absences, progress messages, attachments, eindverslag, closure."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.schoolvakanties import schoolvakanties_inrichten
from trajecten.choices import BijeenkomstSoort, Status, Uitkomst
from trajecten.models import Bijlage
from trajecten.services.afsluiting import eindverslag_opslaan, traject_afsluiten
from trajecten.services.planning import training_plannen
from trajecten.services.verloop import bijeenkomst_vastleggen

pytestmark = pytest.mark.django_db

VERSLAG = {
    "eindgesprek_op": date(2027, 3, 1),
    "startsituatie": "Vaak thuis met buikpijn.",
    "ontwikkeling": "Meer rust en regie.",
    "aandachtspunten_jongere": "Pauzes nemen.",
    "aandachtspunten_ouders": "Ritme bewaken.",
    "aandachtspunten_school": "Rustplek aanbieden.",
    "overdracht_school": "Mag de rustplek gebruiken.",
    "advies": "",
}


@pytest.fixture
def gepland(toegelaten, ervaren):
    """Planned from Monday 2 November 2026; no meeting held yet, so the training has not started."""
    schoolvakanties_inrichten()
    training_plannen(traject=toegelaten, startdatum=date(2026, 11, 2), door=ervaren)
    toegelaten.refresh_from_db()
    return toegelaten


def vastleggen(traject, volgnummer, *, aanwezig, door):
    return bijeenkomst_vastleggen(
        bijeenkomst=traject.bijeenkomsten.get(volgnummer=volgnummer),
        aanwezig=aanwezig,
        reden_afwezigheid="" if aanwezig else "Ziek",
        activiteiten=[],
        notities="",
        huiswerk="",
        door=door,
    )


@time_machine.travel(date(2027, 1, 20), tick=False)
def test_absence_first_a_conversation_then_the_adviesteam(gepland, ervaren):
    assert vastleggen(gepland, 1, aanwezig=True, door=ervaren) == ""
    assert "plan een gesprek" in vastleggen(gepland, 2, aanwezig=False, door=ervaren)
    assert "adviesteam" in vastleggen(gepland, 3, aanwezig=False, door=ervaren)


@time_machine.travel(date(2026, 11, 1), tick=False)
def test_recording_a_bijeenkomst_in_the_future_is_refused(gepland, ervaren):
    with pytest.raises(ValidationError, match="op of na de dag zelf"):
        vastleggen(gepland, 1, aanwezig=True, door=ervaren)


@time_machine.travel(date(2026, 11, 20), tick=False)
def test_stopping_after_the_ijkmoment_is_possible_only_once_the_ijkmoment_was_held(gepland, ervaren):
    vastleggen(gepland, 1, aanwezig=True, door=ervaren)

    with pytest.raises(ValidationError, match="ijkmoment \\(einde fase 1\\) is gehouden"):
        traject_afsluiten(
            traject=gepland, uitkomst=Uitkomst.GESTOPT_IJKMOMENT, vervolgadvies="GGZ", door=ervaren
        )


@time_machine.travel(date(2027, 1, 20), tick=False)
def test_stopping_after_the_ijkmoment_with_a_vervolgadvies(gepland, ervaren):
    vastleggen(gepland, 1, aanwezig=True, door=ervaren)
    ijkmoment = gepland.bijeenkomsten.get(soort=BijeenkomstSoort.IJKMOMENT)
    vastleggen(gepland, ijkmoment.volgnummer, aanwezig=True, door=ervaren)
    with pytest.raises(ValidationError, match="vervolgadvies"):
        traject_afsluiten(
            traject=gepland, uitkomst=Uitkomst.GESTOPT_IJKMOMENT, vervolgadvies=" ", door=ervaren
        )

    traject_afsluiten(
        traject=gepland, uitkomst=Uitkomst.GESTOPT_IJKMOMENT, vervolgadvies="Naar de POH-GGZ.", door=ervaren
    )

    gepland.refresh_from_db()
    assert gepland.uitkomst == Uitkomst.GESTOPT_IJKMOMENT
    assert gepland.vernietigen_op == date(2029, 1, 20)


@time_machine.travel(date(2027, 1, 20), tick=False)
def test_stopping_for_absence_asks_for_repeated_absence_also_before_the_start(gepland, ervaren):
    vastleggen(gepland, 1, aanwezig=False, door=ervaren)
    with pytest.raises(ValidationError, match="herhaalde afwezigheid"):
        traject_afsluiten(
            traject=gepland, uitkomst=Uitkomst.GESTOPT_AFWEZIGHEID, vervolgadvies="X", door=ervaren
        )
    vastleggen(gepland, 2, aanwezig=False, door=ervaren)

    traject_afsluiten(
        traject=gepland, uitkomst=Uitkomst.GESTOPT_AFWEZIGHEID, vervolgadvies="Verwijzen.", door=ervaren
    )

    gepland.refresh_from_db()
    assert gepland.uitkomst == Uitkomst.GESTOPT_AFWEZIGHEID
    assert gepland.gestart_in_schooljaar == ""  # never held a meeting: not reached


def test_afgerond_after_a_training_that_ran_with_a_versioned_eindverslag(gepland, ervaren):
    laatste = gepland.bijeenkomsten.order_by("datum").last()
    with time_machine.travel(laatste.datum, tick=False):
        for bijeenkomst in gepland.bijeenkomsten.order_by("datum"):
            vastleggen(gepland, bijeenkomst.volgnummer, aanwezig=True, door=ervaren)
        with pytest.raises(ValidationError, match="eindverslag"):
            traject_afsluiten(traject=gepland, aanwezigheid_eind=95, door=ervaren)

        eerste = eindverslag_opslaan(traject=gepland, gegevens=dict(VERSLAG), door=ervaren)
        tweede = eindverslag_opslaan(
            traject=gepland, gegevens={**VERSLAG, "ontwikkeling": "Veel meer regie."}, door=ervaren
        )
        traject_afsluiten(traject=gepland, aanwezigheid_eind=95, door=ervaren)

    gepland.refresh_from_db()
    assert (eerste.versie, tweede.versie) == (1, 2)
    assert gepland.status == Status.AFGESLOTEN and gepland.uitkomst == Uitkomst.AFGEROND
    assert gepland.aanwezigheid_start == 100 - gepland.intake.verzuim_percentage
    assert gepland.afgesloten_op == laatste.datum
    assert gepland.vernietigen_op == laatste.datum.replace(year=laatste.datum.year + 2)


def test_eindverslag_preview_and_pdf(gepland, ervaren, ingelogd_als):
    with time_machine.travel(date(2026, 11, 2), tick=False):
        vastleggen(gepland, 1, aanwezig=True, door=ervaren)
    eindverslag_opslaan(traject=gepland, gegevens=dict(VERSLAG), door=ervaren)
    client = ingelogd_als(ervaren)

    voorbeeld = client.get(f"/trajecten/{gepland.code}/eindverslag/1/")
    pdf = client.get(f"/trajecten/{gepland.code}/eindverslag/1.pdf")

    assert "Meer rust en regie." in voorbeeld.text
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_a_bijlage_is_only_a_pdf_or_an_image(gepland, ervaren, ingelogd_als):
    client = ingelogd_als(ervaren)
    url = f"/trajecten/{gepland.code}/bijlagen/nieuw/"

    fout = client.post(url, {"soort": "werkblad", "bestand": SimpleUploadedFile("x.exe", b"MZ\x90\x00")})
    goed = client.post(
        url, {"soort": "rust_activiteitenschema", "bestand": SimpleUploadedFile("Fenna.pdf", b"%PDF-1.4\n")}
    )

    assert "Alleen PDF-bestanden en afbeeldingen" in fout.text
    assert goed.status_code == 302
    bijlage = Bijlage.objects.get()
    assert bijlage.content_type == "application/pdf" and "Fenna" not in bijlage.bestand.name
    download = client.get(f"/trajecten/{gepland.code}/bijlagen/{bijlage.pk}/")
    assert download.status_code == 200 and "Fenna" not in download["Content-Disposition"]


def test_recording_a_voortgangsbericht(gepland, ervaren, ingelogd_als):
    bericht = gepland.voortgangsberichten.first()

    antwoord = ingelogd_als(ervaren).post(
        f"/trajecten/{gepland.code}/berichten/",
        {"bericht": bericht.pk, "verstuurd_op": "2026-11-10", "kanaal": "email", "strekking": "Gaat goed."},
    )

    bericht.refresh_from_db()
    assert antwoord.status_code == 302 and bericht.verstuurd_op == date(2026, 11, 10)
