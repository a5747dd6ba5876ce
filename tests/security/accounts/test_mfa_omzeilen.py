"""Rule: whose role requires two-step login gets nowhere with the password alone.

Every attempt goes through the real allauth views: the password step, the code step, password
reset, login by code, and the admin logins. A TOTP code and a recovery code work once.
"""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from allauth.account import app_settings as account_settings
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.core import mail
from django.test import Client

from tests.portal.auth import current_totp_code
from tests.portal.factories import PASSWORD, UserFactory, activate_totp

pytestmark = pytest.mark.django_db

CODE_STEP = "/account/2fa/authenticate/"
NIEUW_WACHTWOORD = "nieuw-en-lang-wachtwoord-2027"
# Halfway a 30-second TOTP step, so a frozen clock never sits on a step boundary.
MIDDEN_IN_EEN_STAP = datetime(2027, 3, 1, 9, 0, 15, tzinfo=UTC)


@pytest.fixture
def stilstaande_klok():
    with time_machine.travel(MIDDEN_IN_EEN_STAP, tick=False):
        yield


def wachtwoord_stap(client, user, password=PASSWORD):
    return client.post("/account/login/", {"login": user.email, "password": password})


def is_ingelogd(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("role", ["kerngroep", "opleider", "trainer"])
@pytest.mark.parametrize(
    "path", ["/admin/", "/django-admin/", "/dashboard/", "/trajecten/", "/account/mijn-account/"]
)
def test_after_the_password_alone_no_protected_page_opens(client, role, path):
    user = UserFactory(roles=[role], is_staff=True, is_superuser=role == "kerngroep")
    activate_totp(user)

    assert wachtwoord_stap(client, user).url == CODE_STEP
    response = client.get(path)

    assert response.status_code == 302
    assert "/login/" in response.url
    assert not is_ingelogd(client)


def test_the_code_step_does_not_accept_an_empty_or_wrong_code(client, stilstaande_klok):
    user = UserFactory(roles=["trainer"])
    secret = activate_totp(user)
    wachtwoord_stap(client, user)
    goed = current_totp_code(secret)

    for code in ("", "000000", f"{(int(goed) + 1) % 1_000_000:06d}", "1" * 40, goed + "0"):
        response = client.post(CODE_STEP, {"code": code})
        assert response.status_code == 200, code
        assert not is_ingelogd(client)
    assert client.get("/trajecten/").status_code == 302


def test_a_totp_code_works_once_even_from_a_second_browser(client, stilstaande_klok):
    user = UserFactory(roles=["trainer"])
    code = current_totp_code(activate_totp(user))
    wachtwoord_stap(client, user)
    assert client.post(CODE_STEP, {"code": code}).status_code == 302
    assert is_ingelogd(client)

    # Someone who read the code over the trainer's shoulder, knowing the password too.
    meekijker = Client()
    wachtwoord_stap(meekijker, user)
    response = meekijker.post(CODE_STEP, {"code": code})

    assert response.status_code == 200
    assert "Ongeldige code." in response.text
    assert not is_ingelogd(meekijker)
    assert meekijker.get("/trajecten/").status_code == 302


def test_a_recovery_code_works_once(client, stilstaande_klok):
    user = UserFactory(roles=["opleider"])
    activate_totp(user)
    eerste, tweede = RecoveryCodes.activate(user).get_unused_codes()[:2]

    wachtwoord_stap(client, user)
    assert client.post(CODE_STEP, {"code": eerste}).status_code == 302
    assert is_ingelogd(client)
    client.logout()

    wachtwoord_stap(client, user)
    response = client.post(CODE_STEP, {"code": eerste})
    assert response.status_code == 200
    assert "Ongeldige code." in response.text
    assert not is_ingelogd(client)

    # The unused one still works: the refusal was about reuse, not about recovery codes.
    assert client.post(CODE_STEP, {"code": tweede}).status_code == 302
    assert is_ingelogd(client)


def test_five_wrong_codes_lock_the_code_step_even_for_the_right_code(client, stilstaande_klok):
    user = UserFactory(roles=["kerngroep"])
    secret = activate_totp(user)
    wachtwoord_stap(client, user)
    for _ in range(5):
        client.post(CODE_STEP, {"code": "000000"})

    response = client.post(CODE_STEP, {"code": current_totp_code(secret)})

    assert "Te veel inlogpogingen. Probeer het later nogmaals." in response.text
    assert not is_ingelogd(client)


def test_login_by_code_is_off_so_no_mail_code_replaces_the_second_step(client):
    user = UserFactory(roles=["trainer"])
    activate_totp(user)

    assert account_settings.LOGIN_BY_CODE_ENABLED is False
    assert account_settings.PASSWORD_RESET_BY_CODE_ENABLED is False
    assert client.get("/account/login/code/").status_code == 404
    assert client.post("/account/login/code/", {"email": user.email}).status_code == 404

    # The confirm view exists in allauth's URLs; without a login by code under way it sends you back.
    wachtwoord_stap(client, user)
    response = client.post("/account/login/code/confirm/", {"code": "ABCDEF"})
    assert response.status_code == 302
    assert not is_ingelogd(client)
    assert mail.outbox == []


def test_no_bypass_code_exists_outside_debug():
    assert mfa_settings.TOTP_INSECURE_BYPASS_CODE is None
    assert mfa_settings.TOTP_TOLERANCE == 0  # only the current 30-second code


def test_reauthentication_needs_a_completed_login(client):
    user = UserFactory(roles=["trainer"])
    activate_totp(user)
    wachtwoord_stap(client, user)

    response = client.get("/account/reauthenticate/")

    assert response.status_code == 302
    assert response.url.startswith("/account/login/")
    assert not is_ingelogd(client)


def reset_via_mail(client, user, wachtwoord=NIEUW_WACHTWOORD):
    client.post("/account/password/reset/", {"email": user.email})
    link = re.search(r"http://testserver(/account/password/reset/key/\S+)", mail.outbox[-1].body).group(1)
    form_url = client.get(link).url
    return client.post(form_url, {"password1": wachtwoord, "password2": wachtwoord})


def test_a_password_reset_neither_logs_in_nor_skips_the_code(client):
    user = UserFactory(roles=["kerngroep"])
    activate_totp(user)

    response = reset_via_mail(client, user)

    assert response.status_code == 302
    assert response.url == "/account/password/reset/key/done/"
    assert not is_ingelogd(client)
    assert client.get("/admin/").status_code == 302
    # The new password leads to the code step, like the old one did.
    assert wachtwoord_stap(client, user, NIEUW_WACHTWOORD).url == CODE_STEP
    assert not is_ingelogd(client)


def test_a_reset_link_works_once(client):
    user = UserFactory(roles=["trainer"])
    activate_totp(user)
    client.post("/account/password/reset/", {"email": user.email})
    link = re.search(r"http://testserver(/account/password/reset/key/\S+)", mail.outbox[-1].body).group(1)
    form_url = client.get(link).url
    client.post(form_url, {"password1": NIEUW_WACHTWOORD, "password2": NIEUW_WACHTWOORD})

    client.get(link)
    response = client.post(
        form_url, {"password1": "nog-een-ander-wachtwoord", "password2": "nog-een-ander-wachtwoord"}
    )

    user.refresh_from_db()
    assert user.check_password(NIEUW_WACHTWOORD)
    assert response.status_code == 200
