"""Moving the test database to a migration and back, for the tests of data migrations.

Migrations are found by name, not number, so a renumbering when branches meet breaks no test.
The `daarna_weer_bij` fixture (tests/conftest.py) returns the database to the latest migrations.
"""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migreren(*doelen: tuple[str, str]):
    """Migrate to `doelen` (app, migration) and return the models as they were there."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(list(doelen))
    return executor.loader.project_state(list(doelen)).apps


def rond(app: str, naam: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Just before and just after `app`'s migration `<number>_<naam>`."""
    loader = MigrationExecutor(connection).loader
    volledig = next(n for a, n in loader.disk_migrations if a == app and n.partition("_")[2] == naam)
    vorige = [d for d in loader.disk_migrations[app, volledig].dependencies if d[0] == app]
    return vorige, [(app, volledig)]


def laatste(app: str) -> tuple[str, str]:
    return next(doel for doel in MigrationExecutor(connection).loader.graph.leaf_nodes() if doel[0] == app)


def voor(app: str, naam: str) -> tuple[str, str]:
    """The migration just before `app`'s migration `<number>_<naam>`."""
    (vorige,), _na = rond(app, naam)
    return vorige
