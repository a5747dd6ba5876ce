"""The steps before the training: advies, intake (with the computed advice) and besluit."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.formulieren import fout_op_formulier
from trajecten.audit import Actie, audit_loggen
from trajecten.forms import AdviesForm, BesluitForm, IntakeForm
from trajecten.rules import toelatingsadvies
from trajecten.selectors import dossier_queryset, leeftijd_buiten_doelgroep_van
from trajecten.services.stappen import advies_vastleggen, besluit_nemen, intake_vastleggen
from trajecten.stappen import STAP_NAMEN, Stap, mag_stap, waarom_niet
from trajecten.views.toegang import geen_opslag, traject_of_404


def stap_pagina(request, traject, stap, form, template, **extra):
    """Render a step's form; if the step is out of order, say why instead of showing the form."""
    reden = "" if mag_stap(traject, stap) else waarom_niet(traject, stap)
    return render(
        request,
        template,
        {"title": str(STAP_NAMEN[stap]), "traject": traject, "form": form, "reden": reden, **extra},
        status=409 if reden and request.method == "POST" else 200,
    )


@geen_opslag
def advies(request, code):
    traject = traject_of_404(request, code)
    leeftijd = leeftijd_buiten_doelgroep_van(traject, op=timezone.localdate())
    if leeftijd:  # the age comes from the encrypted date of birth: a read of the identity
        audit_loggen(
            user=request.user, actie=Actie.BEKEKEN, traject=traject, velden=["identiteit.geboortedatum"]
        )
    form = AdviesForm(
        request.POST or None, initial={"gegeven_op": timezone.localdate()}, leeftijd_melding=leeftijd
    )
    if request.method == "POST" and mag_stap(traject, Stap.ADVIES) and form.is_valid():
        try:
            advies_vastleggen(traject=traject, door=request.user, **form.cleaned_data)
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("Het advies is vastgelegd."))
            return redirect("trajecten:detail", code=traject.code)
    return stap_pagina(request, traject, Stap.ADVIES, form, "trajecten/stap_formulier.html")


@geen_opslag
def intake(request, code):
    traject = traject_of_404(request, code)
    initial = {"datum": timezone.localdate()}
    if hasattr(traject, "aanmelding"):
        initial["verzuim_percentage"] = traject.aanmelding.verzuim_percentage
    form = IntakeForm(request.POST or None, initial=initial)
    if request.method == "POST" and mag_stap(traject, Stap.INTAKE) and form.is_valid():
        gegevens = {k: v for k, v in form.cleaned_data.items() if k != "trainers"}
        try:
            intake_vastleggen(
                traject=traject,
                trainers=list(form.cleaned_data["trainers"]),
                gegevens=gegevens,
                door=request.user,
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(
                request, _("De intake is vastgelegd. Bekijk het berekende advies en neem een besluit.")
            )
            return redirect("trajecten:detail", code=traject.code)
    return stap_pagina(request, traject, Stap.INTAKE, form, "trajecten/stap_formulier.html")


@geen_opslag
def besluit(request, code):
    traject = traject_of_404(request, code, queryset=dossier_queryset())
    advies = toelatingsadvies(traject.intake) if hasattr(traject, "intake") else None
    form = BesluitForm(
        request.POST or None,
        initial={
            "genomen_op": timezone.localdate(),
            "toegelaten": "ja" if advies and advies.toegelaten else "nee",
        },
    )
    if request.method == "POST" and mag_stap(traject, Stap.BESLUIT) and form.is_valid():
        try:
            besluit_nemen(traject=traject, door=request.user, **form.cleaned_data)
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("Het besluit is vastgelegd."))
            return redirect("trajecten:detail", code=traject.code)
    return stap_pagina(
        request, traject, Stap.BESLUIT, form, "trajecten/stap_formulier.html", toelatingsadvies=advies
    )
