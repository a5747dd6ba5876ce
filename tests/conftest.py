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


@pytest.fixture(scope="module")
def module_transactie(django_db_setup, django_db_blocker, tmp_path_factory):
    """Data built once for a test module instead of once per test (a page tree, the demo).

    As Django's `setUpTestData`: the module's own transaction is rolled back when the module ends,
    so no other module sees the data, and each test runs in a savepoint inside it, so no test sees
    another's changes. Files the data writes go to the module's own media folder. Tests read the
    objects through `opnieuw_gelezen`, never the module's instances, which a test may change in
    memory (a page's child count, say) without the rollback undoing it.
    """
    from django.db import transaction
    from django.test import override_settings

    media = tmp_path_factory.mktemp("module")
    eigen = {"MEDIA_ROOT": media / "media", "PRIVATE_MEDIA_ROOT": media / "private"}
    with django_db_blocker.unblock(), override_settings(**eigen), transaction.atomic():
        yield
        transaction.set_rollback(True)


def opnieuw_gelezen(objecten: dict) -> dict:
    """The same rows as `objecten` (name → model instance), read afresh for one test."""
    return {naam: type(obj).objects.get(pk=obj.pk) for naam, obj in objecten.items()}


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


@pytest.fixture
def na_commit(django_capture_on_commit_callbacks):
    """Run what services do after commit (the mail tasks), as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def kerngroep():
    from tests.portal.factories import UserFactory

    return UserFactory(roles=["kerngroep"])


@pytest.fixture
def opleider():
    from tests.portal.factories import UserFactory

    return UserFactory(roles=["opleider"])


@pytest.fixture
def daarna_weer_bij():
    """Leave the database at the latest migrations, as the other tests expect it (tests/migraties.py)."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
