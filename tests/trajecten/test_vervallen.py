"""Rule 'bewaartermijn': nothing is kept longer than the rule, also for a record that never closes.
Finding 5 of issue 17: only closing set a destroy date, and destroyed rows kept dates, percentages
and the school."""

from datetime import date

import pytest
import time_machine

from portal.models import UitgaandeMail
from portal.periodic import Frequentie, periodic_tasks
from tests.trajecten import factories as f
from trajecten.audit import Actie
from trajecten.models import Traject
from trajecten.services.aanmelden import traject_aanmelden
from trajecten.services.bewaren import traject_vernietigen

pytestmark = pytest.mark.django_db


def dagelijkse_taak():
    taak = next(t for t in periodic_tasks(Frequentie.DAGELIJKS) if t.name == "trajecten_bewaartermijn")
    taak.task.enqueue()


@pytest.fixture
def aangemeld(school):
    with time_machine.travel(date(2026, 1, 12), tick=False):
        return traject_aanmelden(
            school=school,
            identiteit=f.identiteit(),
            aanmelding=dict(f.AANMELDING),
            door=f.schoolcontact(school),
        )


def test_an_open_traject_has_a_vernietigdatum_from_its_aanmelding_on(aangemeld):
    assert Traject.objects.get(pk=aangemeld.pk).vernietigen_op is not None


def test_a_traject_without_activity_lapses_after_twelve_months_with_a_message(
    aangemeld, school, mailoutbox, django_capture_on_commit_callbacks
):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    with time_machine.travel(date(2027, 1, 11), tick=False), django_capture_on_commit_callbacks(execute=True):
        dagelijkse_taak()
    assert Traject.objects.get(pk=aangemeld.pk).status == "aangemeld"  # a day short of twelve months

    with time_machine.travel(date(2027, 1, 12), tick=False), django_capture_on_commit_callbacks(execute=True):
        dagelijkse_taak()
        dagelijkse_taak()  # safe to run twice: one notice

    traject = Traject.objects.get(pk=aangemeld.pk)
    assert (traject.status, traject.uitkomst) == ("afgesloten", "vervallen")
    assert traject.vernietigen_op == date(2029, 1, 12)
    assert [m.to for m in mailoutbox] == [[coordinator.email]]
    assert traject.code in mailoutbox[0].subject


def test_a_destroyed_traject_keeps_only_what_the_bereik_needs(school):
    traject = f.TrajectFactory(
        school=school,
        status="afgesloten",
        uitkomst="afgerond",
        startdatum=date(2025, 9, 1),
        aanwezigheid_start=70,
        aanwezigheid_eind=95,
        afgesloten_op=date(2025, 12, 15),
        vernietigen_op=date(2027, 12, 15),
    )
    with time_machine.travel(date(2027, 12, 16), tick=False):
        dagelijkse_taak()

    rij = Traject.objects.filter(pk=traject.pk).values().get()
    assert rij["school_id"] is None
    datums_en_percentages = {
        veld: waarde
        for veld, waarde in rij.items()
        if (veld.endswith("_op") or veld.startswith(("aanwezigheid", "startdatum"))) and waarde is not None
    }
    assert datums_en_percentages == {}


def test_the_lapse_notice_names_the_traject_by_id_and_goes_with_its_destruction(
    aangemeld, school, mailoutbox, django_capture_on_commit_callbacks
):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    with time_machine.travel(date(2027, 1, 12), tick=False), django_capture_on_commit_callbacks(execute=True):
        dagelijkse_taak()
    melding = UitgaandeMail.objects.over(aangemeld).get()
    assert (melding.soort, melding.onderwerp) == ("trajecten.vervallen", f"trajecten.traject:{aangemeld.pk}")
    assert melding.verstuurd_op is not None
    assert aangemeld.code not in f"{melding.onderwerp} {melding.gelegenheid}"

    with time_machine.travel(date(2027, 2, 1), tick=False):  # erased on request, before its destroy date
        traject_vernietigen(
            traject=Traject.objects.get(pk=aangemeld.pk), door=coordinator, actie=Actie.VERWIJDERD
        )

    assert not UitgaandeMail.objects.over(aangemeld).exists()
