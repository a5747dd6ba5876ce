"""The kerngroep's intervisie screens in the Wagtail admin: saving groups, memberships, forming groups.

Every write goes through `intervisie.services`; a refusal is shown with `portal.formulieren`.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import CreateView, EditView

from intervisie.admin.forms import IndelingForm
from intervisie.indeling import indeling_voorstellen
from intervisie.models import Intervisiegroep
from intervisie.selectors import instellingen, kandidaten_van, ongeplaatste_trainers, organisaties_van
from intervisie.services.groepen import (
    groep_opslaan,
    indeling_bevestigen,
    lid_toevoegen,
    lidmaatschap_beeindigen,
)
from portal.formulieren import fout_op_formulier, service_fout_tonen
from portal.models.organisaties import Regio


class GroepOpslaanMixin:
    """Saving goes through the service: it checks the kind and ends memberships of a closed group."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = groep_opslaan(groep=form.save(commit=False), door=self.request.user)
        except ValidationError as error:
            return service_fout_tonen(self, form, error)
        form.save_m2m()
        return self.save_action()


class GroepCreateView(GroepOpslaanMixin, CreateView):
    pass


class GroepEditView(GroepOpslaanMixin, EditView):
    pass


def vrije_groepsnamen(aantal: int) -> list[str]:
    bestaand = set(Intervisiegroep.objects.values_list("naam", flat=True))
    namen, nummer = [], 1
    while len(namen) < aantal:
        naam = _("Landelijk %(n)d") % {"n": nummer}
        if naam not in bestaand:
            namen.append(naam)
        nummer += 1
    return namen


def indelen_view(request):
    """Rule-based proposal, edited and confirmed by the kerngroep in one screen (issue 7)."""
    regels = instellingen()
    trainers = list(ongeplaatste_trainers())
    voorstel = indeling_voorstellen(
        kandidaten_van(trainers), min_grootte=regels.min_grootte, max_grootte=regels.max_grootte
    )
    # One spare new group, so the kerngroep can split a proposed group further.
    aantal_nieuw = len(voorstel.groepen) + 1
    initial = {k.user_id: f"nieuw-{i}" for i, g in enumerate(voorstel.groepen, start=1) for k in g.leden}
    groepen = list(
        Intervisiegroep.objects.landelijk()
        .actief()
        .order_by("naam")
        .annotate(aantal_leden=Count("lidmaatschappen", filter=Q(lidmaatschappen__eind_op__isnull=True)))
    )
    form = IndelingForm(
        request.POST or None,
        trainers=trainers,
        groepen=groepen,
        aantal_nieuw=aantal_nieuw,
        initial_keuzes=initial,
        namen=vrije_groepsnamen(aantal_nieuw),
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            nieuwe, bestaande = form.indeling()
            try:
                nieuw = indeling_bevestigen(
                    nieuwe_groepen=nieuwe,
                    bestaande=bestaande,
                    door=request.user,
                    min_grootte=regels.min_grootte,
                    max_grootte=regels.max_grootte,
                )
            except ValidationError as error:
                fout_op_formulier(form, error)
            else:
                messages.success(
                    request,
                    _("%(n)d trainers ingedeeld; ze krijgen een e-mail met hun groep.") % {"n": len(nieuw)},
                )
                return redirect(reverse("intervisiegroepen:index"))
        status = 400
    organisaties = organisaties_van([t.pk for t in trainers])
    per_trainer = {t.pk: t for t in trainers}
    return TemplateResponse(
        request,
        "intervisie/admin/indelen.html",
        {
            "page_title": _("Groepen vormen"),
            "header_icon": "group",
            "form": form,
            "voorstel": voorstel,
            "voorstel_groepen": [
                (i, g, [(per_trainer[k.user_id], organisaties.get(k.user_id)) for k in g.leden])
                for i, g in enumerate(voorstel.groepen, start=1)
            ],
            "rijen": [(t, organisaties.get(t.pk), form[f"trainer-{t.pk}"]) for t in trainers],
            "naamvelden": [form[f"naam-{i}"] for i in range(1, aantal_nieuw + 1)],
            "groepen": groepen,
            "regio_labels": dict(Regio.choices),
        },
        status=status,
    )


class LidToevoegenView(CreateView):
    """Adding goes through the service: licence, one national group, size; the trainer gets a mail."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = lid_toevoegen(
                groep=form.cleaned_data["groep"], user=form.cleaned_data["user"], door=self.request.user
            )
        except ValidationError as error:
            return service_fout_tonen(self, form, error)
        return self.save_action()


class LidmaatschapBeeindigenView(EditView):
    """'Edit' a membership = end it; the row stays as history."""

    success_message = gettext_lazy("Lidmaatschap beëindigd.")

    def form_valid(self, form):
        self.form = form
        try:
            lidmaatschap_beeindigen(lidmaatschap=self.object, door=self.request.user)
        except ValidationError as error:
            return service_fout_tonen(self, form, error)
        return self.save_action()
