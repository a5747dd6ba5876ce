"""Rule 'SQLite als echte ingebedde database': the demo's web server and task worker work side by side.

`make demo` runs `runserver` and `db_worker` on one SQLite file. SQLite allows one writer at a
time; without WAL a reader blocks the writer, and a transaction that reads first and writes later
gets "database is locked" at once instead of waiting (issue 18, finding 6). Here the real demo
settings (`portal.settings.demo`) run on a file database: a threaded `runserver` takes
concurrent requests that write (new session plans, session activity) while a real `db_worker`
works through a queue that a third process fills. No response may be a 500, no task may fail,
and neither log may mention a locked database.
"""

import http.client
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from content.models import Onderdeel
from content.models.activiteiten import Aanpak, Setting
from tests.browser import portaal_inrichten
from tests.content.factories import klein_kompas
from tests.portal.factories import UserFactory
from tests.wachten import wacht_tot

pytestmark = pytest.mark.django_db(transaction=True)

MANAGE = Path(settings.BASE_DIR) / "manage.py"
GEBRUIKERS = 4
VERZOEKEN_PER_GEBRUIKER = 8
TAKEN = 40
TAKENTABEL = "django_tasks_database_dbtaskresult"


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def demo_omgeving(database: Path) -> dict[str, str]:
    """`make demo`'s settings on this test's database file (the test's key: its sessions stay valid)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.demo",
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": settings.SECRET_KEY,
        "PYTHONUNBUFFERED": "1",
    }


def starten(opdracht: list[str], database: Path, log: Path) -> subprocess.Popen:
    uit = log.open("wb")
    return subprocess.Popen(
        [sys.executable, str(MANAGE), *opdracht],
        env=demo_omgeving(database),
        cwd=settings.BASE_DIR,
        stdout=uit,
        stderr=subprocess.STDOUT,
    )


def taakstatussen(database: Path) -> dict[str, int]:
    with sqlite3.connect(database, timeout=30) as db:
        return dict(db.execute(f"SELECT status, count(*) FROM {TAKENTABEL} GROUP BY status").fetchall())  # noqa: S608


class Bezoeker(threading.Thread):
    """A logged-in reader of the manual, over and over: a new session plan, a proposed activity (a
    page and its workflow, written in one transaction after reading the library) and the list."""

    def __init__(self, poort: int, sessie: str, voorstel: dict):
        super().__init__(daemon=True)
        self.poort, self.sessie, self.csrf = poort, sessie, secrets.token_hex(16)
        self.voorstel = voorstel
        self.statussen: list[tuple[str, int]] = []

    def verzoek(self, methode: str, pad: str, velden: dict | None = None) -> None:
        verbinding = http.client.HTTPConnection("127.0.0.1", self.poort, timeout=120)
        headers = {"Cookie": f"sessionid={self.sessie}; csrftoken={self.csrf}"}
        body = None
        if velden is not None:
            body = urlencode({**velden, "csrfmiddlewaretoken": self.csrf})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            verbinding.request(methode, pad, body=body, headers=headers)
            self.statussen.append((f"{methode} {pad}", verbinding.getresponse().status))
        finally:
            verbinding.close()

    def run(self):
        for n in range(VERZOEKEN_PER_GEBRUIKER):
            self.verzoek("POST", "/kompas/planner/nieuw/", {"titel": f"Plan {n}", "soort": "individueel"})
            titel = f"Voorstel {self.name} {n}"
            self.verzoek("POST", "/kompas/activiteiten/voorstellen/", {**self.voorstel, "titel": titel})
            self.verzoek("GET", "/kompas/planner/")


def alles_afgehandeld(database: Path) -> dict[str, int] | None:
    statussen = taakstatussen(database)
    if sum(statussen.values()) >= TAKEN and set(statussen) <= {"SUCCESSFUL", "FAILED"}:
        return statussen
    return None


@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="about SQLite, the demo database"
)
def test_web_server_and_task_worker_together_on_sqlite_never_give_database_is_locked(tmp_path):
    # A manual with a library and four readers, in this test's database, copied into a file. The test
    # is transactional: an earlier one may have emptied the database, Wagtail's root page included.
    portaal_inrichten()
    kompas = klein_kompas()
    voorstel = {
        "korte_beschrijving": "Samen de week tekenen.",
        "doel": "Overzicht",
        "themas": kompas["erkenning"].pk,
        "onderdelen": Onderdeel.objects.values_list("pk", flat=True).first(),
        "setting": Setting.values[0],
        "duur": "20",
        "aanpak": Aanpak.values[0],
        "stappen": "Teken de week.",
    }
    sessies = []
    for n in range(GEBRUIKERS):
        client = Client()
        client.force_login(UserFactory(roles=["cursist"], email=f"lezer{n}@school.nl"))
        sessies.append(client.cookies["sessionid"].value)
    database = tmp_path / "demo.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(database) as bestand:
        connection.connection.backup(bestand)

    poort = vrije_poort()
    server = starten(["runserver", f"127.0.0.1:{poort}", "--noreload"], database, tmp_path / "server.log")
    werker = starten(
        ["db_worker", "--no-startup-delay", "--no-reload", "--interval", "0.1"],
        database,
        tmp_path / "werker.log",
    )
    vuller = starten(
        [
            "shell",
            "-c",
            f"from portal.tasks import prune_task_results as t\nfor _ in range({TAKEN}): t.enqueue()",
        ],
        database,
        tmp_path / "vuller.log",
    )
    bezoekers = [Bezoeker(poort, sessie, voorstel) for sessie in sessies]
    try:
        wacht_tot(lambda: server_antwoordt(poort), "de webserver antwoordt")
        for bezoeker in bezoekers:
            bezoeker.start()
        for bezoeker in bezoekers:
            bezoeker.join()
        assert vuller.wait(timeout=300) == 0, (tmp_path / "vuller.log").read_text()
        afgehandeld = wacht_tot(lambda: alles_afgehandeld(database), "de werker heeft elke taak afgehandeld")
    finally:
        for proces in (server, werker, vuller):
            proces.terminate()
        for proces in (server, werker, vuller):
            proces.wait(timeout=60)

    logs = {
        naam: (tmp_path / f"{naam}.log").read_text("utf-8", "replace")
        for naam in ("server", "werker", "vuller")
    }
    statussen = [status for bezoeker in bezoekers for status in bezoeker.statussen]
    assert len(statussen) == GEBRUIKERS * VERZOEKEN_PER_GEBRUIKER * 3
    assert [s for s in statussen if s[1] >= 500] == [], logs["server"][-3000:]
    assert {status for _verzoek, status in statussen} <= {200, 302}, statussen
    for naam, log in logs.items():
        assert "database is locked" not in log, f"{naam}: {log[-3000:]}"
    assert set(afgehandeld) == {"SUCCESSFUL"}, logs["werker"][-3000:]
    with sqlite3.connect(database) as db:
        for tabel in ("content_sessieplan", "content_activiteitpage"):
            aantal = db.execute(f"SELECT count(*) FROM {tabel} WHERE 1").fetchone()[0]  # noqa: S608
            assert aantal >= GEBRUIKERS * VERZOEKEN_PER_GEBRUIKER, tabel


def server_antwoordt(poort: int) -> bool:
    try:
        verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=5)
        verbinding.request("GET", "/account/login/")
        return verbinding.getresponse().status < 500
    except OSError:
        return False
