"""Django's Content-Security-Policy is on: no inline scripts, on the site and in the admin."""

import pytest

from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def script_src(response) -> str:
    directives = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    return directives["script-src"]


def test_public_pages_allow_no_inline_scripts(client):
    response = client.get("/account/login/")

    assert "'unsafe-inline'" not in script_src(response)
    assert script_src(response).startswith("'self'")
    assert response["X-Frame-Options"] == "DENY"


def test_the_wagtail_admin_allows_no_inline_scripts_either(client, ingelogd_als):
    """Wagtail's own inline scripts are rendered as data instead (portal/admin_scripts.py)."""
    user = UserFactory(roles=["kerngroep"])
    ingelogd_als(user)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert "'unsafe-inline'" not in script_src(response)
    assert script_src(response).startswith("'self'")


def test_no_gravatar_so_no_email_hash_leaves_the_portal(client, ingelogd_als):
    user = UserFactory(roles=["kerngroep"])
    ingelogd_als(user)

    assert "gravatar" not in client.get("/admin/").text
