"""The migration that makes a professionalisation day an appointment renames its calendar version
(`volgnummer` → `sequence`): the versions calendar apps already hold keep counting from where they were."""

from datetime import date, time

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)


def doelen() -> tuple[list, list]:
    """Just before and just after this migration, found by name: the number may change at a merge."""
    loader = MigrationExecutor(connection).loader
    naam = next(
        n for app, n in loader.disk_migrations if app == "licenties" and n.endswith("_dag_als_afspraak")
    )
    vorige = [d for d in loader.disk_migrations["licenties", naam].dependencies if d[0] == "licenties"]
    return vorige, [("licenties", naam)]


def migreren(doel):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(doel)
    return executor.loader.project_state(doel).apps


@pytest.fixture
def daarna_weer_bij():
    """Leave the database at the latest migrations, as the other tests expect it."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_calendar_version_of_an_existing_day_survives_the_rename(daarna_weer_bij):
    voor, na_deze = doelen()
    apps = migreren(voor)
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

    apps = migreren(na_deze)

    assert apps.get_model("licenties", "Professionaliseringsdag").objects.get(pk=dag.pk).sequence == 4
