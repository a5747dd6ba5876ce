"""The kerngroep's screens in the Wagtail admin: groups, and forming groups from unassigned trainers."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.forms import modelform_factory
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from intervisie.indeling import indeling_voorstellen
from intervisie.models import Groepslidmaatschap, Intervisiegroep
from intervisie.selectors import instellingen, kandidaten_van, ongeplaatste_trainers, organisaties_van
from intervisie.services.groepen import (
    NieuweGroep,
    groep_opslaan,
    indeling_bevestigen,
    lid_toevoegen,
    lidmaatschap_beeindigen,
)
from portal.models.organisaties import Regio


def service_error_response(view, form, error):
    """Show a service's ValidationError in the admin form, as Wagtail shows its own validation errors."""
    if hasattr(error, "error_dict"):
        for veld, fouten in error.message_dict.items():
            form.add_error(veld if veld in form.fields else None, fouten)
    else:
        form.add_error(None, error)
    view.produced_error_code = "validation_error"
    view.produced_error_message = view.get_error_message()
    return view.form_invalid(form)


class GroepOpslaanMixin:
    """Saving goes through the service: it checks the kind and ends memberships of a closed group."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = groep_opslaan(groep=form.save(commit=False), door=self.request.user)
        except ValidationError as error:
            return service_error_response(self, form, error)
        form.save_m2m()
        return self.save_action()


class GroepCreateView(GroepOpslaanMixin, CreateView):
    pass


class GroepEditView(GroepOpslaanMixin, EditView):
    pass


class IntervisiegroepViewSet(ModelViewSet):
    model = Intervisiegroep
    icon = "group"
    menu_label = gettext_lazy("Intervisiegroepen")
    add_view_class = GroepCreateView
    edit_view_class = GroepEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "naam",
        Column("soort", label=gettext_lazy("Soort"), accessor="get_soort_display"),
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        Column("leden", label=gettext_lazy("Leden"), accessor="aantal_leden"),
    ]
    list_filter = ["soort", "status"]
    search_fields = ["naam"]
    inspect_view_fields = ["naam", "soort", "organisatie", "status", "min_grootte", "max_grootte", "weekdag"]
    panels = [
        FieldPanel("naam"),
        FieldRowPanel([FieldPanel("soort"), FieldPanel("organisatie"), FieldPanel("status")]),
        FieldPanel("facilitatoren", widget=forms.SelectMultiple),
        FieldRowPanel([FieldPanel("min_grootte"), FieldPanel("max_grootte")]),
        FieldRowPanel([FieldPanel("weekdag"), FieldPanel("begintijd"), FieldPanel("eindtijd")]),
        FieldPanel("online_link"),
    ]

    def get_queryset(self, request):
        return Intervisiegroep.objects.annotate(
            aantal_leden=Count("lidmaatschappen", filter=Q(lidmaatschappen__eind_op__isnull=True))
        )


class IndelingForm(forms.Form):
    """Per unassigned trainer: no group, a new group or an existing one; and names for the new groups."""

    def __init__(
        self, *args, trainers, groepen, aantal_nieuw: int, initial_keuzes: dict, namen: list[str], **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.trainers = trainers
        self.aantal_nieuw = aantal_nieuw
        keuzes = [("", _("Niet indelen"))]
        keuzes += [(f"nieuw-{i}", _("Nieuwe groep %(n)d") % {"n": i}) for i in range(1, aantal_nieuw + 1)]
        keuzes += [
            (
                f"groep-{g.pk}",
                _("%(groep)s (%(n)d van %(max)d leden)")
                % {"groep": g.naam, "n": g.aantal_leden, "max": g.max_grootte},
            )
            for g in groepen
        ]
        for i in range(1, aantal_nieuw + 1):
            self.fields[f"naam-{i}"] = forms.CharField(
                label=_("Naam van nieuwe groep %(n)d") % {"n": i},
                max_length=120,
                required=False,
                initial=namen[i - 1],
            )
        for trainer in trainers:
            self.fields[f"trainer-{trainer.pk}"] = forms.ChoiceField(
                label=trainer.get_full_name() or trainer.email,
                choices=keuzes,
                required=False,
                initial=initial_keuzes.get(trainer.pk, ""),
            )

    def indeling(self) -> tuple[list[NieuweGroep], dict[int, list]]:
        nieuwe = [NieuweGroep(naam=self.cleaned_data[f"naam-{i}"]) for i in range(1, self.aantal_nieuw + 1)]
        bestaande: dict[int, list] = {}
        for trainer in self.trainers:
            keuze = self.cleaned_data.get(f"trainer-{trainer.pk}") or ""
            if keuze.startswith("nieuw-"):
                nieuwe[int(keuze.removeprefix("nieuw-")) - 1].leden.append(trainer)
            elif keuze.startswith("groep-"):
                bestaande.setdefault(int(keuze.removeprefix("groep-")), []).append(trainer)
        return [g for g in nieuwe if g.leden], bestaande


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
    if not request.user.has_perm("intervisie.add_intervisiegroep"):
        raise PermissionDenied
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
                for fout in error.messages:
                    form.add_error(None, fout)
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


class IndelenViewSet(ViewSet):
    icon = "group"
    menu_label = gettext_lazy("Groepen vormen")

    def get_urlpatterns(self):
        return [path("", indelen_view, name="index")]


class LidToevoegenView(CreateView):
    """Adding goes through the service: licence, one national group, size; the trainer gets a mail."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = lid_toevoegen(
                groep=form.cleaned_data["groep"], user=form.cleaned_data["user"], door=self.request.user
            )
        except ValidationError as error:
            return service_error_response(self, form, error)
        return self.save_action()


class LidmaatschapBeeindigenView(EditView):
    """'Edit' a membership = end it; the row stays as history."""

    success_message = gettext_lazy("Lidmaatschap beëindigd.")

    def form_valid(self, form):
        self.form = form
        try:
            lidmaatschap_beeindigen(lidmaatschap=self.object, door=self.request.user)
        except ValidationError as error:
            return service_error_response(self, form, error)
        return self.save_action()


class GroepslidmaatschapViewSet(ModelViewSet):
    """Memberships with their history. Adding and ending go through the services (docs/intervisie.md)."""

    model = Groepslidmaatschap
    icon = "user"
    menu_label = gettext_lazy("Lidmaatschappen")
    add_view_class = LidToevoegenView
    edit_view_class = LidmaatschapBeeindigenView
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = ["groep", "user"]
    list_display = ["groep", "user", "begin_op", "eind_op"]
    list_filter = ["groep", "is_landelijk"]
    search_fields = ["user__first_name", "user__last_name", "groep__naam"]
    inspect_view_fields = ["groep", "user", "begin_op", "eind_op", "gemeld_op"]

    def get_form_class(self, for_update=False):
        if for_update:
            return modelform_factory(Groepslidmaatschap, form=WagtailAdminModelForm, fields=[])
        return super().get_form_class(for_update)


class IntervisieViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Intervisie")
    menu_icon = "group"
    menu_order = 230
    items = (
        IndelenViewSet("intervisie_indelen"),
        IntervisiegroepViewSet("intervisiegroepen"),
        GroepslidmaatschapViewSet("intervisie_lidmaatschappen"),
    )
