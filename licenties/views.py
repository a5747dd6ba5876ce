"""Licence pages: the holder's own page, registering for days, certificates, and public verification."""

import re

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from licenties.certificaten import aanwezigheidsverklaring_pdf, actueel_certificaat
from licenties.models import DagAanmelding, Licentie, LicentieStatus, Professionaliseringsdag
from licenties.selectors import dagaanmeldingen_van, komende_dagen, licenties_van
from licenties.services import dag_aanmelden, dag_afmelden, dag_plaatsaanbod_accepteren
from licenties.status import onderhoud_van
from portal import querystring
from portal.plaatsing import PlaatsStatus, plaatsing_bij_token
from portal.ratelimit import limiet_bereikt
from portal.roles import Role, has_role

# Public verification: at most this many lookups per address per window, against enumeration.
VERIFICATIE_LIMIET, VERIFICATIE_VENSTER = 20, 600
NUMMER_VORM = re.compile(r"^[A-Z]{2,3}-\d{4}-\d{4}$")


def pdf_response(pdf: bytes, bestandsnaam: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{bestandsnaam}"'
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@login_required
def mijn_licentie(request):
    aangemeld = set(DagAanmelding.objects.actief().filter(user=request.user).values_list("dag_id", flat=True))
    return render(
        request,
        "licenties/mijn_licentie.html",
        {
            "title": _("Mijn licentie"),
            "overzichten": licenties_van(request.user),
            "dagen": [(dag, dag.pk in aangemeld) for dag in komende_dagen()],
            "aanmeldingen": dagaanmeldingen_van(request.user),
            "vandaag": timezone.localdate(),
        },
    )


@require_POST
@login_required
def aanmelden(request, pk):
    dag = get_object_or_404(Professionaliseringsdag, pk=pk)
    try:
        aanmelding = dag_aanmelden(dag=dag, door=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if aanmelding.heeft_plaats:
            messages.success(
                request, _("Je bent aangemeld voor de professionaliseringsdag van %(dag)s.") % {"dag": dag}
            )
        else:
            messages.info(
                request, _("De dag is vol: je staat op de wachtlijst. We mailen je zodra er plaats is.")
            )
    return redirect("licenties:mijn_licentie")


@require_POST
@login_required
def afmelden(request, pk):
    aanmelding = get_object_or_404(DagAanmelding.objects.select_related("dag"), pk=pk, user=request.user)
    try:
        dag_afmelden(aanmelding=aanmelding, door=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Je bent afgemeld voor de dag van %(dag)s.") % {"dag": aanmelding.dag})
    return redirect("licenties:mijn_licentie")


@never_cache
def plaatsaanbod(request, token):
    """The link in an offer mail: accept the freed seat (a POST, so mail scanners accept nothing)."""
    aanmelding = plaatsing_bij_token(DagAanmelding, token)
    if aanmelding is None:
        raise Http404
    fout = None
    if request.method == "POST":
        try:
            dag_plaatsaanbod_accepteren(aanmelding=aanmelding)
        except ValidationError as error:
            fout = error.messages[0]
        else:
            messages.success(request, _("Je plaats is bevestigd."))
            return redirect("licenties:plaatsaanbod", token=token)  # the link works without a login
    return render(
        request,
        "licenties/plaatsaanbod.html",
        {
            "title": _("Plaats op een professionaliseringsdag"),
            "aanmelding": aanmelding,
            "dag": aanmelding.dag,
            "fout": fout,
            "open": aanmelding.status == PlaatsStatus.AANGEBODEN
            and not aanmelding.plaatsaanbod_is_verlopen(),
        },
        status=409 if fout else 200,  # refused (expired, already taken): said in Dutch, nothing changed
    )


def mag_licentie_inzien(user, licentie: Licentie) -> bool:
    return licentie.houder_id == user.pk or user.is_superuser or has_role(user, Role.KERNGROEP)


@login_required
def certificaat(request, pk):
    licentie = get_object_or_404(Licentie.objects.select_related("houder"), pk=pk)
    if not mag_licentie_inzien(request.user, licentie):
        raise Http404
    return pdf_response(actueel_certificaat(licentie), f"certificaat-{licentie.nummer}.pdf")


@login_required
def aanwezigheidsverklaring(request, pk):
    aanmelding = get_object_or_404(DagAanmelding.objects.select_related("dag", "user"), pk=pk, aanwezig=True)
    if aanmelding.user_id != request.user.pk and not has_role(request.user, Role.KERNGROEP):
        raise Http404
    return pdf_response(
        aanwezigheidsverklaring_pdf(aanmelding),
        f"aanwezigheidsverklaring-{aanmelding.dag.datum:%Y-%m-%d}.pdf",
    )


# --- Public verification -----------------------------------------------------------------


def normaliseren(nummer: str) -> str:
    return nummer.strip().upper().replace(" ", "")


NUMMER_FOUT = gettext_lazy(
    "Vul een licentienummer in zoals het op het certificaat staat, bijvoorbeeld RF-2026-0042."
)


class VerifieerForm(forms.Form):
    """`?nummer=` of the public check: a number in the form the certificates print."""

    nummer = forms.CharField(
        label=gettext_lazy("Licentienummer"),
        max_length=40,
        error_messages={"required": NUMMER_FOUT, "max_length": NUMMER_FOUT},
    )

    def clean_nummer(self):
        nummer = normaliseren(self.cleaned_data["nummer"])
        if not NUMMER_VORM.match(nummer):
            raise ValidationError(NUMMER_FOUT)
        return nummer


def verifieer_pagina(request, form: VerifieerForm):
    fout = form.errors["nummer"][0] if form.is_bound and "nummer" in form.errors else None
    nummer = normaliseren(str(form["nummer"].value() or ""))[:40]
    response = render(
        request,
        "licenties/verifieer.html",
        {"title": _("Licentie controleren"), "fout": fout, "nummer": nummer},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def verifieer_zoeken(request):
    """The form: type a number from a certificate. A malformed number gets the form again (400)."""
    form = querystring.lees(request, VerifieerForm, bij_fout=lambda form: verifieer_pagina(request, form))
    if form.is_bound:
        return redirect("licenties:verifieer", nummer=form.cleaned_data["nummer"])
    return verifieer_pagina(request, form)


def verifieer(request, nummer):
    """What anyone may know about a licence: name, number, programme, status and dates — nothing else."""
    if limiet_bereikt(
        request, actie="licentie-verifieren", aantal=VERIFICATIE_LIMIET, seconden=VERIFICATIE_VENSTER
    ):
        response = render(
            request,
            "licenties/verifieer.html",
            {"title": _("Licentie controleren"), "te_vaak": True},
            status=429,
        )
        response["Retry-After"] = str(VERIFICATIE_VENSTER)
        return response
    licentie = Licentie.objects.select_related("houder").filter(nummer=normaliseren(nummer)).first()
    context = {"title": _("Licentie controleren"), "nummer": normaliseren(nummer)}
    if licentie is None:
        response = render(request, "licenties/verifieer.html", {**context, "niet_gevonden": True}, status=404)
    else:
        onderhoud = onderhoud_van(licentie)
        context |= {
            "licentie": licentie,
            "onderhoud": onderhoud,
            "geblokkeerd": onderhoud.status in (LicentieStatus.GESCHORST, LicentieStatus.INGETROKKEN),
        }
        response = render(request, "licenties/verifieer.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "no-store"
    return response
