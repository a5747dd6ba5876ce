"""Forms of the kerngroep's course screens."""

from wagtail.admin.forms.models import WagtailAdminModelForm

from cursus.forms import BeoordelingForm
from cursus.models import Aanmelding


class AanmeldingBeoordelenForm(WagtailAdminModelForm):
    """No field of the application is edited here: the form only carries the decision."""

    besluit = BeoordelingForm.base_fields["besluit"]
    reden = BeoordelingForm.base_fields["reden"]

    class Meta:
        model = Aanmelding
        fields = []
