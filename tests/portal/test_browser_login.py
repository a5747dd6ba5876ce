"""In a real browser: logging in lands on the dashboard; the kerngroep must set up MFA first."""

import re

import pytest
from allauth.mfa.models import Authenticator

from tests.browser import chromium_page
from tests.portal.auth import current_totp_code
from tests.portal.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_login(page, base_url, email):
    page.goto(f"{base_url}/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_cursist_logs_in_and_sees_the_dashboard(live_server):
    UserFactory(email="cursist@voorbeeld.nl", first_name="Cas", roles=["cursist"])

    with chromium_page() as page:
        fill_login(page, live_server.url, "cursist@voorbeeld.nl")

        page.wait_for_url(f"{live_server.url}/dashboard/")
        assert page.get_by_role("heading", level=1).inner_text() == "Goedendag, Cas"
        assert page.get_by_role("heading", name="Trainerscursus").is_visible()
        assert (
            page.get_by_role("navigation", name="Hoofdmenu")
            .get_by_role("link", name="Dashboard")
            .get_attribute("aria-current")
            == "page"
        )


def test_kerngroep_is_taken_through_mfa_setup_before_the_dashboard(live_server):
    user = UserFactory(email="kerngroep@voorbeeld.nl", first_name="Karin", roles=["kerngroep"])

    with chromium_page() as page:
        fill_login(page, live_server.url, user.email)
        # allauth confirms the password once more before an authenticator may be added.
        page.wait_for_url(re.compile(r"/account/reauthenticate/"))
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        page.get_by_role("button", name="Bevestig").click()

        page.wait_for_url(re.compile(r"/account/2fa/totp/activate/"))
        assert page.get_by_text("inloggen in twee stappen verplicht").is_visible()
        secret = page.locator("#authenticator_secret").input_value()
        page.get_by_label("Code uit je authenticator-app").fill(current_totp_code(secret))
        page.get_by_role("button", name="Activeren").click()

        page.wait_for_load_state()
        page.goto(f"{live_server.url}/dashboard/")
        assert page.get_by_role("heading", name="Portaal in cijfers").is_visible()

    # Database checks outside the browser block: Playwright runs the test body in a
    # greenlet, and a query there would open a connection of its own.
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
