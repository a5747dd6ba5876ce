"""Benchmark: the audit trail's hash chain at national scale on PostgreSQL.

Seeds a chain of audit rows, then times the full verification (`auditspoor_controleren`), an
incremental one (`--vanaf`, the last 10,000 rows), writing through `audit_loggen` (lock, last
row, insert), and (with `--migratie`) the upgrade: the migration `…_auditregel_hashketen` chaining rows that were
written before it.

Usage (the database is dropped and rebuilt):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/refit_bench_audit \
        python3 -m uv run --frozen python benchmarks/auditspoor.py [--regels 1000000] [--migratie]
"""

import argparse
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

BATCH = 5000
ACTIES = ["trajecten.traject.lijst", "trajecten.traject.bekeken", "trajecten.traject.gewijzigd"]


def zaaien(aantal: int) -> None:
    """`aantal` rows over the past five years, chained as `audit_loggen` would have written them."""
    from django.utils import timezone

    from trajecten.auditketen import BEGIN, regel_hash
    from trajecten.models import AuditRegel

    begin = timezone.now() - timedelta(days=5 * 365)
    stap = timedelta(days=5 * 365) / max(aantal, 1)
    vorige_hash = BEGIN
    for vanaf in range(0, aantal, BATCH):
        rijen = []
        for n in range(vanaf, min(vanaf + BATCH, aantal)):
            inhoud = {
                "tijdstip": begin + n * stap,
                "user_id": 1000 + n % 3000,
                "rol": "trainer",
                "organisatie_id": 10 + n % 60,
                "actie": ACTIES[n % 3],
                "code": f"T-{n % 30000:05d}",
                "velden": ["identiteit", "status"] if n % 3 == 1 else [],
            }
            hash_ = regel_hash(vorige_hash=vorige_hash, **inhoud)
            rijen.append(AuditRegel(**inhoud, vorige_hash=vorige_hash, hash=hash_))
            vorige_hash = hash_
        AuditRegel.objects.bulk_create(rijen)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--regels", type=int, default=1_000_000)
    parser.add_argument(
        "--migratie",
        action="store_true",
        help="ook de upgrade (de hashketen-migratie) over deze regels meten",
    )
    args = parser.parse_args()
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        sys.exit("Zet DATABASE_URL op een (weggooi)database in PostgreSQL.")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    from portal.models import User
    from trajecten.audit import Actie, audit_loggen
    from trajecten.auditketen import keten_controleren
    from trajecten.models import AuditRegel

    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)

    start = time.perf_counter()
    zaaien(args.regels)
    print(f"zaaien: {args.regels:,} regels in {time.perf_counter() - start:.1f} s", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE trajecten_auditregel")
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('trajecten_auditregel'))")
        print(f"tabel met indexen: {cursor.fetchone()[0]}")

    start = time.perf_counter()
    uitslag = keten_controleren()
    duur = time.perf_counter() - start
    assert uitslag.breuk is None and uitslag.aantal == args.regels, uitslag
    print(f"volledige controle: {duur:.1f} s, {uitslag.aantal / duur:,.0f} regels/s", flush=True)

    laatste = AuditRegel.objects.order_by("-pk").values_list("pk", flat=True).first()
    start = time.perf_counter()
    deel = keten_controleren(vanaf_id=laatste - 9_999)
    print(f"vanaf een regel (10,000 regels): {(time.perf_counter() - start) * 1000:.0f} ms ({deel.aantal})")

    user = User.objects.create_user(email="bench.audit@bench.example", password=None)
    duren = []
    for _ in range(500):
        start = time.perf_counter()
        audit_loggen(user=user, actie=Actie.LIJST)
        duren.append(time.perf_counter() - start)
    duren.sort()
    print(f"audit_loggen: p50 {duren[250] * 1000:.2f} ms, p95 {duren[475] * 1000:.2f} ms (500 keer)")

    if args.migratie:
        executor = MigrationExecutor(connection)
        [migratie] = [m for m in executor.loader.disk_migrations if m[1].endswith("_auditregel_hashketen")]
        [ervoor] = executor.loader.graph.node_map[migratie].parents
        executor.migrate([ervoor.key])
        start = time.perf_counter()
        MigrationExecutor(connection).migrate([migratie])
        duur = time.perf_counter() - start
        print(
            f"migratie {migratie[1]} over {AuditRegel.objects.count():,} bestaande regels: {duur:.1f} s",
            flush=True,
        )
        assert keten_controleren().breuk is None
        call_command("migrate", verbosity=0)


if __name__ == "__main__":
    main()
