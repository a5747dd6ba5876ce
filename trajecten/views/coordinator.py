"""The coordinator's duties for the rights of pupil and parents: inzage of access, export, erasure."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from portal.models import User
from trajecten.audit import Actie, audit_loggen
from trajecten.models import AuditRegel, Traject
from trajecten.services.bewaren import traject_exporteren, traject_vernietigen
from trajecten.views.toegang import geen_opslag, traject_of_404


def _als_coordinator(request, code):
    return traject_of_404(request, code, queryset=Traject.objects.als_coordinator(request.user))


@geen_opslag
def inzage(request, code):
    """Who accessed this record and when: the audit entries for the code."""
    traject = _als_coordinator(request, code)
    audit_loggen(user=request.user, actie=Actie.INZAGE, traject=traject)
    regels = list(AuditRegel.objects.voor_code(traject.code)[:500])
    namen = {
        u.pk: u.get_full_name() or u.email for u in User.objects.filter(pk__in={r.user_id for r in regels})
    }
    return render(
        request,
        "trajecten/inzage.html",
        {
            "title": _("Inzage"),
            "traject": traject,
            "regels": [(r, namen.get(r.user_id, "—")) for r in regels],
        },
    )


@geen_opslag
def export(request, code):
    """Right of access: all data about the pupil as JSON; the file name is the code."""
    traject = _als_coordinator(request, code)
    response = HttpResponse(
        traject_exporteren(traject=traject, door=request.user), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="traject-{traject.code}.json"'
    return response


@geen_opslag
def verwijderen(request, code):
    """Right to erasure: destroys the record like the retention task does, after a confirmation."""
    traject = _als_coordinator(request, code)
    if request.method == "POST" and request.POST.get("bevestig") == traject.code:
        try:
            traject_vernietigen(traject=traject, door=request.user, actie=Actie.VERWIJDERD)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("De gegevens van traject %(code)s zijn verwijderd.") % {"code": traject.code}
            )
            return redirect("trajecten:overzicht")
    elif request.method == "POST":
        messages.error(
            request, _("Typ de code over om het verwijderen te bevestigen; er is niets verwijderd.")
        )
    return render(
        request, "trajecten/verwijderen.html", {"title": _("Gegevens verwijderen"), "traject": traject}
    )
