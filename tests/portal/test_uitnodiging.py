"""Accounts come from an invitation: the kerngroep invites, the invitee sets a password."""

import re
from datetime import timedelta

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from portal.accounts.services import uitnodiging_versturen
from portal.accounts.tasks import send_uitnodiging_mail
from portal.models import Lidmaatschap, Uitnodiging, User
from portal.roles import Role, roles_of
from tests.portal.factories import OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "zomer-fiets-lantaarn-42"


def invite(door, **kwargs):
    fields = {
        "email": "nieuw@school.nl",
        "voornaam": "Noor",
        "achternaam": "Nieuw",
        "rol": Role.TRAINER,
    }
    fields.update(kwargs)
    return uitnodiging_versturen(**fields, door=door)


def link_from_last_mail() -> str:
    return re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", mail.outbox[-1].body).group(1)


def accept(client, path, **overrides):
    data = {
        "voornaam": "Noor",
        "achternaam": "Nieuw",
        "wachtwoord1": NEW_PASSWORD,
        "wachtwoord2": NEW_PASSWORD,
    }
    data.update(overrides)
    return client.post(path, data)


def test_invitation_mails_a_link_in_dutch_with_text_and_html(kerngroep, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuw@school.nl"]
    assert message.subject == "[Re-Fit] Je uitnodiging voor het Re-Fit portaal"
    assert "als Trainer" in message.body
    assert message.alternatives[0].mimetype == "text/html"


def test_accepting_creates_the_account_with_role_organisation_and_verified_address(
    client, kerngroep, django_capture_on_commit_callbacks
):
    school = OrganisatieFactory()
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep, rol=Role.SCHOOLCONTACT, organisatie=school, is_coordinator=True)

    response = accept(client, link_from_last_mail())

    assert response.status_code == 302 and response.url == "/dashboard/"
    user = User.objects.get(email="nieuw@school.nl")
    assert user.check_password(NEW_PASSWORD)
    assert roles_of(user) == {Role.SCHOOLCONTACT}
    assert Lidmaatschap.objects.get(user=user).organisatie == school
    assert EmailAddress.objects.get(user=user).verified
    assert client.session["_auth_user_id"] == str(user.pk)
    assert Uitnodiging.objects.get().status == Uitnodiging.Status.GEACCEPTEERD


def test_a_link_works_only_once(client, kerngroep, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep)
    path = link_from_last_mail()
    accept(client, path)
    client.logout()

    response = client.get(path)

    assert response.status_code == 410
    assert "al een account aangemaakt" in response.text


def test_an_expired_link_is_refused_and_creates_nothing(
    client, kerngroep, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep)
    path = link_from_last_mail()

    with time_machine.travel(timezone.now() + timedelta(days=15)):
        response = accept(client, path)

    assert response.status_code == 410
    assert "verlopen" in response.text
    assert not User.objects.filter(email="nieuw@school.nl").exists()


def test_an_unknown_token_gives_a_neutral_404(client):
    response = client.get("/uitnodiging/verzonnen-token/")

    assert response.status_code == 404
    assert "We kennen deze link niet" in response.text


def test_a_new_invitation_replaces_the_open_one(client, kerngroep, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep)
    first = link_from_last_mail()
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep, rol=Role.CURSIST)

    assert client.get(first).status_code == 410
    assert accept(client, link_from_last_mail()).status_code == 302
    assert roles_of(User.objects.get(email="nieuw@school.nl")) == {Role.CURSIST}


def test_inviting_an_existing_account_is_refused(kerngroep):
    UserFactory(email="bestaat@school.nl")

    with pytest.raises(ValidationError, match="Er bestaat al een account"):
        invite(kerngroep, email="Bestaat@School.nl")

    assert not Uitnodiging.objects.exists()


def test_a_school_contact_must_belong_to_an_organisation(kerngroep):
    with pytest.raises(ValidationError, match="kies de organisatie"):
        invite(kerngroep, rol=Role.SCHOOLCONTACT)


def test_weak_or_mismatched_passwords_change_nothing(client, kerngroep, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep)
    path = link_from_last_mail()

    weak = accept(client, path, wachtwoord1="12345678", wachtwoord2="12345678")
    mismatched = accept(client, path, wachtwoord2="iets-anders-dan-eerst")

    assert weak.status_code == 200 and "te kort" in weak.text
    assert mismatched.status_code == 200 and "niet gelijk" in mismatched.text
    assert not User.objects.filter(email="nieuw@school.nl").exists()
    assert Uitnodiging.objects.get().status == Uitnodiging.Status.OPEN


def test_the_mail_task_sends_once_even_when_run_twice(kerngroep, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        uitnodiging = invite(kerngroep)

    send_uitnodiging_mail.enqueue(uitnodiging_id=uitnodiging.pk)

    assert len(mail.outbox) == 1


def test_only_a_hash_of_the_token_is_stored(kerngroep, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invite(kerngroep)
    token = link_from_last_mail().split("/")[2]

    assert token not in Uitnodiging.objects.get().token_hash


def test_there_is_no_open_sign_up(client):
    response = client.post(
        "/account/signup/",
        {"email": "zomaar@iemand.nl", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )

    assert not User.objects.filter(email="zomaar@iemand.nl").exists()
    assert response.status_code == 200


def test_kerngroep_invites_through_the_wagtail_admin(
    client, django_capture_on_commit_callbacks, ingelogd_als
):
    kerngroep = UserFactory(roles=["kerngroep"])
    ingelogd_als(kerngroep)
    data = {
        "voornaam": "Ilse",
        "achternaam": "Intake",
        "email": "ilse@ab-dienst.nl",
        "rol": "opleider",
        "organisatie": "",
        "is_coordinator": "",
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/uitnodigingen/new/", data)

    assert response.status_code == 302
    assert Uitnodiging.objects.get().uitgenodigd_door == kerngroep
    assert mail.outbox[-1].to == ["ilse@ab-dienst.nl"]
