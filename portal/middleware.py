"""Two-step login where the role demands it.

allauth offers TOTP to everyone but cannot require it; this middleware does:
someone whose role needs MFA (see `portal.roles.requires_mfa`) and has no
authenticator yet reaches nothing but the set-up pages. Because it runs for
every path, the Wagtail admin and the Django admin are covered too.
"""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from portal.roles import requires_mfa

# Paths someone without an authenticator may still use: setting one up
# (allauth may first ask for the password again), confirming e-mail, leaving.
SETUP_PATH_PREFIXES = (
    "/account/2fa/",
    "/account/reauthenticate/",
    "/account/confirm-email/",
    "/account/logout/",
)


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class MfaRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # Health probes too: a monitor never logs in, but a shared browser session might.
        self.exempt_prefixes = (*SETUP_PATH_PREFIXES, settings.STATIC_URL, "/gezondheid/", "/gereed/")

    def __call__(self, request):
        if (
            requires_mfa(request.user)
            and not request.path.startswith(self.exempt_prefixes)
            and not has_totp(request.user)
        ):
            messages.warning(
                request,
                _(
                    "Met jouw rol is inloggen in twee stappen verplicht. Stel eerst een "
                    "authenticator-app in; daarna kun je verder."
                ),
            )
            activate = reverse("mfa_activate_totp")
            return redirect(f"{activate}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
