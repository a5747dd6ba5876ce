"""Rule: kerngroep, opleiders and trainers (who can open case records) must use two-step login."""

import pytest
from allauth.mfa.models import Authenticator

from tests.portal.auth import log_in
from tests.portal.factories import UserFactory, activate_totp

pytestmark = pytest.mark.django_db

ACTIVATE = "/account/2fa/totp/activate/"


@pytest.mark.parametrize("role", ["kerngroep", "opleider", "trainer"])
@pytest.mark.parametrize("path", ["/dashboard/", "/admin/", "/django-admin/", "/account/mijn-account/"])
def test_roles_needing_mfa_reach_only_the_setup_until_it_is_done(client, role, path):
    user = UserFactory(roles=[role], is_staff=True)
    log_in(client, user)

    response = client.get(path)

    assert response.status_code == 302
    assert response.url.startswith(ACTIVATE)


def test_superuser_without_role_is_held_to_mfa_too(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    log_in(client, user)

    assert client.get("/django-admin/").url.startswith(ACTIVATE)


@pytest.mark.parametrize("role", ["cursist", "schoolcontact"])
def test_roles_without_case_access_may_use_mfa_but_are_not_forced(client, role):
    user = UserFactory(roles=[role])
    log_in(client, user)

    assert client.get("/dashboard/").status_code == 200


def test_setup_page_itself_stays_reachable_so_nobody_is_locked_out(client):
    user = UserFactory(roles=["kerngroep"])
    log_in(client, user)

    response = client.get(ACTIVATE)

    # allauth first asks for the password again (302 to reauthenticate), never back to us.
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert response.url.startswith("/account/reauthenticate/")


def test_after_totp_the_login_asks_for_the_code_and_then_the_dashboard_opens(client):
    user = UserFactory(roles=["kerngroep"])
    secret = activate_totp(user)

    response = log_in(client, user, totp_secret=secret)

    assert response.status_code == 302
    assert client.get("/dashboard/").status_code == 200


def test_password_alone_does_not_log_in_when_totp_is_active(client):
    user = UserFactory(roles=["kerngroep"])
    activate_totp(user)

    response = client.post("/account/login/", {"login": user.email, "password": "een-lang-testwachtwoord"})

    assert response.url == "/account/2fa/authenticate/"
    assert client.get("/dashboard/").status_code == 302
    assert client.get("/admin/").status_code == 302


def test_wagtail_admin_login_form_cannot_be_used_to_skip_allauth(client):
    user = UserFactory(roles=["kerngroep"])
    activate_totp(user)

    response = client.post("/admin/login/", {"username": user.email, "password": "een-lang-testwachtwoord"})

    assert response.status_code == 302
    assert response.url.startswith("/account/login/")
    assert "_auth_user_id" not in client.session


def test_django_admin_login_form_cannot_be_used_to_skip_allauth(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    activate_totp(user)

    response = client.post(
        "/django-admin/login/", {"username": user.email, "password": "een-lang-testwachtwoord"}
    )

    assert response.status_code == 302
    assert response.url.startswith("/account/login/")
    assert "_auth_user_id" not in client.session


def test_whose_role_requires_mfa_cannot_switch_it_off(client):
    user = UserFactory(roles=["opleider"])
    secret = activate_totp(user)
    log_in(client, user, totp_secret=secret)

    client.post("/account/2fa/totp/deactivate/")

    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def test_kerngroep_with_totp_reaches_the_wagtail_admin(client):
    user = UserFactory(roles=["kerngroep"])
    secret = activate_totp(user)
    log_in(client, user, totp_secret=secret)

    assert client.get("/admin/").status_code == 200


def test_the_login_helper_gets_the_same_person_in_twice_although_a_code_works_only_once(client):
    """allauth refuses a code used before; the test helper then waits for the next 30-second code."""
    user = UserFactory(roles=["trainer"])
    secret = activate_totp(user)

    for _ in range(2):
        assert log_in(client, user, totp_secret=secret).status_code == 302
        assert client.session["_auth_user_id"] == str(user.pk)
        client.logout()
