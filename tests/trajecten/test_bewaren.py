"""Rule 'bewaartermijn' and the rights of pupil and parents: destroy on schedule, export, erase."""

import json
from datetime import date

import pytest
import time_machine

from portal.periodic import Frequentie, periodic_tasks
from tests.trajecten import factories as f
from trajecten.audit import Actie
from trajecten.choices import Status, Uitkomst
from trajecten.models import AuditRegel, Identiteit, Traject, TrajectInstellingen
from trajecten.services.bewaren import trajecten_na_bewaartermijn_vernietigen
from trajecten.services.stappen import advies_vastleggen

pytestmark = pytest.mark.django_db


def afgesloten(vernietigen_op, **kwargs):
    return f.TrajectFactory(
        status=Status.AFGESLOTEN,
        uitkomst=Uitkomst.AFGEROND,
        startdatum=date(2025, 9, 1),
        gestart_in_schooljaar="2025-2026",
        afgesloten_op=date(2025, 12, 15),
        vernietigen_op=vernietigen_op,
        **kwargs,
    )


@time_machine.travel(date(2026, 9, 10), tick=False)
def test_the_bewaartermijn_is_set_by_the_kerngroep(traject, ervaren, coordinator):
    instellingen = TrajectInstellingen.load()
    instellingen.bewaartermijn_jaren = 5
    instellingen.save()

    advies_vastleggen(
        traject=traject,
        positief=False,
        leden=[ervaren],
        overige_leden="",
        toelichting="Niet passend.",
        gegeven_op=date(2026, 9, 10),
        door=coordinator,
    )

    traject.refresh_from_db()
    assert traject.vernietigen_op == date(2031, 9, 10)


@time_machine.travel(date(2027, 12, 16), tick=False)
def test_the_daily_task_destroys_what_is_past_its_term_and_keeps_anonymous_counts():
    vervallen = afgesloten(date(2027, 12, 15))
    nog_niet = afgesloten(date(2027, 12, 17))
    taak = next(t for t in periodic_tasks(Frequentie.DAGELIJKS) if t.name == "trajecten_bewaartermijn")

    taak.task.enqueue()
    taak.task.enqueue()  # safe to run twice

    vervallen.refresh_from_db()
    assert vervallen.status == Status.VERNIETIGD
    assert not Identiteit.objects.filter(traject=vervallen).exists()
    assert not hasattr(Traject.objects.get(pk=vervallen.pk), "aanmelding")
    assert Identiteit.objects.filter(traject=nog_niet).exists()
    # what stays: code, organisation, variant and the school year it started, for the reach figures
    assert Traject.objects.filter(
        pk=vervallen.pk, gestart_in_schooljaar="2025-2026", startdatum=None
    ).exists()
    assert AuditRegel.objects.filter(code=vervallen.code, actie=Actie.VERNIETIGD).count() == 1
    assert trajecten_na_bewaartermijn_vernietigen() == 0


def test_the_coordinator_exports_all_data_of_a_pupil(school, ingelogd_als):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    traject = f.TrajectFactory(school=school, met_identiteit__achternaam="Hoekstra-Vink")

    antwoord = ingelogd_als(coordinator).get(f"/trajecten/{traject.code}/export/")

    gegevens = json.loads(antwoord.content)
    assert gegevens["identiteit"]["achternaam"] == "Hoekstra-Vink"
    assert gegevens["aanmelding"]["klas"] == "3 havo"
    assert antwoord["Content-Disposition"] == f'attachment; filename="traject-{traject.code}.json"'
    assert AuditRegel.objects.filter(code=traject.code, actie=Actie.EXPORT).exists()


def test_the_coordinator_deletes_on_request_after_confirming_with_the_code(school, ingelogd_als):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    traject = f.TrajectFactory(school=school)
    client = ingelogd_als(coordinator)

    client.post(f"/trajecten/{traject.code}/verwijderen/", {"bevestig": "verkeerd"})
    assert Identiteit.objects.filter(traject=traject).exists()

    antwoord = client.post(f"/trajecten/{traject.code}/verwijderen/", {"bevestig": traject.code})

    assert antwoord.status_code == 302
    assert not Identiteit.objects.filter(traject=traject).exists()
    assert AuditRegel.objects.filter(code=traject.code, actie=Actie.VERWIJDERD).exists()
    assert client.get(f"/trajecten/{traject.code}/").status_code == 404


def test_inzage_shows_who_opened_the_case_record(school, ingelogd_als):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    trainer = f.trainer(organisatie=school)
    traject = f.TrajectFactory(school=school, trainers=[trainer])
    ingelogd_als(trainer).get(f"/trajecten/{traject.code}/")

    antwoord = ingelogd_als(coordinator).get(f"/trajecten/{traject.code}/inzage/")

    assert trainer.get_full_name() in antwoord.text and Actie.BEKEKEN in antwoord.text
