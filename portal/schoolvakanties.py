"""The free-day calendar: the one place every planner asks which days are no meeting days.

Rule 'vrije dagen' (domain.md): meetings fall on school days. Free are the weekend, the Dutch public
holidays (`portal.feestdagen`, from the `holidays` package) and the school holidays of the region
(the `Schoolvakantie` rows the kerngroep keeps). Trajectories, intervisie, course days and
professionalisation days all ask here, so they all know the same free days.

One date, e.g. a course day in a form (without regions only weekends and public holidays count):

    vrij = vrije_dag(dag, regios=[Regio.MIDDEN])    # None, or VrijeDag(dag, soort, "Tweede paasdag")

Planning many weeks at once goes through `VakantieKalender`, which reads the holidays of a region
once and answers everything in memory:

    kalender = VakantieKalender(Regio.MIDDEN, startdatum)
    if not kalender_dekt(Regio.MIDDEN, startdatum, startdatum + timedelta(weeks=26)):
        ...  # warn: "geen vakantiegegevens voor deze periode"
    weken = kalender.schoolweken(kalender.volgende_schoolweek(maandag), 14)
    dag = kalender.schooldag_in_week(weken[0], weekdag=0)   # Tuesday when Monday is Tweede Paasdag

Dates are closed ranges: `begin` and `eind` are both free days.

The published holidays are a data file, `portal/data/schoolvakanties.csv`, one row per school year,
holiday and region (`docs/schoolvakanties.md` says where the dates come from and what they mean).
A new school year is new rows there; `manage.py inrichten` then adds them (`schoolvakanties_inrichten`).
"""

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import NamedTuple

from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from portal.feestdagen import feestdag_op, feestdagen
from portal.kalender import schooljaar_van
from portal.models import Schoolvakantie
from portal.models.organisaties import Regio
from portal.models.schoolvakanties import beginjaar_van_schooljaar

__all__ = [
    "VAKANTIEDAGEN_VOOR_VAKANTIEWEEK",
    "VakantieKalender",
    "Vakantieperiode",
    "VrijeDag",
    "VrijeDagSoort",
    "beginjaar_van_schooljaar",
    "eerste_schooldag",
    "gepubliceerde_schoolvakanties",
    "is_vakantieweek",
    "kalender_dekt",
    "ontbrekende_schooljaren",
    "schoolvakanties_inrichten",
    "vakantie_op",
    "vakanties",
    "vrije_dag",
    "vrije_dag_waarschuwing",
]

# A school week (Monday to Friday) with at least this many free weekdays (school holiday or public
# holiday) counts as a holiday week. Three is the majority of the five school days: such a week has
# no regular rhythm for a weekly meeting, while a single public holiday (Koningsdag, Hemelvaart) does
# not make a holiday week: the meeting moves to another school day of that week.
# The published holidays run Saturday to Sunday, so for them a week is 0 or 5 days; the threshold
# only decides for periods the kerngroep enters differently.
VAKANTIEDAGEN_VOOR_VAKANTIEWEEK = 3

# Without an end date a calendar covers a year: 14 school weeks plus every holiday in between
# (summer included) always fit, at the cost of reading about five rows more.
STANDAARD_BEREIK = timedelta(days=366)
WEEKDAGEN = 5  # Monday to Friday; Saturday and Sunday are free
# How far `eerste_schooldag` looks: past the longest holiday (six summer weeks) with room to spare.
ZOEKBEREIK_SCHOOLDAG = timedelta(weeks=10)


class VrijeDagSoort(StrEnum):
    WEEKEND = "weekend"
    FEESTDAG = "feestdag"
    SCHOOLVAKANTIE = "schoolvakantie"


@dataclass(frozen=True)
class VrijeDag:
    """Why `datum` is no meeting day; `naam` reads in a sentence ("zondag", "Tweede paasdag",
    "meivakantie")."""

    datum: date
    soort: VrijeDagSoort
    naam: str

    def __str__(self):
        return self.naam


def _vrije_dag(dag: date, schoolvakantie: Schoolvakantie | None, feestdag: str | None) -> VrijeDag | None:
    """The reason that says most: a school holiday (Koningsdag lies in the meivakantie), then a public
    holiday (Eerste kerstdag on a Saturday), then the weekend."""
    if schoolvakantie is not None:
        return VrijeDag(dag, VrijeDagSoort.SCHOOLVAKANTIE, str(schoolvakantie.get_soort_display()).lower())
    if feestdag:
        return VrijeDag(dag, VrijeDagSoort.FEESTDAG, feestdag)
    if dag.weekday() >= WEEKDAGEN:
        return VrijeDag(dag, VrijeDagSoort.WEEKEND, date_format(dag, "l"))
    return None


def vrije_dag(dag: date, regios=()) -> VrijeDag | None:
    """Rule 'vrije dagen': whether `dag` is free — weekend, public holiday, or a school holiday in any
    of `regios` — and why; None for a school day. At most one query."""
    schoolvakantie = (
        Schoolvakantie.objects.filter(regio__in=[Regio(r) for r in regios])
        .overlappend(dag, dag)
        .order_by("begin")
        .first()
        if regios
        else None
    )
    return _vrije_dag(dag, schoolvakantie, feestdag_op(dag))


def eerste_schooldag(vanaf: date, regios=tuple(Regio), *, terug: bool = False) -> date:
    """The first day on or after `vanaf` (on or before it with `terug`) that is a school day in every
    region of `regios`: all three unless given; none means only weekends and public holidays count.
    For national events, such as a course day where trainers from the whole country come."""
    stap = timedelta(days=-1 if terug else 1)
    kalenders = [
        VakantieKalender(r, vanaf - ZOEKBEREIK_SCHOOLDAG, vanaf + ZOEKBEREIK_SCHOOLDAG) for r in regios
    ]
    dag = vanaf
    while vrije_dag(dag) if not kalenders else any(k.vrije_dag(dag) for k in kalenders):
        dag += stap
    return dag


def vrije_dag_waarschuwing(*, wat: str, dag: date, regios=()) -> str | None:
    """The planner's warning for `wat` ("Lesdag 1", "De professionaliseringsdag") planned by hand on a
    weekend, a public holiday or (with `regios`) a school holiday; None on a school day.

    A warning, not a refusal: the planner may have a reason (a Saturday course day), so the forms
    save and show this.
    """
    vrij = vrije_dag(dag, regios)
    if vrij is None:
        return None
    waarden = {"wat": wat, "datum": date_format(dag, "l j F Y"), "naam": vrij.naam}
    if vrij.soort == VrijeDagSoort.SCHOOLVAKANTIE:
        return _("%(wat)s op %(datum)s valt in de %(naam)s.") % waarden
    if vrij.soort == VrijeDagSoort.FEESTDAG:
        return _("%(wat)s op %(datum)s valt op %(naam)s, een feestdag.") % waarden
    return _("%(wat)s op %(datum)s valt in het weekend.") % waarden


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
        self.feestdagen = {
            dag: naam
            for jaar in range(self.van.year, self.tot.year + 1)
            for dag, naam in feestdagen(jaar).items()
        }

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

    def vrije_dag(self, dag: date) -> VrijeDag | None:
        """Rule 'vrije dagen' for this region: why `dag` is free, or None for a school day."""
        self._binnen_bereik(dag)
        return _vrije_dag(dag, self.vakantie_op(dag), self.feestdagen.get(dag))

    def is_vakantieweek(self, maandag: date) -> bool:
        """Rule: at least VAKANTIEDAGEN_VOOR_VAKANTIEWEEK of the weekdays from `maandag` are free."""
        return len(self._vrije_weekdagen(maandag)) >= VAKANTIEDAGEN_VOOR_VAKANTIEWEEK

    def vrij_in_week(self, maandag: date) -> VrijeDag | None:
        """The first free weekday of the week from `maandag`: for a holiday week, what it is called."""
        return next(iter(self._vrije_weekdagen(maandag)), None)

    def _vrije_weekdagen(self, maandag: date) -> list[VrijeDag]:
        _maandag_verplicht(maandag)
        self._binnen_bereik(maandag + timedelta(days=WEEKDAGEN - 1))
        dagen = (self.vrije_dag(maandag + timedelta(days=n)) for n in range(WEEKDAGEN))
        return [vrij for vrij in dagen if vrij is not None]

    def schooldag_in_week(self, maandag: date, weekdag: int, *, niet_voor: date | None = None) -> date | None:
        """The day for a weekly meeting on `weekdag` (0 = Monday) in the week from `maandag`.

        Rule 'verschuiven binnen de week': the usual weekday when it is a school day; otherwise the
        nearest school day of that week, the day after before the day before (Tweede Paasdag: the
        Tuesday; Hemelvaartsdag: the Friday; Christmas Day with Boxing Day free too: the 24th). So the
        week keeps its meeting and the rhythm of one meeting a week holds. None when the week has no
        school day on or after `niet_voor`.
        """
        _maandag_verplicht(maandag)
        kandidaten = sorted(range(WEEKDAGEN), key=lambda dag: (abs(dag - weekdag), dag < weekdag))
        for dag in (maandag + timedelta(days=n) for n in kandidaten):
            if (niet_voor is None or dag >= niet_voor) and self.vrije_dag(dag) is None:
                return dag
        return None

    def volgende_schoolweek(self, maandag: date) -> date:
        """The first Monday on or after `maandag` whose week is not a holiday week."""
        _maandag_verplicht(maandag)
        while self.is_vakantieweek(maandag):
            maandag += timedelta(weeks=1)
        return maandag

    def schoolweken_terug(self, voor_maandag: date, aantal: int) -> list[date]:
        """The Mondays of the last `aantal` school weeks before `voor_maandag`, oldest first."""
        _maandag_verplicht(voor_maandag)
        weken: list[date] = []
        maandag = voor_maandag - timedelta(weeks=1)
        while len(weken) < aantal:
            if not self.is_vakantieweek(maandag):
                weken.insert(0, maandag)
            maandag -= timedelta(weeks=1)
        return weken

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


# --- The published holidays (Rijksoverheid), as a data file.

SCHOOLVAKANTIES_CSV = Path(__file__).resolve().parent / "data" / "schoolvakanties.csv"
KOLOMMEN = ["schooljaar", "soort", "regio", "begin", "eind", "opmerking"]


class Vakantieperiode(NamedTuple):
    schooljaar: str
    soort: str
    regio: str
    begin: date
    eind: date


class SchoolvakantiesBestandFout(ValueError):
    """A row of the holiday file that cannot be read; the message names file and line."""


@cache
def gepubliceerde_schoolvakanties(pad: Path = SCHOOLVAKANTIES_CSV) -> tuple[Vakantieperiode, ...]:
    """The rows of `portal/data/schoolvakanties.csv`, checked: a wrong holiday, region, school year or
    date stops `inrichten` with the file and line, instead of planning around a wrong calendar."""
    with pad.open(encoding="utf-8", newline="") as bestand:
        lezer = csv.DictReader(bestand)
        if lezer.fieldnames != KOLOMMEN:
            raise SchoolvakantiesBestandFout(f"{pad}:1: de kolommen moeten zijn: {', '.join(KOLOMMEN)}.")
        return tuple(_vakantieperiode(pad, lezer.line_num, rij) for rij in lezer)


def _vakantieperiode(pad: Path, regel: int, rij: dict) -> Vakantieperiode:
    try:
        periode = Vakantieperiode(
            schooljaar=rij["schooljaar"],
            soort=Schoolvakantie.Soort(rij["soort"]),
            regio=Regio(rij["regio"]),
            begin=date.fromisoformat(rij["begin"]),
            eind=date.fromisoformat(rij["eind"]),
        )
    except ValueError as fout:
        raise SchoolvakantiesBestandFout(f"{pad}:{regel}: {fout}.") from None
    if schooljaar_van(periode.begin) != periode.schooljaar or periode.eind < periode.begin:
        raise SchoolvakantiesBestandFout(
            f"{pad}:{regel}: {periode.begin} t/m {periode.eind} valt niet in schooljaar {periode.schooljaar}."
        )
    return periode


@transaction.atomic
def schoolvakanties_inrichten() -> int:
    """Add the published holidays that are missing; returns how many were added.

    Only missing (schooljaar, soort, regio) rows are created: a row the kerngroep corrected in the
    admin keeps its dates, also when `inrichten` runs again after an update of the data file. A row
    the kerngroep deleted comes back, because a missing holiday would make planners plan into it.
    """
    bestaand = set(Schoolvakantie.objects.values_list("schooljaar", "soort", "regio"))
    nieuw = [
        Schoolvakantie(**periode._asdict())
        for periode in gepubliceerde_schoolvakanties()
        if (periode.schooljaar, periode.soort, periode.regio) not in bestaand
    ]
    Schoolvakantie.objects.bulk_create(nieuw)
    return len(nieuw)
