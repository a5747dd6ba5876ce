"""Rule 'jaarplan': four meetings a school year, one per period between holidays, never on a free day.

The free days (weekends, public holidays, school holidays) come from `portal.schoolvakanties` (the
one calendar of the portal); this module only reads it. A national group has members from several
regions, so a week counts as a holiday week when it is one in *any* of the members' regions: nobody
has to join from their holiday.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from portal.kalender import maandag_van, schooljaar_grenzen
from portal.models import Schoolvakantie
from portal.models.organisaties import Regio
from portal.schoolvakanties import VakantieKalender, kalender_dekt

AANTAL_PER_JAAR = 4
Soort = Schoolvakantie.Soort

# The four periods of a school year and the holidays around them: (after, before).
PERIODEN = [
    (Soort.ZOMERVAKANTIE, Soort.HERFSTVAKANTIE),
    (Soort.HERFSTVAKANTIE, Soort.KERSTVAKANTIE),
    (Soort.KERSTVAKANTIE, Soort.VOORJAARSVAKANTIE),
    (Soort.VOORJAARSVAKANTIE, Soort.ZOMERVAKANTIE),
]


@dataclass(frozen=True)
class Jaarplan:
    schooljaar: str
    datums: list[date]
    uitleg: list[str]


def jaarplan_opstellen(*, schooljaar: str, regios: set[str], weekdag: int, vanaf: date) -> Jaarplan:
    """Rule 'jaarplan': one meeting in each of the four periods of `schooljaar`, on `weekdag`.

    Each period runs from the end of one holiday to the start of the next (latest end and earliest
    start over `regios`); the meeting goes in its middle school week that is no holiday week in any
    of `regios` and whose `weekdag` is no public holiday. Periods whose meeting would fall before
    `vanaf` are left out (a plan made during the year covers the rest of it). Raises
    ValidationError when the holiday calendar does not cover the school year: the plan would
    otherwise land in a holiday nobody entered.
    """
    regios = {Regio(r) for r in regios} or set(Regio)
    begin, eind = schooljaar_grenzen(schooljaar)
    ontbreekt = [r for r in regios if not kalender_dekt(r, begin, eind)]
    if ontbreekt:
        raise ValidationError(
            _(
                "Voor schooljaar %(jaar)s zijn de schoolvakanties nog niet (volledig) bekend in het portaal. "
                "Plan de bijeenkomsten met de hand of vraag de kerngroep de vakanties aan te vullen."
            )
            % {"jaar": schooljaar},
            code="geen_vakanties",
        )
    # Read a little wider: the previous summer holiday ends in August or September.
    kalenders = [
        VakantieKalender(r, begin - timedelta(days=62), eind + timedelta(days=7)) for r in sorted(regios)
    ]
    vakanties = [v for k in kalenders for v in k.vakanties]

    vorig_jaar = f"{begin.year - 1}-{begin.year}"

    def einde_van(soort) -> date | None:
        """The last free day of a holiday over all regions; the summer is the one before this year."""
        jaar = vorig_jaar if soort == Soort.ZOMERVAKANTIE else schooljaar
        eindes = [v.eind for v in vakanties if v.soort == soort and v.schooljaar == jaar]
        if not eindes and soort == Soort.ZOMERVAKANTIE:
            return date(begin.year, 8, 31)  # the last summer is not in the calendar: no school in August
        return max(eindes) if eindes else None

    def begin_van(soort) -> date | None:
        begins = [v.begin for v in vakanties if v.soort == soort and v.schooljaar == schooljaar]
        return min(begins) if begins else None

    def is_vrij(maandag: date) -> bool:
        """A holiday week in any region, or the group's day itself free (Hemelvaartsdag on a Thursday):
        the meeting then goes in another week of the period, not on another day, because the members
        keep the group's day free."""
        dag = maandag + timedelta(days=weekdag)
        return any(k.is_vakantieweek(maandag) or k.vrije_dag(dag) for k in kalenders)

    datums, uitleg = [], []
    for nummer, (na, voor) in enumerate(PERIODEN, start=1):
        periode_begin = (einde_van(na) or begin) + timedelta(days=1)
        periode_eind = (begin_van(voor) or eind) - timedelta(days=1)
        maandagen = []
        maandag = maandag_van(periode_begin + timedelta(days=6))
        while maandag + timedelta(days=4) <= periode_eind:
            if not is_vrij(maandag):
                maandagen.append(maandag)
            maandag += timedelta(weeks=1)
        if not maandagen:
            uitleg.append(_("Periode %(n)d heeft geen schoolweek zonder vakantie.") % {"n": nummer})
            continue
        dag = maandagen[len(maandagen) // 2] + timedelta(days=weekdag)
        if dag < vanaf:
            uitleg.append(_("Periode %(n)d is al voorbij en krijgt geen bijeenkomst meer.") % {"n": nummer})
            continue
        datums.append(dag)
    uitleg.insert(
        0,
        _(
            "Eén bijeenkomst per periode tussen twee vakanties, midden in die periode, in een week die "
            "in geen van de regio's van de leden (%(regios)s) een vakantieweek is en niet op een feestdag."
        )
        % {"regios": ", ".join(str(Regio(r).label) for r in sorted(regios))},
    )
    return Jaarplan(schooljaar=schooljaar, datums=datums, uitleg=uitleg)
