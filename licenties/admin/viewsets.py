"""Where the kerngroep's licence screens sit in the Wagtail admin: menu, URLs and permissions.

Licences are never added, edited or deleted through generic model forms: they are
issued, registered and decided on through `licenties.services`, so the licence viewset
has no edit or delete views, and its 'add' view is the registration of an existing licence.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from licenties.admin.forms import LicentieRegistrerenForm, ProfessionaliseringsdagForm
from licenties.admin.views import dagen, onderhoud, uitgifte
from licenties.admin.views import licenties as overzicht
from licenties.models import Licentie, Professionaliseringsdag
from portal.admin_menu import RechtViewSet

ZONDER_FORMULIEREN = {"edit", "delete", "copy", "usage"}


class LicentieViewSet(ModelViewSet):
    """Licences: the overview (`licenties_overzicht:index`), one licence, and registering an old one."""

    model = Licentie
    icon = "success"
    menu_label = _("Alle licenties")
    url_prefix = "licenties"
    index_view_class = overzicht.LicentieIndexView
    inspect_view_class = overzicht.LicentieDetailView
    add_view_class = overzicht.LicentieRegistrerenView
    inspect_view_enabled = True
    copy_view_enabled = False
    export_filename = "licenties"
    # Wagtail renders each cell as a component (~3 ms a row here): 25 rows keep the page under 150 ms.
    list_per_page = 25
    list_display = [
        "nummer",
        Column("houder", label=_("Houder"), accessor=overzicht.houder_naam, sort_key="houder__last_name"),
        Column("organisatie", label=_("Organisatie"), accessor=overzicht.organisaties_van),
        Column("programma", label=_("Programma"), accessor="get_programma_display", sort_key="programma"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        "geldig_tot",
        "behaald_op",
    ]
    edit_handler = ObjectList(
        [FieldPanel("houder"), FieldPanel("programma"), FieldPanel("behaald_op")],
        base_form_class=LicentieRegistrerenForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(edit_url_name=None, delete_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name not in ZONDER_FORMULIEREN]


class UitgifteViewSet(RechtViewSet):
    """Issuing licences per course edition, one by one or all at once (with progress)."""

    icon = "success"
    menu_label = _("Licenties uitgeven")
    menu_name = "licenties-uitgeven"
    url_prefix = "licentie-uitgifte"
    permission = "licenties.add_licentie"

    def get_urlpatterns(self):
        return [
            path("", uitgifte.UitgifteRondesView.as_view(), name="index"),
            path("ronde/<int:ronde_pk>/", uitgifte.UitgifteRondeView.as_view(), name="ronde"),
            path(
                "ronde/<int:ronde_pk>/uitgeven/<int:aanmelding_pk>/",
                uitgifte.UitgevenView.as_view(),
                name="uitgeven",
            ),
            path("ronde/<int:ronde_pk>/alle/", uitgifte.AllesUitgevenView.as_view(), name="alle_uitgeven"),
            path("voortgang/<int:pk>/", uitgifte.VoortgangView.as_view(), name="voortgang"),
        ]


class ProfessionaliseringsdagViewSet(ModelViewSet):
    """The days: plan and change them (registrants hear of changes), and record attendance."""

    model = Professionaliseringsdag
    icon = "date"
    menu_label = _("Professionaliseringsdagen")
    url_prefix = "professionaliseringsdagen"
    index_view_class = dagen.DagIndexView
    add_view_class = dagen.DagCreateView
    edit_view_class = dagen.DagEditView
    copy_view_enabled = False
    list_display = dagen.DAG_LIJST
    list_filter = ["status"]
    search_fields = ["thema", "locatie"]
    edit_handler = ObjectList(
        [
            FieldPanel("thema"),
            FieldPanel("beschrijving"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("datum"), FieldPanel("begintijd"), FieldPanel("eindtijd")]),
                    FieldRowPanel([FieldPanel("locatie"), FieldPanel("online_link")]),
                ],
                heading=_("Wanneer en waar"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("capaciteit"), FieldPanel("prijs")]),
                    FieldRowPanel([FieldPanel("aanmelden_tot"), FieldPanel("status")]),
                ],
                heading=_("Aanmelden"),
            ),
        ],
        base_form_class=ProfessionaliseringsdagForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        # A day is cancelled (status), never deleted: registrations and attendance refer to it.
        return super().get_common_view_kwargs(delete_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name not in {"delete", "copy"}] + [
            path("aanwezigheid/<int:pk>/", dagen.DagAanwezigheidView.as_view(), name="aanwezigheid"),
        ]


class OnderhoudsregelViewSet(RechtViewSet):
    """Settings › Licentie-onderhoud."""

    icon = "cog"
    menu_label = _("Licentie-onderhoud")
    menu_name = "licentie-onderhoud"
    url_prefix = "licentie-onderhoud"
    add_to_settings_menu = True
    permission = "licenties.add_onderhoudsregel"

    def get_urlpatterns(self):
        return [path("", onderhoud.OnderhoudsregelView.as_view(), name="index")]


class LicentiesViewSetGroup(ViewSetGroup):
    menu_label = _("Licenties")
    menu_icon = "success"
    menu_order = 220
    items = (
        LicentieViewSet("licenties_overzicht"),
        UitgifteViewSet("licentie_uitgifte"),
        ProfessionaliseringsdagViewSet("professionaliseringsdagen"),
    )
