"""The reach report for the kerngroep (and, with small counts suppressed, for coordinators)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from portal.models import Lidmaatschap
from portal.roles import Role, has_role
from trajecten.audit import Actie, audit_loggen
from trajecten.bereik import bereik_berekenen, bereik_csv
from trajecten.views.toegang import geen_opslag


def _bereik_voor(request):
    if has_role(request.user, Role.KERNGROEP):
        return bereik_berekenen(onderdrukken=False)
    if (
        has_role(request.user, Role.TRAINER)
        and Lidmaatschap.objects.filter(user=request.user, is_coordinator=True).exists()
    ):
        return bereik_berekenen(onderdrukken=True)
    raise PermissionDenied


@geen_opslag
def bereik(request):
    rapport = _bereik_voor(request)
    audit_loggen(user=request.user, actie=Actie.BEREIK)
    return render(request, "trajecten/bereik.html", {"title": _("Bereik"), "bereik": rapport})


@geen_opslag
def bereik_download(request):
    rapport = _bereik_voor(request)
    audit_loggen(user=request.user, actie=Actie.EXPORT, velden=["bereik"])
    response = HttpResponse(bereik_csv(rapport), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="re-fit-bereik.csv"'
    return response
