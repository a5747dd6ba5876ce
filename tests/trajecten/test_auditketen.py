"""Rule 'auditlog', tamper-evident: every audit row carries the hash of the row before it.

Whoever gets past the database's refusals (a superuser in replica mode, the owner with the
triggers off) and changes or removes a row is named by `manage.py auditspoor_controleren`: the
first broken row, by id and time, with a non-zero exit. The chain holds when two connections
write at once, and the rows an upgraded database already had are chained by the migration.
"""

import itertools
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

import trajecten.tasks
from portal.periodic import Frequentie, periodic_tasks
from tests.portal.factories import UserFactory
from tests.security.faults.werker import taken_via_database
from trajecten.audit import Actie, audit_loggen
from trajecten.auditketen import BEGIN, inhoud_van, keten_controleren, regel_hash
from trajecten.models import AuditRegel

pytestmark = pytest.mark.django_db


@pytest.fixture
def user():
    return UserFactory()


@pytest.fixture
def regels(user):
    return [
        audit_loggen(user=user, actie=Actie.BEKEKEN, code=f"T-AAAA{n}", velden=["identiteit", "status"])
        for n in range(6)
    ]


def buiten_de_app_om(sql: str, params=()) -> None:
    """Raw SQL past the model's refusals and, on PostgreSQL, past the triggers (as a superuser can)."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL session_replication_role = DEFAULT")


def controleren(*args) -> str:
    """The command's verdict on a broken chain (its CommandError makes manage.py exit with 1)."""
    with pytest.raises(CommandError) as fout:
        call_command("auditspoor_controleren", *args, verbosity=0)
    return str(fout.value)


def benoemt(melding: str, regel: AuditRegel) -> bool:
    tijd = timezone.localtime(regel.tijdstip).isoformat(timespec="seconds")
    return f"regel {regel.pk} " in melding and tijd in melding


def test_each_row_carries_the_hash_of_the_row_before(regels):
    bewaard = list(AuditRegel.objects.order_by("pk"))

    assert bewaard[0].vorige_hash == BEGIN
    for vorige, regel in itertools.pairwise(bewaard):
        assert regel.vorige_hash == vorige.hash
    for regel in bewaard:
        assert regel.hash == regel_hash(vorige_hash=regel.vorige_hash, **inhoud_van(regel))


def test_an_intact_chain_passes_and_names_its_last_row_as_anchor(regels, capsys):
    call_command("auditspoor_controleren")

    uit = capsys.readouterr().out
    assert "6 regels" in uit and "in orde" in uit
    assert f"--anker {regels[-1].pk}:{regels[-1].hash}" in uit


WIJZIGINGEN = {
    "actie": "UPDATE trajecten_auditregel SET actie = 'trajecten.traject.lijst' WHERE id = %s",
    "code": "UPDATE trajecten_auditregel SET code = 'T-ZZZZZ' WHERE id = %s",
    "user_id": "UPDATE trajecten_auditregel SET user_id = 999 WHERE id = %s",
    "velden": """UPDATE trajecten_auditregel SET velden = '["status"]' WHERE id = %s""",
}


@pytest.mark.parametrize("sql", WIJZIGINGEN.values(), ids=WIJZIGINGEN.keys())
def test_a_changed_row_is_named_by_the_verification(regels, sql):
    buiten_de_app_om(sql, [regels[2].pk])

    melding = controleren()

    assert benoemt(melding, regels[2])
    assert "gewijzigd" in melding


def test_a_changed_time_is_named_by_the_verification(regels):
    later = regels[3].tijdstip + timezone.timedelta(minutes=5)
    buiten_de_app_om("UPDATE trajecten_auditregel SET tijdstip = %s WHERE id = %s", [later, regels[3].pk])

    assert f"regel {regels[3].pk} " in controleren()


def test_a_removed_row_is_found_at_the_row_after_it(regels):
    buiten_de_app_om("DELETE FROM trajecten_auditregel WHERE id = %s", [regels[3].pk])

    melding = controleren()

    assert benoemt(melding, regels[4])
    assert f"na regel {regels[2].pk}" in melding


def test_a_row_recomputed_to_hide_a_change_still_breaks_the_link_to_the_next(regels):
    """Whoever changes a row and its hash must also rewrite every row after it (see the anchors)."""
    regel = regels[1]
    nieuwe_hash = regel_hash(vorige_hash=regel.vorige_hash, **{**inhoud_van(regel), "actie": Actie.LIJST})
    buiten_de_app_om(
        "UPDATE trajecten_auditregel SET actie = %s, hash = %s WHERE id = %s",
        [Actie.LIJST, nieuwe_hash, regel.pk],
    )

    assert benoemt(controleren(), regels[2])


def test_an_anchor_from_the_log_detects_a_chain_rewritten_from_the_start(regels, user):
    """The daily job logs the last row's id and hash; a rewritten chain no longer contains it."""
    anker = f"{regels[3].pk}:{regels[3].hash}"
    buiten_de_app_om("DELETE FROM trajecten_auditregel WHERE id >= %s", [regels[0].pk])
    for _ in range(6):  # a forger who knows the algorithm writes a fresh, consistent chain
        audit_loggen(user=user, actie=Actie.LIJST)
    call_command("auditspoor_controleren", verbosity=0)  # consistent in itself

    melding = controleren("--anker", anker)

    assert f"anker {regels[3].pk}" in melding


def test_removing_the_newest_rows_is_detected_by_an_anchor(regels):
    anker = f"{regels[-1].pk}:{regels[-1].hash}"
    buiten_de_app_om("DELETE FROM trajecten_auditregel WHERE id >= %s", [regels[-2].pk])

    assert f"anker {regels[-1].pk}" in controleren("--anker", anker)


def test_verification_in_batches_and_from_a_row_agrees_with_the_whole(regels):
    geheel = keten_controleren()
    in_stukken = keten_controleren(batch=2)
    vanaf = keten_controleren(vanaf_id=regels[3].pk)

    assert (geheel.aantal, in_stukken.aantal, vanaf.aantal) == (6, 6, 3)
    assert geheel.laatste_hash == in_stukken.laatste_hash == vanaf.laatste_hash == regels[-1].hash
    assert geheel.breuk is None and in_stukken.breuk is None and vanaf.breuk is None


def test_incremental_verification_still_checks_the_link_to_the_row_before(regels):
    buiten_de_app_om("DELETE FROM trajecten_auditregel WHERE id = %s", [regels[2].pk])

    assert benoemt(controleren("--vanaf", str(regels[3].pk), "--batch", "2"), regels[3])


def test_an_empty_audit_trail_is_in_order():
    assert keten_controleren().breuk is None
    call_command("auditspoor_controleren", verbosity=0)


@pytest.mark.django_db(transaction=True)  # the worker closes a connection left inside a transaction
def test_the_daily_job_verifies_the_chain_and_a_break_reaches_the_kerngroep(regels, settings, monkeypatch):
    """A broken chain fails the daily task: it shows under Rapporten → Mislukte taken, by type."""
    assert "trajecten_auditspoor" in [job.name for job in periodic_tasks(Frequentie.DAGELIJKS)]
    taken_via_database(monkeypatch, settings, trajecten.tasks)
    buiten_de_app_om("UPDATE trajecten_auditregel SET actie = 'x' WHERE id = %s", [regels[1].pk])

    trajecten.tasks.auditspoor_bewaken.enqueue()
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    [mislukt] = DBTaskResult.objects.failed()
    assert mislukt.task_path == "trajecten.tasks.auditspoor_bewaken"
    assert mislukt.exception_class_path.endswith(".AuditspoorGebroken")
    assert f"regel {regels[1].pk} " in mislukt.traceback


@pytest.mark.postgres
def test_a_row_changed_by_a_superuser_with_the_trigger_off_is_named(regels):
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE trajecten_auditregel DISABLE TRIGGER USER")
        cursor.execute("UPDATE trajecten_auditregel SET rol = 'kerngroep' WHERE id = %s", [regels[4].pk])
        cursor.execute("ALTER TABLE trajecten_auditregel ENABLE TRIGGER USER")

    assert benoemt(controleren(), regels[4])


def _in_eigen_verbinding(doel):
    """Run `doel` in a thread, which has its own database connection, closed afterwards."""
    fouten = []

    def draaien():
        try:
            doel()
        except BaseException as fout:  # reported by the test, not lost in the thread
            fouten.append(fout)
        finally:
            connections.close_all()

    thread = threading.Thread(target=draaien)
    thread.start()
    return thread, fouten


def _wachten_tot(voorwaarde, seconden: float = 30) -> None:
    event = threading.Event()
    for _ in range(int(seconden * 20)):
        if voorwaarde():
            return
        event.wait(0.05)
    raise AssertionError("de voorwaarde werd niet waar")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_second_writer_waits_until_the_first_has_committed():
    """Without the lock both would read the same last row and fork the chain."""
    user = UserFactory()
    eerste_binnen, eerste_mag_door = threading.Event(), threading.Event()
    tweede_pid = []

    def eerste():
        with transaction.atomic():
            audit_loggen(user=user, actie=Actie.BEKEKEN, code="T-EERST")
            eerste_binnen.set()
            assert eerste_mag_door.wait(60)

    def tweede():
        assert eerste_binnen.wait(60)
        connection.ensure_connection()
        tweede_pid.append(connection.connection.info.backend_pid)
        audit_loggen(user=user, actie=Actie.BEKEKEN, code="T-TWEED")

    a, fouten_a = _in_eigen_verbinding(eerste)
    b, fouten_b = _in_eigen_verbinding(tweede)
    try:

        def tweede_wacht_op_een_slot() -> bool:
            if not tweede_pid:
                return False
            with connection.cursor() as cursor:
                cursor.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", tweede_pid)
                rij = cursor.fetchone()
            return rij is not None and rij[0] == "Lock"

        _wachten_tot(tweede_wacht_op_een_slot)
    finally:
        eerste_mag_door.set()
        a.join(60)
        b.join(60)
    assert not fouten_a and not fouten_b, fouten_a + fouten_b

    eerste_regel, tweede_regel = AuditRegel.objects.order_by("pk")
    assert (eerste_regel.code, tweede_regel.code) == ("T-EERST", "T-TWEED")
    assert tweede_regel.vorige_hash == eerste_regel.hash
    call_command("auditspoor_controleren", verbosity=0)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_chain_holds_under_concurrent_appends():
    user = UserFactory()
    start = threading.Barrier(2)

    def schrijver(naam):
        def schrijven():
            start.wait(60)
            for n in range(25):
                audit_loggen(user=user, actie=Actie.LIJST, code=f"T-{naam}{n:02d}")

        return schrijven

    draden = [_in_eigen_verbinding(schrijver(naam)) for naam in ("A", "B")]
    for thread, _fouten in draden:
        thread.join(120)
    assert not [fout for _thread, fouten in draden for fout in fouten]

    assert AuditRegel.objects.count() == 50
    call_command("auditspoor_controleren", "--batch", "7", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_rows_written_before_the_upgrade_are_chained_by_the_migration():
    executor = MigrationExecutor(connection)
    # By name, not number: migrations are renumbered when branches merge.
    [migratie] = [key for key in executor.loader.disk_migrations if key[1].endswith("_auditregel_hashketen")]
    [ervoor] = executor.loader.graph.node_map[migratie].parents
    executor.migrate([ervoor.key])
    try:
        with connection.cursor() as cursor:
            for n, actie in enumerate(["a.b.c", "d.e.f", "g.h.i"]):
                cursor.execute(
                    "INSERT INTO trajecten_auditregel "
                    "(tijdstip, user_id, rol, organisatie_id, actie, code, velden) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    [timezone.now(), n or None, "trainer", 7, actie, "T-OUD00", '["status"]'],
                )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())

    uitslag = keten_controleren()
    assert uitslag.breuk is None and uitslag.aantal == 3
    nieuw = audit_loggen(user=UserFactory(), actie=Actie.LIJST)
    assert nieuw.vorige_hash == uitslag.laatste_hash
    call_command("auditspoor_controleren", verbosity=0)
    if connection.vendor == "postgresql":  # the row trigger is back on after the migration hashed the rows
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal "
                "ORDER BY tgname",
                ["trajecten_auditregel"],
            )
            assert cursor.fetchall() == [
                ("trajecten_auditregel_alleen_toevoegen", "O"),
                ("trajecten_auditregel_niet_legen", "O"),
            ]
