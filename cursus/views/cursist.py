"""The cursist's own pages: applications and dates, cancelling, the werkagenda and its PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from cursus.forms import WerkagendaForm
from cursus.models import Aanmelding, Werkagenda
from cursus.pdf import werkagenda_pdf
from cursus.rules import afmeldtermijn_open
from cursus.selectors import deelnames_van
from cursus.services.aanmelden import aanmelding_afmelden
from cursus.services.deelname import werkagenda_opslaan
from portal.formulieren import fout_op_formulier


@never_cache
@login_required
def mijn_cursus(request):
    return render(
        request,
        "cursus/mijn_cursus.html",
        {
            "title": _("Mijn cursus"),
            "deelnames": deelnames_van(request.user),
            "vandaag": timezone.localdate(),
        },
    )


@never_cache
@login_required
def afmelden(request, pk):
    aanmelding = get_object_or_404(Aanmelding.objects.select_related("cursusronde"), pk=pk, user=request.user)
    fout = None
    if request.method == "POST":
        try:
            aanmelding_afmelden(aanmelding=aanmelding, door=request.user)
        except ValidationError as error:
            fout = error.messages[0]
        else:
            messages.success(
                request, _("Je bent afgemeld voor cursusronde %(ronde)s.") % {"ronde": aanmelding.cursusronde}
            )
            return redirect("cursus:mijn_cursus")
    return render(
        request,
        "cursus/afmelden.html",
        {
            "title": _("Afmelden"),
            "aanmelding": aanmelding,
            "fout": fout,
            "termijn_open": not aanmelding.heeft_plaats
            or afmeldtermijn_open(aanmelding.cursusronde, op=timezone.localdate()),
        },
        status=400 if fout else 200,
    )


@never_cache
@login_required
def werkagenda(request, pk):
    aanmelding = get_object_or_404(Aanmelding.objects.select_related("cursusronde"), pk=pk, user=request.user)
    if not aanmelding.is_deelnemer:
        messages.warning(request, _("Een werkagenda schrijf je zodra je deelnemer bent van een cursusronde."))
        return redirect("cursus:mijn_cursus")
    bestaand = Werkagenda.objects.filter(aanmelding=aanmelding).first()
    # No instance: the service decides what is saved, the form only checks the input.
    form = WerkagendaForm(request.POST or None, initial=model_to_dict(bestaand) if bestaand else None)
    if request.method == "POST" and form.is_valid():
        indienen = "indienen" in request.POST
        try:
            werkagenda_opslaan(
                aanmelding=aanmelding, teksten=form.cleaned_data, indienen=indienen, door=request.user
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
        else:
            messages.success(
                request, _("Je werkagenda is ingediend.") if indienen else _("Je werkagenda is opgeslagen.")
            )
            return redirect("cursus:werkagenda", pk=aanmelding.pk)
    return render(
        request,
        "cursus/werkagenda.html",
        {
            "title": _("Mijn werkagenda"),
            "aanmelding": aanmelding,
            "werkagenda": bestaand,
            "form": form,
            "opmerkingen": bestaand.opmerkingen.select_related("auteur") if bestaand else [],
        },
    )


@never_cache
@login_required
def werkagenda_download(request, pk):
    """The PDF for its writer, and for the opleiders and kerngroep who may read it."""
    aanmelding = get_object_or_404(Aanmelding.objects.zichtbaar_voor(request.user), pk=pk)
    werkagenda_ = get_object_or_404(
        Werkagenda.objects.select_related("aanmelding__cursusronde"), aanmelding=aanmelding
    )
    filename, mimetype, content = werkagenda_pdf(werkagenda_)
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
