"""Rule 'ervaren trainer': licensed for more than three years, derived from the licence history."""

from datetime import date

import pytest

from licenties.models import Licentie
from licenties.rules import is_ervaren_trainer
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def licensed_since(day: date):
    trainer = UserFactory(roles=["trainer"])
    Licentie.objects.create(
        houder=trainer, nummer=f"RF-{day.year}-{day.toordinal() % 10000:04d}", behaald_op=day
    )
    return trainer


def test_without_a_licence_nobody_is_ervaren():
    assert not is_ervaren_trainer(UserFactory(roles=["trainer"]), op=date(2026, 11, 23))


def test_exactly_three_years_is_not_yet_more_than_three():
    trainer = licensed_since(date(2023, 11, 23))

    assert not is_ervaren_trainer(trainer, op=date(2026, 11, 23))
    assert is_ervaren_trainer(trainer, op=date(2026, 11, 24))


def test_the_earliest_licence_counts():
    trainer = licensed_since(date(2025, 1, 10))
    Licentie.objects.create(
        houder=trainer, nummer="RF-2020-0001", behaald_op=date(2020, 5, 1), programma="re_fit_do_it"
    )

    assert is_ervaren_trainer(trainer, op=date(2026, 11, 23))


def test_a_leap_day_licence_turns_ervaren_after_28_february():
    trainer = licensed_since(date(2024, 2, 29))

    assert not is_ervaren_trainer(trainer, op=date(2027, 2, 28))
    assert is_ervaren_trainer(trainer, op=date(2027, 3, 1))
