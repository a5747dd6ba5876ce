"""The demo plans as a planner would: no meeting on a free day, and every trajectory's steps in order.

The demo is generated around today's date, so it is loaded on two different 'todays': one in the
Christmas holiday next to Nieuwjaarsdag, one just after Koningsdag and the meivakantie.
"""

from datetime import date, datetime
from io import StringIO
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from cursus.models import Bijeenkomst as Cursusdag
from intervisie.models import Intervisiebijeenkomst
from intervisie.selectors import regios_van_groep
from licenties.models import Professionaliseringsdag
from portal.models.organisaties import Regio
from tests.portal.vrije_dagen import waarom_vrij
from trajecten.choices import BijeenkomstStatus, Status
from trajecten.models import Traject

# The demo's content, the same on every database; `make demo` runs on SQLite, and CI's load test
# loads it on PostgreSQL as well.
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]

ALLE_REGIOS = tuple(Regio)


def vrij(dag: date, regios=ALLE_REGIOS) -> str:
    return waarom_vrij(dag, regios)


def fouten_in_de_demo(vandaag: date) -> list[str]:
    """Every dated thing of the demo checked against the free-day rule and the order of the steps."""
    fouten = []
    # National events: a school day in every region (trainers work at schools all over the country).
    for dag in Cursusdag.objects.select_related("cursusronde"):
        if vrij(dag.datum):
            fouten.append(f"cursus {dag.cursusronde.naam} {dag.label}: {vrij(dag.datum)}")
    for dag in Professionaliseringsdag.objects.all():
        if vrij(dag.datum):
            fouten.append(f"professionaliseringsdag: {vrij(dag.datum)}")
    for bijeenkomst in Intervisiebijeenkomst.objects.select_related("groep"):
        if vrij(bijeenkomst.datum, regios_van_groep(bijeenkomst.groep) or ALLE_REGIOS):
            fouten.append(f"intervisie {bijeenkomst.groep.naam}: {vrij(bijeenkomst.datum)}")

    for traject in Traject.objects.exclude(status=Status.VERNIETIGD).select_related("school"):
        regio = [traject.school.regio]
        naam = traject.code
        stappen = [
            ("aanmelding", traject.aanmelding.toestemming_op),
            ("aangemeld", timezone.localtime(traject.aangemeld_op).date()),
        ]
        if hasattr(traject, "advies"):
            stappen.append(("advies", traject.advies.gegeven_op))
        if hasattr(traject, "intake"):
            stappen.append(("intake", traject.intake.datum))
        if hasattr(traject, "besluit"):
            stappen.append(("besluit", traject.besluit.genomen_op))
        bijeenkomsten = list(traject.bijeenkomsten.order_by("datum"))
        vastgelegd = [b for b in bijeenkomsten if b.status != BijeenkomstStatus.GEPLAND]
        if bijeenkomsten:
            stappen.append(("eerste bijeenkomst", bijeenkomsten[0].datum))
        if vastgelegd:
            # A stopped training keeps its later meetings as planned; the last one that happened counts.
            stappen.append(("laatste vastgelegde bijeenkomst", vastgelegd[-1].datum))
        if hasattr(traject, "eindverslag"):
            stappen.append(("eindgesprek", traject.eindverslag.eindgesprek_op))
        if traject.afgesloten_op:
            stappen.append(("afgesloten", traject.afgesloten_op))
        for (vorige, op), (volgende, daarna) in pairwise(stappen):
            # Consent and registration may share a day, as may the last meeting (the eindgesprek), the
            # eindverslag and the closing; every other step comes after the one before.
            if daarna < op or (daarna == op and volgende not in ("aangemeld", "eindgesprek", "afgesloten")):
                fouten.append(f"{naam}: {volgende} ({daarna}) niet na {vorige} ({op})")
        for stap, op in stappen[2:]:
            if stap not in ("afgesloten",) and vrij(op, regio):
                fouten.append(f"{naam} {stap}: {vrij(op, regio)}")
        if traject.afgesloten_op and traject.afgesloten_op > vandaag:
            fouten.append(f"{naam}: afgesloten in de toekomst ({traject.afgesloten_op})")
        for bijeenkomst in bijeenkomsten:
            if vrij(bijeenkomst.datum, regio):
                fouten.append(
                    f"{naam} bijeenkomst {bijeenkomst.volgnummer}: {vrij(bijeenkomst.datum, regio)}"
                )
            if bijeenkomst.status != BijeenkomstStatus.GEPLAND and bijeenkomst.datum > vandaag:
                fouten.append(f"{naam} bijeenkomst {bijeenkomst.volgnummer} vastgelegd vóór de dag zelf")
    # The reach history: destroyed records keep no dates and no school, so nothing to plan wrong.
    for code, startdatum, afgesloten_op, school_id in Traject.objects.filter(
        status=Status.VERNIETIGD
    ).values_list("code", "startdatum", "afgesloten_op", "school_id"):
        if (startdatum, afgesloten_op, school_id) != (None, None, None):
            fouten.append(f"historie {code} houdt een datum of school: {startdatum}, {afgesloten_op}")
    return fouten


@pytest.mark.parametrize("vandaag", [date(2026, 12, 30), date(2027, 5, 10)])
def test_the_demo_never_plans_on_a_free_day_and_keeps_the_steps_in_order(settings, vandaag):
    settings.REFIT_DEMO = True
    with time_machine.travel(
        datetime.combine(vandaag, datetime.min.time().replace(hour=12), ZoneInfo("Europe/Amsterdam")),
        tick=False,
    ):
        call_command("demo_data", stdout=StringIO())

        fouten = fouten_in_de_demo(vandaag)
        assert not fouten, "\n".join(fouten)
