"""Every mail task of the portal: queued in its service's transaction, retried when the mail server fails.

One case per mail task of cursus, intervisie, trajecten and the invitations (and one of the licences, whose
guarantees these copy): the service that queues it, with tasks waiting in the database as in
production (`portal.taken.na_commit_inplannen`), then the task run by hand, first against a mail
server that refuses (`portal.mail.opnieuw_bij_mailfout`), then against one that works, twice.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

import cursus.tasks
import intervisie.tasks
import licenties.tasks
import portal.accounts.tasks
import trajecten.tasks
from cursus.choices import Beoordeling
from cursus.services.aanmelden import (
    aanmelding_aanvragen,
    aanmelding_afmelden,
    aanmelding_afwijzen,
    aanmelding_indienen,
)
from cursus.services.meldingen import herinneringen_plannen
from intervisie.services.bijeenkomsten import bijeenkomst_annuleren
from intervisie.services.groepen import lid_toevoegen
from licenties.services import dag_aanmelden
from portal.accounts.services import uitnodiging_versturen
from portal.mail import MAIL_WACHTTIJDEN
from portal.roles import Role
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, aanvraag, bijeenkomsten
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, trainer
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.portal.factories import UserFactory
from tests.security.faults.werker import DICHTE_POORT, WERKENDE_MAIL, taken_via_database
from tests.trajecten import factories as trajectfactories
from trajecten.services.bewaren import traject_laten_vervallen

pytestmark = pytest.mark.django_db

TAAKMODULES = (cursus.tasks, intervisie.tasks, licenties.tasks, portal.accounts.tasks, trajecten.tasks)


@dataclass(frozen=True)
class Geval:
    """A mail task and how to get it queued: `opzet()` builds the world and returns the service call."""

    taak: str
    opzet: Callable[[], Callable[[], object]]


def uitnodiging():
    kerngroep = UserFactory(roles=["kerngroep"])
    return lambda: uitnodiging_versturen(
        email="nieuw@school.nl", voornaam="Noor", achternaam="Nieuw", rol=Role.TRAINER, door=kerngroep
    )


def aanmelding_ontvangen():
    ronde, persoon = CursusrondeFactory(), UserFactory()
    return lambda: aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=persoon)


def besluit():
    aanmelding, kerngroep = AanmeldingFactory(beoordeling=Beoordeling.OPEN), UserFactory(roles=["kerngroep"])
    return lambda: aanmelding_afwijzen(aanmelding=aanmelding, reden="De ronde is vol.", door=kerngroep)


def plaatsaanbod():
    ronde = CursusrondeFactory(capaciteit=1)
    eerste, _wachtende = (
        aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=UserFactory()) for _ in range(2)
    )
    return lambda: aanmelding_afmelden(aanmelding=eerste, door=eerste.user)


def herinnering():
    deelnemer = AanmeldingFactory()
    lesdag = bijeenkomsten(deelnemer.cursusronde)[0]
    return lambda: herinneringen_plannen(op=lesdag.datum - timedelta(days=7))


def indeling():
    groep, nieuw, kerngroep = IntervisiegroepFactory(), trainer(), UserFactory(roles=["kerngroep"])
    return lambda: lid_toevoegen(groep=groep, user=nieuw, door=kerngroep)


def intervisie_geannuleerd():
    bijeenkomst, kerngroep = BijeenkomstFactory(), UserFactory(roles=["kerngroep"])
    lid(bijeenkomst.groep, trainer())
    return lambda: bijeenkomst_annuleren(bijeenkomst=bijeenkomst, door=kerngroep)


def dag_aangemeld():
    dag, houder = ProfessionaliseringsdagFactory(), LicentieFactory().houder
    return lambda: dag_aanmelden(dag=dag, door=houder)


def adresbevestiging():
    ronde = CursusrondeFactory()
    return lambda: aanmelding_aanvragen(
        cursusronde=ronde, aanvraag=aanvraag(), email="nieuw@school.nl", voornaam="Noor", achternaam="Nieuw"
    )


def traject_vervallen():
    school = trajectfactories.school()
    trajectfactories.trainer(organisatie=school, coordinator=True)
    stil = timezone.localdate() - timedelta(days=400)
    traject = trajectfactories.TrajectFactory(school=school, laatste_activiteit_op=stil, vernietigen_op=stil)
    return lambda: traject_laten_vervallen(traject=traject)


GEVALLEN = [
    Geval("portal.accounts.tasks.send_uitnodiging_mail", uitnodiging),
    Geval("portal.accounts.tasks.send_adresbevestiging_mail", adresbevestiging),
    Geval("cursus.tasks.send_aanmelding_ontvangen_mail", aanmelding_ontvangen),
    Geval("cursus.tasks.send_besluit_mail", besluit),
    Geval("cursus.tasks.send_plaatsaanbod_mail", plaatsaanbod),
    Geval("cursus.tasks.send_melding_mail", herinnering),
    Geval("intervisie.tasks.send_indeling_mail", indeling),
    Geval("intervisie.tasks.send_wijziging_mail", intervisie_geannuleerd),
    Geval("licenties.tasks.send_dag_aangemeld_mail", dag_aangemeld),
    Geval("trajecten.tasks.send_vervallen_mail", traject_vervallen),
]


@pytest.fixture(params=GEVALLEN, ids=lambda geval: geval.taak)
def geval(request):
    return request.param


@pytest.fixture
def dienst(geval, settings, monkeypatch):
    """The case's service, with its world built first (any mail that queues is never sent)."""
    aanroep = geval.opzet()
    taken_via_database(monkeypatch, settings, *TAAKMODULES)
    mail.outbox.clear()
    return aanroep


def rijen(taak: str):
    return DBTaskResult.objects.filter(task_path=taak)


def uitvoeren(rij: DBTaskResult) -> None:
    """What the worker does with a row: call the task with the row's arguments."""
    import_string(rij.task_path).call(*rij.args_kwargs["args"], **rij.args_kwargs["kwargs"])


def test_every_mail_task_retries_on_mail_failure_and_has_a_case_here():
    """A new mail task joins the cases above, so both guarantees are checked for it too."""
    mailtaken = {
        f"{module.__name__}.{naam}"
        for module in TAAKMODULES
        for naam, waarde in vars(module).items()
        if naam.startswith("send_") and hasattr(waarde, "enqueue")
    }
    for taak in mailtaken:
        assert getattr(import_string(taak).func, "opnieuw_bij_mailfout", False), taak
    # The licence tasks have their own tests (tests/security/faults/test_mail_mislukt.py); one is here.
    buiten_licenties = {taak for taak in mailtaken if not taak.startswith("licenties.")}
    assert buiten_licenties <= {geval.taak for geval in GEVALLEN}


def test_the_mail_task_is_written_in_the_services_transaction_and_rolled_back_with_it(geval, dienst):
    with transaction.atomic():
        dienst()
        # Before any commit: the row is part of the service's transaction, not an on_commit hook.
        assert rijen(geval.taak).filter(status=TaskResultStatus.READY).exists()
        transaction.set_rollback(True)

    assert not rijen(geval.taak).exists()


def test_a_mail_the_server_refuses_is_queued_again_and_later_sent_exactly_once(geval, dienst, settings):
    dienst()
    eerste = rijen(geval.taak).get()

    settings.MAILERS = DICHTE_POORT
    uitvoeren(eerste)  # does not raise: this attempt is over, the next one is queued

    opnieuw = rijen(geval.taak).exclude(pk=eerste.pk).get()
    assert opnieuw.status == TaskResultStatus.READY
    assert opnieuw.args_kwargs["kwargs"] == {**eerste.args_kwargs["kwargs"], "poging": 2}
    assert opnieuw.run_after > timezone.now() + timedelta(seconds=MAIL_WACHTTIJDEN[0] - 10)
    assert mail.outbox == []

    settings.MAILERS = WERKENDE_MAIL  # the mail server is back
    uitvoeren(opnieuw)
    uitvoeren(opnieuw)  # run twice (a worker killed after sending): nothing goes twice

    assert len(mail.outbox) == 1
    assert rijen(geval.taak).count() == 2  # no further attempt queued
