"""The reach report for the kerngroep (and, with small counts hidden, for coordinators)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from trajecten.audit import Actie, audit_loggen
from trajecten.bereik import bereik_csv, bereik_voor
from trajecten.views.toegang import geen_opslag


def _bereik_voor(request):
    rapport = bereik_voor(request.user)
    if rapport is None:
        raise PermissionDenied
    return rapport


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
