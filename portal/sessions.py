"""Idle sessions end: who can open case records is logged out after a while without activity.

A working-day session (SESSION_COOKIE_AGE) is fine for a cursist reading the manual, not for a
trainer who leaves a laptop open with a pupil's case record on screen. `IdleSessionMiddleware`
keeps the moment of the last request in the session and logs out whoever the rule
`has_idle_timeout` names once REFIT_SESSIE_INACTIEF_MINUTEN have passed without one; the next
request lands on the login page with a message saying why.

The moment is written at most once a minute (`WRITE_INTERVAL_SECONDS`), so a busy user does
not cause a session write per request; the timeout is therefore exact to within that minute,
on the early side.
"""

import logging
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import ngettext

from portal.roles import Role, has_role, requires_mfa

logger = logging.getLogger("portal.sessions")

LAST_ACTIVITY_KEY = "refit_laatste_activiteit"
WRITE_INTERVAL_SECONDS = 60
# Wagtail's editor pings every few seconds while a page or snippet is open; an open tab is not
# someone at work. A ping that reports unsaved edits does count, so typing is not lost.
EDITING_SESSION_PING_PREFIX = "/admin/editing-sessions/ping/"


def has_idle_timeout(user) -> bool:
    """Rule: whoever can open case records (or manage other people's data) is logged out when idle.

    That is everyone who must use two-step login (trainers, coordinators among them, opleiders,
    the kerngroep, superusers) and school contacts, who follow their school's registrations in
    `trajecten`. Cursisten keep the working-day session.
    """
    return requires_mfa(user) or has_role(user, Role.SCHOOLCONTACT)


def idle_limit_seconds() -> int:
    return settings.REFIT_SESSIE_INACTIEF_MINUTEN * 60


def counts_as_activity(request) -> bool:
    if request.path.startswith(EDITING_SESSION_PING_PREFIX):
        return request.method == "POST" and request.POST.get("is_editing") not in (None, "", "0", "false")
    return True


class IdleSessionMiddleware:
    """Log out idle sessions of `has_idle_timeout` users; record activity at most once a minute.

    Sits after the authentication and message middleware (it logs out and leaves a message) and
    before `MfaRequiredMiddleware`, which then sees an anonymous visitor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        now = int(time.time())
        if has_idle_timeout(request.user):
            last = request.session.get(LAST_ACTIVITY_KEY)
            if last is not None and now - last > idle_limit_seconds():
                return self.log_out_idle(request)

        response = self.get_response(request)

        # The user may have logged in or out during this request: ask again.
        if has_idle_timeout(request.user) and counts_as_activity(request):
            last = request.session.get(LAST_ACTIVITY_KEY)
            if last is None or now - last >= WRITE_INTERVAL_SECONDS:
                request.session[LAST_ACTIVITY_KEY] = now
        return response

    def log_out_idle(self, request):
        user_id = request.user.pk
        logout(request)
        minutes = settings.REFIT_SESSIE_INACTIEF_MINUTEN
        messages.info(
            request,
            ngettext(
                "Je bent uitgelogd omdat je %(minuten)d minuut niets hebt gedaan. "
                "Log opnieuw in om verder te gaan.",
                "Je bent uitgelogd omdat je %(minuten)d minuten niets hebt gedaan. "
                "Log opnieuw in om verder te gaan.",
                minutes,
            )
            % {"minuten": minutes},
        )
        logger.info("Sessie van gebruiker %s beëindigd na inactiviteit", user_id, extra={"user_id": user_id})
        return redirect_to_login(request.get_full_path())
