"""The kerngroep's course screens in the Wagtail admin: saving an edition and deciding on an application.

Both go through `cursus.services`; a refusal is shown with `portal.formulieren`.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import CreateView, EditView

from cursus.services.aanmelden import aanmelding_afwijzen, aanmelding_toelaten
from cursus.services.rondes import cursusronde_opslaan
from portal.formulieren import service_fout_tonen
from portal.vrije_dagen_melden import VrijeDagenMeldenMixin


class CursusrondeOpslaanMixin(VrijeDagenMeldenMixin):
    """Saving goes through the service: it checks the planning and tells participants of moved dates.
    A lesdag or intervisiemoment on a weekend or public holiday is saved with a warning."""

    def form_valid(self, form):
        self.form = form
        try:
            self.object = cursusronde_opslaan(ronde=form.save(commit=False), door=self.request.user)
        except ValidationError as error:
            return service_fout_tonen(self, form, error)
        return self.save_action()

    def vrije_dagen_van(self, ronde):
        return [(b.label, b.datum) for b in ronde.gesorteerde_bijeenkomsten()]


class CursusrondeCreateView(CursusrondeOpslaanMixin, CreateView):
    pass


class CursusrondeEditView(CursusrondeOpslaanMixin, EditView):
    pass


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
            return service_fout_tonen(self, form, error)
        return self.save_action()
