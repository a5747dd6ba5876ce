"""Password reset through allauth, in Dutch, without revealing whether an address exists."""

import re

import pytest
from django.core import mail

from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_reset_mail_leads_to_a_new_password(client):
    user = UserFactory(roles=["cursist"])

    client.post("/account/password/reset/", {"email": user.email})
    link = re.search(r"http://testserver(/account/password/reset/key/\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link).url
    client.post(form_url, {"password1": "nieuw-en-lang-wachtwoord", "password2": "nieuw-en-lang-wachtwoord"})

    user.refresh_from_db()
    assert user.check_password("nieuw-en-lang-wachtwoord")
    assert mail.outbox[0].subject.startswith("[Re-Fit]")


def test_unknown_address_gets_the_same_answer_and_no_account_hint(client):
    response = client.post("/account/password/reset/", {"email": "onbekend@nergens.nl"})

    assert response.status_code == 302
    assert all("onbekend@nergens.nl" not in m.subject for m in mail.outbox)
