"""A real `manage.py db_worker` in a subprocess against the test database, and the mail it wrote."""

import email
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.db import connection

MANAGE = Path(settings.BASE_DIR) / "manage.py"
SCHEIDING = b"-" * 79


def database_url(naam: str | None = None) -> str:
    instelling = connection.settings_dict
    gebruiker = instelling["USER"] or "postgres"
    wachtwoord = f":{instelling['PASSWORD']}" if instelling["PASSWORD"] else ""
    poort = instelling["PORT"] or "5432"
    return f"postgres://{gebruiker}{wachtwoord}@{instelling['HOST']}:{poort}/{naam or instelling['NAME']}"


def omgeving(*, mailmap: Path, **anders) -> dict[str, str]:
    """The environment of a subprocess: this test's database and media directories, unless overridden."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.security.faults.werker_settings",
        "DATABASE_URL": database_url(),
        "REFIT_TEST_MAILMAP": str(mailmap),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        **anders,
    }


def werker_starten(*, werker_id: str, mailmap: Path, batch: bool = False) -> subprocess.Popen:
    """Start `db_worker` with a fixed worker id, as deploy/refit-worker.service does."""
    opdracht = [sys.executable, str(MANAGE), "db_worker", "--no-startup-delay", "--no-reload"]
    opdracht += ["--worker-id", werker_id, "--interval", "0.2", "--verbosity", "0"]
    if batch:
        opdracht.append("--batch")
    return subprocess.Popen(opdracht, env=omgeving(mailmap=mailmap), cwd=settings.BASE_DIR)


def verstuurde_mails(mailmap: Path) -> list[email.message.Message]:
    """Every message the file backend wrote, whole messages only."""
    berichten = []
    for bestand in sorted(mailmap.glob("*.log")):
        for deel in bestand.read_bytes().split(SCHEIDING):
            if deel.strip():
                berichten.append(email.message_from_bytes(deel.strip(b"\n")))
    return berichten


def ontvangers(mailmap: Path) -> Counter:
    return Counter(bericht["To"] for bericht in verstuurde_mails(mailmap))


DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Real SMTP to a closed local port (nothing listens on port 1): the mail server is down.
DICHTE_POORT = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": 1, "timeout": 2},
    }
}
WERKENDE_MAIL = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def taken_via_database(monkeypatch, settings, *modules) -> None:
    """Queue tasks in the database, as in production, instead of running them at once.

    A task takes its class from the backend configured when it is defined (the immediate one
    under the test settings), so every task in `modules` is defined again for the database, and
    so is Wagtail's reference-index task, which saving an indexed model (an invitation, an
    application) queues.
    """
    import wagtail.signal_handlers
    import wagtail.tasks
    from django_tasks import task
    from django_tasks.base import Task

    settings.TASKS = DATABASE_TASKS
    for module in (*modules, wagtail.tasks, wagtail.signal_handlers):
        for naam, waarde in list(vars(module).items()):
            if isinstance(waarde, Task):
                opnieuw = task(priority=waarde.priority, queue_name=waarde.queue_name)(waarde.func)
                monkeypatch.setattr(module, naam, opnieuw)
