"""Benchmark: 10,000 licences with five years of professionalisation-day history on PostgreSQL.

Measures: recomputing every status (time and queries, at two sizes to show the query
count does not grow), the kerngroep's licence overview (p50/p95), one certificate PDF,
and a batch of 100 certificates through the real task worker (`db_worker`).

Usage (the database is dropped and rebuilt):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/refit_bench_lic \
        python3 -m uv run --frozen python benchmarks/licenties.py [--licenties 10000] [--herhalingen 30]
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from datetime import time as dagtijd
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")


def ms(seconden: float) -> str:
    return f"{seconden * 1000:8.1f}"


def dagen_aanmaken() -> dict:
    """Two professionalisation days a year, 2021–2026 (idempotent)."""
    from licenties.models import DagStatus, Professionaliseringsdag

    dagen = {}
    for jaar in range(2021, 2027):
        for maand in (3, 10):
            datum = date(jaar, maand, 12)
            dag, _nieuw = Professionaliseringsdag.objects.get_or_create(
                datum=datum,
                defaults={
                    "begintijd": dagtijd(9, 30),
                    "eindtijd": dagtijd(16),
                    "thema": f"Thema {jaar}-{maand}",
                    "locatie": "Utrecht",
                    "capaciteit": 20000,
                    "aanmelden_tot": datum - timedelta(days=14),
                    "status": DagStatus.OPEN,
                },
            )
            dagen.setdefault(jaar, []).append(dag)
    return dagen


def zaaien(aantal: int, *, vanaf: int = 0) -> None:
    """`aantal` trainers with a licence from 2019–2026 and attendance in ~70 % of the years since."""
    from licenties.models import Besluit, BesluitSoort, DagAanmelding, Licentie
    from portal.models import Lidmaatschap, Organisatie, User
    from portal.plaatsing import PlaatsStatus

    rng = random.Random(vanaf)
    kerngroep = User.objects.get(email="kerngroep@demo.re-fit.example")
    organisaties = list(Organisatie.objects.all())
    dagen = dagen_aanmaken()
    users = User.objects.bulk_create(
        [
            User(
                email=f"trainer{n:05d}@bench.example",
                first_name="Trainer",
                last_name=f"{n:05d}",
                password="!",  # noqa: S106 - an unusable password
            )
            for n in range(vanaf, vanaf + aantal)
        ],
        batch_size=2000,
    )
    Lidmaatschap.objects.bulk_create(
        [
            Lidmaatschap(user=user, organisatie=organisaties[n % len(organisaties)])
            for n, user in enumerate(users)
        ],
        batch_size=2000,
    )
    licenties = Licentie.objects.bulk_create(
        [
            Licentie(
                houder=user,
                nummer=f"RF-{2019 + n % 8}-{n:05d}",
                behaald_op=date(2019 + n % 8, 1 + n % 12, 1 + n % 28),
            )
            for n, user in enumerate(users, start=vanaf)
        ],
        batch_size=2000,
    )
    aanwezig = []
    for licentie in licenties:
        for jaar in range(max(2021, licentie.behaald_op.year + 1), 2027):
            if rng.random() < 0.7:
                dag = rng.choice([d for d in dagen[jaar] if d.datum <= date(2026, 11, 23)])
                aanwezig.append(
                    DagAanmelding(
                        dag=dag, user_id=licentie.houder_id, status=PlaatsStatus.GEPLAATST, aanwezig=True
                    )
                )
    DagAanmelding.objects.bulk_create(aanwezig, batch_size=5000)
    Besluit.objects.bulk_create(
        [
            Besluit(
                licentie=licentie,
                soort=BesluitSoort.SCHORSING,
                ingangsdatum=date(2026, 1, 5),
                reden="bench",
                genomen_door=kerngroep,
            )
            for licentie in licenties[::250]
        ]
    )
    print(f"gezaaid: {len(licenties)} licenties met {len(aanwezig)} keer aanwezig")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--licenties", type=int, default=10_000)
    parser.add_argument("--herhalingen", type=int, default=30)
    args = parser.parse_args()
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        sys.exit("Zet DATABASE_URL op een (weggooi)database in PostgreSQL.")

    import django
    from django.conf import settings

    # Real queue for the worker measurement; everything else as in the tests.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    settings.PRIVATE_MEDIA_ROOT = ROOT / "var" / "bench-private"
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    call_command("migrate", verbosity=0)
    settings.REFIT_DEMO = True
    call_command("demo_data", stdout=StringIO())

    from licenties.certificaten import certificaat_pdf
    from licenties.models import Licentie
    from licenties.status import onderhoud_van, statussen_bijwerken
    from licenties.tasks import certificaten_vernieuwen

    zaaien(1000)
    with CaptureQueriesContext(connection) as klein:
        statussen_bijwerken()
    if args.licenties > 1000:
        zaaien(args.licenties - 1000, vanaf=1000)

    totaal = Licentie.objects.count()
    tijden = []
    for _ in range(3):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as groot:
            statussen_bijwerken()
        tijden.append(time.perf_counter() - start)
    print(
        f"\nalle statussen herberekenen ({totaal} licenties): {ms(min(tijden))} ms (beste van 3), "
        f"{len(groot.captured_queries)} queries (bij ~1000 licenties: {len(klein.captured_queries)})"
    )

    # The kerngroep's overview, as a logged-in kerngroep member with two-step login.
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from portal.models import User
    from tests.portal.auth import current_totp_code

    kerngroep = User.objects.get(email="kerngroep@demo.re-fit.example")
    secret = generate_totp_secret()
    Authenticator.objects.filter(user=kerngroep).delete()
    TOTP.activate(kerngroep, secret)
    client = Client()
    client.post("/account/login/", {"login": kerngroep.email, "password": "refit-demo-2026"})
    client.post("/account/2fa/authenticate/", {"code": current_totp_code(secret)})
    overzicht = reverse("licenties_overzicht:index")
    print(f"\n{'scenario':<40} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for naam, query in [
        ("overzicht, alle licenties", {}),
        ("overzicht, status verloopt binnenkort", {"status": "verloopt_binnenkort"}),
        ("overzicht, regio + jaar", {"regio": "midden", "jaar": "2024"}),
    ]:
        response = client.get(overzicht, query)
        assert response.status_code == 200, response.status_code
        metingen = []
        for _ in range(args.herhalingen):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                client.get(overzicht, query)
            metingen.append(time.perf_counter() - start)
        p95 = statistics.quantiles(metingen, n=20)[18]
        print(f"{naam:<40} {ms(statistics.median(metingen))} {ms(p95)} {len(queries.captured_queries):>8}")

    licentie = Licentie.objects.select_related("houder").order_by("?").first()
    onderhoud = onderhoud_van(licentie)
    certificaat_pdf(licentie, onderhoud)  # warm up fonts
    tijden = []
    for _ in range(10):
        start = time.perf_counter()
        certificaat_pdf(licentie, onderhoud)
        tijden.append(time.perf_counter() - start)
    print(f"\néén certificaat-pdf: p50 {ms(statistics.median(tijden))} ms, max {ms(max(tijden))} ms")

    ids = list(Licentie.objects.order_by("?").values_list("pk", flat=True)[:100])
    for pk in ids:
        certificaten_vernieuwen.enqueue([pk])
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.demo",
            "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        },
        check=True,
        capture_output=True,
    )
    duur = time.perf_counter() - start
    klaar = Licentie.objects.filter(pk__in=ids).exclude(certificaat_kenmerk="").count()
    print(
        f"100 certificaten via de worker (db_worker --batch, één proces): {duur:.1f} s in totaal, {klaar} opgeslagen"
    )


if __name__ == "__main__":
    main()
