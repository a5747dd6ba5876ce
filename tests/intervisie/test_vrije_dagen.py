"""Intervisie meetings planned by hand on a weekend or public holiday: saved, with a clear Dutch warning.

The facilitator's planning pages are where intervisie meetings are planned and moved; the kerngroep
uses the same pages (rule 'wie plant')."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from intervisie.models import Intervisiebijeenkomst
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _vandaag():
    with time_machine.travel(datetime(2027, 4, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False):
        yield


def planning(datum: str) -> dict:
    return {
        "datum": datum,
        "begintijd": "15:30",
        "eindtijd": "17:30",
        "online_link": "https://meet.example/x",
        "locatie": "",
        "agenda": "",
    }


def test_a_meeting_on_tweede_pinksterdag_is_planned_with_a_warning(ingelogd_als, kerngroep):
    groep = IntervisiegroepFactory()

    response = ingelogd_als(kerngroep).post(
        f"/intervisie/groepen/{groep.pk}/", {"plannen": "1", **planning("2027-05-17")}, follow=True
    )

    assert Intervisiebijeenkomst.objects.get().datum == date(2027, 5, 17)  # a warning, not a refusal
    assert (
        "De intervisiebijeenkomst op maandag 17 mei 2027 valt op Tweede pinksterdag, een feestdag."
        in response.content.decode()
    )


def test_moving_a_meeting_to_a_sunday_warns_and_the_form_keeps_warning(ingelogd_als, opleider):
    groep = IntervisiegroepFactory(facilitatoren=[opleider])
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=date(2027, 5, 12))
    client = ingelogd_als(opleider)

    response = client.post(
        f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/wijzigen/", planning("2027-05-23"), follow=True
    )

    bijeenkomst.refresh_from_db()
    assert bijeenkomst.datum == date(2027, 5, 23)
    assert "De intervisiebijeenkomst op zondag 23 mei 2027 valt in het weekend." in response.content.decode()
    formulier = client.get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/wijzigen/").content.decode()
    assert "valt in het weekend." in formulier


def test_a_meeting_on_a_school_day_gets_no_warning(ingelogd_als, kerngroep):
    groep = IntervisiegroepFactory()

    response = ingelogd_als(kerngroep).post(
        f"/intervisie/groepen/{groep.pk}/", {"plannen": "1", **planning("2027-05-12")}, follow=True
    )

    assert Intervisiebijeenkomst.objects.count() == 1
    assert (
        "een feestdag" not in response.content.decode() and "in het weekend" not in response.content.decode()
    )
