"""Logging in: through the real allauth flow, including the TOTP step, or forced as after it."""

import time

from allauth.account import app_settings as account_settings
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings
from allauth.mfa.base.internal.flows import post_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.http import HttpRequest

from portal.middleware import has_totp
from portal.roles import requires_mfa
from portal.sessions import LAST_ACTIVITY_KEY, has_idle_timeout
from tests.portal.factories import PASSWORD, activate_totp
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


def als_na_een_volledige_login(client, user) -> None:
    """Log `client` in as `user` without the form, leaving the session a completed login leaves.

    The portal lets a role that requires two-step login through once its authenticator app is
    activated (`portal.middleware.MfaRequiredMiddleware`); allauth remembers in the session which
    steps were taken (password, then the app), which its reauthentication checks read, and its
    login form lets the session end with the browser (no "remember me"); the login request itself
    counted as activity (`portal.sessions.IdleSessionMiddleware`), so the next request does not
    write the session. All of it is set up here, the allauth steps with allauth's own functions, so
    no production code knows about tests; tests/portal/test_ingelogd_als.py compares the result with
    a real login.
    """
    client.logout()
    if requires_mfa(user) and not has_totp(user):
        activate_totp(user)
    client.force_login(user)
    request = HttpRequest()
    request.session, request.user = client.session, user
    record_authentication(request, user, "password", email=user.email)
    request.session.set_expiry(
        account_settings.SESSION_COOKIE_AGE if account_settings.SESSION_REMEMBER else 0
    )
    for authenticator in Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP):
        post_authentication(request, authenticator)
    if has_idle_timeout(user):
        request.session[LAST_ACTIVITY_KEY] = int(time.time())
    request.session.save()
