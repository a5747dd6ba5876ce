"""Benchmark: the activity library with 2,000 activities on PostgreSQL.

Usage (the database is dropped and rebuilt):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/refit_bench \
        python3 -m uv run --frozen python benchmarks/bibliotheek.py [--activiteiten 2000] [--herhalingen 40]
"""

import argparse
import os
import random
import statistics
import sys
import time
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--activiteiten", type=int, default=2000)
    parser.add_argument("--herhalingen", type=int, default=40)
    parser.add_argument("--bestaande-data", action="store_true", help="niet opnieuw opbouwen en zaaien")
    args = parser.parse_args()
    if "postgres" not in os.environ.get("DATABASE_URL", ""):
        sys.exit("Zet DATABASE_URL op een (weggooi)database in PostgreSQL.")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    if not args.bestaande_data:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        call_command("migrate", verbosity=0)
        settings.REFIT_DEMO = True
        call_command("demo_data", stdout=StringIO())
        zaaien(args.activiteiten)

    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from content.models import ActiviteitPage, BibliotheekPage, Sessieplan, ThemaPage
    from portal.models import User
    from tests.portal.auth import current_totp_code

    trainer = User.objects.get(email="trainer@demo.re-fit.example")
    secret = generate_totp_secret()
    Authenticator.objects.filter(user=trainer).delete()
    TOTP.activate(trainer, secret)
    client = Client()
    client.post("/account/login/", {"login": trainer.email, "password": "refit-demo-2026"})
    client.post("/account/2fa/authenticate/", {"code": current_totp_code(secret)})

    bieb = BibliotheekPage.objects.get().url
    lef = ThemaPage.objects.get(title="Lef")
    activiteit = ActiviteitPage.objects.live().order_by("?").first()
    plan = Sessieplan.objects.create(trainer=trainer, titel="Bench", thema=lef, week=10)
    scenarios = [
        ("bibliotheek zonder filters", bieb, {}),
        ("drie filters samen", bieb, {"fase": "3", "setting": "groep", "duur": "11-20"}),
        ("vrije tekst + filters", bieb, {"q": "lef", "fase": "3", "ik_heb": "on"}),
        ("activiteitpagina", activiteit.url, {}),
        ("plannerpagina", f"/kompas/planner/{plan.pk}/", {}),
    ]
    print(
        f"\n{ActiviteitPage.objects.live().count()} activiteiten, PostgreSQL, {args.herhalingen} verzoeken per regel\n"
    )
    print(f"{'scenario':<28} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for naam, url, query in scenarios:
        client.get(url, query)  # warm up caches and connections
        tijden = []
        for _ in range(args.herhalingen):
            start = time.perf_counter()
            response = client.get(url, query)
            tijden.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (naam, response.status_code)
        with CaptureQueriesContext(connection) as queries:
            client.get(url, query)
        tijden.sort()
        p95 = tijden[max(0, int(len(tijden) * 0.95) - 1)]
        print(f"{naam:<28} {statistics.median(tijden):>8.1f} {p95:>8.1f} {len(queries.captured_queries):>8}")


def zaaien(aantal: int) -> None:
    """Add activities until the library holds `aantal`, spread over themes, parts and materials."""
    from content.models import ActiviteitPage, BibliotheekPage, Materiaal, Onderdeel, ThemaPage

    bieb = BibliotheekPage.objects.get()
    themas = list(ThemaPage.objects.all())
    onderdelen = list(Onderdeel.objects.all())
    materialen = list(Materiaal.objects.all())
    rnd = random.Random(42)
    woorden = [
        "lef",
        "rust",
        "ritme",
        "emmer",
        "grenzen",
        "trots",
        "balans",
        "energie",
        "regie",
        "compliment",
        "dagboek",
        "ladder",
    ]
    bestaand = ActiviteitPage.objects.count()
    for n in range(bestaand, aantal):
        page = bieb.add_child(
            instance=ActiviteitPage(
                title=f"Werkvorm {n} {rnd.choice(woorden)}",
                korte_beschrijving=" ".join(rnd.choices(woorden, k=8)),
                doelen=[("doel", "Oefenen")],
                setting=rnd.choice(["individueel", "groep", "beide"]),
                duur=rnd.choice([5, 10, 15, 20, 30, 45]),
                aanpak=rnd.choice(
                    ["psycho-educatie", "cgt", "act", "coping", "oplossingsgericht", "positieve-psychologie"]
                ),
                stappen=[("stap", " ".join(rnd.choices(woorden, k=6)))],
            )
        )
        page.themas.set(rnd.sample(themas, 2))
        page.onderdelen.set(rnd.sample(onderdelen, 2))
        page.materialen.set(rnd.sample(materialen, rnd.choice([0, 0, 1, 2])))
        page.save()


if __name__ == "__main__":
    main()
