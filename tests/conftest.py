import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Rate limits, used TOTP codes and the library index live in caches: every test starts clean."""
    from content.bibliotheek import _INDEX_IN_PROCES

    cache.clear()
    _INDEX_IN_PROCES.clear()
    yield
    cache.clear()
    _INDEX_IN_PROCES.clear()


@pytest.fixture
def ingelogd_als(client):
    """`ingelogd_als(user)` → the test client, logged in as `user` after both login steps.

    A forced login, not the login form: the form's TOTP step can wait up to 30 s for a fresh code,
    and only the login tests (tests/portal/test_*login*, tests/security/accounts, the one-door
    search) are about that form. Another client than the test's own: `ingelogd_als(user, client=c)`.
    """

    from tests.portal.auth import als_na_een_volledige_login

    def inloggen(user, *, client=client):
        als_na_een_volledige_login(client, user)
        return client

    return inloggen


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(scope="session", autouse=True)
def _flush_past_the_audit_truncate_trigger():
    """Tests with `transaction=True` are cleaned up by `flush`, which TRUNCATEs every table, and
    PostgreSQL refuses TRUNCATE of the audit trail (trajecten migration `…_auditregel_hashketen`).
    The test run's superuser empties the tables in replica mode, which skips triggers, for that
    statement only.
    """
    from django.db.backends.postgresql.operations import DatabaseOperations

    sql_flush = DatabaseOperations.sql_flush

    def sql_flush_past_triggers(self, style, tables, **kwargs):
        statements = sql_flush(self, style, tables, **kwargs)
        return ["SET LOCAL session_replication_role = replica", *statements] if statements else statements

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DatabaseOperations, "sql_flush", sql_flush_past_triggers)
        yield


def pytest_collection_modifyitems(config, items):
    from django.conf import settings

    on_postgres = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    skip = pytest.mark.skip(reason="needs PostgreSQL: run with DATABASE_URL=postgres://…")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(skip)
