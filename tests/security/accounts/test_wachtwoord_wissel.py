"""Rule: a new password ends every other session of that person (Django's session auth hash).

Whoever changes a password because it leaked must know the other browser is out too. The browser
that made the change stays logged in (ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE is off); after a reset by
mail nobody is logged in.
"""

import re

import pytest
from django.core import mail
from django.test import Client

from tests.portal.auth import log_in
from tests.portal.factories import UserFactory, activate_totp

pytestmark = pytest.mark.django_db

NIEUW = "een-nieuw-en-lang-wachtwoord"


def is_ingelogd(client) -> bool:
    return client.get("/dashboard/").status_code == 200


@pytest.mark.parametrize("role", ["cursist", "trainer"])
def test_changing_the_password_logs_out_the_other_browser(role):
    user = UserFactory(roles=[role])
    hier, elders = Client(), Client()
    if role == "trainer":
        log_in(hier, user, totp_secret=activate_totp(user))
        elders.force_login(user)  # a second TOTP login would wait for the next 30-second code
    else:
        log_in(hier, user)
        log_in(elders, user)
    assert is_ingelogd(hier) and is_ingelogd(elders)

    response = hier.post(
        "/account/password/change/",
        {"oldpassword": "een-lang-testwachtwoord", "password1": NIEUW, "password2": NIEUW},
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NIEUW)
    assert is_ingelogd(hier)
    assert not is_ingelogd(elders)
    assert "_auth_user_id" not in elders.session


def test_a_password_reset_by_mail_logs_out_every_session():
    user = UserFactory(roles=["trainer"])
    activate_totp(user)
    laptop, telefoon, resetter = Client(), Client(), Client()
    laptop.force_login(user)
    telefoon.force_login(user)
    assert is_ingelogd(laptop) and is_ingelogd(telefoon)

    resetter.post("/account/password/reset/", {"email": user.email})
    link = re.search(r"http://testserver(/account/password/reset/key/\S+)", mail.outbox[-1].body).group(1)
    form_url = resetter.get(link).url
    resetter.post(form_url, {"password1": NIEUW, "password2": NIEUW})

    assert not is_ingelogd(laptop)
    assert not is_ingelogd(telefoon)
    assert not is_ingelogd(resetter)


def test_a_wrong_old_password_changes_nothing_and_logs_nobody_out():
    user = UserFactory(roles=["cursist"])
    hier, elders = Client(), Client()
    log_in(hier, user)
    log_in(elders, user)

    response = hier.post(
        "/account/password/change/", {"oldpassword": "fout", "password1": NIEUW, "password2": NIEUW}
    )

    assert response.status_code == 200
    user.refresh_from_db()
    assert not user.check_password(NIEUW)
    assert is_ingelogd(elders)
