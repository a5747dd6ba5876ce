"""Dates in one place: years and months later, the Monday of a week, the school year of a day, and
dates written the Dutch way.

Pure functions over `datetime.date`. Dates are written as `DATE_FORMAT` says
(`portal/formats/nl/formats.py`: "j F Y", e.g. 23 november 2026), so templates use `|date`
and Python uses `datum_tekst`; neither restates the format.
"""

import calendar
from datetime import date, timedelta

from django.utils.formats import date_format

SCHOOLJAAR_BEGINMAAND = 8  # 1 August


def years_later(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def months_later(day: date, months: int) -> date:
    """The same day `months` later, or the last day of that month when it is shorter (31 Dec + 2 → 29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def maandag_van(dag: date) -> date:
    """The Monday of the week `dag` lies in (weeks run Monday to Sunday)."""
    return dag - timedelta(days=dag.weekday())


def schooljaar_van(dag: date) -> str:
    """Rule: a school year runs from 1 August to 31 July; 15 October 2025 lies in "2025-2026"."""
    return schooljaar_vanaf(dag.year if dag.month >= SCHOOLJAAR_BEGINMAAND else dag.year - 1)


def schooljaar_vanaf(eerste: int) -> str:
    """The school year that begins in August of `eerste`."""
    return f"{eerste}-{eerste + 1}"


def volgend_schooljaar(dag: date) -> str:
    """The school year after the one `dag` lies in."""
    return schooljaar_vanaf(int(schooljaar_van(dag)[:4]) + 1)


def schooljaar_grenzen(schooljaar: str) -> tuple[date, date]:
    """The first and last day of `schooljaar` ("2026-2027"): 1 August to 31 July."""
    eerste = int(schooljaar[:4])
    volgende_begin = date(eerste + 1, SCHOOLJAAR_BEGINMAAND, 1)
    return date(eerste, SCHOOLJAAR_BEGINMAAND, 1), volgende_begin - timedelta(days=1)


def datum_tekst(dag: date) -> str:
    """A date as `DATE_FORMAT` writes it: 23 november 2026."""
    return date_format(dag)


def datum_met_weekdag(dag: date) -> str:
    """A date with its weekday, for a meeting: maandag 23 november 2026."""
    return date_format(dag, "l j F Y")
