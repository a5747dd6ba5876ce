"""The forced login of `ingelogd_als` stands in for the real one only while it leaves the same session."""

import pytest
from django.test import Client

from tests.portal.auth import als_na_een_volledige_login, log_in
from tests.portal.factories import UserFactory, activate_totp

pytestmark = pytest.mark.django_db

# Written by every login() with values of their own (the moment, the backend, the password hash).
PER_LOGIN = {"_auth_user_backend", "_auth_user_hash", "refit_laatste_activiteit"}


def sessie(client) -> dict:
    gegevens = dict(client.session.items())
    stappen = [(r["method"], r.get("type")) for r in gegevens.pop("account_authentication_methods", [])]
    return {
        "sleutels": set(gegevens) - PER_LOGIN,
        "verloopt": gegevens.get("_session_expiry"),
        "stappen": stappen,
        "activiteit": "refit_laatste_activiteit" in gegevens,
    }


@pytest.mark.parametrize("rol", ["trainer", "cursist"])
def test_the_forced_login_leaves_the_session_a_real_login_leaves(rol):
    user = UserFactory(roles=[rol])
    secret = activate_totp(user) if rol == "trainer" else None
    echt, geforceerd = Client(), Client()

    log_in(echt, user, totp_secret=secret)
    als_na_een_volledige_login(geforceerd, user)

    assert sessie(geforceerd) == sessie(echt)
    assert sessie(geforceerd)["stappen"][0][0] == "password"
