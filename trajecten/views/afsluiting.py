"""Closure: the eindverslag (versions, preview, PDF) and closing the trajectory."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.formulieren import fout_op_formulier
from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Uitkomst
from trajecten.forms import AfsluitenForm, EindverslagForm
from trajecten.pdf import eindverslag_pdf
from trajecten.services.afsluiting import eindverslag_opslaan, traject_afsluiten
from trajecten.stappen import Stap, mag_stap, uitkomsten, waarom_niet
from trajecten.views.stappen import stap_pagina
from trajecten.views.toegang import geen_opslag, traject_of_404


@geen_opslag
def eindverslag(request, code):
    traject = traject_of_404(request, code)
    laatste = traject.eindverslagen.order_by("-versie").first()
    initial = {"eindgesprek_op": timezone.localdate()}
    if laatste:
        initial.update({veld: getattr(laatste, veld) for veld in EindverslagForm.Meta.fields})
    reden = "" if mag_stap(traject, Stap.EINDVERSLAG) else waarom_niet(traject, Stap.EINDVERSLAG)
    form = None if reden else EindverslagForm(request.POST or None, initial=initial)
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            verslag = eindverslag_opslaan(traject=traject, gegevens=form.cleaned_data, door=request.user)
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(
                request, _("Versie %(n)d van het eindverslag is opgeslagen.") % {"n": verslag.versie}
            )
            return redirect("trajecten:eindverslag_voorbeeld", code=traject.code, versie=verslag.versie)
    audit_loggen(user=request.user, actie=Actie.BEKEKEN, traject=traject, velden=["eindverslag"])
    return render(
        request,
        "trajecten/eindverslag.html",
        {
            "title": _("Eindverslag"),
            "traject": traject,
            "form": form,
            "reden": reden,
            "versies": traject.eindverslagen.all(),
        },
        status=409 if reden and request.method == "POST" else 200,
    )


def _identiteit(traject):
    return traject.identiteit.gegevens if hasattr(traject, "identiteit") else None


@geen_opslag
def eindverslag_voorbeeld(request, code, versie):
    traject = traject_of_404(request, code)
    verslag = get_object_or_404(traject.eindverslagen, versie=versie)
    audit_loggen(
        user=request.user, actie=Actie.BEKEKEN, traject=traject, velden=["eindverslag", "identiteit.voornaam"]
    )
    return render(
        request,
        "trajecten/eindverslag_voorbeeld.html",
        {
            "title": _("Eindverslag"),
            "traject": traject,
            "verslag": verslag,
            "identiteit": _identiteit(traject),
        },
    )


@geen_opslag
def eindverslag_download(request, code, versie):
    traject = traject_of_404(request, code)
    verslag = get_object_or_404(traject.eindverslagen, versie=versie)
    filename, mimetype, inhoud = eindverslag_pdf(verslag, identiteit=_identiteit(traject))
    audit_loggen(
        user=request.user, actie=Actie.PDF, traject=traject, velden=["eindverslag", "identiteit.voornaam"]
    )
    response = HttpResponse(inhoud, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@geen_opslag
def afsluiten(request, code):
    """Close the trajectory with one of the endings the state machine allows now."""
    traject = traject_of_404(request, code)
    keuzes = uitkomsten(traject)
    form = AfsluitenForm(request.POST or None, uitkomsten=keuzes)
    if request.method == "POST" and keuzes and form.is_valid():
        try:
            traject = traject_afsluiten(traject=traject, door=request.user, **form.cleaned_data)
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(
                request,
                _("Het traject is afgesloten: %(uitkomst)s.") % {"uitkomst": traject.get_uitkomst_display()},
            )
            return redirect("trajecten:detail", code=traject.code)
    return stap_pagina(
        request,
        traject,
        Stap.AFSLUITEN,
        form,
        "trajecten/afsluiten.html",
        kan_afronden=Uitkomst.AFGEROND in keuzes,
    )
