"""In Chromium: a private kompas page sends an anonymous visitor to allauth's login, and after the
password and the authenticator code the visitor is back on that page. Wagtail's own login for
private pages (`/_util/login/`) leads to the same allauth page."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser import chromium_page, portaal_inrichten
from tests.content.factories import hoofdstuk, klein_kompas
from tests.portal.auth import current_totp_code, wacht_op_een_nieuwe_code
from tests.portal.factories import PASSWORD, UserFactory, activate_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOOFDSTUKTEKST = "Alleen voor wie in twee stappen is ingelogd"


def naar_de_login_met_next(url: str) -> str:
    """The `next` of allauth's login page at `url` (an assertion error elsewhere)."""
    deel = urlsplit(url)
    assert deel.path == "/account/login/", url
    return parse_qs(deel.query)["next"][0]


def code_invullen(page, secret):
    page.get_by_label(re.compile(r"^\s*Code:?\s*$")).fill(current_totp_code(secret))
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_a_private_kompas_page_leads_through_allauths_two_steps_and_back(live_server):
    portaal_inrichten()
    kompas = klein_kompas()["kompas"]
    pagina = hoofdstuk(kompas, titel="Achter de inlogdeur", tekst=HOOFDSTUKTEKST)
    trainer = UserFactory(roles=["trainer"])
    secret = activate_totp(trainer)

    with chromium_page() as page:
        page.goto(f"{live_server.url}/_util/login/?next={pagina.url}")
        assert naar_de_login_met_next(page.url) == pagina.url

        page.goto(f"{live_server.url}{pagina.url}")
        assert naar_de_login_met_next(page.url) == pagina.url
        assert HOOFDSTUKTEKST not in page.content()

        page.get_by_label("E-mail").fill(trainer.email)
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        with page.expect_navigation():
            page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(re.compile(r"/account/2fa/authenticate/"))
        assert HOOFDSTUKTEKST not in page.content()

        code_invullen(page, secret)
        if "/2fa/authenticate/" in page.url:  # a code refused at a step boundary: the next one
            wacht_op_een_nieuwe_code(secret)
            code_invullen(page, secret)

        page.wait_for_url(f"{live_server.url}{pagina.url}")
        assert HOOFDSTUKTEKST in page.content()
