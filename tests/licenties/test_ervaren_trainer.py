"""Rule 'ervaren trainer': licensed for more than three years, and licensed now."""

from datetime import date

import pytest

from licenties.selectors import is_ervaren_trainer
from tests.licenties.factories import LicentieFactory, bijgewoond
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def kept_licensed(day: date, through: int):
    """A trainer licensed on `day` who attended a professionalisation day every year up to `through`."""
    licentie = LicentieFactory(behaald_op=day)
    for jaar in range(day.year + 1, through + 1):
        bijgewoond(licentie.houder, date(jaar, 3, 20))
    return licentie.houder


def test_without_a_licence_nobody_is_ervaren():
    assert not is_ervaren_trainer(UserFactory(roles=["trainer"]), op=date(2026, 11, 23))


def test_exactly_three_years_is_not_yet_more_than_three():
    trainer = kept_licensed(date(2023, 11, 23), through=2026)

    assert not is_ervaren_trainer(trainer, op=date(2026, 11, 23))
    assert is_ervaren_trainer(trainer, op=date(2026, 11, 24))


def test_a_licence_obtained_on_29_february_counts_from_28_february():
    trainer = kept_licensed(date(2024, 2, 29), through=2027)

    assert not is_ervaren_trainer(trainer, op=date(2027, 2, 28))
    assert is_ervaren_trainer(trainer, op=date(2027, 3, 1))


def test_the_earliest_licence_counts():
    trainer = kept_licensed(date(2020, 5, 1), through=2026)
    LicentieFactory(houder=trainer, behaald_op=date(2025, 1, 10), programma="re_fit_do_it")

    assert is_ervaren_trainer(trainer, op=date(2026, 11, 23))


def test_a_lapsed_licence_makes_nobody_ervaren():
    trainer = kept_licensed(date(2019, 5, 1), through=2022)

    assert not is_ervaren_trainer(trainer, op=date(2026, 11, 23))
