"""Rules shared by several apps, one function each, named after the rule.

Pure: they take values and return values (or raise a ValidationError keyed by field).
"""

from datetime import time

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

EINDTIJD_NIET_NA_BEGINTIJD = _("De eindtijd ligt na de begintijd.")


def eindigt_na_begin(*, begintijd: time, eindtijd: time) -> bool:
    """Rule 'een afspraak eindigt na haar begin': on its one day, the end time lies after the start time.

    For every appointment (a lesdag or intervisiemoment of the course, a professionalisation
    day, an intervisie meeting) and for the fixed times a group plans its meetings at.
    """
    return eindtijd > begintijd


def tijden_controleren(*, begintijd: time | None, eindtijd: time | None) -> None:
    """Rule 'een afspraak eindigt na haar begin', as a field error on the end time.

    Times not (yet) given are left to the fields' own 'required' check.
    """
    if (
        begintijd is not None
        and eindtijd is not None
        and not eindigt_na_begin(begintijd=begintijd, eindtijd=eindtijd)
    ):
        raise ValidationError({"eindtijd": EINDTIJD_NIET_NA_BEGINTIJD}, code="tijden")
