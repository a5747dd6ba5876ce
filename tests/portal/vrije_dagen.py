"""A test oracle for free days, written apart from the portal's planning API (portal/schoolvakanties.py).

Straight from domain.md: weekends; the public holidays it lists (the `holidays` package's Dutch names,
Bevrijdingsdag in lustrum years only); the school holidays of the region as stored.
"""

from datetime import date

import holidays

from portal.models import Schoolvakantie

# domain.md, "Boundaries worth stating": the public holidays that are never meeting days.
FEESTDAGEN_DOMAIN = {
    "Nieuwjaarsdag",
    "Tweede paasdag",
    "Koningsdag",
    "Hemelvaartsdag",
    "Tweede pinksterdag",
    "Eerste kerstdag",
    "Tweede kerstdag",
}


def feestdag(dag: date) -> str:
    naam = holidays.country_holidays("NL", years=dag.year, language="nl").get(dag, "")
    if naam == "Bevrijdingsdag":
        return naam if dag.year % 5 == 0 else ""
    return naam if naam in FEESTDAGEN_DOMAIN else ""


def waarom_vrij(dag: date, regios=()) -> str:
    """Why `dag` is no meeting day in any of `regios`, or "" for a school day."""
    if dag.weekday() >= 5:
        return f"{dag} weekend"
    if feestdag(dag):
        return f"{dag} {feestdag(dag)}"
    vakantie = Schoolvakantie.objects.filter(regio__in=list(regios), begin__lte=dag, eind__gte=dag).first()
    return f"{dag} {vakantie}" if vakantie else ""
