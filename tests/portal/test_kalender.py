"""The calendar module: date arithmetic at month ends and leap days, school years, Dutch dates."""

from datetime import date

import pytest
from django.utils import translation

from portal.kalender import (
    datum_met_weekdag,
    datum_tekst,
    maandag_van,
    months_later,
    schooljaar_grenzen,
    schooljaar_van,
    volgend_schooljaar,
    years_later,
)


@pytest.mark.parametrize(
    ("dag", "maanden", "verwacht"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2027, 12, 31), 2, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 11, 15), 14, date(2028, 1, 15)),
    ],
)
def test_months_later_keeps_the_day_or_takes_the_last_of_a_shorter_month(dag, maanden, verwacht):
    assert months_later(dag, maanden) == verwacht


def test_years_later_turns_29_february_into_28_february():
    assert years_later(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert years_later(date(2028, 2, 29), 4) == date(2032, 2, 29)
    assert years_later(date(2026, 1, 31), 7) == date(2033, 1, 31)


def test_the_monday_of_a_week():
    assert maandag_van(date(2026, 11, 23)) == date(2026, 11, 23)  # a Monday
    assert maandag_van(date(2026, 11, 29)) == date(2026, 11, 23)  # the Sunday after
    assert maandag_van(date(2027, 1, 1)) == date(2026, 12, 28)  # across the new year


def test_the_school_year_turns_on_1_august():
    assert schooljaar_van(date(2026, 7, 31)) == "2025-2026"
    assert schooljaar_van(date(2026, 8, 1)) == "2026-2027"
    assert volgend_schooljaar(date(2026, 7, 31)) == "2026-2027"
    assert volgend_schooljaar(date(2026, 8, 1)) == "2027-2028"
    assert schooljaar_grenzen("2026-2027") == (date(2026, 8, 1), date(2027, 7, 31))


def test_dates_are_written_as_date_format_says():
    with translation.override("nl"):
        assert datum_tekst(date(2026, 11, 23)) == "23 november 2026"
        assert datum_met_weekdag(date(2026, 11, 23)) == "maandag 23 november 2026"
