"""Settings › Licentie-onderhoud: change the upkeep rule via `onderhoudsregel_wijzigen`, see its versions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import ModelLogEntry

from licenties.admin.forms import OnderhoudsregelForm
from licenties.models import Onderhoudsregel
from licenties.services import onderhoudsregel_wijzigen
from portal.formulieren import fout_op_formulier

# --- The upkeep rule ------------------------------------------------------------------------------


def waarde_tekst(waarde) -> str:
    if isinstance(waarde, bool):
        return _("ja") if waarde else _("nee")
    return str(waarde)


def regelversies() -> list[dict]:
    """Every version of the rule, newest first, with who changed what (from the audit entries)."""
    versies = list(Onderhoudsregel.objects.select_related("gewijzigd_door").order_by("-versie"))
    logdata = {
        int(regel.object_id): regel.data
        for regel in ModelLogEntry.objects.filter(
            content_type__app_label="licenties",
            content_type__model="onderhoudsregel",
            action="licenties.onderhoudsregel.gewijzigd",
        )
    }
    labels = {
        naam: Onderhoudsregel._meta.get_field(naam).verbose_name for naam in Onderhoudsregel.INSTELLINGEN
    }
    return [
        {
            "versie": versie,
            "wijzigingen": [
                {"label": labels.get(naam, naam), "oud": waarde_tekst(oud), "nieuw": waarde_tekst(nieuw)}
                for naam, (oud, nieuw) in logdata.get(versie.pk, {}).get("wijzigingen", {}).items()
            ],
            "statussen_gewijzigd": logdata.get(versie.pk, {}).get("statussen_gewijzigd"),
        }
        for versie in versies
    ]


class OnderhoudsregelView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Settings › Licentie-onderhoud: change the rule (a new version) and see every earlier one."""

    model = Onderhoudsregel
    permission_required = "add"
    template_name = "licenties/admin/onderhoudsregel.html"
    form_class = OnderhoudsregelForm
    page_title = gettext_lazy("Licentie-onderhoud")
    header_icon = "cog"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_initial(self):
        return Onderhoudsregel.objects.huidige().waarden()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"huidige": Onderhoudsregel.objects.huidige(), "versies": regelversies()})
        return context

    def form_valid(self, form):
        try:
            nieuw = onderhoudsregel_wijzigen(
                waarden=form.waarden(), toelichting=form.cleaned_data["toelichting"], door=self.request.user
            )
        except ValidationError as error:
            fout_op_formulier(form, error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Versie %(versie)s van de onderhoudsregel geldt nu; alle licentiestatussen zijn herberekend.")
            % {"versie": nieuw.versie},
        )
        return HttpResponseRedirect(self.request.path)

    def form_invalid(self, form):
        messages.error(self.request, _("De regel is niet gewijzigd. Bekijk de melding bij het formulier."))
        return super().form_invalid(form)
