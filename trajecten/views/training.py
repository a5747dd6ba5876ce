"""Planning and the training itself: meetings, absences, progress messages, attachments."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import querystring
from portal.formulieren import fout_op_formulier
from portal.vrije_dagen_melden import vrije_dagen_melden
from trajecten.audit import Actie, audit_loggen
from trajecten.choices import BijeenkomstStatus
from trajecten.forms import (
    BijeenkomstForm,
    BijlageForm,
    PlanningForm,
    VerplaatsenForm,
    VoortgangsberichtForm,
)
from trajecten.planning import planning_maken
from trajecten.services.planning import bijeenkomst_verplaatsen, training_plannen
from trajecten.services.verloop import bijeenkomst_vastleggen, bijlage_toevoegen, voortgangsbericht_vastleggen
from trajecten.stappen import Stap, mag_stap
from trajecten.views.stappen import stap_pagina
from trajecten.views.toegang import geen_opslag, traject_of_404


@geen_opslag
def planning(request, code):
    """Choose a start date, see the proposal with warnings and a better date, then confirm."""
    traject = traject_of_404(request, code)

    def pagina(form, **extra):
        return stap_pagina(request, traject, Stap.PLANNEN, form, "trajecten/planning.html", **extra)

    if request.method == "POST":
        form = PlanningForm(request.POST)
    else:  # `?startdatum=`: the proposal for a date, before confirming it
        form = querystring.lees(request, PlanningForm, bij_fout=pagina)
    voorstel = None
    if form.is_bound and form.is_valid() and mag_stap(traject, Stap.PLANNEN):
        startdatum = form.cleaned_data["startdatum"]
        if startdatum < timezone.localdate():
            form.add_error("startdatum", _("Kies een startdatum vanaf vandaag."))
        elif request.method == "POST" and "bevestigen" in request.POST:
            try:
                training_plannen(traject=traject, startdatum=startdatum, door=request.user)
            except ValidationError as error:
                fout_op_formulier(form, error)
            else:
                messages.success(request, _("De training is gepland."))
                return redirect("trajecten:detail", code=traject.code)
        else:
            voorstel = planning_maken(
                regio=traject.school.regio, startdatum=startdatum, variant=traject.variant
            )
    return pagina(form, voorstel=voorstel)


def _bijeenkomst(request, code, pk):
    traject = traject_of_404(request, code)
    return traject, get_object_or_404(traject.bijeenkomsten, pk=pk)


@geen_opslag
def bijeenkomst(request, code, pk):
    """Record a meeting: held or absent (reason), activities, notes, homework; prompts after absence."""
    traject, item = _bijeenkomst(request, code, pk)
    form = BijeenkomstForm(
        request.POST or None,
        initial={
            "uitkomst": "afwezig" if item.status == BijeenkomstStatus.AFWEZIG else "gehouden",
            "reden_afwezigheid": item.reden_afwezigheid,
            "activiteiten": item.activiteiten.all(),
            "notities": item.notities,
            "huiswerk": item.huiswerk,
        },
    )
    verplaatsen = VerplaatsenForm(initial={"datum": item.datum})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            opvolging = bijeenkomst_vastleggen(
                bijeenkomst=item,
                aanwezig=data["uitkomst"] == "gehouden",
                reden_afwezigheid=data["reden_afwezigheid"],
                activiteiten=data["activiteiten"],
                notities=data["notities"],
                huiswerk=data["huiswerk"],
                door=request.user,
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("De bijeenkomst is vastgelegd."))
            if opvolging:
                messages.warning(request, opvolging)
            return redirect("trajecten:detail", code=traject.code)
    audit_loggen(user=request.user, actie=Actie.BEKEKEN, traject=traject, velden=["bijeenkomst"])
    return render(
        request,
        "trajecten/bijeenkomst.html",
        {
            "title": _("Bijeenkomst"),
            "traject": traject,
            "bijeenkomst": item,
            "form": form,
            "verplaatsen": verplaatsen,
        },
    )


@geen_opslag
def verplaatsen(request, code, pk):
    traject, item = _bijeenkomst(request, code, pk)
    form = VerplaatsenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            bijeenkomst_verplaatsen(bijeenkomst=item, datum=form.cleaned_data["datum"], door=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("De bijeenkomst is verplaatst."))
            vrije_dagen_melden(
                request, [(_("De bijeenkomst"), form.cleaned_data["datum"])], regios=[traject.school.regio]
            )
    elif request.method == "POST":
        messages.error(request, _("Geef een geldige datum op; er is niets veranderd."))
    return redirect("trajecten:bijeenkomst", code=traject.code, pk=item.pk)


@geen_opslag
def berichten(request, code):
    """Log a progress message to parents or school: date, channel and gist."""
    traject = traject_of_404(request, code)
    open_berichten = list(traject.voortgangsberichten.filter(verstuurd_op=None))
    form = VoortgangsberichtForm(
        request.POST or None, berichten=open_berichten, initial={"verstuurd_op": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        bericht = next(b for b in open_berichten if b.pk == data.pop("bericht"))
        try:
            voortgangsbericht_vastleggen(bericht=bericht, door=request.user, **data)
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("Het voortgangsbericht is vastgelegd."))
            return redirect("trajecten:berichten", code=traject.code)
    audit_loggen(user=request.user, actie=Actie.BEKEKEN, traject=traject, velden=["voortgangsberichten"])
    return render(
        request,
        "trajecten/berichten.html",
        {
            "title": _("Voortgangsberichten"),
            "traject": traject,
            "form": form if open_berichten and mag_stap(traject, Stap.BERICHT) else None,
            "berichten": traject.voortgangsberichten.all(),
            "vandaag": timezone.localdate(),
        },
    )


@geen_opslag
def bijlage_toevoegen_view(request, code):
    traject = traject_of_404(request, code)
    form = BijlageForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        bestand = form.cleaned_data["bestand"]
        try:
            bijlage_toevoegen(
                traject=traject,
                soort=form.cleaned_data["soort"],
                omschrijving=form.cleaned_data["omschrijving"],
                bestand=bestand,
                content_type=bestand.gevonden_type,
                door=request.user,
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(request, _("De bijlage is toegevoegd."))
            return redirect("trajecten:detail", code=traject.code)
    return render(
        request,
        "trajecten/stap_formulier.html",
        {"title": _("Bijlage toevoegen"), "traject": traject, "form": form, "reden": ""},
    )


@geen_opslag
def bijlage(request, code, pk):
    """Serve an attachment only through this check; the name on download is the code, not the pupil."""
    traject = traject_of_404(request, code)
    item = traject.bijlagen.filter(pk=pk).first()
    if item is None:
        audit_loggen(user=request.user, actie=Actie.GEWEIGERD, traject=traject, velden=["bijlage"])
        raise Http404
    audit_loggen(user=request.user, actie=Actie.BIJLAGE_BEKEKEN, traject=traject, velden=["bijlage"])
    extensie = item.bestand.name.rsplit(".", 1)[-1]
    return FileResponse(
        item.bestand.open("rb"),
        content_type=item.content_type,
        as_attachment=True,
        filename=f"{traject.code}-{item.soort}-{item.pk}.{extensie}",
    )
