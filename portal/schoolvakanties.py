"""Reading the school-holiday calendar: the one place planners ask about holidays.

Callers pass a region value (`Regio.NOORD` or "noord"). Planning many weeks at once goes through
`VakantieKalender`, which reads the holidays of a region once and answers everything in memory:

    kalender = VakantieKalender(Regio.MIDDEN, startdatum)
    if not kalender_dekt(Regio.MIDDEN, startdatum, startdatum + timedelta(weeks=26)):
        ...  # warn: "geen vakantiegegevens voor deze periode"
    weken = kalender.schoolweken(kalender.volgende_schoolweek(maandag), 14)

Dates are closed ranges: `begin` and `eind` are both free days.
"""

from datetime import date, timedelta

from portal.models import Schoolvakantie
from portal.models.organisaties import Regio
from portal.models.schoolvakanties import beginjaar_van_schooljaar, schooljaar_van, schooljaar_vanaf

__all__ = [
    "VAKANTIEDAGEN_VOOR_VAKANTIEWEEK",
    "VakantieKalender",
    "beginjaar_van_schooljaar",
    "is_vakantieweek",
    "kalender_dekt",
    "ontbrekende_schooljaren",
    "schooljaar_van",
    "schooljaar_vanaf",
    "vakantie_op",
    "vakanties",
]

# A school week (Monday to Friday) with at least this many free weekdays counts as a holiday week.
# Three is the majority of the five school days: such a week has no regular rhythm for a weekly
# meeting, while a single public holiday (Koningsdag, Hemelvaart) does not make a holiday week.
# The published holidays run Saturday to Sunday, so for them a week is 0 or 5 days; the threshold
# only decides for periods the kerngroep enters differently.
VAKANTIEDAGEN_VOOR_VAKANTIEWEEK = 3

# Without an end date a calendar covers a year: 14 school weeks plus every holiday in between
# (summer included) always fit, at the cost of reading about five rows more.
STANDAARD_BEREIK = timedelta(days=366)


def vakanties(regio, van: date, tot: date) -> list[Schoolvakantie]:
    """The holidays of `regio` with at least one day in the closed range [van, tot], by begin (one query)."""
    if tot < van:
        return []
    return list(Schoolvakantie.objects.in_regio(Regio(regio)).overlappend(van, tot).order_by("begin"))


def vakantie_op(regio, dag: date) -> Schoolvakantie | None:
    """The holiday of `regio` that `dag` falls in (begin and eind included), or None."""
    return Schoolvakantie.objects.in_regio(Regio(regio)).overlappend(dag, dag).order_by("begin").first()


def is_vakantieweek(regio, maandag: date) -> bool:
    """Rule: the school week from `maandag` has at least VAKANTIEDAGEN_VOOR_VAKANTIEWEEK free weekdays."""
    return VakantieKalender(regio, maandag, maandag + timedelta(days=4)).is_vakantieweek(maandag)


def ontbrekende_schooljaren(regio, van: date, tot: date) -> list[str]:
    """The school years touching [van, tot] for which `regio` lacks one of the five holidays.

    A school year without all five holidays would let a planner put meetings in a holiday it does
    not know about, so callers warn instead (one query).
    """
    jaren = _schooljaren(van, tot)
    aanwezig: dict[str, set[str]] = {jaar: set() for jaar in jaren}
    for jaar, soort in (
        Schoolvakantie.objects.in_regio(Regio(regio))
        .filter(schooljaar__in=jaren)
        .values_list("schooljaar", "soort")
    ):
        aanwezig[jaar].add(soort)
    alle_soorten = set(Schoolvakantie.Soort.values)
    return [jaar for jaar in jaren if aanwezig[jaar] != alle_soorten]


def kalender_dekt(regio, van: date, tot: date) -> bool:
    """Whether the calendar knows every holiday of `regio` between `van` and `tot`.

    False means: "geen (volledige) vakantiegegevens voor deze periode" — e.g. after 2029 until the
    next school years are added.
    """
    return not ontbrekende_schooljaren(regio, van, tot)


def _schooljaren(van: date, tot: date) -> list[str]:
    eerste, laatste = int(schooljaar_van(van)[:4]), int(schooljaar_van(max(van, tot))[:4])
    return [f"{jaar}-{jaar + 1}" for jaar in range(eerste, laatste + 1)]


def _maandag_verplicht(maandag: date) -> None:
    if maandag.weekday() != 0:
        raise ValueError(f"{maandag.isoformat()} is geen maandag")


class VakantieKalender:
    """The holidays of one region between `van` and `tot`, read once, answered in memory.

    Questions about days outside [van, tot] raise ValueError rather than answer "no holiday" for a
    period that was never read. Leave out `tot` to cover a year from `van`.
    """

    def __init__(self, regio, van: date, tot: date | None = None):
        self.regio = Regio(regio)
        self.van = van
        self.tot = tot if tot is not None else van + STANDAARD_BEREIK
        self.vakanties = vakanties(self.regio, self.van, self.tot)

    def _binnen_bereik(self, dag: date) -> None:
        if not self.van <= dag <= self.tot:
            raise ValueError(
                f"{dag.isoformat()} valt buiten de gelezen periode "
                f"{self.van.isoformat()} – {self.tot.isoformat()}"
            )

    def vakantie_op(self, dag: date) -> Schoolvakantie | None:
        """The holiday that `dag` falls in, or None."""
        self._binnen_bereik(dag)
        return next((v for v in self.vakanties if v.begin <= dag <= v.eind), None)

    def is_vakantieweek(self, maandag: date) -> bool:
        """Rule: at least VAKANTIEDAGEN_VOOR_VAKANTIEWEEK of the weekdays from `maandag` are free."""
        _maandag_verplicht(maandag)
        self._binnen_bereik(maandag + timedelta(days=4))
        vrij = sum(
            1
            for dag in (maandag + timedelta(days=n) for n in range(5))
            if any(v.begin <= dag <= v.eind for v in self.vakanties)
        )
        return vrij >= VAKANTIEDAGEN_VOOR_VAKANTIEWEEK

    def volgende_schoolweek(self, maandag: date) -> date:
        """The first Monday on or after `maandag` whose week is not a holiday week."""
        _maandag_verplicht(maandag)
        while self.is_vakantieweek(maandag):
            maandag += timedelta(weeks=1)
        return maandag

    def schoolweken(self, vanaf_maandag: date, aantal: int) -> list[date]:
        """The Mondays of the first `aantal` school weeks from `vanaf_maandag`, skipping holiday weeks.

        E.g. the 14 weekly meetings of a training, each in its own school week.
        """
        weken: list[date] = []
        maandag = vanaf_maandag
        while len(weken) < aantal:
            maandag = self.volgende_schoolweek(maandag)
            weken.append(maandag)
            maandag += timedelta(weeks=1)
        return weken

    def eerstvolgende_vakantie(self, na: date) -> Schoolvakantie | None:
        """The first holiday that begins after `na` (a holiday already running on `na` is not it).

        None when no holiday begins between `na` and the end of the calendar.
        """
        self._binnen_bereik(na)
        return next((v for v in self.vakanties if v.begin > na), None)
