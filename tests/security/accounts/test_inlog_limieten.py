"""Rule: guessing is slowed down at every door: password, address spraying, reset requests.

The wrong-password limit per address is in tests/portal/test_login_rate_limit.py; the code step's
limit in test_mfa_omzeilen.py. These cover what an attacker does next.
"""

import pytest
from allauth.account import app_settings as account_settings
from django.core import mail

from tests.portal.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

TE_VEEL = "Te veel inlogpogingen. Probeer het later nogmaals."


def test_the_limits_in_force_are_the_ones_we_rely_on():
    limits = account_settings.RATE_LIMITS

    assert limits["login_failed"] == "10/m/ip,5/5m/key"
    assert limits["reset_password"] == "20/m/ip,5/m/key"
    assert limits["reset_password_from_key"] == "20/m/ip"
    assert limits["login"] == "30/m/ip"
    assert limits["change_password"] == "5/m/user"
    assert limits["reauthenticate"] == "10/m/user"


def test_trying_one_password_on_many_addresses_is_stopped_per_ip(client):
    """Password spraying: ten wrong attempts from one address, each on another account."""
    slachtoffers = [UserFactory(roles=["cursist"]) for _ in range(11)]
    for user in slachtoffers[:10]:
        client.post("/account/login/", {"login": user.email, "password": "Zomer2027!"})

    response = client.post("/account/login/", {"login": slachtoffers[10].email, "password": PASSWORD})

    assert TE_VEEL in response.text
    assert "_auth_user_id" not in client.session


def test_another_ip_is_not_blocked_by_someone_elses_guessing(client):
    from django.test import Client

    aanvaller, user = UserFactory(roles=["cursist"]), UserFactory(roles=["cursist"])
    for _ in range(10):
        client.post("/account/login/", {"login": aanvaller.email, "password": "fout"})

    collega = Client(REMOTE_ADDR="192.0.2.10")
    response = collega.post("/account/login/", {"login": user.email, "password": PASSWORD})

    assert response.status_code == 302
    assert collega.session["_auth_user_id"] == str(user.pk)


def test_reset_mails_for_one_address_stop_after_five_a_minute(client):
    user = UserFactory(roles=["trainer"])

    antwoorden = [client.post("/account/password/reset/", {"email": user.email}) for _ in range(8)]

    assert len(mail.outbox) == 5
    assert all(r.status_code in (302, 200, 429) for r in antwoorden)
    assert antwoorden[-1].status_code != 500
