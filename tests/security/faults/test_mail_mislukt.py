"""A mail the server refuses is tried again later and, when it keeps failing, reported; never lost.

Real SMTP to a closed local port (nothing listens on port 1), the real database queue and
`db_worker`; time is moved on with time_machine to reach each next attempt.
"""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

import licenties.tasks
from licenties.models import MeldingSoort
from licenties.services import dag_aanmelden
from portal.mail import MAIL_WACHTTIJDEN
from portal.models import UitgaandeMail
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.portal.factories import UserFactory, activate_totp
from tests.security.faults.werker import DICHTE_POORT, WERKENDE_MAIL, taken_via_database

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

TAAK = "licenties.tasks.send_dag_aangemeld_mail"
# Seconds past each due moment: the worker runs with a ticking clock on a busy machine.
MARGE = 30


@pytest.fixture
def aangemeld(settings, monkeypatch):
    """A trainer registered for a day; the confirmation mail waits in the queue, the server is down."""
    licentie = LicentieFactory()
    taken_via_database(monkeypatch, settings, licenties.tasks)
    settings.MAILERS = DICHTE_POORT
    dag_aanmelden(dag=ProfessionaliseringsdagFactory(), door=licentie.houder)
    assert DBTaskResult.objects.filter(task_path=TAAK).count() == 1
    return licentie.houder


def werker_draaien(op):
    with time_machine.travel(op, tick=True):
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def melding():
    return UitgaandeMail.objects.filter(soort=f"licenties.{MeldingSoort.DAG_AANGEMELD}").first()


def test_a_mail_the_server_refuses_is_sent_on_a_later_attempt_exactly_once(aangemeld, settings):
    start = timezone.now()
    werker_draaien(start)
    werker_draaien(start + timedelta(seconds=MAIL_WACHTTIJDEN[0] + MARGE))
    pogingen = DBTaskResult.objects.filter(task_path=TAAK)
    assert pogingen.count() == 3  # two failed attempts, a third waiting
    assert pogingen.ready().count() == 0  # not yet due: it waits MAIL_WACHTTIJDEN[1]
    assert melding() is None or melding().verstuurd_op is None

    settings.MAILERS = WERKENDE_MAIL  # the mail server is back
    werker_draaien(start + timedelta(seconds=MAIL_WACHTTIJDEN[0] + MAIL_WACHTTIJDEN[1] + 2 * MARGE))
    werker_draaien(start + timedelta(seconds=sum(MAIL_WACHTTIJDEN) + 3 * MARGE))  # nothing left to do

    assert [bericht.to for bericht in mail.outbox] == [[aangemeld.email]]
    assert melding().verstuurd_op is not None
    assert pogingen.count() == 3
    assert not pogingen.exclude(status="SUCCESSFUL").exists()


def test_a_mail_that_keeps_failing_ends_as_a_failed_task_the_kerngroep_sees(aangemeld, client):
    start = timezone.now()
    werker_draaien(start)
    wachttijd = 0
    for wachten in MAIL_WACHTTIJDEN:
        wachttijd += wachten + MARGE
        werker_draaien(start + timedelta(seconds=wachttijd))

    pogingen = DBTaskResult.objects.filter(task_path=TAAK)
    assert pogingen.count() == len(MAIL_WACHTTIJDEN) + 1
    mislukt = pogingen.get(status="FAILED")
    assert mislukt.exception_class_path == "builtins.ConnectionRefusedError"
    assert mislukt.args_kwargs["kwargs"]["poging"] == len(MAIL_WACHTTIJDEN) + 1
    assert melding() is None or melding().verstuurd_op is None  # not marked sent: it can be sent later
    assert mail.outbox == []

    kerngroep = UserFactory(roles=["kerngroep"])
    activate_totp(kerngroep)
    client.force_login(kerngroep)
    rapport = client.get("/admin/rapporten/mislukte-taken/")
    assert rapport.status_code == 200
    inhoud = rapport.content.decode()
    assert "send_dag_aangemeld_mail" in inhoud and "ConnectionRefusedError" in inhoud
    assert aangemeld.email not in inhoud and aangemeld.last_name not in inhoud


def test_only_the_kerngroep_sees_the_failed_tasks(client):
    trainer = UserFactory(roles=["trainer"])
    activate_totp(trainer)
    client.force_login(trainer)

    assert client.get("/admin/rapporten/mislukte-taken/").status_code in (302, 403)
