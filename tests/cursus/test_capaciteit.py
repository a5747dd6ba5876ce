"""Rule: seats are never overbooked, also not when many people apply at the same moment."""

import threading

import pytest
from django.db import connection

from cursus.models import Aanmelding
from cursus.services.aanmelden import aanmelding_indienen
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import CursusrondeFactory, aanvraag
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

AANTAL = 10


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_ten_parallel_applications_for_three_seats_place_exactly_three():
    ronde = CursusrondeFactory(capaciteit=3)
    mensen = [UserFactory() for _ in range(AANTAL)]
    start = threading.Barrier(AANTAL)
    fouten = []

    def aanmelden(persoon):
        try:
            start.wait()
            aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=persoon)
        except Exception as error:  # reported below, so a failing thread fails the test
            fouten.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=aanmelden, args=(p,)) for p in mensen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert fouten == []
    statussen = list(Aanmelding.objects.filter(cursusronde=ronde).values_list("status", flat=True))
    assert statussen.count(PlaatsStatus.GEPLAATST) == 3
    assert statussen.count(PlaatsStatus.WACHTLIJST) == AANTAL - 3


def test_capacity_counts_offered_seats_as_taken():
    from portal.plaatsing import vrije_plaatsen
    from tests.cursus.factories import AanmeldingFactory

    ronde = CursusrondeFactory(capaciteit=2)
    AanmeldingFactory(cursusronde=ronde)
    AanmeldingFactory(cursusronde=ronde, status=PlaatsStatus.AANGEBODEN)

    assert vrije_plaatsen(ronde, Aanmelding) == 0
