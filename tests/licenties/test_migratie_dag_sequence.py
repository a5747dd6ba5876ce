"""The migration that makes a professionalisation day an appointment renames its calendar version
(`volgnummer` → `sequence`): the versions calendar apps already hold keep counting from where they were."""

from datetime import date, time

import pytest

from tests.migraties import migreren, rond

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_calendar_version_of_an_existing_day_survives_the_rename(daarna_weer_bij):
    voor, na_deze = rond("licenties", "dag_als_afspraak")
    apps = migreren(*voor)
    Dag = apps.get_model("licenties", "Professionaliseringsdag")
    dag = Dag.objects.create(
        datum=date(2027, 3, 29),
        begintijd=time(9, 30),
        eindtijd=time(16),
        thema="Schoolverzuim",
        locatie="Utrecht",
        capaciteit=40,
        aanmelden_tot=date(2027, 3, 15),
        volgnummer=4,
    )

    apps = migreren(*na_deze)

    assert apps.get_model("licenties", "Professionaliseringsdag").objects.get(pk=dag.pk).sequence == 4
