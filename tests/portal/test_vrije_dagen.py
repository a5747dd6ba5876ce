"""Every free day in the one planning API: weekends, the Dutch public holidays of domain.md (from the
`holidays` package, corrected in `portal/feestdagen.py`) and the regional school holidays."""

from datetime import date

import pytest

from portal.feestdagen import feestdag_op, feestdagen
from portal.models.organisaties import Regio
from portal.schoolvakanties import (
    VakantieKalender,
    VrijeDagSoort,
    eerste_schooldag,
    schoolvakanties_inrichten,
    vrije_dag,
)


@pytest.fixture
def kalender_ingericht(db):
    schoolvakanties_inrichten()


@pytest.mark.parametrize(
    ("dag", "naam"),
    [
        (date(2026, 4, 6), "Tweede paasdag"),
        (date(2026, 5, 25), "Tweede pinksterdag"),
        (date(2026, 4, 27), "Koningsdag"),
        (date(2025, 4, 26), "Koningsdag"),  # 27 April 2025 was a Sunday: celebrated the day before
        (date(2026, 5, 14), "Hemelvaartsdag"),
        (date(2026, 12, 25), "Eerste kerstdag"),
        (date(2026, 12, 26), "Tweede kerstdag"),
        (date(2027, 1, 1), "Nieuwjaarsdag"),
        (date(2025, 5, 5), "Bevrijdingsdag"),
    ],
)
def test_the_public_holidays_of_domain_md_are_free_days(dag, naam):
    assert feestdag_op(dag) == naam
    vrij = vrije_dag(dag)
    assert vrij.soort == VrijeDagSoort.FEESTDAG and vrij.naam == naam and vrij.datum == dag


def test_the_whole_list_of_a_year_is_what_domain_md_names():
    """A new release of the package that adds or drops a day fails here first."""
    assert dict(feestdagen(2026)) == {
        date(2026, 1, 1): "Nieuwjaarsdag",
        date(2026, 4, 5): "Eerste paasdag",
        date(2026, 4, 6): "Tweede paasdag",
        date(2026, 4, 27): "Koningsdag",
        date(2026, 5, 14): "Hemelvaartsdag",
        date(2026, 5, 24): "Eerste pinksterdag",
        date(2026, 5, 25): "Tweede pinksterdag",
        date(2026, 12, 25): "Eerste kerstdag",
        date(2026, 12, 26): "Tweede kerstdag",
    }
    assert set(feestdagen(2025).values()) == set(feestdagen(2026).values()) | {"Bevrijdingsdag"}


def test_bevrijdingsdag_is_free_in_lustrum_years_only():
    assert feestdag_op(date(2025, 5, 5)) == "Bevrijdingsdag"
    assert feestdag_op(date(2030, 5, 5)) == "Bevrijdingsdag"
    assert feestdag_op(date(2026, 5, 5)) is None
    assert vrije_dag(date(2026, 5, 5)) is None  # a Tuesday: an ordinary school day
    assert feestdag_op(date(2029, 5, 5)) is None


def test_goede_vrijdag_is_no_free_day():
    """The package counts Goede Vrijdag as a public holiday; the Algemene termijnenwet and domain.md
    do not (most schools are open)."""
    assert feestdag_op(date(2026, 4, 3)) is None
    assert vrije_dag(date(2026, 4, 3)) is None


def test_the_weekend_is_free():
    assert vrije_dag(date(2026, 12, 5)).soort == VrijeDagSoort.WEEKEND
    assert vrije_dag(date(2026, 12, 6)).naam == "zondag"
    assert vrije_dag(date(2026, 12, 7)) is None


def test_a_school_holiday_is_free_in_its_own_region_only(kalender_ingericht):
    # Monday 13 October 2025: herfstvakantie in the south, a school day in the north.
    herfst_zuid = vrije_dag(date(2025, 10, 13), regios=[Regio.ZUID])
    assert herfst_zuid.soort == VrijeDagSoort.SCHOOLVAKANTIE and herfst_zuid.naam == "herfstvakantie"
    assert vrije_dag(date(2025, 10, 13), regios=[Regio.NOORD]) is None
    assert vrije_dag(date(2025, 10, 13), regios=[Regio.NOORD, Regio.ZUID]).naam == "herfstvakantie"
    # Without regions only weekends and public holidays count.
    assert vrije_dag(date(2025, 10, 13)) is None


def test_the_calendar_of_a_region_knows_every_kind_of_free_day(kalender_ingericht):
    kalender = VakantieKalender(Regio.MIDDEN, date(2026, 3, 30), date(2026, 6, 30))

    assert kalender.vrije_dag(date(2026, 4, 6)).naam == "Tweede paasdag"
    assert kalender.vrije_dag(date(2026, 4, 20)).naam == "meivakantie"
    # Koningsdag falls in the meivakantie: the holiday is what the planner reports.
    assert kalender.vrije_dag(date(2026, 4, 27)).soort == VrijeDagSoort.SCHOOLVAKANTIE
    assert kalender.vrije_dag(date(2026, 4, 11)).soort == VrijeDagSoort.WEEKEND
    assert kalender.vrije_dag(date(2026, 4, 7)) is None


def test_a_meeting_on_a_public_holiday_moves_to_the_nearest_school_day_of_that_week(kalender_ingericht):
    kalender = VakantieKalender(Regio.MIDDEN, date(2026, 3, 30), date(2026, 6, 30))

    assert kalender.schooldag_in_week(date(2026, 3, 30), 2) == date(2026, 4, 1)  # nothing free
    assert kalender.schooldag_in_week(date(2026, 4, 6), 0) == date(2026, 4, 7)  # Tweede paasdag
    assert kalender.schooldag_in_week(date(2026, 5, 11), 3) == date(2026, 5, 15)  # Hemelvaartsdag
    assert kalender.schooldag_in_week(date(2026, 5, 25), 0) == date(2026, 5, 26)  # Tweede pinksterdag


def test_christmas_day_moves_to_the_day_before_when_the_day_after_is_free_too(db):
    # 2031-2032 has no school holidays in the calendar: only weekends and public holidays are known.
    kalender = VakantieKalender(Regio.NOORD, date(2031, 12, 1), date(2032, 1, 31))

    assert kalender.schooldag_in_week(date(2031, 12, 22), 3) == date(2031, 12, 24)
    assert kalender.schooldag_in_week(date(2031, 12, 29), 3) == date(2032, 1, 2)  # Nieuwjaarsdag


def test_the_first_school_day_in_every_region(kalender_ingericht):
    assert eerste_schooldag(date(2026, 12, 7)) == date(2026, 12, 7)
    assert eerste_schooldag(date(2026, 12, 5)) == date(2026, 12, 7)  # Saturday
    assert eerste_schooldag(date(2026, 12, 31)) == date(2027, 1, 4)  # kerstvakantie everywhere
    # Herfstvakantie 2026: north 10-18 October, middle and south 17-25 October.
    assert eerste_schooldag(date(2026, 10, 12)) == date(2026, 10, 26)
    assert eerste_schooldag(date(2026, 10, 12), regios=[Regio.NOORD]) == date(2026, 10, 19)
    assert eerste_schooldag(date(2026, 10, 12), regios=[]) == date(2026, 10, 12)


def test_counting_school_weeks_and_school_days_backwards(kalender_ingericht):
    kalender = VakantieKalender(Regio.MIDDEN, date(2026, 3, 1), date(2026, 6, 1))

    # Before 11 May 2026: the week of 4 May, then the two meivakantie weeks are passed over.
    assert kalender.schoolweken_terug(date(2026, 5, 11), 3) == [
        date(2026, 4, 6),
        date(2026, 4, 13),
        date(2026, 5, 4),
    ]
    assert eerste_schooldag(date(2027, 1, 2), terug=True) == date(2026, 12, 18)  # before the kerstvakantie
