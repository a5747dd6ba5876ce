from allauth.mfa.models import Authenticator
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.dashboard import panels_for
from portal.eigen_gegevens import eigen_gegevens_downloaden


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


@never_cache
@login_required
@require_safe
def mijn_gegevens(request):
    """'Download mijn gegevens': the person's own data as a JSON file (see `portal.eigen_gegevens`)."""
    response = JsonResponse(
        eigen_gegevens_downloaden(user=request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-re-fit.json"'
    return response
