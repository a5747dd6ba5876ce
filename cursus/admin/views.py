"""The kerngroep's screens in the Wagtail admin: editions with their sessions, and applications."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from cursus.forms import BeoordelingForm
from cursus.models import Aanmelding, Cursusronde
from cursus.services.aanmelden import aanmelding_afwijzen, aanmelding_toelaten
from cursus.services.rondes import cursusronde_opslaan
from portal.vrije_dagen_melden import VrijeDagenMeldenMixin


def service_error_response(view, form, error):
    """Show a service's ValidationError in the admin form, as Wagtail shows its own validation errors."""
    form.add_error(None, error)
    view.produced_error_code = "validation_error"
    view.produced_error_message = view.get_error_message()
    return view.form_invalid(form)


class CursusrondeOpslaanMixin(VrijeDagenMeldenMixin):
    """Saving goes through the service: it checks the planning and tells participants of moved dates.
    A lesdag or intervisiemoment on a weekend or public holiday is saved with a warning."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = cursusronde_opslaan(ronde=form.save(commit=False), door=self.request.user)
        except ValidationError as error:
            return service_error_response(self, form, error)
        return self.save_action()

    def vrije_dagen_van(self, ronde):
        return [(b.label, b.datum) for b in ronde.gesorteerde_bijeenkomsten()]


class CursusrondeCreateView(CursusrondeOpslaanMixin, CreateView):
    pass


class CursusrondeEditView(CursusrondeOpslaanMixin, EditView):
    pass


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


class AanmeldingBeoordelenForm(WagtailAdminModelForm):
    """No field of the application is edited here: the form only carries the decision."""

    besluit = BeoordelingForm.base_fields["besluit"]
    reden = BeoordelingForm.base_fields["reden"]

    class Meta:
        model = Aanmelding
        fields = []


class AanmeldingBeoordelenView(EditView):
    """'Edit' an application = decide on it, through the services."""

    success_message = gettext_lazy("Besluit over '%(object)s' vastgelegd.")

    def form_valid(self, form):
        self.form = form
        try:
            if form.cleaned_data["besluit"] == "toelaten":
                aanmelding_toelaten(aanmelding=self.object, door=self.request.user)
            else:
                aanmelding_afwijzen(
                    aanmelding=self.object, reden=form.cleaned_data["reden"], door=self.request.user
                )
        except ValidationError as error:
            return service_error_response(self, form, ValidationError(error.messages))
        return self.save_action()


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
