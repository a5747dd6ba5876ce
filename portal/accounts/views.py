from allauth.account.utils import perform_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from portal.accounts.forms import UitnodigingAccepterenForm
from portal.accounts.services import uitnodiging_accepteren, uitnodiging_zoeken
from portal.models import Uitnodiging


@never_cache
@sensitive_post_parameters("wachtwoord1", "wachtwoord2")
def uitnodiging_accepteren_view(request, token):
    uitnodiging = uitnodiging_zoeken(token)
    if uitnodiging is None:
        return render(request, "account/uitnodiging_ongeldig.html", {"reden": "onbekend"}, status=404)
    if uitnodiging.status != Uitnodiging.Status.OPEN:
        return render(
            request,
            "account/uitnodiging_ongeldig.html",
            {"reden": uitnodiging.status.value},
            status=410,
        )
    if request.user.is_authenticated:
        return render(request, "account/uitnodiging_ongeldig.html", {"reden": "ingelogd"}, status=409)

    form = UitnodigingAccepterenForm(
        request.POST or None,
        initial={"voornaam": uitnodiging.voornaam, "achternaam": uitnodiging.achternaam},
    )
    if request.method == "POST" and form.is_valid():
        try:
            user = uitnodiging_accepteren(
                uitnodiging=uitnodiging,
                voornaam=form.cleaned_data["voornaam"],
                achternaam=form.cleaned_data["achternaam"],
                wachtwoord=form.cleaned_data["wachtwoord1"],
            )
        except ValidationError as error:
            about_password = getattr(error, "code", None) not in {"ongeldig", "account_bestaat"}
            form.add_error("wachtwoord1" if about_password else None, error)
        else:
            # Through allauth's login, like every login: its checks and the second step, should the
            # account already have an authenticator (an activation of an existing account).
            response = perform_login(request, user, redirect_url=reverse("dashboard"))
            request.session["refit_welkom"] = True
            return response
    return render(
        request,
        "account/uitnodiging_accepteren.html",
        {"form": form, "uitnodiging": uitnodiging, "title": _("Account aanmaken")},
    )


def gedeeld_wachtwoord_geweigerd(request, **kwargs):
    """Wagtail's check of a page's or collection's shared password: switched off (portal/urls.py)."""
    raise Http404
