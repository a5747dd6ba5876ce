"""The audit trail's database roles in tests: the application's role, as docs/deployment.md sets it up.

The test database is created and migrated by the test run's own role (`postgres`, a superuser):
that role plays the owner that runs migrations. The application's role is made per test module,
named after the test database so that parallel runs on one server never share it, and gets its
rights from `manage.py databaserechten_inrichten`, the command production and CI run.
"""

import contextlib

import pytest
from django.core.management import call_command
from django.db import connection

AUDITTABEL = "trajecten_auditregel"


def app_rol_naam() -> str:
    return f"{connection.settings_dict['NAME']}_app"[:63]


def _rol_verwijderen(cursor, rol: str) -> None:
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [rol])
    if cursor.fetchone():
        cursor.execute(f'DROP OWNED BY "{rol}"')
        cursor.execute(f'DROP ROLE "{rol}"')


@pytest.fixture(scope="module")
def app_rol(django_db_setup, django_db_blocker):
    """A login role without any attribute, given the application's rights on the test database."""
    rol = app_rol_naam()
    with django_db_blocker.unblock():
        with connection.cursor() as cursor:
            _rol_verwijderen(cursor, rol)  # left over by an interrupted run
            cursor.execute(f'CREATE ROLE "{rol}" LOGIN')
        call_command("databaserechten_inrichten", "--app-rol", rol, verbosity=0)
    yield rol
    with django_db_blocker.unblock():
        connection.close()
        with connection.cursor() as cursor:
            _rol_verwijderen(cursor, rol)


@contextlib.contextmanager
def verbonden_als(rol: str):
    """Django's own connection as `rol`, as the portal connects in production; back to the owner after.

    Only in tests with `transaction=True`: the connection is closed and opened again.
    """
    eigen = connection.settings_dict["USER"]
    connection.close()
    connection.settings_dict["USER"] = rol
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["USER"] = eigen
