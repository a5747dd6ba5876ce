"""The Dutch public holidays on which nobody plans a meeting, from the maintained `holidays` package.

Planners do not read this module: they ask `portal.schoolvakanties` (the one planning API), which adds
the weekends and the regional school holidays.

domain.md names the days: Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede
Pinksterdag, Kerst, and Bevrijdingsdag in lustrum years. The package (category `public`, language `nl`)
gives those and a few more; what it gives differently is corrected here and nowhere else:
- Goede Vrijdag is in the package but not in the Algemene termijnenwet nor in domain.md: most schools
  are open, so it is an ordinary school day.
- Bevrijdingsdag: domain.md's rule (every fifth year) is applied here itself, so a package release that
  follows another rule (the law names 5 May every year) cannot change the planning.
- Eerste Paas- and Pinksterdag fall on Sundays; they stay, the weekend is free anyway.
"""

from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

import holidays
from dateutil.easter import easter

BEVRIJDINGSDAG = "Bevrijdingsdag"
LUSTRUM = 5


def is_lustrumjaar(jaar: int) -> bool:
    """Rule 'Bevrijdingsdag' (domain.md): 5 May is a free day only in lustrum years (2025, 2030, …)."""
    return jaar % LUSTRUM == 0


@cache
def feestdagen(jaar: int) -> MappingProxyType[date, str]:
    """The public holidays of `jaar` that are never meeting days, with their Dutch names (read-only:
    the answer is cached per year)."""
    uit_pakket = holidays.country_holidays("NL", years=jaar, language="nl", categories=holidays.PUBLIC)
    goede_vrijdag = easter(jaar) - timedelta(days=2)
    bevrijdingsdag = date(jaar, 5, 5)
    dagen = {dag: naam for dag, naam in uit_pakket.items() if dag not in (goede_vrijdag, bevrijdingsdag)}
    if is_lustrumjaar(jaar):
        dagen[bevrijdingsdag] = BEVRIJDINGSDAG
    return MappingProxyType(dict(sorted(dagen.items())))


def feestdag_op(dag: date) -> str | None:
    """The name of the public holiday on `dag` ("Tweede paasdag"), or None."""
    return feestdagen(dag.year).get(dag)
