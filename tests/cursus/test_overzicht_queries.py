"""The public course overview costs the same number of queries for one edition as for five."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cursus.choices import RondeStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory

pytestmark = pytest.mark.django_db


def queries_van_het_overzicht(client) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/cursus/")
    assert response.status_code == 200
    return len(queries), {r.pk: r.actuele_status for r in response.context["rondes"]}


def test_the_course_overview_costs_a_constant_number_of_queries(client):
    vol = CursusrondeFactory(capaciteit=1)
    AanmeldingFactory(cursusronde=vol)
    met_een, _ = queries_van_het_overzicht(client)

    for _ in range(4):
        AanmeldingFactory(cursusronde=CursusrondeFactory(capaciteit=2))
    met_vijf, statussen = queries_van_het_overzicht(client)

    assert met_vijf == met_een
    assert statussen.pop(vol.pk) == RondeStatus.VOL
    assert set(statussen.values()) == {RondeStatus.OPEN}
