"""Logging in through the real allauth flow, including the TOTP step."""

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from tests.portal.factories import PASSWORD
from tests.wachten import WACHTTIJD, wacht_tot

# Per secret: the 30-second step of the last code handed out, so a refusal can wait for the next.
_LAATSTE_STAP: dict[str, int] = {}


def totp_stap() -> int:
    return int(time.time()) // app_settings.TOTP_PERIOD


def current_totp_code(secret: str) -> str:
    """The code the authenticator app shows now."""
    stap = _LAATSTE_STAP[secret] = totp_stap()
    return format_hotp_value(hotp_value(secret, stap))


def wacht_op_een_nieuwe_code(secret: str) -> None:
    """After a refused code (used already, or read in the last instant of its step): wait until the
    authenticator shows the next one, as a person would. The condition is the new code, not a time."""
    vorige = _LAATSTE_STAP.get(secret, -1)
    wacht_tot(
        lambda: totp_stap() > vorige,
        "de volgende code van de authenticator-app",
        seconden=app_settings.TOTP_PERIOD + WACHTTIJD,
    )


def log_in(client, user, *, password=PASSWORD, totp_secret=None):
    """Post the login form (and the code when asked); returns the last response.

    allauth accepts only the code of the current 30-second step, once. A code computed in the
    last instant of a step, or already used in it by an earlier login of the same person, is
    refused; then this waits for the next step and enters that code, as a person would.
    """
    response = client.post("/account/login/", {"login": user.email, "password": password})
    if totp_secret is not None:
        assert response.status_code == 302 and response.url == "/account/2fa/authenticate/"
        response = client.post(response.url, {"code": current_totp_code(totp_secret)})
        if response.status_code == 200:  # the form again: code refused
            wacht_op_een_nieuwe_code(totp_secret)
            response = client.post("/account/2fa/authenticate/", {"code": current_totp_code(totp_secret)})
    return response
