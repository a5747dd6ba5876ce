"""Rule 'een afspraak heeft een plaats': a location or an online link, for every kind of appointment.

Each kind is checked where it is planned (the course's planning rule, the day's planning rule, the
intervisie service); all three say it in the same words. A professionalisation day and an intervisie
meeting say it at the location field; a course edition plans four sessions in one form, so it names
the session's date on top instead.
"""

from datetime import time

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from cursus.rules import planning_controleren
from intervisie.services.bijeenkomsten import Planning, bijeenkomst_plannen
from licenties.rules import dag_planning_controleren
from tests.cursus.factories import CursusrondeFactory, bijeenkomsten
from tests.intervisie.factories import IntervisiegroepFactory, over
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def lesdag(*, locatie, online_link):
    ronde = CursusrondeFactory()
    sessies = bijeenkomsten(ronde)
    sessies[0].locatie, sessies[0].online_link = locatie, online_link
    planning_controleren(
        capaciteit=ronde.capaciteit,
        aanmelden_tot=ronde.aanmelden_tot,
        afmelden_tot=ronde.afmelden_tot,
        bijeenkomsten=sessies,
    )


def professionaliseringsdag(*, locatie, online_link):
    dag_planning_controleren(
        datum=over(60), aanmelden_tot=over(30), locatie=locatie, online_link=online_link, capaciteit=40
    )


def intervisiebijeenkomst(*, locatie, online_link):
    planning = Planning(
        datum=over(10),
        begintijd=time(15),
        eindtijd=time(17),
        locatie=locatie,
        online_link=online_link,
    )
    bijeenkomst_plannen(
        groep=IntervisiegroepFactory(), planning=planning, door=UserFactory(roles=["kerngroep"])
    )


SOORTEN = {
    "lesdag": (lesdag, NON_FIELD_ERRORS),
    "professionaliseringsdag": (professionaliseringsdag, "locatie"),
    "intervisiebijeenkomst": (intervisiebijeenkomst, "locatie"),
}


def plaatsmeldingen(plannen, **plaats) -> dict[str, list[str]]:
    """The messages about the place when planning with `plaats`, by the field they are shown at."""
    try:
        plannen(**plaats)
    except ValidationError as fout:
        return {
            veld: [m for m in meldingen if "een locatie of een online link op" in m]
            for veld, meldingen in fout.message_dict.items()
            if any("een locatie of een online link op" in m for m in meldingen)
        }
    return {}


@pytest.mark.parametrize(("plannen", "veld"), SOORTEN.values(), ids=SOORTEN.keys())
def test_an_appointment_without_a_location_or_a_link_is_refused_in_the_same_words(plannen, veld):
    meldingen = plaatsmeldingen(plannen, locatie="", online_link="")

    assert list(meldingen) == [veld] and len(meldingen[veld]) == 1


@pytest.mark.parametrize(("plannen", "veld"), SOORTEN.values(), ids=SOORTEN.keys())
@pytest.mark.parametrize(
    "plaats",
    [
        {"locatie": "Vergadercentrum, Utrecht", "online_link": ""},
        {"locatie": "", "online_link": "https://meet.example/dag"},
    ],
    ids=["alleen een locatie", "alleen een link"],
)
def test_a_location_or_a_link_alone_is_enough(plannen, veld, plaats):
    plannen(**plaats)
