"""Where the kerngroep's course screens sit in the Wagtail admin: menu, lists, panels."""

from django import forms
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from cursus.admin.forms import AanmeldingBeoordelenForm
from cursus.admin.views import AanmeldingBeoordelenView, CursusrondeCreateView, CursusrondeEditView
from cursus.models import Aanmelding, Cursusronde
from cursus.selectors import rondes_met_bezetting


class CursusrondeViewSet(ModelViewSet):
    model = Cursusronde
    icon = "date"
    menu_label = gettext_lazy("Cursusrondes")
    add_view_class = CursusrondeCreateView
    edit_view_class = CursusrondeEditView
    copy_view_enabled = False
    list_display = [
        "naam",
        Column("eerste_datum", label=gettext_lazy("Eerste lesdag"), accessor="eerste_datum"),
        Column("status", label=gettext_lazy("Status"), accessor="get_actuele_status_display"),
        "capaciteit",
        "aanmelden_tot",
    ]
    list_filter = ["status"]
    search_fields = ["naam"]

    def get_queryset(self, request):
        # Seats counted and sessions fetched for all rows at once: the status column needs both.
        return rondes_met_bezetting(Cursusronde.objects.all())

    panels = [
        FieldPanel("naam"),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("capaciteit"), FieldPanel("prijs")]),
        FieldRowPanel([FieldPanel("aanmelden_tot"), FieldPanel("afmelden_tot")]),
        FieldPanel("opleiders", widget=forms.CheckboxSelectMultiple),
        FieldPanel("toelichting"),
        InlinePanel(
            "bijeenkomsten",
            label=gettext_lazy("Lesdagen en intervisiemomenten"),
            help_text=gettext_lazy("Twee lesdagen en daarna twee intervisiemomenten."),
            min_num=4,
            max_num=4,
            panels=[
                FieldPanel("soort"),
                FieldRowPanel([FieldPanel("datum"), FieldPanel("begintijd"), FieldPanel("eindtijd")]),
                FieldRowPanel([FieldPanel("locatie"), FieldPanel("online_link")]),
            ],
        ),
    ]


class AanmeldingViewSet(ModelViewSet):
    model = Aanmelding
    icon = "user"
    menu_label = gettext_lazy("Aanmeldingen")
    edit_view_class = AanmeldingBeoordelenView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        Column("aanmelding", label=gettext_lazy("Aanmelding"), accessor="__str__"),
        "organisatie",
        Column("status", label=gettext_lazy("Plaats"), accessor="get_status_display"),
        Column("beoordeling", label=gettext_lazy("Beoordeling"), accessor="get_beoordeling_display"),
        "aangevraagd_op",
    ]
    list_filter = ["cursusronde", "status", "beoordeling"]
    search_fields = ["organisatie", "user__first_name", "user__last_name", "user__email"]
    inspect_view_fields = [
        "cursusronde",
        "user",
        "organisatie",
        "achtergrond",
        "achtergrond_toelichting",
        "ervaring_onderwijs",
        "motivatie",
        "status",
        "aangevraagd_op",
        "plaatsaanbod_verloopt_op",
        "beoordeling",
        "beoordeeld_door",
        "beoordeeld_op",
        "reden_afwijzing",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel(name, read_only=True)
                    for name in (
                        "cursusronde",
                        "user",
                        "organisatie",
                        "achtergrond",
                        "achtergrond_toelichting",
                        "ervaring_onderwijs",
                        "motivatie",
                        "status",
                        "beoordeling",
                    )
                ],
                heading=gettext_lazy("Aanmelding"),
            ),
            FieldPanel("besluit"),
            FieldPanel("reden"),
        ],
        base_form_class=AanmeldingBeoordelenForm,
    )


class CursusViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Trainerscursus")
    menu_icon = "group"
    menu_order = 210
    items = (CursusrondeViewSet("cursusrondes"), AanmeldingViewSet("aanmeldingen"))
