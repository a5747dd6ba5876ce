"""Rule 'levensloop': a trajectory is finished (afgerond) only after its training ran, and it is
reached (counted) only once its training started. Finding 1 of issue 18, one test per promise."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError

from portal.schoolvakanties import schoolvakanties_inrichten
from tests.trajecten import factories as f
from trajecten.bereik import tellen
from trajecten.choices import BijeenkomstSoort, Status
from trajecten.models import AuditRegel, Traject
from trajecten.services.afsluiting import eindverslag_opslaan, traject_afsluiten
from trajecten.services.planning import training_plannen
from trajecten.services.verloop import bijeenkomst_vastleggen

pytestmark = pytest.mark.django_db

VERSLAG = {**f.EINDVERSLAG, "eindgesprek_op": date(2026, 11, 3)}
VOLGENDE_MAAND = date(2026, 11, 16)


@pytest.fixture
def gepland(toegelaten, ervaren):
    """Admitted on 25 September, planned on 20 October to start next month: nothing held yet."""
    schoolvakanties_inrichten()
    with time_machine.travel(date(2026, 10, 20), tick=False):
        training_plannen(traject=toegelaten, startdatum=VOLGENDE_MAAND, door=ervaren)
    toegelaten.refresh_from_db()
    return toegelaten


def gehouden(traject, volgnummer, door):
    bijeenkomst_vastleggen(
        bijeenkomst=traject.bijeenkomsten.get(volgnummer=volgnummer),
        aanwezig=True,
        reden_afwezigheid="",
        activiteiten=[],
        notities="",
        huiswerk="",
        door=door,
    )


def geweigerd(traject) -> int:
    return AuditRegel.objects.filter(code=traject.code, actie="trajecten.stap.geweigerd").count()


@time_machine.travel(date(2026, 10, 21), tick=False)
def test_finishing_a_training_that_has_yet_to_start_is_refused(gepland, ervaren):
    with pytest.raises(ValidationError, match="nog niet begonnen"):
        traject_afsluiten(traject=gepland, aanwezigheid_eind=95, door=ervaren)

    na = Traject.objects.get(pk=gepland.pk)
    assert (na.status, na.uitkomst, na.afgesloten_op) == (gepland.status, "", None)
    assert geweigerd(gepland) == 1


@time_machine.travel(date(2026, 10, 21), tick=False)
def test_an_eindverslag_before_the_training_starts_is_refused(gepland, ervaren):
    with pytest.raises(ValidationError):
        eindverslag_opslaan(traject=gepland, gegevens=VERSLAG, door=ervaren)

    assert not gepland.eindverslagen.exists()
    assert geweigerd(gepland) == 1


def test_finishing_after_one_week_of_training_with_an_eindverslag_is_refused_until_the_training_ran(
    gepland, ervaren
):
    """Finding 1: an eindverslag written and the case closed as 'afgerond' with the ijkmoment, phase 4
    and the eindgesprek still ahead."""
    with time_machine.travel(date(2026, 11, 17), tick=False):
        gehouden(gepland, 1, ervaren)
        eindverslag_opslaan(traject=gepland, gegevens=VERSLAG, door=ervaren)

        with pytest.raises(ValidationError, match="ijkmoment"):
            traject_afsluiten(traject=gepland, aanwezigheid_eind=95, door=ervaren)

    assert Traject.objects.get(pk=gepland.pk).status == Status.IN_TRAINING
    assert geweigerd(gepland) == 1


def test_bereik_counts_a_training_only_once_its_first_bijeenkomst_was_held(gepland, ervaren):
    """Finding 1: the reach report counted a trajectory whose training was only planned."""
    assert tellen() == {}

    eerste = gepland.bijeenkomsten.filter(soort=BijeenkomstSoort.INDIVIDUEEL).order_by("datum").first()
    with time_machine.travel(eerste.datum, tick=False):
        gehouden(gepland, eerste.volgnummer, ervaren)

    assert tellen() == {("2026-2027", gepland.uitvoerder_id, gepland.variant): 1}
