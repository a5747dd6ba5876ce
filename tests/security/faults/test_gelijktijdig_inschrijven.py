"""Rule: seats are never overbooked, also not when thirty people take the last seats at once.

`tests/cursus/test_capaciteit.py` proves ten applications for an empty edition of three seats;
this goes further: thirty threads race for the *last* seats of a half-full course edition and of a
half-full professionalisation day, through the real services, each in its own transaction on
PostgreSQL. Parallel issuing never duplicates a licence number:
`tests/licenties/test_uitgifte.py::test_twenty_parallel_issuings_get_twenty_distinct_numbers`.
"""

import threading

import pytest
from django.db import connection

from cursus.models import Aanmelding
from cursus.services.aanmelden import aanmelding_indienen
from licenties.models import DagAanmelding
from licenties.services import dag_aanmelden
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, aanvraag
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

THREADS = 30
CAPACITEIT = 12
AL_BEZET = 9  # three seats left for thirty people


def tegelijk(actie, mensen) -> list[Exception]:
    """Run `actie(persoon)` for everyone at the same moment, each thread on its own connection."""
    start = threading.Barrier(len(mensen))
    fouten = []

    def uitvoeren(persoon):
        try:
            start.wait()
            actie(persoon)
        except Exception as error:  # collected, so a failing thread fails the test
            fouten.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=uitvoeren, args=(persoon,)) for persoon in mensen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return fouten


def test_thirty_parallel_applications_for_the_last_three_seats_of_an_edition_never_overbook():
    ronde = CursusrondeFactory(capaciteit=CAPACITEIT)
    AanmeldingFactory.create_batch(AL_BEZET, cursusronde=ronde)
    mensen = UserFactory.create_batch(THREADS)

    fouten = tegelijk(
        lambda persoon: aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=persoon), mensen
    )

    assert fouten == []
    nieuw = Aanmelding.objects.filter(cursusronde=ronde, user__in=mensen)
    assert nieuw.count() == THREADS
    statussen = list(Aanmelding.objects.filter(cursusronde=ronde).values_list("status", flat=True))
    assert statussen.count(PlaatsStatus.GEPLAATST) == CAPACITEIT
    assert nieuw.filter(status=PlaatsStatus.WACHTLIJST).count() == THREADS - (CAPACITEIT - AL_BEZET)


def test_thirty_parallel_registrations_for_the_last_three_seats_of_a_day_never_overbook():
    dag = ProfessionaliseringsdagFactory(capaciteit=CAPACITEIT)
    for licentie in LicentieFactory.create_batch(AL_BEZET):
        dag_aanmelden(dag=dag, door=licentie.houder)
    mensen = [licentie.houder for licentie in LicentieFactory.create_batch(THREADS)]

    fouten = tegelijk(lambda persoon: dag_aanmelden(dag=dag, door=persoon), mensen)

    assert fouten == []
    statussen = list(DagAanmelding.objects.filter(dag=dag).values_list("status", flat=True))
    assert len(statussen) == AL_BEZET + THREADS
    assert statussen.count(PlaatsStatus.GEPLAATST) == CAPACITEIT
    assert statussen.count(PlaatsStatus.WACHTLIJST) == AL_BEZET + THREADS - CAPACITEIT
