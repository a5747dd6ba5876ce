"""Where the kerngroep's intervisie screens sit in the Wagtail admin: menu, lists, panels, permissions."""

from django import forms
from django.db.models import Count, Q
from django.forms import modelform_factory
from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from intervisie.admin.views import (
    GroepCreateView,
    GroepEditView,
    LidmaatschapBeeindigenView,
    LidToevoegenView,
    indelen_view,
)
from intervisie.models import Groepslidmaatschap, Intervisiegroep
from portal.admin_menu import RechtViewSet


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


class IndelenViewSet(RechtViewSet):
    """Forming groups creates them: the menu item and the screen need that permission."""

    icon = "group"
    menu_label = gettext_lazy("Groepen vormen")
    permission = "intervisie.add_intervisiegroep"

    def get_urlpatterns(self):
        return [path("", self.met_recht(indelen_view), name="index")]


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
    # `gemeld_op` is read from the outbox (`Groepslidmaatschap.gemeld_op`).
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
