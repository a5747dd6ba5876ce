"""The load test: the portal as production runs it, under ten times the expected national use.

Creates its own PostgreSQL database (refit_load) and uses Redis database 8, migrates, loads the
demo data plus 1,000 trainers (benchmarks/load/zaaien.py), collects static files, starts the task
worker and gunicorn (deploy/gunicorn.conf.py, portal.settings.production, one trusted proxy as
behind nginx), runs locust headless (benchmarks/load/locustfile.py), prints the figures per
endpoint, checks the thresholds, stops everything and drops the database. Loopback only.

    python3 -m uv run --frozen python benchmarks/load/run.py            # full: 5 minutes measured
    python3 -m uv run --frozen python benchmarks/load/run.py --short    # CI: under a minute of load

Exit code 0 when every threshold holds; 1 otherwise (the figures are printed either way).
The derivation of the target is in benchmarks/README.md ("Belastingstest").
"""

import argparse
import base64
import csv
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DB = "refit_load"
REDIS_DB = 8
HOST = "portaal.re-fit.example"

# Ten times the expected peak hour (README, "Belastingstest"): 2,630 requests an hour, 0.73 a second.
DOEL_PER_S = 7.3
# 40 trainers, 2 kerngroep members and 7 public visitors at a time (the weights in the locustfile)
# make that rate with their reading time of 5–15 s between pages: 1,000 trainer visits an hour.
GEBRUIKERS = 49
# Every new trainer logs in first (PBKDF2, 1.5 million rounds: the heaviest request there is).
# Starting users as fast as visits start in the steady state (49 users / ~2 min a visit) keeps
# the start from becoming a login storm; the figures are taken after everyone has started.
# The short variant (CI) starts all users in 49 s: their logins (one password hash each) overlap
# the minute measured, so its p99 is the login storm's; the full run's bound is the real one.
# The rate's lower bound is a share of the target: reading times are random, so the number of
# requests in the measured window is too. Over 300 s (~2,200 requests) it varies by ~2 %, so the
# full run holds 90 %. Over the short variant's window it varies by ~7 % (CI measured 8.26, 7.03,
# 7.30 and 6.56/s in 30 s, the last with p99 290 ms and no error: chance, not a slow server), so it
# measures 60 s and holds 80 %; a server that cannot keep up shows in errors, p99 and a far lower rate.
VARIANTEN = {
    "full": {"aanloop_per_s": 0.5, "meten_s": 300, "p99_grens_ms": 2000, "ondergrens_deel": 0.9},
    "short": {"aanloop_per_s": 1.0, "meten_s": 60, "p99_grens_ms": 5000, "ondergrens_deel": 0.8},
}

PG = ["-h", "127.0.0.1", "-U", "postgres"]


def stap(tekst: str, begin: float) -> None:
    print(f"--- {tekst} ({time.monotonic() - begin:.0f} s)", flush=True)


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def omgeving(werkmap: Path, poort: int) -> dict:
    """The environment of /etc/refit/refit.env (as .ci/production-smoke), with fresh secrets."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "REFIT_IDENTITEIT_SLEUTELS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DB}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "REDIS_SESSIONS": "true",
        "ALLOWED_HOSTS": HOST,
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
        "DEFAULT_FROM_EMAIL": "Re-Fit portaal <noreply@re-fit.example>",
        "REFIT_VAR_DIR": str(werkmap / "var"),
        "GUNICORN_BIND": f"127.0.0.1:{poort}",
        "LOG_FORMAT": "json",
        # nginx in front: one proxy adds to X-Forwarded-For (docs/deployment.md).
        "TRUSTED_PROXY_COUNT": "1",
        "LOAD_WACHTWOORD": secrets.token_urlsafe(18),
        "LOAD_PLAN": str(werkmap / "plan.json"),
        "LOAD_HOST": HOST,
    }


def client(*args: str, check: bool = True) -> None:
    """The PostgreSQL and Redis command-line clients, with this script's fixed arguments."""
    subprocess.run(args, check=check, capture_output=True)  # noqa: S603 - fixed commands, no input


def redis_leegmaken(*, check: bool = True) -> None:
    client("redis-cli", "-n", str(REDIS_DB), "flushdb", check=check)


def database_weg(*, check: bool = True) -> None:
    client("dropdb", *PG, "--if-exists", DB, check=check)


def database_opnieuw() -> None:
    database_weg()
    client("createdb", *PG, "--template=template0", "--encoding=UTF8", "--locale=C.UTF-8", DB)


class Processen:
    """The processes this run started; `stoppen` ends exactly those (SIGTERM, then SIGKILL)."""

    def __init__(self):
        self.lopend: list[subprocess.Popen] = []

    def start(self, args, *, env, log: Path) -> subprocess.Popen:
        # In this process group: `timeout` (.ci/load-short) signals the whole group, so even if this
        # script is killed before it cleans up, gunicorn, the worker and the setup stop with it.
        proces = subprocess.Popen(  # noqa: S603 - this script's own commands
            args, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
        )
        self.lopend.append(proces)
        return proces

    def stoppen(self) -> None:
        for proces in self.lopend:
            if proces.poll() is None:
                proces.terminate()
        for proces in self.lopend:
            try:
                proces.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proces.kill()
                proces.wait()
        self.lopend.clear()


def wachten_op_gunicorn(basis: str, web: subprocess.Popen, *, seconden: int = 300) -> None:
    verzoek = urllib.request.Request(f"{basis}/gezondheid/", headers={"Host": HOST})  # noqa: S310 - loopback
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if web.poll() is not None:
            raise RuntimeError("gunicorn is gestopt")
        try:
            # One patient probe: each abandoned one would stay in gunicorn's queue and slow the start.
            with urllib.request.urlopen(verzoek, timeout=60) as antwoord:  # noqa: S310 - http on loopback
                if antwoord.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn antwoordt niet binnen {seconden} s")


def cijfers(csv_pad: Path) -> list[dict]:
    with csv_pad.open() as f:
        return list(csv.DictReader(f))


def tabel(rijen: list[dict]) -> str:
    """Requests, rate, p50/p95/p99 and errors per endpoint, the total last (markdown)."""
    uit = [
        "| endpoint | verzoeken | per s | p50 ms | p95 ms | p99 ms | fouten |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for rij in sorted(rijen, key=lambda r: (r["Name"] == "Aggregated", r["Name"])):
        naam = "**totaal**" if rij["Name"] == "Aggregated" else f"{rij['Type']} {rij['Name']}"
        uit.append(
            f"| {naam} | {rij['Request Count']} | {float(rij['Requests/s']):.2f} | {rij['50%']} | "
            f"{rij['95%']} | {rij['99%']} | {rij['Failure Count']} |"
        )
    return "\n".join(uit)


def drempels(
    rijen: list[dict], *, uitzonderingen: int, doel: float, p99_grens: int, ondergrens: float
) -> list[str]:
    """The thresholds that did not hold (empty: all held)."""
    totaal = next(r for r in rijen if r["Name"] == "Aggregated")
    mislukt = []
    if int(totaal["Failure Count"]):
        mislukt.append(f"{totaal['Failure Count']} fouten (moet 0 zijn)")
    if uitzonderingen:
        mislukt.append(f"{uitzonderingen} keer een uitzondering in een locust-gebruiker (moet 0 zijn)")
    if int(totaal["Request Count"]) == 0:
        mislukt.append("geen verzoeken gemeten")
    elif float(totaal["99%"]) > p99_grens:
        mislukt.append(f"p99 {totaal['99%']} ms (grens {p99_grens} ms)")
    if float(totaal["Requests/s"]) < ondergrens:
        mislukt.append(
            f"{float(totaal['Requests/s']):.2f} verzoeken/s (doel {doel}, ondergrens {ondergrens:.2f})"
        )
    return mislukt


def afbreken(*_signaal) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="CI: under a minute of load")
    parser.add_argument("--gebruikers", type=int, default=GEBRUIKERS)
    parser.add_argument("--meten", type=int, help="seconds measured after all users started")
    parser.add_argument("--p99-grens", type=int, help="ms (default: the variant's bound)")
    args = parser.parse_args()
    variant = VARIANTEN["short" if args.short else "full"]
    meten_s = args.meten or variant["meten_s"]
    args.p99_grens = args.p99_grens or variant["p99_grens_ms"]
    aanloop_s = args.gebruikers / variant["aanloop_per_s"]

    # `timeout` and Ctrl-C stop the run through the cleanup below; a second signal (uv passes
    # SIGTERM on while `timeout` also sends it to the group) must not break off the cleanup.
    signal.signal(signal.SIGTERM, afbreken)
    signal.signal(signal.SIGINT, afbreken)
    begin = time.monotonic()
    werkmap = Path(tempfile.mkdtemp(prefix="refit-load-"))
    poort = vrije_poort()
    basis = f"http://127.0.0.1:{poort}"
    env = omgeving(werkmap, poort)
    processen = Processen()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} (1 min)", flush=True)
    try:
        stap("PostgreSQL-database refit_load, Redis-database 8", begin)
        database_opnieuw()
        redis_leegmaken()

        stap("migrate, demo_data, 1.000 trainers; collectstatic ernaast", begin)
        zaaien = processen.start(
            [sys.executable, "benchmarks/load/zaaien.py", env["LOAD_PLAN"]],
            env=env,
            log=werkmap / "zaaien.log",
        )
        statisch = processen.start(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            env=env,
            log=werkmap / "collectstatic.log",
        )
        for naam, proces in (("zaaien", zaaien), ("collectstatic", statisch)):
            if proces.wait() != 0:
                raise RuntimeError(f"{naam} mislukt:\n{(werkmap / f'{naam}.log').read_text()[-3000:]}")
        processen.lopend.clear()
        for regel in (werkmap / "zaaien.log").read_text().splitlines():
            if regel.startswith(("    ", "gezaaid")):  # the steps' timings, not Wagtail's log
                print(regel, flush=True)

        stap("task worker en gunicorn", begin)
        processen.start(
            [sys.executable, "manage.py", "db_worker", "--no-startup-delay"],
            env=env,
            log=werkmap / "worker.log",
        )
        web = processen.start(
            [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py", "portal.wsgi"],
            env=env,
            log=werkmap / "web.log",
        )
        wachten_op_gunicorn(basis, web)

        looptijd = int(aanloop_s + meten_s)
        stap(
            f"locust: {args.gebruikers} gebruikers, {variant['aanloop_per_s']}/s erbij "
            f"({aanloop_s:.0f} s), dan {meten_s} s gemeten",
            begin,
        )
        load_voor = os.getloadavg()[0]
        locust_args = [
            *("-f", "benchmarks/load/locustfile.py", "--headless", "--only-summary", "--reset-stats"),
            *("-u", str(args.gebruikers), "-r", str(variant["aanloop_per_s"]), "-t", f"{looptijd}s"),
            *("--host", basis, "--csv", str(werkmap / "locust"), "--exit-code-on-error", "0"),
        ]
        locust = subprocess.run(  # noqa: S603 - this script's own command
            [sys.executable, "-m", "locust", *locust_args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=looptijd + 120,
        )
        if locust.returncode != 0:
            raise RuntimeError(f"locust mislukt:\n{locust.stderr[-3000:]}")
        print(
            f"load average tijdens de test: {load_voor:.2f} bij de start, {os.getloadavg()[0]:.2f} aan het eind"
        )

        rijen = cijfers(werkmap / "locust_stats.csv")
        print()
        print(tabel(rijen))
        te_vaak = sum(int(r["Request Count"]) for r in rijen if r["Name"].endswith("[429]"))
        print(f"\n429 van de verificatielimiet (apart geteld, geen fout): {te_vaak}")
        for fout in cijfers(werkmap / "locust_failures.csv")[:20]:
            print(f"  fout: {fout['Occurrences']}× {fout['Method']} {fout['Name']}: {fout['Error']}")
        uitzonderingen = cijfers(werkmap / "locust_exceptions.csv")
        for uitzondering in uitzonderingen[:5]:
            print(
                f"  uitzondering: {uitzondering['Count']}× {uitzondering['Message']}\n{uitzondering['Traceback']}"
            )

        mislukt = drempels(
            rijen,
            uitzonderingen=sum(int(u["Count"]) for u in uitzonderingen),
            doel=DOEL_PER_S,
            p99_grens=args.p99_grens,
            ondergrens=variant["ondergrens_deel"] * DOEL_PER_S,
        )
        print(
            f"\ndrempels: 0 fouten, p99 ≤ {args.p99_grens} ms, "
            f"≥ {variant['ondergrens_deel'] * DOEL_PER_S:.2f} verzoeken/s"
        )
        for regel in mislukt:
            print(f"  NIET GEHAALD: {regel}")
        stap("klaar" if not mislukt else "drempels niet gehaald", begin)
        return 1 if mislukt else 0
    except (RuntimeError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as fout:
        print(f"belastingstest: {fout}", file=sys.stderr)
        for log in sorted(werkmap.glob("*.log")):
            print(f"== {log.name}\n{log.read_text()[-2000:]}", file=sys.stderr)
        return 1
    finally:
        processen.stoppen()
        database_weg(check=False)
        redis_leegmaken(check=False)
        shutil.rmtree(werkmap, ignore_errors=True)
        print(f"opgeruimd: processen gestopt, {DB} verwijderd, Redis {REDIS_DB} geleegd", flush=True)


if __name__ == "__main__":
    sys.exit(main())
