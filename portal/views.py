from allauth.mfa.models import Authenticator
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from portal.dashboard import panels_for


@never_cache
@login_required
def dashboard(request):
    """Everyone's start page after login: the panels of their roles."""
    return render(
        request,
        "portal/dashboard.html",
        {
            "panels": panels_for(request),
            "welkom": request.session.pop("refit_welkom", False),
        },
    )


@never_cache
@login_required
def mijn_account(request):
    user = request.user
    return render(
        request,
        "portal/mijn_account.html",
        {
            "lidmaatschappen": user.lidmaatschappen.select_related("organisatie"),
            "authenticator_types": set(
                Authenticator.objects.filter(user=user).values_list("type", flat=True)
            ),
            "Authenticator": Authenticator,
        },
    )
