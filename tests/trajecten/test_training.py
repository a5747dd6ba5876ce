"""During and after the training: absences, progress messages, attachments, eindverslag, closure."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.schoolvakanties_data import schoolvakanties_inrichten
from trajecten.choices import BijeenkomstSoort, Status, Uitkomst
from trajecten.models import Bijlage
from trajecten.services.afsluiting import eindverslag_opslaan, training_stoppen, traject_afsluiten
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
def in_training(toegelaten, ervaren):
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
def test_afwezigheid_eerst_gesprek_daarna_adviesteam(in_training, ervaren):
    assert vastleggen(in_training, 1, aanwezig=True, door=ervaren) == ""
    assert "plan een gesprek" in vastleggen(in_training, 2, aanwezig=False, door=ervaren)
    assert "adviesteam" in vastleggen(in_training, 3, aanwezig=False, door=ervaren)


@time_machine.travel(date(2026, 11, 1), tick=False)
def test_bijeenkomst_in_de_toekomst_vastleggen_wordt_geweigerd(in_training, ervaren):
    with pytest.raises(ValidationError, match="op of na de dag zelf"):
        vastleggen(in_training, 1, aanwezig=True, door=ervaren)


@time_machine.travel(date(2026, 11, 20), tick=False)
def test_stoppen_na_ijkmoment_kan_pas_als_het_ijkmoment_geweest_is(in_training, ervaren):
    with pytest.raises(ValidationError, match="ijkmoment"):
        training_stoppen(
            traject=in_training, reden=Uitkomst.GESTOPT_IJKMOMENT, vervolgadvies="GGZ", door=ervaren
        )


@time_machine.travel(date(2027, 1, 20), tick=False)
def test_stoppen_na_ijkmoment_met_vervolgadvies(in_training, ervaren):
    assert in_training.bijeenkomsten.get(soort=BijeenkomstSoort.IJKMOMENT).datum < date(2027, 1, 20)
    with pytest.raises(ValidationError):
        training_stoppen(
            traject=in_training, reden=Uitkomst.GESTOPT_IJKMOMENT, vervolgadvies=" ", door=ervaren
        )

    training_stoppen(
        traject=in_training, reden=Uitkomst.GESTOPT_IJKMOMENT, vervolgadvies="Naar de POH-GGZ.", door=ervaren
    )

    in_training.refresh_from_db()
    assert in_training.uitkomst == Uitkomst.GESTOPT_IJKMOMENT and in_training.vernietigen_op == date(
        2029, 1, 20
    )


@time_machine.travel(date(2027, 1, 20), tick=False)
def test_stoppen_wegens_afwezigheid_vraagt_herhaalde_afwezigheid(in_training, ervaren):
    vastleggen(in_training, 1, aanwezig=False, door=ervaren)
    with pytest.raises(ValidationError, match="herhaalde afwezigheid"):
        training_stoppen(
            traject=in_training, reden=Uitkomst.GESTOPT_AFWEZIGHEID, vervolgadvies="X", door=ervaren
        )
    vastleggen(in_training, 2, aanwezig=False, door=ervaren)

    training_stoppen(
        traject=in_training, reden=Uitkomst.GESTOPT_AFWEZIGHEID, vervolgadvies="Verwijzen.", door=ervaren
    )

    in_training.refresh_from_db()
    assert in_training.uitkomst == Uitkomst.GESTOPT_AFWEZIGHEID


def test_eindverslag_is_geversioneerd_en_afsluiten_vraagt_een_eindverslag(in_training, ervaren):
    with pytest.raises(ValidationError, match="eindverslag"):
        traject_afsluiten(traject=in_training, aanwezigheid_eind=95, door=ervaren)

    eerste = eindverslag_opslaan(traject=in_training, gegevens=dict(VERSLAG), door=ervaren)
    tweede = eindverslag_opslaan(
        traject=in_training, gegevens={**VERSLAG, "ontwikkeling": "Veel meer regie."}, door=ervaren
    )
    traject_afsluiten(traject=in_training, aanwezigheid_eind=95, door=ervaren)

    in_training.refresh_from_db()
    assert (eerste.versie, tweede.versie) == (1, 2)
    assert in_training.status == Status.AFGESLOTEN and in_training.uitkomst == Uitkomst.AFGEROND
    assert in_training.aanwezigheid_start == 100 - in_training.intake.verzuim_percentage
    assert in_training.vernietigen_op == date(2029, 3, 1)


def test_eindverslag_voorbeeld_en_pdf(in_training, ervaren, als):
    eindverslag_opslaan(traject=in_training, gegevens=dict(VERSLAG), door=ervaren)
    client = als(ervaren)

    voorbeeld = client.get(f"/trajecten/{in_training.code}/eindverslag/1/")
    pdf = client.get(f"/trajecten/{in_training.code}/eindverslag/1.pdf")

    assert "Meer rust en regie." in voorbeeld.text
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_bijlage_alleen_pdf_of_afbeelding(in_training, ervaren, als):
    client = als(ervaren)
    url = f"/trajecten/{in_training.code}/bijlagen/nieuw/"

    fout = client.post(url, {"soort": "werkblad", "bestand": SimpleUploadedFile("x.exe", b"MZ\x90\x00")})
    goed = client.post(
        url, {"soort": "rust_activiteitenschema", "bestand": SimpleUploadedFile("Fenna.pdf", b"%PDF-1.4\n")}
    )

    assert "Alleen PDF-bestanden en afbeeldingen" in fout.text
    assert goed.status_code == 302
    bijlage = Bijlage.objects.get()
    assert bijlage.content_type == "application/pdf" and "Fenna" not in bijlage.bestand.name
    download = client.get(f"/trajecten/{in_training.code}/bijlagen/{bijlage.pk}/")
    assert download.status_code == 200 and "Fenna" not in download["Content-Disposition"]


def test_voortgangsbericht_vastleggen(in_training, ervaren, als):
    bericht = in_training.voortgangsberichten.first()

    antwoord = als(ervaren).post(
        f"/trajecten/{in_training.code}/berichten/",
        {"bericht": bericht.pk, "verstuurd_op": "2026-11-10", "kanaal": "email", "strekking": "Gaat goed."},
    )

    bericht.refresh_from_db()
    assert antwoord.status_code == 302 and bericht.verstuurd_op == date(2026, 11, 10)
