"""Rules about licences, each in one place and named after the rule."""

from datetime import date

from django.utils import timezone

ERVAREN_NA_JAREN = 3


def years_later(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def is_ervaren_trainer(user, *, op: date | None = None) -> bool:
    """Rule 'ervaren trainer': licensed for more than three years.

    Needed on every adviesteam and for one of the two intake trainers. Derived
    from the licence history, never stored by hand.
    """
    op = op or timezone.localdate()
    eerste = user.licenties.order_by("behaald_op").values_list("behaald_op", flat=True).first()
    return eerste is not None and op > years_later(eerste, ERVAREN_NA_JAREN)
