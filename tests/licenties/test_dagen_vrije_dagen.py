"""Professionalisation days on a weekend or public holiday: saved, with a clear Dutch warning."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from licenties.models import Professionaliseringsdag
from tests.licenties.test_admin_dagen import formulier

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _vandaag():
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False):
        yield


def test_a_day_on_hemelvaartsdag_is_saved_with_a_warning(kerngroep, ingelogd_als):
    client = ingelogd_als(kerngroep)

    response = client.post(
        "/admin/professionaliseringsdagen/new/",
        formulier(datum="2027-05-06", aanmelden_tot="2027-04-20"),
        follow=True,
    )

    assert Professionaliseringsdag.objects.get().datum == date(2027, 5, 6)  # a warning, not a refusal
    assert "De professionaliseringsdag op donderdag 6 mei 2027 valt op Hemelvaartsdag, een feestdag." in (
        response.text
    )


def test_moving_a_day_to_a_saturday_warns_and_the_edit_form_keeps_warning(kerngroep, ingelogd_als):
    client = ingelogd_als(kerngroep)
    client.post(
        "/admin/professionaliseringsdagen/new/", formulier(datum="2027-05-12", aanmelden_tot="2027-04-20")
    )
    dag = Professionaliseringsdag.objects.get()

    response = client.post(
        f"/admin/professionaliseringsdagen/edit/{dag.pk}/",
        formulier(datum="2027-05-15", aanmelden_tot="2027-04-20"),
        follow=True,
    )

    dag.refresh_from_db()
    assert dag.datum == date(2027, 5, 15)
    assert "De professionaliseringsdag op zaterdag 15 mei 2027 valt in het weekend." in response.text
    formulier_html = client.get(f"/admin/professionaliseringsdagen/edit/{dag.pk}/").text
    assert "valt in het weekend." in formulier_html


def test_a_day_on_a_school_day_gets_no_warning(kerngroep, ingelogd_als):
    response = ingelogd_als(kerngroep).post(
        "/admin/professionaliseringsdagen/new/",
        formulier(datum="2027-05-12", aanmelden_tot="2027-04-20"),
        follow=True,
    )

    assert Professionaliseringsdag.objects.count() == 1
    assert "een feestdag" not in response.text and "in het weekend" not in response.text
