"""Professionalisation days in the admin: the list with seats and attendance, edits, attendance."""

from collections import OrderedDict

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets.button import Button

from licenties.admin.forms import AanwezigheidForm
from licenties.models import DagAanmelding, Professionaliseringsdag
from licenties.services import aanwezigheid_vastleggen, dag_gewijzigd
from portal.exports import VeiligeExportMixin
from portal.formulieren import fout_op_formulier
from portal.plaatsing import BEZETTEND, PlaatsStatus, wachtenden
from portal.vrije_dagen_melden import VrijeDagenMeldenMixin

# --- Professionalisation days ---------------------------------------------------------------------


class DagIndexView(IndexView):
    """Every day with its seats taken, waiting list and attendance (one query for the counts)."""

    default_ordering = "-datum"

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(
                bezet=Count("aanmeldingen", filter=Q(aanmeldingen__status__in=BEZETTEND)),
                wachtend=Count("aanmeldingen", filter=Q(aanmeldingen__status=PlaatsStatus.WACHTLIJST)),
                aantal_aanwezig=Count("aanmeldingen", filter=Q(aanmeldingen__aanwezig=True)),
            )
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm("licenties.change_dagaanmelding"):
            buttons.append(
                Button(
                    _("Aanwezigheid"),
                    url=reverse("professionaliseringsdagen:aanwezigheid", args=[instance.pk]),
                    icon_name="tasks",
                    priority=15,
                )
            )
        return buttons


def bezetting(dag) -> str:
    return f"{dag.bezet} / {dag.capaciteit}"


DAG_LIJST = [
    "datum",
    "thema",
    Column("bezetting", label=gettext_lazy("Plaatsen bezet"), accessor=bezetting),
    Column("wachtend", label=gettext_lazy("Wachtlijst"), accessor="wachtend", sort_key="wachtend"),
    Column(
        "aantal_aanwezig",
        label=gettext_lazy("Aanwezig"),
        accessor="aantal_aanwezig",
        sort_key="aantal_aanwezig",
    ),
    Column("status", label=gettext_lazy("Status"), accessor="get_status_display", sort_key="status"),
]


class DagVrijeDagenMixin(VrijeDagenMeldenMixin):
    """A day on a weekend or public holiday is saved with a warning (portal/vrije_dagen_melden.py)."""

    def vrije_dagen_van(self, dag):
        return [(_("De professionaliseringsdag"), dag.datum)]


class DagCreateView(DagVrijeDagenMixin, CreateView):
    pass


class DagEditView(DagVrijeDagenMixin, EditView):
    """After saving, `dag_gewijzigd` tells registrants and calendars about a new date, time or place."""

    def save_instance(self):
        velden = set(self.form.changed_data)
        dag = self.form.save()
        # The service writes the audit entry, with the fields that changed.
        dag_gewijzigd(dag=dag, velden=velden, door=self.request.user)
        return dag


AANWEZIGHEID_EXPORT = OrderedDict(
    [
        ("naam", (gettext_lazy("Naam"), lambda a: a.user.get_full_name())),
        ("email", (gettext_lazy("E-mailadres"), lambda a: a.user.email)),
        ("voorrang", (gettext_lazy("Voorrang"), lambda a: _("ja") if a.voorrang else _("nee"))),
        (
            "aanwezig",
            (
                gettext_lazy("Aanwezig"),
                lambda a: (
                    _("niet vastgelegd") if a.aanwezig is None else (_("ja") if a.aanwezig else _("nee"))
                ),
            ),
        ),
    ]
)


class DagAanwezigheidView(
    VeiligeExportMixin, SpreadsheetExportMixin, PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView
):
    """Who attended: a checkbox per registration with a seat; the waiting list in its order below."""

    model = DagAanmelding
    permission_required = "change"
    template_name = "licenties/admin/dag_aanwezigheid.html"
    form_class = AanwezigheidForm
    header_icon = "tasks"
    list_export = list(AANWEZIGHEID_EXPORT)
    export_headings = {sleutel: kop for sleutel, (kop, _waarde) in AANWEZIGHEID_EXPORT.items()}

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.dag = get_object_or_404(Professionaliseringsdag, pk=kwargs["pk"])

    def get_filename(self):
        return f"aanwezigheid-{self.dag.datum:%Y-%m-%d}"

    def get_page_title(self):
        return _("Aanwezigheid")

    def get_page_subtitle(self):
        return str(self.dag)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("professionaliseringsdagen:index"), "label": _("Professionaliseringsdagen")},
            {"url": reverse("professionaliseringsdagen:edit", args=[self.dag.pk]), "label": str(self.dag)},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def geplaatst(self):
        return list(
            self.dag.aanmeldingen.filter(status=PlaatsStatus.GEPLAATST)
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "pk")
        )

    def to_row_dict(self, item):
        return OrderedDict((sleutel, waarde(item)) for sleutel, (_kop, waarde) in AANWEZIGHEID_EXPORT.items())

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.geplaatst, request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "aanmeldingen": self.geplaatst}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "dag": self.dag,
                "geplaatst": self.geplaatst,
                # A checkbox per seated registration, in the same order as the choices.
                "rijen": list(zip(context["form"]["aanwezig"], self.geplaatst, strict=True)),
                "aangeboden": self.dag.aanmeldingen.filter(status=PlaatsStatus.AANGEBODEN).select_related(
                    "user"
                ),
                "wachtlijst": wachtenden(self.dag, DagAanmelding).select_related("user"),
            }
        )
        return context

    def form_valid(self, form):
        try:
            aantal = aanwezigheid_vastleggen(
                dag=self.dag, aanwezig_ids=set(form.cleaned_data["aanwezig"]), door=self.request.user
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Aanwezigheid vastgelegd: %(aanwezig)s van %(totaal)s aanwezig.")
            % {"aanwezig": aantal, "totaal": len(self.geplaatst)},
        )
        return HttpResponseRedirect(self.request.path)

    def form_invalid(self, form):
        messages.error(
            self.request, _("De aanwezigheid is niet vastgelegd. Bekijk de melding bij het formulier.")
        )
        return super().form_invalid(form)
