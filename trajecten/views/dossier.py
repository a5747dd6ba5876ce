"""Lists, search and the case page. Every read is logged; every trajectory comes through `zichtbaar_voor`."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from portal import querystring
from portal.models import Lidmaatschap
from portal.roles import Role, has_role
from trajecten.audit import Actie, audit_loggen
from trajecten.forms import ZoekForm
from trajecten.models import Inzage, Traject, TrajectInstellingen
from trajecten.rules import afwezigheidsopvolging, kostenraming, toelatingsadvies
from trajecten.selectors import aantal_afwezig, dossier_queryset
from trajecten.stappen import Stap, mag_stap
from trajecten.views.toegang import geen_opslag, traject_of_404


@geen_opslag
def overzicht(request):
    """The trajectories in scope; school contacts see their school's registrations (status only)."""
    form = querystring.lees(request, ZoekForm)
    zichtbaar = Traject.objects.zichtbaar_voor(request.user, inzage=Inzage.STATUS).select_related("school")
    if form.is_bound and form.cleaned_data["q"]:
        zichtbaar = zichtbaar.filter(code__icontains=form.cleaned_data["q"].strip())
        audit_loggen(user=request.user, actie=Actie.GEZOCHT, velden=["code"])
    else:
        audit_loggen(user=request.user, actie=Actie.LIJST)
    return render(
        request,
        "trajecten/overzicht.html",
        {
            "title": _("Trajecten"),
            "trajecten": zichtbaar,
            "form": form,
            "mag_aanmelden": has_role(request.user, Role.SCHOOLCONTACT),
            "is_coordinator": has_role(request.user, Role.TRAINER)
            and Lidmaatschap.objects.filter(user=request.user, is_coordinator=True).exists(),
        },
    )


@geen_opslag
def detail(request, code):
    """The case page for trainers and coordinators; the school contact gets the status page."""
    dossier = Traject.objects.zichtbaar_voor(request.user).filter(code=code).exists()
    if not dossier:
        traject = traject_of_404(request, code, inzage=Inzage.STATUS)
        audit_loggen(user=request.user, actie=Actie.BEKEKEN, traject=traject, velden=["status"])
        return render(request, "trajecten/status.html", {"title": traject.code, "traject": traject})
    traject = traject_of_404(request, code, queryset=dossier_queryset())
    identiteit = traject.identiteit.gegevens if hasattr(traject, "identiteit") else None
    advies = toelatingsadvies(traject.intake) if hasattr(traject, "intake") else None
    audit_loggen(
        user=request.user,
        actie=Actie.BEKEKEN,
        traject=traject,
        velden=["identiteit", "aanmelding", "advies", "intake", "besluit", "bijeenkomsten"],
    )
    afwezig = aantal_afwezig(traject)
    return render(
        request,
        "trajecten/detail.html",
        {
            "title": traject.code,
            "traject": traject,
            "identiteit": identiteit,
            "toelatingsadvies": advies,
            "stappen": {stap.value: mag_stap(traject, stap) for stap in Stap},
            "afwezigheidsopvolging": afwezigheidsopvolging(afwezig),
            "is_coordinator": Traject.objects.als_coordinator(request.user).filter(pk=traject.pk).exists(),
            "kosten": kostenraming(TrajectInstellingen.load(request_or_site=request), traject.variant),
        },
    )
