"""Rule 'een afspraak eindigt na haar begin', for every kind of appointment, at the end time's field."""

from datetime import time

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.cursus.factories import CursusrondeFactory, bijeenkomsten
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory
from tests.licenties.factories import ProfessionaliseringsdagFactory

pytestmark = pytest.mark.django_db


def cursusbijeenkomst():
    return bijeenkomsten(CursusrondeFactory())[0]


SOORTEN = {
    "lesdag": cursusbijeenkomst,
    "professionaliseringsdag": ProfessionaliseringsdagFactory,
    "intervisiebijeenkomst": BijeenkomstFactory,
    "vaste tijden van een intervisiegroep": IntervisiegroepFactory,
}


@pytest.mark.parametrize("maak", SOORTEN.values(), ids=SOORTEN.keys())
@pytest.mark.parametrize("eindtijd", [time(9, 59), time(10, 0)])
def test_an_appointment_that_does_not_end_after_it_starts_is_refused_at_its_end_time(maak, eindtijd):
    afspraak = maak()
    afspraak.begintijd, afspraak.eindtijd = time(10, 0), eindtijd

    with pytest.raises(ValidationError) as fout:
        afspraak.full_clean()

    assert fout.value.message_dict == {"eindtijd": ["De eindtijd ligt na de begintijd."]}


@pytest.mark.parametrize("maak", SOORTEN.values(), ids=SOORTEN.keys())
def test_an_appointment_that_ends_a_minute_after_it_starts_is_fine(maak):
    afspraak = maak()
    afspraak.begintijd, afspraak.eindtijd = time(10, 0), time(10, 1)

    afspraak.full_clean()


@pytest.mark.parametrize("maak", SOORTEN.values(), ids=SOORTEN.keys())
def test_the_database_refuses_an_end_before_the_start_from_a_write_that_skips_clean(maak):
    afspraak = maak()

    with pytest.raises(IntegrityError), transaction.atomic():
        type(afspraak).objects.filter(pk=afspraak.pk).update(begintijd=time(10, 0), eindtijd=time(9, 0))
