"""Rules shared by several apps, one function each, named after the rule.

Pure: they take values and return values (or raise a ValidationError keyed by field).
"""

from datetime import date, time

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.kalender import datum_tekst

EINDTIJD_NIET_NA_BEGINTIJD = _("De eindtijd ligt na de begintijd.")
GEEN_PLAATS = _("Geef een locatie of een online link op.")
AANWEZIGHEID_TE_VROEG = _("Aanwezigheid leg je vast op of na de dag van de bijeenkomst (%(datum)s).")


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


def heeft_plaats(*, locatie: str, online_link: str) -> bool:
    """Rule 'een afspraak heeft een plaats': a location, an online link, or both.

    For every appointment people are invited to (a lesdag or intervisiemoment of the course, a
    professionalisation day, an intervisie meeting), checked where each is planned. Meetings a
    group's year plan creates take the group's link as it is.
    """
    return bool(locatie or online_link)


def plaats_controleren(*, locatie: str, online_link: str) -> None:
    """Rule 'een afspraak heeft een plaats', as a field error on the location."""
    if not heeft_plaats(locatie=locatie, online_link=online_link):
        raise ValidationError({"locatie": ValidationError(GEEN_PLAATS, code="geen_plaats")})


def aanwezigheid_vast_te_leggen(*, datum: date, vandaag: date) -> bool:
    """Rule 'aanwezigheid achteraf': what happened at a meeting is recorded on or after its day, never before.

    For every meeting whose attendance is recorded (a lesdag or intervisiemoment of the course, a
    professionalisation day, an intervisie meeting, a meeting of a trajectory) and for the minutes
    of an intervisie meeting. Each place keeps its own message where it names its kind of meeting.
    """
    return datum <= vandaag


def aanwezigheid_datum_controleren(*, datum: date, vandaag: date) -> None:
    """Rule 'aanwezigheid achteraf', as the error the course and the intervisie groups show."""
    if not aanwezigheid_vast_te_leggen(datum=datum, vandaag=vandaag):
        raise ValidationError(AANWEZIGHEID_TE_VROEG % {"datum": datum_tekst(datum)}, code="te_vroeg")
