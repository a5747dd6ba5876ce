"""Rule 'herinneringen': 1 September, 1 November, respijt, lapse, a monthly overview; each mailed once."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from licenties.tasks import licenties_dagelijks
from tests.licenties.factories import LicentieFactory, bijgewoond
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def op(dag: date):
    return time_machine.travel(
        datetime(dag.year, dag.month, dag.day, 6, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False
    )


def needing_a_day_in_2026():
    licentie = LicentieFactory(behaald_op=date(2024, 5, 1))
    bijgewoond(licentie.houder, date(2025, 3, 20))
    return licentie


def subjects_to(user):
    return [m.subject for m in mail.outbox if m.to == [user.email]]


def test_no_reminder_before_september():
    with op(date(2026, 8, 31)):
        licentie = needing_a_day_in_2026()
        licenties_dagelijks.call()
    assert subjects_to(licentie.houder) == []


def test_the_september_and_november_reminders_go_once_each():
    with op(date(2026, 9, 1)):
        licentie = needing_a_day_in_2026()
        licenties_dagelijks.call()
        licenties_dagelijks.call()
    with op(date(2026, 9, 2)):
        licenties_dagelijks.call()
    with op(date(2026, 11, 1)):
        licenties_dagelijks.call()
        licenties_dagelijks.call()

    onderwerpen = subjects_to(licentie.houder)
    assert len(onderwerpen) == 2
    assert all("nog geen professionaliseringsdag in 2026" in s for s in onderwerpen)


def test_who_attended_this_year_or_obtained_the_licence_this_year_gets_no_reminder():
    with op(date(2026, 9, 1)):
        bijgewoond_dit_jaar = needing_a_day_in_2026()
        bijgewoond(bijgewoond_dit_jaar.houder, date(2026, 3, 20))
        nieuw = LicentieFactory(behaald_op=date(2026, 2, 1))
        licenties_dagelijks.call()
    assert subjects_to(bijgewoond_dit_jaar.houder) == []
    assert subjects_to(nieuw.houder) == []


def test_entering_grace_and_lapsing_are_each_mailed_once():
    with op(date(2026, 12, 31)):
        licentie = needing_a_day_in_2026()
        licenties_dagelijks.call()
    mail.outbox.clear()
    with op(date(2027, 1, 1)):
        licenties_dagelijks.call()
        licenties_dagelijks.call()
    assert [s for s in subjects_to(licentie.houder) if "respijt" in s] == [
        f"[Re-Fit] Je licentie {licentie.nummer} is in de respijtperiode"
    ]
    with op(date(2027, 4, 1)):
        licenties_dagelijks.call()
        licenties_dagelijks.call()
    assert len([s for s in subjects_to(licentie.houder) if "verlopen" in s]) == 1


def test_the_kerngroep_gets_one_overview_a_month_with_counts_only():
    kerngroep = UserFactory(roles=["kerngroep"])
    with op(date(2026, 11, 1)):
        licentie = LicentieFactory()
        licenties_dagelijks.call()
        licenties_dagelijks.call()
    with op(date(2026, 11, 15)):
        licenties_dagelijks.call()
    with op(date(2026, 12, 1)):
        licenties_dagelijks.call()

    overzichten = [m for m in mail.outbox if m.to == [kerngroep.email]]
    assert len(overzichten) == 2
    assert licentie.houder.last_name not in overzichten[0].body
    assert "Actief: 1" in overzichten[0].body
