"""Benchmark: the key pages at national scale, against the framework floor, and their growth.

Seeds the national data set (`benchmarks/seed_schaal.py`), then requests every key page
in-process with Django's test client (all middleware, templates and queries; no network),
N times after three warm-ups, round-robin so that the machine's load hits every page alike.
The floor is the simplest page model there is, a bare `wagtailcore.Page` (its template shows
the title only), served by the same Wagtail in the same run; '× vloer' divides a page's p50
by the floor's p50 for the same kind of visitor (anonymous or logged in).

Usage (the database is dropped and rebuilt from `<name>_basis`, which holds the migrated demo):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/refit_bench \\
        python3 -m uv run --frozen python benchmarks/schaal.py [--schaal 1] [--herhalingen 30]
        [--bestaande-data] [--groei] [--groei-schalen 1,10,100]
"""

import argparse
import itertools
import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

HTML_P95_MS = 100
HTML_X_VLOER = 3
PDF_P95_MS = 300
# The three heaviest pages at scale 1 (see docs/performance.md): measured again in the growth run,
# the two with cached whole-table figures also right after a change (cache cold).
ZWAARSTE = (
    "licentieoverzicht (kerngroep)",
    "licentieoverzicht, direct na een wijziging",
    "bereikrapport",
    "bereikrapport, direct na een wijziging",
    "trainersdashboard",
)


@dataclass
class Meting:
    naam: str
    client: str
    url: str
    query: dict
    soort: str = "html"  # html | pdf | vloer
    voorbereiden: object = None
    # Extra request headers per request (WSGI environ keys), e.g. a fresh client address.
    kopregels: object = None

    def klaarzetten(self):
        if self.voorbereiden:
            self.voorbereiden()

    def opvragen(self, clients: dict):
        """One request, which must answer 200 (a 429 or a redirect would measure the wrong page)."""
        extra = self.kopregels() if self.kopregels else {}
        response = clients[self.client].get(self.url, self.query, **extra)
        assert response.status_code == 200, (self.naam, response.status_code)
        return response


ADRESSEN = itertools.count(1)


def nieuw_adres() -> dict:
    """Every verification from its own address: the page's rate limit (20 per address per
    10 minutes) would otherwise answer the benchmark's own repeats with 429."""
    n = next(ADRESSEN)
    return {"REMOTE_ADDR": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"}


def database_herstellen(url: str, *, basis_opbouwen: bool) -> None:
    """Drop the database in DATABASE_URL and copy it from `<name>_basis` (migrated + demo data).

    Copying a template database takes seconds; migrating and loading the demo takes minutes.
    """
    import psycopg

    naam = urlparse(url).path.lstrip("/")
    basis = f"{naam.split('_groei')[0]}_basis"
    beheer = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(beheer, autocommit=True) as conn:
        bestaat = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [basis]).fetchone()
        if basis_opbouwen or not bestaat:
            conn.execute(f'DROP DATABASE IF EXISTS "{basis}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{basis}"')
            basis_vullen(url.rsplit("/", 1)[0] + f"/{basis}")
        conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{naam}" TEMPLATE "{basis}"')


def basis_vullen(url: str) -> None:
    import subprocess

    subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, io; django.setup(); from django.conf import settings; "
            "from django.core.management import call_command; call_command('migrate', verbosity=0); "
            "settings.REFIT_DEMO = True; call_command('demo_data', stdout=io.StringIO())",
        ],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url},
        check=True,
    )


def belasting() -> str:
    """The machine's load (as `uptime` shows it): the figures are only comparable within one run."""
    een, vijf, vijftien = os.getloadavg()
    return f"{time.strftime('%H:%M:%S')} UTC, load average {een:.2f}, {vijf:.2f}, {vijftien:.2f} ({os.cpu_count()} cores)"


def seed_module():
    """`benchmarks/seed_schaal.py` (the benchmarks folder is not a package, and must not shadow the apps)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("seed_schaal", Path(__file__).with_name("seed_schaal.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def inloggen(email: str):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.test import Client

    from portal.models import User
    from tests.portal.auth import current_totp_code

    user = User.objects.get(email=email)
    secret = generate_totp_secret()
    Authenticator.objects.filter(user=user).delete()
    TOTP.activate(user, secret)
    client = Client()
    client.post("/account/login/", {"login": email, "password": "refit-demo-2026"})
    client.post("/account/2fa/authenticate/", {"code": current_totp_code(secret)})
    assert client.get("/dashboard/").status_code == 200, email
    return client


def metingen_opzetten() -> list[Meting]:
    from django.urls import reverse
    from wagtail.models import Page

    from content.models import ActiviteitPage, BibliotheekPage, HomePage, Sessieplan, ThemaPage
    from licenties import tellingen
    from licenties.models import Licentie
    from portal import versiecache
    from portal.models import AgendaAbonnement, User
    from trajecten import bereik
    from trajecten.models import Eindverslag, Traject

    trainer = User.objects.get(email="trainer@demo.re-fit.example")
    home = HomePage.objects.get()
    vloer = Page.objects.filter(slug="vloer-bench").first()
    if vloer is None:
        vloer = home.add_child(instance=Page(title="Vloer", slug="vloer-bench"))
    # A realistic caseload for the measured trainer: ten of the seeded trajectories.
    Traject.trainers.through.objects.bulk_create(
        [
            Traject.trainers.through(traject_id=pk, user_id=trainer.pk)
            for pk in Traject.objects.filter(code__startswith="T-2").values_list("pk", flat=True)[:10]
        ],
        ignore_conflicts=True,
    )
    bieb = BibliotheekPage.objects.get().url
    plan, _nieuw = Sessieplan.objects.get_or_create(
        trainer=trainer, titel="Bench", defaults={"thema": ThemaPage.objects.get(title="Lef"), "week": 10}
    )
    abonnement, _nieuw = AgendaAbonnement.objects.get_or_create(user=trainer)
    licentie = Licentie.objects.filter(houder=trainer).first()
    verslag = Eindverslag.objects.filter(traject__trainers=trainer).select_related("traject").first()
    bench_licentie = Licentie.objects.filter(houder__email__endswith="@bench.example").order_by("pk").last()

    def certificaat_verouderen():
        # Force a fresh render each time: the stored certificate no longer matches.
        Licentie.objects.filter(pk=licentie.pk).update(certificaat_kenmerk="")

    return [
        Meting("vloer: kale Wagtail-pagina (anoniem)", "anoniem", vloer.url, {}, "vloer"),
        Meting("vloer: kale Wagtail-pagina (ingelogd)", "trainer", vloer.url, {}, "vloer"),
        Meting("publieke startpagina", "anoniem", home.url, {}),
        Meting("handboek: themapagina", "trainer", ThemaPage.objects.get(title="Lef").url, {}),
        Meting(
            "bibliotheek met filters",
            "trainer",
            bieb,
            {"fase": "3", "setting": "groep", "duur": "11-20"},
        ),
        Meting("activiteitpagina", "trainer", ActiviteitPage.objects.live().order_by("pk").last().url, {}),
        Meting("planner", "trainer", reverse("planner_plan", args=[plan.pk]), {}),
        Meting("trainersdashboard", "trainer", reverse("dashboard"), {}),
        Meting("licentieoverzicht (kerngroep)", "kerngroep", reverse("licenties_overzicht:index"), {}),
        Meting(
            "licentieoverzicht, direct na een wijziging",
            "kerngroep",
            reverse("licenties_overzicht:index"),
            {},
            voorbereiden=lambda: versiecache.vernieuwen(tellingen.BRON),
        ),
        Meting("bereikrapport", "kerngroep", reverse("trajecten:bereik"), {}),
        Meting(
            "bereikrapport, direct na een wijziging",
            "kerngroep",
            reverse("trajecten:bereik"),
            {},
            voorbereiden=lambda: versiecache.vernieuwen(bereik.BRON),
        ),
        Meting("persoonlijke iCal-feed", "anoniem", reverse("agenda_feed", args=[abonnement.token]), {}),
        Meting(
            "verificatiepagina",
            "anoniem",
            reverse("licenties:verifieer", args=[bench_licentie.nummer]),
            {},
            kopregels=nieuw_adres,
        ),
        Meting(
            "certificaat-pdf (opnieuw gemaakt)",
            "trainer",
            reverse("licenties:certificaat", args=[licentie.pk]),
            {},
            "pdf",
            certificaat_verouderen,
        ),
        Meting(
            "eindverslag-pdf",
            "trainer",
            reverse("trajecten:eindverslag_pdf", args=[verslag.traject.code, verslag.versie]),
            {},
            "pdf",
        ),
    ]


def meten(metingen: list[Meting], clients: dict, herhalingen: int) -> dict:
    """p50/p95 per page, requested round-robin; the query count from one extra request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    tijden = {m.naam: [] for m in metingen}
    queries = {}
    for meting in metingen:
        for _ in range(3):
            meting.klaarzetten()
            meting.opvragen(clients)
    for _ in range(herhalingen):
        for meting in metingen:
            meting.klaarzetten()
            start = time.perf_counter()
            meting.opvragen(clients)
            tijden[meting.naam].append((time.perf_counter() - start) * 1000)
    for meting in metingen:
        meting.klaarzetten()
        with CaptureQueriesContext(connection) as vastgelegd:
            meting.opvragen(clients)
        queries[meting.naam] = len(vastgelegd.captured_queries)
    uitslag = {}
    for meting in metingen:
        reeks = tijden[meting.naam]
        uitslag[meting.naam] = {
            "p50": statistics.median(reeks),
            "p95": statistics.quantiles(reeks, n=20, method="inclusive")[18],
            "queries": queries[meting.naam],
        }
    return uitslag


def profiel(meting: Meting, clients: dict, herhalingen: int) -> None:
    """Where one page's time goes: the functions with the most time of their own, then cumulative."""
    import cProfile
    import pstats

    for _ in range(3):
        meting.klaarzetten()
        meting.opvragen(clients)
    profiler = cProfile.Profile()
    for _ in range(herhalingen):
        meting.klaarzetten()
        profiler.runcall(meting.opvragen, clients)
    statistieken = pstats.Stats(profiler)
    statistieken.sort_stats("tottime").print_stats(25)
    statistieken.sort_stats("cumulative").print_stats(40)
    # The project's own functions, where a fix would go (the benchmark's own frames left out).
    statistieken.sort_stats("cumulative").print_stats(rf"^{ROOT}/(?!benchmarks|\.venv)", 40)


def tabel(metingen: list[Meting], uitslag: dict) -> str:
    vloer = {
        "anoniem": uitslag["vloer: kale Wagtail-pagina (anoniem)"]["p50"],
        "ingelogd": uitslag["vloer: kale Wagtail-pagina (ingelogd)"]["p50"],
    }
    regels = [
        "| pagina | p50 ms | p95 ms | queries | × vloer | doel gehaald |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for meting in metingen:
        cijfers = uitslag[meting.naam]
        factor = cijfers["p50"] / vloer["anoniem" if meting.client == "anoniem" else "ingelogd"]
        if meting.soort == "vloer":
            doel = "—"
        elif meting.soort == "pdf":
            doel = "ja" if cijfers["p95"] <= PDF_P95_MS else f"nee (p95 > {PDF_P95_MS} ms)"
        else:
            missers = []
            if cijfers["p95"] > HTML_P95_MS:
                missers.append(f"p95 > {HTML_P95_MS} ms")
            if factor > HTML_X_VLOER:
                missers.append(f"> {HTML_X_VLOER}× vloer")
            doel = "ja" if not missers else "nee (" + ", ".join(missers) + ")"
        regels.append(
            f"| {meting.naam} | {cijfers['p50']:.1f} | {cijfers['p95']:.1f} | {cijfers['queries']} "
            f"| {factor:.1f} | {doel} |"
        )
    return "\n".join(regels)


def django_opzetten() -> None:
    import django
    from django.conf import settings

    settings.PRIVATE_MEDIA_ROOT = ROOT / "var" / "bench-private"
    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]


def omvang() -> str:
    from content.models import ActiviteitPage
    from licenties.models import Licentie
    from portal.models import User
    from trajecten.models import Bijeenkomst, Traject

    return (
        f"{User.objects.filter(groups__name='Trainer').count()} trainers, "
        f"{Licentie.objects.count()} licenties, {ActiviteitPage.objects.count()} activiteiten, "
        f"{Traject.objects.count()} trajecten, {Bijeenkomst.objects.count()} trajectbijeenkomsten"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schaal", type=float, default=1)
    parser.add_argument("--herhalingen", type=int, default=30)
    parser.add_argument("--bestaande-data", action="store_true", help="niet opnieuw opbouwen en zaaien")
    parser.add_argument("--basis-opnieuw", action="store_true", help="ook de basis (migrate + demo) opnieuw")
    parser.add_argument("--groei", action="store_true", help="de drie zwaarste pagina's op 1×, 10× en 100×")
    parser.add_argument("--groei-schalen", default="1,10,100")
    parser.add_argument("--groei-stap", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--profiel", metavar="PAGINA", help="profiel (cProfile) van één pagina, bestaande data"
    )
    args = parser.parse_args()
    args.bestaande_data = args.bestaande_data or bool(args.profiel)
    if args.groei_stap:
        groei_stap(args.groei_stap, args.herhalingen)
        return
    url = os.environ.get("DATABASE_URL", "")
    if "postgres" not in url:
        sys.exit("Zet DATABASE_URL op een (weggooi)database in PostgreSQL.")
    print(f"belasting van de machine: {belasting()}", flush=True)
    if args.groei:
        groei(url, args)
        return

    seed_schaal = seed_module()

    if not args.bestaande_data:
        database_herstellen(url, basis_opbouwen=args.basis_opnieuw)
    django_opzetten()
    if not args.bestaande_data:
        start = time.perf_counter()
        seed_schaal.alles(args.schaal)
        print(f"gezaaid in {time.perf_counter() - start:.0f} s", flush=True)
    if not args.bestaande_data:
        bewaren_als_1x(url)
    from django.test import Client

    clients = {"anoniem": Client(), "trainer": inloggen("trainer@demo.re-fit.example")}
    clients["kerngroep"] = inloggen("kerngroep@demo.re-fit.example")
    metingen = metingen_opzetten()
    if args.profiel:
        profiel(next(m for m in metingen if m.naam == args.profiel), clients, args.herhalingen)
        return
    uitslag = meten(metingen, clients, args.herhalingen)
    print(f"\nschaal {args.schaal:g}×: {omvang()}; {args.herhalingen} verzoeken per pagina")
    print(f"belasting na afloop: {belasting()}\n")
    print(tabel(metingen, uitslag))


def bewaren_als_1x(url: str) -> None:
    """Keep the freshly seeded database as `<name>_1x`: the growth run starts from a copy."""
    from django.db import connection

    connection.close()
    naam = urlparse(url).path.lstrip("/")
    kopie_van(url, bron=naam, doel=f"{naam}_1x")


def groei(url: str, args) -> None:
    """The heaviest pages at several multiples of the national scale, each in its own database.

    Every scale starts as a copy of the seeded 1× database (`<name>_1x`, left by a plain run),
    then multiplies in SQL only the tables those pages read: licences (the overview) and
    trajectories (the reach report); the trainer's dashboard reads the trainer's own records.
    """
    import json
    import subprocess

    naam = urlparse(url).path.lstrip("/")
    curve = {}
    for schaal in [int(s) for s in args.groei_schalen.split(",")]:
        db_url = url.rsplit("/", 1)[0] + f"/{naam}_groei{schaal}"
        kopie_van(url, bron=f"{naam}_1x", doel=f"{naam}_groei{schaal}")
        start = time.perf_counter()
        uitvoer = subprocess.run(  # noqa: S603 - this script itself, with fixed arguments
            [sys.executable, __file__, "--groei-stap", str(schaal), "--herhalingen", str(args.herhalingen)],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": db_url},
            capture_output=True,
            text=True,
            timeout=1800,
        )
        regels = [r for r in uitvoer.stdout.splitlines() if r.startswith("GROEI ")]
        if not regels:
            print(uitvoer.stdout[-2000:], uitvoer.stderr[-4000:])
            sys.exit(f"schaal {schaal}× mislukt")
        curve[schaal] = json.loads(regels[-1][6:])
        print(
            f"schaal {schaal}×: {curve[schaal]['omvang']} ({time.perf_counter() - start:.0f} s)", flush=True
        )
    schalen = sorted(curve)
    print(f"\nbelasting na afloop: {belasting()}\n")
    print("| pagina | " + " | ".join(f"{s}×: p50 / p95 ms, queries, × vloer" for s in schalen) + " |")
    print("|---|" + "---|" * len(schalen))
    for pagina in ZWAARSTE:
        cellen = []
        for s in schalen:
            c = curve[s]["paginas"][pagina]
            cellen.append(f"{c['p50']:.0f} / {c['p95']:.0f}, {c['queries']}, {c['factor']:.1f}×")
        print(f"| {pagina} | " + " | ".join(cellen) + " |")


def kopie_van(url: str, *, bron: str, doel: str) -> None:
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [bron]).fetchone():
            sys.exit(f"Eerst een gewone run (schaal 1): die laat {bron} achter.")
        conn.execute(f'DROP DATABASE IF EXISTS "{doel}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{doel}" TEMPLATE "{bron}"')


def vermenigvuldigen(model, factor: int, uniek: dict[str, str], waar: str, *, koppelingen: str = "") -> int:
    """Insert factor − 1 copies of the rows matching `waar` in one statement per table.

    `uniek` gives, per column that must differ, an SQL expression over the original row (`t`),
    the copy number `g` and the tables `koppelingen` joins in (e.g. the copied parent row).
    """
    from django.db import connection

    kolommen = [veld.column for veld in model._meta.concrete_fields if not veld.primary_key]
    selectie = ", ".join(uniek.get(kolom, f't."{kolom}"') for kolom in kolommen)
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{model._meta.db_table}" ({", ".join(f'"{k}"' for k in kolommen)}) '
            f'SELECT {selectie} FROM "{model._meta.db_table}" t CROSS JOIN generate_series(1, %s) g '
            f"{koppelingen} WHERE {waar}",
            [factor - 1],
        )
        toegevoegd = cursor.rowcount
        cursor.execute(f'ANALYZE "{model._meta.db_table}"')
        return toegevoegd


def groei_stap(schaal: int, herhalingen: int) -> None:
    import json

    django_opzetten()
    from django.test import Client

    from licenties.models import Licentie
    from portal.models import User
    from trajecten.models import Bijeenkomst, Traject

    if schaal > 1:
        # Licence numbers and trajectory codes stay unique and within their lengths.
        # Every copied licence gets its own copied holder, as in life (one licence per holder).
        vermenigvuldigen(
            User, schaal, {"email": "'g' || g || '-' || t.email"}, "t.email LIKE '%%@bench.example'"
        )
        vermenigvuldigen(
            Licentie,
            schaal,
            {
                "nummer": "t.nummer || '-' || g",
                "houder_id": "(SELECT k.id FROM portal_user k WHERE k.email = 'g' || g || '-' || "
                "(SELECT o.email FROM portal_user o WHERE o.id = t.houder_id))",
            },
            "t.nummer LIKE 'RF-%%' AND t.houder_id IN (SELECT id FROM portal_user WHERE email LIKE '%%@bench.example')",
        )
        kopiecode = "'V' || lpad(g::text, 3, '0') || substr({}.code, 3)"
        vermenigvuldigen(Traject, schaal, {"code": kopiecode.format("t")}, "t.code LIKE 'T-2%%'")
        # Each copied trajectory with its meetings, and with the copies of its trainers: the
        # country grows by more trainers with the same caseloads, not by busier trainers.
        naar_kopie = (
            "JOIN trajecten_traject o ON o.id = t.traject_id "
            f"JOIN trajecten_traject c ON c.code = {kopiecode.format('o')}"
        )
        vermenigvuldigen(
            Traject.trainers.through,
            schaal,
            {"traject_id": "c.id", "user_id": "k.id"},
            "o.code LIKE 'T-2%%'",
            koppelingen=naar_kopie + " JOIN portal_user u ON u.id = t.user_id "
            "JOIN portal_user k ON k.email = 'g' || g || '-' || u.email",
        )
        vermenigvuldigen(
            Bijeenkomst, schaal, {"traject_id": "c.id"}, "o.code LIKE 'T-2%%'", koppelingen=naar_kopie
        )
    clients = {"anoniem": Client(), "trainer": inloggen("trainer@demo.re-fit.example")}
    clients["kerngroep"] = inloggen("kerngroep@demo.re-fit.example")
    metingen = [m for m in metingen_opzetten() if m.soort == "vloer" or m.naam in ZWAARSTE]
    uitslag = meten(metingen, clients, herhalingen)
    vloer = uitslag["vloer: kale Wagtail-pagina (ingelogd)"]["p50"]
    paginas = {naam: {**uitslag[naam], "factor": uitslag[naam]["p50"] / vloer} for naam in ZWAARSTE}
    print("GROEI " + json.dumps({"omvang": omvang(), "paginas": paginas}))


if __name__ == "__main__":
    main()
