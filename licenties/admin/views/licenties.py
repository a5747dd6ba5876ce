"""The kerngroep's licence screens in the Wagtail admin: the overview, one licence, registering one.

Every write goes through `licenties.services`; these views only gather input, call it and
show its Dutch answer. Issuing, days and the upkeep rule have their own modules
(`uitgifte`, `dagen`, `onderhoud` next to this one); `licenties.admin.viewsets` puts them in the menu.
"""

from collections import OrderedDict
from datetime import date, timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Table
from wagtail.admin.views.generic import CreateView, IndexView, InspectView
from wagtail.admin.widgets.button import Button
from wagtail.models import ModelLogEntry

from licenties import tellingen
from licenties.admin.forms import BesluitForm, LicentieFilterSet
from licenties.models import DagAanmelding, Licentie, LicentieStatus, Onderhoudsregel
from licenties.selectors import licenties_van
from licenties.services import besluit_nemen, licentie_registreren
from portal.exports import VeiligeExportMixin
from portal.formulieren import fout_op_formulier, service_fout_tonen
from portal.kalender import datum_tekst, months_later
from portal.models import Lidmaatschap

# --- The overview ------------------------------------------------------------------------------


def houder_naam(licentie) -> str:
    return licentie.houder.get_full_name() or licentie.houder.email


def organisaties_van(licentie) -> str:
    return ", ".join(lid.organisatie.naam for lid in licentie.houder.lidmaatschappen.all())


def regio_van(licentie) -> str:
    regios = {lid.organisatie.get_regio_display() for lid in licentie.houder.lidmaatschappen.all()}
    return ", ".join(sorted(str(r) for r in regios))


def met_overzichtsgegevens(queryset):
    """Holder and organisations in two extra queries, whatever the number of licences."""
    return queryset.select_related("houder").prefetch_related(
        Prefetch(
            "houder__lidmaatschappen",
            queryset=Lidmaatschap.objects.select_related("organisatie").order_by("organisatie__naam"),
        )
    )


# What the CSV and XLSX export contain: heading and value per column.
LICENTIE_EXPORT = OrderedDict(
    [
        ("nummer", (gettext_lazy("Licentienummer"), lambda lic: lic.nummer)),
        ("houder", (gettext_lazy("Houder"), houder_naam)),
        ("organisatie", (gettext_lazy("Organisatie"), organisaties_van)),
        ("regio", (gettext_lazy("Regio"), regio_van)),
        ("programma", (gettext_lazy("Programma"), lambda lic: lic.get_programma_display())),
        ("status", (gettext_lazy("Status"), lambda lic: lic.get_status_display())),
        ("geldig_tot", (gettext_lazy("Geldig tot en met"), lambda lic: lic.geldig_tot)),
        ("behaald_op", (gettext_lazy("Behaald op"), lambda lic: lic.behaald_op)),
    ]
)


class LicentieTabel(Table):
    """The overview's table with its rows in one template, instead of a template per cell.

    Wagtail renders each cell as a component (~3 ms a row on this machine, most of the page's
    time). The headers, with their sorting links, stay Wagtail's; a row is the licence number
    linking to the licence, then the plain values of the other columns.
    """

    template_name = "licenties/admin/licentie_tabel.html"

    def __init__(self, *args, rij_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.rij_url = rij_url

    @property
    def lichte_rijen(self):
        titel, *kolommen = self.columns.values()
        for licentie in self.data:
            yield {
                "titel": titel.get_value(licentie),
                "url": self.rij_url(licentie),
                "waarden": [celtekst(kolom.get_value(licentie)) for kolom in kolommen],
            }


def celtekst(waarde) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, date):
        return datum_tekst(waarde)
    return str(waarde)


class LicentieIndexView(VeiligeExportMixin, IndexView):
    """All licences with filters, the counts per status above the list, and the export of what is filtered."""

    results_template_name = "licenties/admin/licentie_index_results.html"
    filterset_class = LicentieFilterSet
    default_ordering = "nummer"
    export_filename = "licenties"
    list_export = list(LICENTIE_EXPORT)
    export_headings = {sleutel: kop for sleutel, (kop, _waarde) in LICENTIE_EXPORT.items()}
    search_fields = ["nummer", "houder__first_name", "houder__last_name", "houder__email"]

    @cached_property
    def search_query(self):
        # Longer than any name, address or number, so it finds nothing more; SQLite refuses a very
        # long LIKE pattern ("pattern too complex") where it should simply find nothing.
        return super().search_query[:200]

    def get_base_queryset(self):
        return met_overzichtsgegevens(super().get_base_queryset())

    @property
    def table_class(self):
        return LicentieTabel

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "rij_url": self.get_inspect_url}

    def to_row_dict(self, item):
        return OrderedDict((sleutel, waarde(item)) for sleutel, (_kop, waarde) in LICENTIE_EXPORT.items())

    @cached_property
    def add_item_label(self):
        return _("Bestaande licentie registreren")

    @cached_property
    def toont_alles(self) -> bool:
        """No filter and no search: the counts are the whole table's, kept in `licenties.tellingen`."""
        return not (self.is_searching or self.is_filtering)

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        if self.toont_alles and not self.is_export:
            paginator.count = sum(tellingen.per_status().values())
        return paginator

    def status_tellingen(self) -> dict:
        """Licences per status under every filter but the status itself, with a link that adds it."""
        zonder_status = self.request.GET.copy()
        for sleutel in ("status", self.page_kwarg, "export", "_w_filter_fragment"):
            zonder_status.pop(sleutel, None)
        if self.toont_alles:
            per_status = tellingen.per_status()
        else:
            queryset = Licentie.objects.all()
            filters = self.filterset_class(data=zonder_status, request=self.request, queryset=queryset)
            if filters.is_valid():
                queryset = filters.qs
            queryset = self.search_queryset(queryset)
            per_status = dict(queryset.order_by().values_list("status").annotate(aantal=Count("pk")))
        gekozen = self.request.GET.get("status")
        regels = []
        for status in LicentieStatus:
            met_status = zonder_status.copy()
            met_status["status"] = status.value
            regels.append(
                {
                    "label": status.label,
                    "aantal": per_status.get(status.value, 0),
                    "url": f"{self.index_url}?{met_status.urlencode()}",
                    "gekozen": gekozen == status.value,
                }
            )
        return {
            "regels": regels,
            "totaal": sum(per_status.values()),
            "alle_url": f"{self.index_url}?{zonder_status.urlencode()}".rstrip("?"),
        }

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.is_export:
            context["status_tellingen"] = self.status_tellingen()
        return context

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons.copy()
        if self.user_has_permission("add"):
            buttons.append(
                Button(
                    _("Licenties uitgeven"),
                    url=reverse("licentie_uitgifte:index"),
                    icon_name="success",
                    priority=5,
                )
            )
        return buttons


# --- One licence -------------------------------------------------------------------------------


def logregels(instance):
    return [
        {"moment": regel.timestamp, "wat": regel.message, "door": regel.user_display_name}
        for regel in ModelLogEntry.objects.for_instance(instance)
        .select_related("user")
        .order_by("-timestamp", "-pk")
    ]


class LicentieDetailView(InspectView):
    """The facts, the live outcome of the upkeep rule, the evidence, the history and the decision form."""

    template_name = "licenties/admin/licentie_detail.html"
    http_method_names = ["get", "post", "head", "options"]

    def get_object(self, queryset=None):
        return get_object_or_404(
            Licentie.objects.select_related("houder", "cursusronde", "uitgegeven_door"), pk=self.pk
        )

    def get_page_title(self):
        return _("Licentie")

    def mag_besluiten(self) -> bool:
        return self.request.user.has_perm("licenties.add_besluit")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        licentie = self.object
        overzicht = next(o for o in licenties_van(licentie.houder) if o.licentie.pk == licentie.pk)
        context.update(
            {
                "licentie": licentie,
                "onderhoud": overzicht.onderhoud,
                "jaren": overzicht.jaren,
                "organisaties": Lidmaatschap.objects.filter(user=licentie.houder)
                .select_related("organisatie")
                .order_by("organisatie__naam"),
                "dagen": DagAanmelding.objects.filter(user=licentie.houder)
                .bijgewoond()
                .select_related("dag")
                .order_by("-dag__datum"),
                "besluiten": licentie.besluiten.select_related("genomen_door").order_by(
                    "-ingangsdatum", "-pk"
                ),
                "logregels": logregels(licentie),
                "certificaat_url": reverse("licenties:certificaat", args=[licentie.pk]),
                "history_url": reverse("licenties_overzicht:history", args=[licentie.pk]),
                "mag_besluiten": self.mag_besluiten(),
                "form": kwargs.get("form") or BesluitForm(),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.mag_besluiten():
            raise PermissionDenied
        form = BesluitForm(request.POST)
        if form.is_valid():
            try:
                besluit = besluit_nemen(
                    licentie=self.object,
                    soort=form.cleaned_data["soort"],
                    reden=form.cleaned_data["reden"],
                    ingangsdatum=form.cleaned_data["ingangsdatum"],
                    door=request.user,
                )
            except ValidationError as error:
                fout_op_formulier(form, error)
            else:
                messages.success(
                    request,
                    _("Besluit vastgelegd: %(besluit)s. De houder krijgt er bericht van.")
                    % {"besluit": besluit.get_soort_display().lower()},
                )
                return redirect(reverse("licenties_overzicht:inspect", args=[self.object.pk]))
        messages.error(request, _("Het besluit is niet vastgelegd. Bekijk de melding bij het formulier."))
        return self.render_to_response(self.get_context_data(form=form))


class LicentieRegistrerenView(CreateView):
    """A licence from before the portal: `licentie_registreren` checks and records it."""

    page_title = gettext_lazy("Bestaande licentie registreren")
    success_message = gettext_lazy("Licentie %(object)s geregistreerd.")
    error_message = gettext_lazy("De licentie is niet geregistreerd. Bekijk de meldingen hieronder.")

    def get_success_message(self, instance):
        return self.success_message % {"object": instance.nummer}

    def get_success_url(self):
        return reverse("licenties_overzicht:inspect", args=[self.object.pk])

    def get_success_buttons(self):
        return []

    def form_valid(self, form):
        self.form = form
        try:
            self.object = licentie_registreren(
                houder=form.cleaned_data["houder"],
                programma=form.cleaned_data["programma"],
                behaald_op=form.cleaned_data["behaald_op"],
                door=self.request.user,
            )
        except ValidationError as error:
            return service_fout_tonen(self, form, error)
        return self.save_action()


# --- 'Verloopt binnenkort': dashboard panel and admin home panel -------------------------------------

# Licences that lapsed this many days ago or less count as 'onlangs verlopen'.
ONLANGS_DAGEN = 92


def onlangs_verlopen_jaren(op, regel) -> list[int]:
    """The years whose unfulfilled requirement made licences lapse in the last ONLANGS_DAGEN days.

    A licence valid through 31 December of a year lapses after the rule's respijt
    (`months_later`, the rule's own date arithmetic); no new rule here, only a window.
    """
    return [
        jaar
        for jaar in range(op.year - 3, op.year + 1)
        if op - timedelta(days=ONLANGS_DAGEN) <= months_later(date(jaar, 12, 31), regel.respijt_maanden) < op
    ]


def verloopt_binnenkort_overzicht(request=None) -> dict:
    """Counts for the kerngroep, each with a link to the overview filtered to exactly those licences."""
    op = timezone.localdate()
    regel = Onderhoudsregel.objects.huidige()
    per_status = dict(Licentie.objects.order_by().values_list("status").annotate(aantal=Count("pk")))
    jaren = onlangs_verlopen_jaren(op, regel)
    onlangs = Licentie.objects.filter(
        status=LicentieStatus.VERLOPEN, geldig_tot__in=[date(jaar, 12, 31) for jaar in jaren]
    ).count()
    index = reverse("licenties_overzicht:index")
    onlangs_url = f"{index}?status={LicentieStatus.VERLOPEN}"
    if len(jaren) == 1:
        onlangs_url += f"&geldig_tot_jaar={jaren[0]}"
    return {
        "regels": [
            {
                "label": LicentieStatus.VERLOOPT_BINNENKORT.label,
                "aantal": per_status.get(LicentieStatus.VERLOOPT_BINNENKORT, 0),
                "url": f"{index}?status={LicentieStatus.VERLOOPT_BINNENKORT}",
            },
            {
                "label": LicentieStatus.IN_RESPIJT.label,
                "aantal": per_status.get(LicentieStatus.IN_RESPIJT, 0),
                "url": f"{index}?status={LicentieStatus.IN_RESPIJT}",
            },
            {
                "label": _("Onlangs verlopen (laatste drie maanden)"),
                "aantal": onlangs,
                "url": onlangs_url,
            },
        ],
        "overzicht_url": index,
    }


class VerlooptBinnenkortPanel(Component):
    """The same counts on the Wagtail admin's home page."""

    name = "licenties_verloopt_binnenkort"
    template_name = "licenties/admin/home_verloopt_binnenkort.html"
    order = 50

    def get_context_data(self, parent_context=None):
        return verloopt_binnenkort_overzicht()
