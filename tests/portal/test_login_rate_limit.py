"""Rule: five wrong passwords in a row for one address block that address for a while."""

import pytest

from tests.portal.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_five_wrong_passwords_block_the_next_attempt_with_a_dutch_message(client):
    user = UserFactory(roles=["cursist"])
    for _ in range(5):
        response = client.post("/account/login/", {"login": user.email, "password": "fout"})
        assert response.status_code == 200
        assert "Het e-mailadres en/of het wachtwoord" in response.text or "niet correct" in response.text

    response = client.post("/account/login/", {"login": user.email, "password": PASSWORD})

    assert "Te veel inlogpogingen. Probeer het later nogmaals." in response.text
    assert "_auth_user_id" not in client.session


def test_four_wrong_passwords_still_allow_the_right_one(client):
    user = UserFactory(roles=["cursist"])
    for _ in range(4):
        client.post("/account/login/", {"login": user.email, "password": "fout"})

    response = client.post("/account/login/", {"login": user.email, "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
