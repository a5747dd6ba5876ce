"""Rule 'auditlog', in the database: the application can only add to the audit trail and read it.

Connected as the application's role (`tests/trajecten/auditspoor.py`), every way to change or
remove an audit row fails: UPDATE, DELETE, TRUNCATE, switching off or dropping the triggers,
adding a trigger of its own, and replica mode, which skips triggers. Even the owner and a
superuser cannot TRUNCATE it (a statement trigger). The readiness probe and `check --deploy
--database default` report a connection that could do any of these.
"""

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from tests.portal.factories import UserFactory
from tests.trajecten.auditspoor import AUDITTABEL, app_rol, verbonden_als
from trajecten.audit import Actie, audit_loggen
from trajecten.auditrechten import te_ruime_rechten
from trajecten.checks import auditrechten_controleren
from trajecten.models import AuditRegel

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]
__all__ = ["app_rol"]  # the fixture, imported for the tests below

VERBODEN = {
    "UPDATE": "UPDATE trajecten_auditregel SET actie = 'verzonnen'",
    "DELETE": "DELETE FROM trajecten_auditregel",
    "TRUNCATE": f"TRUNCATE {AUDITTABEL}",
    "DISABLE TRIGGER": f"ALTER TABLE {AUDITTABEL} DISABLE TRIGGER trajecten_auditregel_alleen_toevoegen",
    "DISABLE TRIGGER USER": f"ALTER TABLE {AUDITTABEL} DISABLE TRIGGER USER",
    "DROP TRIGGER": f"DROP TRIGGER trajecten_auditregel_alleen_toevoegen ON {AUDITTABEL}",
    "DROP TRIGGER (TRUNCATE)": f"DROP TRIGGER trajecten_auditregel_niet_legen ON {AUDITTABEL}",
    "CREATE TRIGGER": (
        f"CREATE TRIGGER eigen BEFORE INSERT ON {AUDITTABEL} "
        "FOR EACH ROW EXECUTE FUNCTION trajecten_auditregel_alleen_toevoegen()"
    ),
    "DROP TABLE": f"DROP TABLE {AUDITTABEL}",
    "OWNER TO": f"ALTER TABLE {AUDITTABEL} OWNER TO CURRENT_USER",
    "session_replication_role": "SET session_replication_role = replica",
}


def regels_schrijven(aantal: int = 3) -> list[AuditRegel]:
    user = UserFactory()
    return [audit_loggen(user=user, actie=Actie.LIJST) for _ in range(aantal)]


def ongewijzigd(regels) -> bool:
    bewaard = list(AuditRegel.objects.order_by("pk").values_list("pk", "actie", "hash"))
    return bewaard == [(r.pk, r.actie, r.hash) for r in regels]


# One test for all statements: each test with `transaction=True` costs a flush of every table.
@pytest.mark.django_db(transaction=True)
def test_the_application_role_cannot_change_remove_or_unprotect_audit_rows(app_rol):
    regels = regels_schrijven()  # committed, so the application's connection sees them
    geweigerd, toegestaan = [], []
    with verbonden_als(app_rol):
        for naam, sql in VERBODEN.items():
            try:
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.execute(sql)
                    transaction.set_rollback(True)  # what slipped through is undone for the next one
            except DatabaseError as fout:
                # insufficient_privilege: refused for the role, not by a trigger it could switch off
                (geweigerd if fout.__cause__.sqlstate == "42501" else toegestaan).append(naam)
            else:
                toegestaan.append(naam)

    assert toegestaan == []
    assert geweigerd == list(VERBODEN)
    assert ongewijzigd(regels)
    call_command("auditspoor_controleren", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_the_application_role_adds_and_reads_audit_rows_and_passes_the_deployment_checks(
    app_rol, client, settings
):
    regels = regels_schrijven()
    settings.REFIT_AUDITRECHTEN_CONTROLEREN = True  # off in the other tests, which run as a superuser

    with verbonden_als(app_rol):
        nieuw = audit_loggen(user=UserFactory(), actie=Actie.BEKEKEN, code="T-ABCDE", velden=["identiteit"])
        assert AuditRegel.objects.count() == 4
        assert AuditRegel.objects.get(pk=nieuw.pk).vorige_hash == regels[-1].hash
        call_command("auditspoor_controleren", verbosity=0)  # reading is all the verification needs

        with connection.cursor() as cursor:
            assert te_ruime_rechten(cursor) == []
        assert auditrechten_controleren(app_configs=None, databases=["default"]) == []
        antwoord = client.get("/gereed/")
    assert antwoord.status_code == 200, antwoord.json()
    assert antwoord.json()["checks"]["auditspoor"]["ok"] is True


def test_truncate_is_refused_even_for_the_owner_and_a_superuser():
    regels = regels_schrijven()

    with (
        pytest.raises(DatabaseError, match="append-only: TRUNCATE refused"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"TRUNCATE {AUDITTABEL}")
    assert ongewijzigd(regels)


def test_a_connection_as_owner_and_superuser_is_reported_with_every_reason():
    with connection.cursor() as cursor:
        redenen = te_ruime_rechten(cursor)

    assert set(redenen) >= {
        "superuser",
        "eigenaar van de tabel",
        "UPDATE",
        "DELETE",
        "TRUNCATE",
        "TRIGGER",
        "session_replication_role",
    }
    [waarschuwing] = auditrechten_controleren(app_configs=None, databases=["default"])
    assert waarschuwing.id == "trajecten.W001"
    assert "superuser" in waarschuwing.msg and "TRUNCATE" in waarschuwing.msg


def test_a_switched_off_trigger_is_reported():
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {AUDITTABEL} DISABLE TRIGGER trajecten_auditregel_niet_legen")
        try:
            redenen = te_ruime_rechten(cursor)
        finally:
            cursor.execute(f"ALTER TABLE {AUDITTABEL} ENABLE TRIGGER trajecten_auditregel_niet_legen")

    assert "trigger trajecten_auditregel_niet_legen staat uit" in redenen


def test_readiness_fails_while_the_portal_could_change_the_audit_trail(client, settings):
    settings.REFIT_AUDITRECHTEN_CONTROLEREN = True  # off in the other tests, which run as a superuser

    antwoord = client.get("/gereed/")

    assert antwoord.status_code == 503
    assert antwoord.json()["checks"]["auditspoor"] == {"ok": False, "error": "AuditrechtenTeRuim"}
