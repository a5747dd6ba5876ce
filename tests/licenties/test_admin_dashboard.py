"""The 'Verloopt binnenkort' panel: for the kerngroep only, with counts that link to the filtered overview."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from licenties.admin.views.licenties import verloopt_binnenkort_overzicht
from licenties.models import Licentie, LicentieStatus
from tests.licenties.factories import LicentieFactory

pytestmark = pytest.mark.django_db


def op(dag: date):
    return time_machine.travel(
        datetime(dag.year, dag.month, dag.day, 12, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False
    )


def panel(response, titel="Verloopt binnenkort"):
    return next((p.html for p in response.context["panels"] if str(p.panel.title) == titel), None)


def met_status(status, **velden):
    licentie = LicentieFactory(**velden)
    Licentie.objects.filter(pk=licentie.pk).update(status=status)
    return licentie


def test_the_kerngroep_sees_expiring_grace_and_recently_lapsed_counts(kerngroep, ingelogd_als):
    with op(date(2026, 5, 15)):
        met_status(LicentieStatus.VERLOOPT_BINNENKORT)
        met_status(LicentieStatus.VERLOOPT_BINNENKORT)
        met_status(LicentieStatus.IN_RESPIJT)
        LicentieFactory(behaald_op=date(2024, 5, 1))  # missed 2025: grace ended 31 March 2026
        LicentieFactory(behaald_op=date(2019, 5, 1))  # lapsed long ago
        assert Licentie.objects.filter(status=LicentieStatus.VERLOPEN).count() == 2

        response = ingelogd_als(kerngroep).get("/dashboard/")
        regels = {r["label"]: r["aantal"] for r in verloopt_binnenkort_overzicht()["regels"]}

    html = panel(response)
    assert html is not None
    assert regels == {"Verloopt binnenkort": 2, "In respijt": 1, "Onlangs verlopen (laatste drie maanden)": 1}
    assert "/admin/licenties/?status=verloopt_binnenkort" in html
    assert "/admin/licenties/?status=verlopen&amp;geldig_tot_jaar=2025" in html
    assert '<td class="num">2</td>' in html


def test_a_trainer_does_not_see_the_panel(ingelogd_als):
    trainer = LicentieFactory().houder

    response = ingelogd_als(trainer).get("/dashboard/")

    assert response.status_code == 200
    assert panel(response) is None
    assert panel(response, "Licentie") is not None


def test_the_wagtail_home_shows_the_same_counts_to_the_kerngroep(kerngroep, ingelogd_als):
    met_status(LicentieStatus.IN_RESPIJT)

    response = ingelogd_als(kerngroep).get("/admin/")

    assert "Licenties: verloopt binnenkort" in response.text
    assert "/admin/licenties/?status=in_respijt" in response.text
