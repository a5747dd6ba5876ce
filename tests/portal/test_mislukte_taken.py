"""'Opnieuw proberen' in the kerngroep's report Mislukte taken: the same task and arguments, queued again."""

import uuid

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

import licenties.tasks
import portal.accounts.tasks
from portal.accounts.services import uitnodiging_versturen
from portal.mail import MAIL_WACHTTIJDEN
from portal.roles import Role
from tests.portal.factories import UserFactory, activate_totp
from tests.security.faults.werker import taken_via_database

pytestmark = pytest.mark.django_db

LIJST = "/admin/rapporten/mislukte-taken/"
UITNODIGINGSMAIL = "portal.accounts.tasks.send_uitnodiging_mail"


def opnieuw_url(resultaat) -> str:
    return f"{LIJST}{resultaat.pk}/opnieuw/"


def mislukt(task_path: str, *args, **kwargs) -> DBTaskResult:
    """A task as django-tasks leaves it after its last attempt raised."""
    return DBTaskResult.objects.create(
        task_path=task_path,
        args_kwargs={"args": list(args), "kwargs": kwargs},
        status=TaskResultStatus.FAILED,
        backend_name="default",
        run_after=timezone.now(),
        finished_at=timezone.now(),
        exception_class_path="builtins.ConnectionRefusedError",
        traceback="ConnectionRefusedError: [Errno 111] Connection refused",
    )


def ingelogd(user, **client_kwargs) -> Client:
    activate_totp(user)
    client = Client(**client_kwargs)
    client.force_login(user)
    return client


@pytest.fixture
def mislukte_uitnodiging(kerngroep, settings, monkeypatch):
    """An invitation whose mail failed four times; tasks wait in the database, as in production."""
    taken_via_database(monkeypatch, settings, portal.accounts.tasks, licenties.tasks)
    uitnodiging = uitnodiging_versturen(
        email="nieuw@school.nl", voornaam="Noor", achternaam="Nieuw", rol=Role.TRAINER, door=kerngroep
    )
    DBTaskResult.objects.all().delete()  # what the service queued: the worker has run it (and failed)
    return mislukt(UITNODIGINGSMAIL, uitnodiging_id=uitnodiging.pk, poging=len(MAIL_WACHTTIJDEN) + 1)


def test_the_report_offers_a_plain_form_with_csrf_per_failed_task(kerngroep, mislukte_uitnodiging):
    inhoud = ingelogd(kerngroep).get(LIJST).content.decode()

    assert f'<form method="post" action="{opnieuw_url(mislukte_uitnodiging)}">' in inhoud
    assert 'name="csrfmiddlewaretoken"' in inhoud
    assert "Opnieuw proberen" in inhoud


def test_the_kerngroep_retries_a_mail_task_from_its_first_attempt_and_it_leaves_the_list(
    kerngroep, mislukte_uitnodiging
):
    client = ingelogd(kerngroep)
    uitnodiging_id = mislukte_uitnodiging.args_kwargs["kwargs"]["uitnodiging_id"]

    antwoord = client.post(opnieuw_url(mislukte_uitnodiging), follow=True)

    assert antwoord.redirect_chain == [(LIJST, 302)]
    assert "staat opnieuw in de wachtrij" in antwoord.content.decode()
    assert not DBTaskResult.objects.failed().exists()
    assert opnieuw_url(mislukte_uitnodiging) not in antwoord.content.decode()
    nieuw = DBTaskResult.objects.get(task_path=UITNODIGINGSMAIL)
    assert nieuw.status == TaskResultStatus.READY
    # Attempt 1 again (no `poging`), so the mail gets all its retries back.
    assert nieuw.args_kwargs == {"args": [], "kwargs": {"uitnodiging_id": uitnodiging_id}}
    entry = ModelLogEntry.objects.get(action="portal.taak.opnieuw_ingepland")
    assert entry.user == kerngroep and entry.data["taak"] == UITNODIGINGSMAIL

    import_string(nieuw.task_path).call(**nieuw.args_kwargs["kwargs"])  # the worker, mail server back
    assert [bericht.to for bericht in mail.outbox] == [["nieuw@school.nl"]]


def test_a_task_that_is_not_a_mail_task_is_queued_with_exactly_its_arguments(kerngroep, mislukte_uitnodiging):
    mislukte_uitnodiging.delete()
    certificaten = mislukt("licenties.tasks.certificaten_vernieuwen", [3, 5])

    ingelogd(kerngroep).post(opnieuw_url(certificaten))

    nieuw = DBTaskResult.objects.get()
    assert (nieuw.task_path, nieuw.status) == (
        "licenties.tasks.certificaten_vernieuwen",
        TaskResultStatus.READY,
    )
    assert nieuw.args_kwargs == {"args": [[3, 5]], "kwargs": {}}


def test_a_task_whose_code_is_gone_gets_a_clear_message_and_nothing_changes(kerngroep, mislukte_uitnodiging):
    weg = mislukt("portal.accounts.tasks.bestaat_niet_meer", uitnodiging_id=1)

    antwoord = ingelogd(kerngroep).post(opnieuw_url(weg), follow=True)

    assert "bestaat niet meer in deze versie van het portaal" in antwoord.content.decode()
    assert set(DBTaskResult.objects.values_list("pk", "status")) == {
        (weg.pk, TaskResultStatus.FAILED),
        (mislukte_uitnodiging.pk, TaskResultStatus.FAILED),
    }
    assert not ModelLogEntry.objects.filter(action="portal.taak.opnieuw_ingepland").exists()


def test_an_unknown_or_already_retried_task_is_not_found(kerngroep, mislukte_uitnodiging):
    client = ingelogd(kerngroep)

    assert client.post(f"{LIJST}{uuid.uuid4()}/opnieuw/").status_code == 404
    client.post(opnieuw_url(mislukte_uitnodiging))
    assert client.post(opnieuw_url(mislukte_uitnodiging)).status_code == 404  # a second click
    assert DBTaskResult.objects.filter(task_path=UITNODIGINGSMAIL).count() == 1


def test_get_is_not_allowed(kerngroep, mislukte_uitnodiging):
    assert ingelogd(kerngroep).get(opnieuw_url(mislukte_uitnodiging)).status_code == 405
    assert DBTaskResult.objects.get().status == TaskResultStatus.FAILED


def test_a_post_without_the_csrf_token_is_refused(kerngroep, mislukte_uitnodiging):
    client = ingelogd(kerngroep, enforce_csrf_checks=True)

    assert client.post(opnieuw_url(mislukte_uitnodiging)).status_code == 403
    assert DBTaskResult.objects.get().status == TaskResultStatus.FAILED


@pytest.mark.parametrize("rol", ["trainer", "opleider"])
def test_other_roles_cannot_retry(rol, mislukte_uitnodiging):
    """403 where the admin answers in kind (a script's request); a page request goes to the login."""
    client = ingelogd(UserFactory(roles=[rol]))

    script = client.post(opnieuw_url(mislukte_uitnodiging), headers={"x-requested-with": "XMLHttpRequest"})
    pagina = client.post(opnieuw_url(mislukte_uitnodiging))

    assert script.status_code == 403
    assert pagina.status_code == 302 and pagina["Location"].startswith("/account/login/")
    assert DBTaskResult.objects.get().status == TaskResultStatus.FAILED


def test_admin_access_without_the_kerngroep_role_is_not_enough(mislukte_uitnodiging):
    gebruiker = UserFactory(roles=["opleider"])
    gebruiker.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )

    antwoord = ingelogd(gebruiker).post(
        opnieuw_url(mislukte_uitnodiging), headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert antwoord.status_code == 403
    assert DBTaskResult.objects.get().status == TaskResultStatus.FAILED
