"""The coordinator composes and plans a group training from admitted trajectories."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from portal.formulieren import fout_op_formulier
from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Status
from trajecten.forms import GroepstrainingForm
from trajecten.models import Groepstraining, Traject
from trajecten.services.planning import groepstraining_starten
from trajecten.views.toegang import geen_opslag


@geen_opslag
def groepen(request):
    mijn = Traject.objects.zichtbaar_voor(request.user).als_coordinator(request.user)
    beschikbaar = mijn.filter(status=Status.TOEGELATEN, groep=None).select_related("uitvoerder")
    bestaande = Groepstraining.objects.filter(trajecten__in=mijn).distinct().prefetch_related("trajecten")
    form = GroepstrainingForm(request.POST or None, trajecten=beschikbaar)
    if request.method == "POST" and form.is_valid():
        gekozen = list(form.cleaned_data["trajecten"])
        try:
            groep = groepstraining_starten(
                uitvoerder=gekozen[0].uitvoerder,
                trajecten=gekozen,
                trainers=list(form.cleaned_data["trainers"]),
                startdatum=form.cleaned_data["startdatum"],
                door=request.user,
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("Groepstraining %(code)s is gepland.") % {"code": groep.code})
            return redirect("trajecten:groepen")
    audit_loggen(user=request.user, actie=Actie.LIJST, velden=["groepstrainingen"])
    return render(
        request,
        "trajecten/groepen.html",
        {"title": _("Groepstrainingen"), "form": form if beschikbaar else None, "groepen": bestaande},
    )
