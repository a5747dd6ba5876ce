"""Logging in through the real allauth flow, including the TOTP step."""

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)

from tests.portal.factories import PASSWORD


def current_totp_code(secret: str) -> str:
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


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
            time.sleep(app_settings.TOTP_PERIOD - time.time() % app_settings.TOTP_PERIOD + 0.1)
            response = client.post("/account/2fa/authenticate/", {"code": current_totp_code(totp_secret)})
    return response
