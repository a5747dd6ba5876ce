"""Settings › Licentie-onderhoud: a rule change is a new version, recomputes statuses, and is shown."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from licenties.models import Licentie, LicentieStatus, Onderhoudsregel
from tests.licenties.factories import LicentieFactory, bijgewoond

pytestmark = pytest.mark.django_db
PAD = "/admin/licentie-onderhoud/"


def op(dag: date):
    return time_machine.travel(
        datetime(dag.year, dag.month, dag.day, 12, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False
    )


def formulier(**anders):
    data = {
        "respijt_maanden": "3",
        "waarschuwen_vanaf_maand": "9",
        "intervisie_minimum_per_jaar": "2",
        "toelichting": "Meer tijd na een jaar met weinig dagen.",
    }
    data.update(anders)
    return data


def test_the_page_shows_the_current_values_and_no_versions_yet(kerngroep, ingelogd_als):
    response = ingelogd_als(kerngroep).get(PAD)

    assert response.status_code == 200
    assert response.context["form"].initial["respijt_maanden"] == 3
    assert "De regel is nog nooit gewijzigd" in response.text


def test_changing_the_rule_creates_version_1_recomputes_statuses_and_shows_who_changed_what(
    kerngroep, ingelogd_als
):
    with op(date(2026, 4, 15)):
        licentie = LicentieFactory(behaald_op=date(2023, 5, 1))
        bijgewoond(licentie.houder, date(2024, 10, 9))
        assert Licentie.objects.get(pk=licentie.pk).status == LicentieStatus.VERLOPEN
        client = ingelogd_als(kerngroep)

        response = client.post(PAD, formulier(respijt_maanden="6"))

        assert response.status_code == 302
        assert Licentie.objects.get(pk=licentie.pk).status == LicentieStatus.IN_RESPIJT
        pagina = client.get(PAD)
    regel = Onderhoudsregel.objects.get()
    assert (regel.versie, regel.respijt_maanden, regel.gewijzigd_door) == (1, 6, kerngroep)
    assert "Versie 1 van de onderhoudsregel geldt nu" in pagina.text
    assert (
        "Respijt (maanden): van 3 naar 6" in pagina.text or "respijt (maanden): van 3 naar 6" in pagina.text
    )
    assert "Kim Kerngroep" in pagina.text and "Meer tijd na een jaar met weinig dagen." in pagina.text
    assert "1 licentiestatus veranderde." in pagina.text


@pytest.mark.parametrize(
    ("anders", "melding"),
    [
        ({"respijt_maanden": "6", "toelichting": " "}, "Leg uit waarom de regel verandert"),
        ({"toelichting": "Niets anders."}, "Er is niets gewijzigd aan de regel."),
        ({"waarschuwen_vanaf_maand": "13"}, "Zorg ervoor dat deze waarde hoogstens 12 is."),
        ({"respijt_maanden": "25"}, "Zorg ervoor dat deze waarde hoogstens 24 is."),
        ({"respijt_maanden": "veel"}, "Voer een geheel getal in."),
    ],
)
def test_a_bad_change_is_refused_in_dutch_and_nothing_changes(
    kerngroep, ingelogd_als, ongewijzigd, anders, melding
):
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(PAD, formulier(**anders))

    assert response.status_code == 200
    assert melding in response.text


def test_the_rule_is_under_settings_for_the_kerngroep_only(kerngroep, ingelogd_als):
    assert "Licentie-onderhoud" in ingelogd_als(kerngroep).get("/admin/").text
