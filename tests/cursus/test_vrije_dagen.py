"""Course days and intervisiemomenten on a weekend or public holiday: saved, with a clear Dutch warning."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from cursus.models import Cursusronde
from tests.cursus.test_planning import formulier

pytestmark = pytest.mark.django_db

# Monday 2 November 2026. Days from then: 60 is Nieuwjaarsdag 2027 (a Friday); 80 a Thursday,
# 99 a Tuesday, 100 a Wednesday, 130 a Friday.
VANDAAG = datetime(2026, 11, 2, 12, tzinfo=ZoneInfo("Europe/Amsterdam"))
NIEUWJAARSDAG = 60
SCHOOLDAGEN = (80, 99, 100, 130)


@pytest.fixture(autouse=True)
def _vandaag():
    with time_machine.travel(VANDAAG, tick=False):
        yield


def test_a_lesdag_on_nieuwjaarsdag_and_an_intervisiemoment_on_a_sunday_are_saved_with_a_warning(
    kerngroep, opleider, ingelogd_als
):
    client = ingelogd_als(kerngroep)
    data = formulier(dagen=(NIEUWJAARSDAG, 80, 99, 130), opleiders=[opleider])
    data["bijeenkomsten-2-datum"] = date(2027, 2, 7).isoformat()  # a Sunday

    response = client.post("/admin/cursusrondes/new/", data, follow=True)

    ronde = Cursusronde.objects.get()  # a warning, not a refusal
    assert date(2027, 1, 1) in [b.datum for b in ronde.gesorteerde_bijeenkomsten()]
    tekst = response.text
    assert "Lesdag 1 op vrijdag 1 januari 2027 valt op Nieuwjaarsdag, een feestdag." in tekst
    assert "Intervisiemoment 1 op zondag 7 februari 2027 valt in het weekend." in tekst


def test_the_edit_form_keeps_warning_while_a_session_is_on_a_free_day(kerngroep, opleider, ingelogd_als):
    client = ingelogd_als(kerngroep)
    client.post(
        "/admin/cursusrondes/new/",
        formulier(dagen=(NIEUWJAARSDAG, 80, 99, 130), opleiders=[opleider]),
    )
    ronde = Cursusronde.objects.get()

    response = client.get(f"/admin/cursusrondes/edit/{ronde.pk}/")

    assert "valt op Nieuwjaarsdag, een feestdag." in response.text


def test_an_edition_on_school_days_gets_no_warning(kerngroep, opleider, ingelogd_als):
    client = ingelogd_als(kerngroep)

    response = client.post(
        "/admin/cursusrondes/new/",
        formulier(dagen=SCHOOLDAGEN, opleiders=[opleider]),
        follow=True,
    )

    assert Cursusronde.objects.count() == 1
    assert "een feestdag" not in response.text and "in het weekend" not in response.text
