"""The kerngroep's screens in the Wagtail admin for organisations and invitations."""

from django.core.exceptions import ValidationError
from django.forms import modelform_factory
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from portal.accounts.services import uitnodiging_versturen
from portal.formulieren import service_fout_tonen
from portal.models import Organisatie, Uitnodiging


class OrganisatieViewSet(ModelViewSet):
    model = Organisatie
    icon = "home"
    menu_label = gettext_lazy("Organisaties")
    list_display = ["naam", "soort", "regio", "plaats", "is_actief"]
    list_filter = ["soort", "regio", "is_actief"]
    search_fields = ["naam", "plaats", "brin"]
    copy_view_enabled = False
    panels = [
        FieldPanel("naam"),
        FieldRowPanel([FieldPanel("soort"), FieldPanel("regio"), FieldPanel("plaats")]),
        FieldRowPanel([FieldPanel("brin"), FieldPanel("kvk_nummer")]),
        FieldPanel("is_actief"),
        InlinePanel(
            "lidmaatschappen",
            label=gettext_lazy("Leden"),
            panels=[
                FieldPanel("user"),
                FieldPanel("is_coordinator"),
            ],
        ),
    ]


UITNODIGING_FIELDS = ["voornaam", "achternaam", "email", "rol", "organisatie", "is_coordinator"]


class UitnodigingCreateView(CreateView):
    """Creating an invitation goes through the service, which also sends the mail."""

    def get_success_message(self, instance):
        return _("Uitnodiging verstuurd naar %(email)s.") % {"email": instance.email}

    def form_valid(self, form):
        self.form = form
        try:
            self.object = uitnodiging_versturen(**form.cleaned_data, door=self.request.user)
        except ValidationError as error:
            return service_fout_tonen(self, form, error)
        return self.save_action()


class UitnodigingViewSet(ModelViewSet):
    model = Uitnodiging
    icon = "mail"
    menu_label = gettext_lazy("Uitnodigingen")
    add_view_class = UitnodigingCreateView
    form_fields = UITNODIGING_FIELDS
    list_display = [
        "__str__",
        "email",
        "organisatie",
        Column("status", label=gettext_lazy("Status"), accessor="get_status_display"),
        "aangemaakt_op",
    ]
    list_filter = ["rol", "organisatie"]
    search_fields = ["voornaam", "achternaam", "email"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "voornaam",
        "achternaam",
        "email",
        "rol",
        "organisatie",
        "is_coordinator",
        "uitgenodigd_door",
        "aangemaakt_op",
        "verstuurd_op",
        "verloopt_op",
        "geaccepteerd_op",
        "ingetrokken_op",
    ]

    def get_form_class(self, for_update=False):
        # After sending, only the name can be corrected: address and role are what was promised.
        fields = ["voornaam", "achternaam"] if for_update else UITNODIGING_FIELDS
        return modelform_factory(Uitnodiging, form=WagtailAdminModelForm, fields=fields)


class AccountsViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Portaal")
    menu_icon = "group"
    menu_order = 200
    items = (OrganisatieViewSet("organisaties"), UitnodigingViewSet("uitnodigingen"))
