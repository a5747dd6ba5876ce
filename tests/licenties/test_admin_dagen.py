"""Professionalisation days in the admin: Dutch checks, changes that reach registrants, attendance."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.core import mail
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import ModelLogEntry

from licenties.models import DagAanmelding, LicentieStatus, Professionaliseringsdag
from portal.plaatsing import PlaatsStatus
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def over(dagen: int):
    return timezone.localdate() + timedelta(days=dagen)


def formulier(**anders):
    data = {
        "thema": "Terug naar school na lang verzuim",
        "beschrijving": "",
        "datum": over(60).isoformat(),
        "begintijd": "09:30",
        "eindtijd": "16:00",
        "locatie": "Utrecht",
        "online_link": "",
        "capaciteit": "40",
        "prijs": "100.00",
        "aanmelden_tot": over(45).isoformat(),
        "status": "open",
    }
    data.update({veld: waarde() if callable(waarde) else waarde for veld, waarde in anders.items()})
    return data


def aanmelding(dag, *, status=PlaatsStatus.GEPLAATST, voorrang=False, user=None, minuten_geleden=0):
    return DagAanmelding.objects.create(
        dag=dag,
        user=user or UserFactory(roles=["trainer"]),
        status=status,
        voorrang=voorrang,
        geplaatst_op=timezone.now() if status == PlaatsStatus.GEPLAATST else None,
        aangevraagd_op=timezone.now() - timedelta(minutes=minuten_geleden),
    )


def test_the_kerngroep_plans_a_day(kerngroep, ingelogd_als):
    client = ingelogd_als(kerngroep)
    formulier_html = client.get("/admin/professionaliseringsdagen/new/").text
    assert '<input type="date" name="datum"' in formulier_html
    assert '<input type="time" name="begintijd"' in formulier_html

    response = client.post("/admin/professionaliseringsdagen/new/", formulier())

    assert response.status_code == 302, response.text
    dag = Professionaliseringsdag.objects.get()
    assert dag.thema == "Terug naar school na lang verzuim" and dag.capaciteit == 40


@pytest.mark.parametrize(
    ("anders", "melding"),
    [
        ({"eindtijd": "09:00"}, "De eindtijd ligt na de begintijd."),
        # Read when the test runs, like the form's day: collected before midnight, run after, the two
        # would differ by a day and the form would be valid.
        ({"aanmelden_tot": lambda: over(60).isoformat()}, "Aanmelden moet sluiten vóór de dag zelf."),
        ({"locatie": "", "online_link": ""}, "Geef een locatie of een online link op."),
        ({"capaciteit": "0"}, "Het aantal plaatsen moet minstens 1 zijn"),
        ({"capaciteit": "-3"}, "Het aantal plaatsen moet minstens 1 zijn"),
        ({"datum": "morgen"}, "Voer een geldige datum in."),
    ],
)
def test_a_day_that_does_not_fit_is_refused_in_dutch_and_nothing_is_saved(
    kerngroep, ingelogd_als, ongewijzigd, anders, melding
):
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post("/admin/professionaliseringsdagen/new/", formulier(**anders))

    assert response.status_code == 200
    assert melding in response.text


def test_moving_a_day_tells_the_registrants_and_raises_the_calendar_sequence(
    kerngroep, ingelogd_als, na_commit
):
    dag = ProfessionaliseringsdagFactory(datum=over(60))
    aanmelding(dag)
    client = ingelogd_als(kerngroep)

    with na_commit():
        response = client.post(
            f"/admin/professionaliseringsdagen/edit/{dag.pk}/",
            formulier(
                thema=dag.thema, datum=over(67).isoformat(), aanmelden_tot=dag.aanmelden_tot.isoformat()
            ),
        )

    assert response.status_code == 302, response.text
    dag.refresh_from_db()
    assert dag.datum == over(67) and dag.sequence == 1
    assert len(mail.outbox) == 1
    entry = ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(dag.pk)).get()
    assert "datum" in entry.data["velden"]


def test_an_edit_that_breaks_the_checks_changes_nothing(kerngroep, ingelogd_als, ongewijzigd):
    dag = ProfessionaliseringsdagFactory(datum=over(60))
    aanmelding(dag)
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(
            f"/admin/professionaliseringsdagen/edit/{dag.pk}/",
            formulier(eindtijd="08:00", aanmelden_tot=dag.aanmelden_tot.isoformat()),
        )

    assert response.status_code == 200 and "De eindtijd ligt na de begintijd." in response.text


def test_the_list_shows_seats_waiting_list_and_attendance_per_day(kerngroep, ingelogd_als):
    dag = ProfessionaliseringsdagFactory(datum=over(-3), capaciteit=2, thema="Samenwerken met de jeugdarts")
    aanwezig = aanmelding(dag)
    DagAanmelding.objects.filter(pk=aanwezig.pk).update(aanwezig=True)
    aanmelding(dag)
    aanmelding(dag, status=PlaatsStatus.WACHTLIJST)

    response = ingelogd_als(kerngroep).get("/admin/professionaliseringsdagen/")

    assert response.status_code == 200
    rij = next(d for d in response.context["object_list"] if d.pk == dag.pk)
    assert (rij.bezet, rij.wachtend, rij.aantal_aanwezig) == (2, 1, 1)
    assert "2 / 2" in response.text
    assert f"/admin/professionaliseringsdagen/aanwezigheid/{dag.pk}/" in response.text


def test_a_day_cannot_be_deleted_only_cancelled(kerngroep, ingelogd_als):
    dag = ProfessionaliseringsdagFactory()

    assert (
        ingelogd_als(kerngroep).get(f"/admin/professionaliseringsdagen/delete/{dag.pk}/").status_code == 404
    )


# --- Attendance --------------------------------------------------------------------------------


@pytest.fixture
def gisteren():
    dag = ProfessionaliseringsdagFactory(datum=over(-1), capaciteit=3)
    geplaatst = [aanmelding(dag) for _ in range(3)]
    wachtend = aanmelding(dag, status=PlaatsStatus.WACHTLIJST, minuten_geleden=60)
    met_voorrang = aanmelding(dag, status=PlaatsStatus.WACHTLIJST, voorrang=True, minuten_geleden=5)
    return dag, geplaatst, [met_voorrang, wachtend]


def test_the_attendance_page_lists_the_seated_and_the_waiting_list_in_order(
    kerngroep, ingelogd_als, gisteren
):
    dag, geplaatst, wachtlijst = gisteren

    response = ingelogd_als(kerngroep).get(f"/admin/professionaliseringsdagen/aanwezigheid/{dag.pk}/")

    assert response.status_code == 200
    for a in geplaatst:
        assert f'value="{a.pk}"' in response.text and escape(a.user.get_full_name()) in response.text
    assert "<legend>Wie was er aanwezig?</legend>" in response.text
    assert list(response.context["wachtlijst"]) == wachtlijst
    eerste, tweede = (response.text.index(a.user.get_full_name()) for a in wachtlijst)
    assert eerste < tweede


def test_recording_attendance_marks_everyone_and_counts_for_the_licence(kerngroep, ingelogd_als, gisteren):
    dag, geplaatst, _wachtlijst = gisteren
    licentie = LicentieFactory(houder=geplaatst[0].user, behaald_op=over(-800))
    client = ingelogd_als(kerngroep)

    response = client.post(
        f"/admin/professionaliseringsdagen/aanwezigheid/{dag.pk}/",
        {"aanwezig": [geplaatst[0].pk, geplaatst[1].pk]},
    )

    assert response.status_code == 302
    assert [DagAanmelding.objects.get(pk=a.pk).aanwezig for a in geplaatst] == [True, True, False]
    licentie.refresh_from_db()
    assert licentie.status == LicentieStatus.ACTIEF
    assert ModelLogEntry.objects.filter(action="licenties.dag.aanwezigheid", user=kerngroep).exists()
    assert "Aanwezigheid vastgelegd: 2 van 3 aanwezig." in client.get(response.url).text


def test_attendance_before_the_day_or_for_someone_without_a_seat_is_refused(
    kerngroep, ingelogd_als, gisteren, ongewijzigd
):
    dag, _geplaatst, wachtlijst = gisteren
    morgen = ProfessionaliseringsdagFactory(datum=over(1))
    vroeg = aanmelding(morgen)
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        te_vroeg = client.post(
            f"/admin/professionaliseringsdagen/aanwezigheid/{morgen.pk}/", {"aanwezig": [vroeg.pk]}
        )
        geen_plaats = client.post(
            f"/admin/professionaliseringsdagen/aanwezigheid/{dag.pk}/", {"aanwezig": [wachtlijst[0].pk]}
        )

    assert te_vroeg.status_code == 200 and "Aanwezigheid leg je vast op of na de dag zelf." in te_vroeg.text
    assert geen_plaats.status_code == 200 and "Selecteer een geldige keuze" in geen_plaats.text


def test_attendance_exports_as_csv_and_xlsx(kerngroep, ingelogd_als, gisteren):
    dag, geplaatst, _wachtlijst = gisteren
    DagAanmelding.objects.filter(pk=geplaatst[0].pk).update(aanwezig=True)
    client = ingelogd_als(kerngroep)

    response = client.get(f"/admin/professionaliseringsdagen/aanwezigheid/{dag.pk}/", {"export": "csv"})
    rijen = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert response["Content-Disposition"] == f'attachment; filename="aanwezigheid-{dag.datum:%Y-%m-%d}.csv"'
    assert len(rijen) == 3
    assert {rij["E-mailadres"]: rij["Aanwezig"] for rij in rijen}[geplaatst[0].user.email] == "ja"
    assert sorted(rij["Aanwezig"] for rij in rijen) == ["ja", "niet vastgelegd", "niet vastgelegd"]

    response = client.get(f"/admin/professionaliseringsdagen/aanwezigheid/{dag.pk}/", {"export": "xlsx"})
    blad = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [cel.value for cel in next(blad.iter_rows())] == ["Naam", "E-mailadres", "Voorrang", "Aanwezig"]
    assert blad.max_row == 4
