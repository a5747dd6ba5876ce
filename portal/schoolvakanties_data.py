"""The school holidays as published by the Rijksoverheid, and the setup step that loads them.

Source: rijksoverheid.nl → Onderwerpen → Schoolvakanties → "Overzicht schoolvakanties <jaar>"
(the same figures are in the open data set opendata.rijksoverheid.nl "schoolvakanties").
Checked for 2027-2028 and 2028-2029 against the Rijksoverheid pages themselves; for 2025-2026 and
2026-2027 against the open data set and the published calendars of schools in each region.
The step for a new school year: add its rows here; `manage.py inrichten` then adds them everywhere.

What the dates mean:
- `begin` is the first free day (a Saturday), `eind` the last free day (a Sunday), as the
  Rijksoverheid writes them ("18 oktober t/m 26 oktober 2025").
- Zomer- and kerstvakantie and the fixed week of the meivakantie are binding. Herfst- and
  voorjaarsvakantie are *adviesdata*: OCW advises, a school may deviate (schools in the south often
  move the voorjaarsvakantie to the carnival week). The kerngroep can correct a row in the admin.
- Meivakantie: the Rijksoverheid publishes one fixed week plus an *adviesweek* that almost every
  school adds. We store the two weeks together as one period, the same for every region, because a
  planner must avoid both.
"""

from datetime import date
from typing import NamedTuple

from django.db import transaction

from portal.models import Schoolvakantie
from portal.models.organisaties import Regio

HERFST = Schoolvakantie.Soort.HERFSTVAKANTIE
KERST = Schoolvakantie.Soort.KERSTVAKANTIE
VOORJAAR = Schoolvakantie.Soort.VOORJAARSVAKANTIE
MEI = Schoolvakantie.Soort.MEIVAKANTIE
ZOMER = Schoolvakantie.Soort.ZOMERVAKANTIE
NOORD, MIDDEN, ZUID = Regio.NOORD, Regio.MIDDEN, Regio.ZUID


class Vakantieperiode(NamedTuple):
    schooljaar: str
    soort: str
    regio: str
    begin: date
    eind: date


def _overal(schooljaar, soort, begin, eind) -> list[Vakantieperiode]:
    """A holiday with the same dates in all three regions."""
    return [Vakantieperiode(schooljaar, soort, regio, begin, eind) for regio in Regio]


def _per_regio(schooljaar, soort, **perioden) -> list[Vakantieperiode]:
    return [Vakantieperiode(schooljaar, soort, Regio(regio), *perioden[regio]) for regio in Regio]


SCHOOLVAKANTIES: tuple[Vakantieperiode, ...] = (
    # 2025-2026
    *_per_regio(
        "2025-2026",
        HERFST,  # adviesdata
        noord=(date(2025, 10, 18), date(2025, 10, 26)),
        midden=(date(2025, 10, 18), date(2025, 10, 26)),
        zuid=(date(2025, 10, 11), date(2025, 10, 19)),
    ),
    *_overal("2025-2026", KERST, date(2025, 12, 20), date(2026, 1, 4)),
    *_per_regio(
        "2025-2026",
        VOORJAAR,  # adviesdata
        noord=(date(2026, 2, 21), date(2026, 3, 1)),
        midden=(date(2026, 2, 14), date(2026, 2, 22)),
        zuid=(date(2026, 2, 14), date(2026, 2, 22)),
    ),
    # adviesweek 18-26 april + vaste week 25 april-3 mei
    *_overal("2025-2026", MEI, date(2026, 4, 18), date(2026, 5, 3)),
    *_per_regio(
        "2025-2026",
        ZOMER,
        noord=(date(2026, 7, 4), date(2026, 8, 16)),
        midden=(date(2026, 7, 18), date(2026, 8, 30)),
        zuid=(date(2026, 7, 11), date(2026, 8, 23)),
    ),
    # 2026-2027
    *_per_regio(
        "2026-2027",
        HERFST,  # adviesdata
        noord=(date(2026, 10, 10), date(2026, 10, 18)),
        midden=(date(2026, 10, 17), date(2026, 10, 25)),
        zuid=(date(2026, 10, 17), date(2026, 10, 25)),
    ),
    *_overal("2026-2027", KERST, date(2026, 12, 19), date(2027, 1, 3)),
    *_per_regio(
        "2026-2027",
        VOORJAAR,  # adviesdata; carnaval 2027 is 7-9 februari, so many southern schools take 6-14 februari
        noord=(date(2027, 2, 20), date(2027, 2, 28)),
        midden=(date(2027, 2, 20), date(2027, 2, 28)),
        zuid=(date(2027, 2, 13), date(2027, 2, 21)),
    ),
    # vaste week 24 april-2 mei + adviesweek 1-9 mei
    *_overal("2026-2027", MEI, date(2027, 4, 24), date(2027, 5, 9)),
    *_per_regio(
        "2026-2027",
        ZOMER,
        noord=(date(2027, 7, 10), date(2027, 8, 22)),
        midden=(date(2027, 7, 17), date(2027, 8, 29)),
        zuid=(date(2027, 7, 24), date(2027, 9, 5)),
    ),
    # 2027-2028
    *_per_regio(
        "2027-2028",
        HERFST,  # adviesdata
        noord=(date(2027, 10, 16), date(2027, 10, 24)),
        midden=(date(2027, 10, 16), date(2027, 10, 24)),
        zuid=(date(2027, 10, 23), date(2027, 10, 31)),
    ),
    *_overal("2027-2028", KERST, date(2027, 12, 25), date(2028, 1, 9)),
    *_per_regio(
        "2027-2028",
        VOORJAAR,  # adviesdata
        noord=(date(2028, 2, 19), date(2028, 2, 27)),
        midden=(date(2028, 2, 26), date(2028, 3, 5)),
        zuid=(date(2028, 2, 26), date(2028, 3, 5)),
    ),
    # adviesweek 22-30 april + vaste week 29 april-7 mei
    *_overal("2027-2028", MEI, date(2028, 4, 22), date(2028, 5, 7)),
    *_per_regio(
        "2027-2028",
        ZOMER,
        noord=(date(2028, 7, 15), date(2028, 8, 27)),
        midden=(date(2028, 7, 8), date(2028, 8, 20)),
        zuid=(date(2028, 7, 22), date(2028, 9, 3)),
    ),
    # 2028-2029
    *_per_regio(
        "2028-2029",
        HERFST,  # adviesdata
        noord=(date(2028, 10, 14), date(2028, 10, 22)),
        midden=(date(2028, 10, 21), date(2028, 10, 29)),
        zuid=(date(2028, 10, 21), date(2028, 10, 29)),
    ),
    *_overal("2028-2029", KERST, date(2028, 12, 23), date(2029, 1, 7)),
    *_per_regio(
        "2028-2029",
        VOORJAAR,  # adviesdata
        noord=(date(2029, 2, 17), date(2029, 2, 25)),
        midden=(date(2029, 2, 17), date(2029, 2, 25)),
        zuid=(date(2029, 2, 10), date(2029, 2, 18)),
    ),
    # adviesweek 21-29 april + vaste week 28 april-6 mei
    *_overal("2028-2029", MEI, date(2029, 4, 21), date(2029, 5, 6)),
    *_per_regio(
        "2028-2029",
        ZOMER,
        noord=(date(2029, 7, 21), date(2029, 9, 2)),
        midden=(date(2029, 7, 7), date(2029, 8, 19)),
        zuid=(date(2029, 7, 14), date(2029, 8, 26)),
    ),
)


@transaction.atomic
def schoolvakanties_inrichten() -> int:
    """Add the published holidays that are missing; returns how many were added.

    Only missing (schooljaar, soort, regio) rows are created: a row the kerngroep corrected in the
    admin keeps its dates, also when `inrichten` runs again after an update of this file. A row the
    kerngroep deleted comes back, because a missing holiday would make planners plan into it.
    """
    bestaand = set(Schoolvakantie.objects.values_list("schooljaar", "soort", "regio"))
    nieuw = [
        Schoolvakantie(**periode._asdict())
        for periode in SCHOOLVAKANTIES
        if (periode.schooljaar, periode.soort, periode.regio) not in bestaand
    ]
    Schoolvakantie.objects.bulk_create(nieuw)
    return len(nieuw)
