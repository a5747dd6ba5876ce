"""Issuing licences in the admin: per edition, one participant or all eligible ones in the background.

The writes are `licentie_uitgeven` and the task `ronde_licenties_uitgeven`; these views only call them.
"""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from cursus.models import Aanmelding, Cursusronde
from licenties.models import Licentie, Uitgifteopdracht
from licenties.selectors import uitgifte_kandidaten
from licenties.services import licentie_uitgeven, ronde_uitgifte_starten

# --- Issuing ---------------------------------------------------------------------------------


class UitgifteMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """Issuing is adding licences: who may register a licence may issue one."""

    model = Licentie
    permission_required = "add"
    header_icon = "success"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("licenties_overzicht:index"), "label": _("Licenties")},
            {"url": reverse("licentie_uitgifte:index"), "label": _("Licenties uitgeven")},
        ]


def lopende_opdracht(ronde):
    """A bulk issuing for this edition that is still running (one that stalled for an hour counts as over)."""
    return (
        Uitgifteopdracht.objects.filter(
            cursusronde=ronde, klaar_op=None, aangevraagd_op__gte=timezone.now() - timedelta(hours=1)
        )
        .order_by("-aangevraagd_op")
        .first()
    )


class UitgifteRondesView(UitgifteMixin, TemplateView):
    template_name = "licenties/admin/uitgifte_rondes.html"
    page_title = gettext_lazy("Licenties uitgeven")

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items()[:-1], {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rondes"] = (
            Cursusronde.objects.annotate(
                deelnemers=Count(
                    "aanmeldingen",
                    filter=Q(aanmeldingen__in=Aanmelding.objects.deelnemers()),
                    distinct=True,
                ),
                uitgegeven=Count("licenties", distinct=True),
            )
            .prefetch_related("bijeenkomsten")
            .order_by("-aanmelden_tot", "naam")
        )
        return context


class UitgifteRondeView(UitgifteMixin, TemplateView):
    """An edition's participants: eligible or not (with the course's reasons), and any licence issued."""

    template_name = "licenties/admin/uitgifte_ronde.html"
    page_title = gettext_lazy("Licenties uitgeven")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.ronde = get_object_or_404(Cursusronde, pk=kwargs["ronde_pk"])

    def get_page_subtitle(self):
        return str(self.ronde)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": str(self.ronde)}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kandidaten = uitgifte_kandidaten(self.ronde)
        context.update(
            {
                "ronde": self.ronde,
                "kandidaten": kandidaten,
                "aantal_geschikt": sum(k.komt_in_aanmerking for k in kandidaten),
                "lopende_opdracht": lopende_opdracht(self.ronde),
            }
        )
        return context


class UitgevenView(UitgifteMixin, View):
    """POST: issue the licence of one participant."""

    http_method_names = ["post"]

    def post(self, request, ronde_pk, aanmelding_pk):
        aanmelding = get_object_or_404(
            Aanmelding.objects.select_related("cursusronde", "user"),
            pk=aanmelding_pk,
            cursusronde_id=ronde_pk,
        )
        try:
            licentie = licentie_uitgeven(aanmelding=aanmelding, door=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Licentie %(nummer)s uitgegeven.") % {"nummer": licentie.nummer})
        return redirect(reverse("licentie_uitgifte:ronde", args=[ronde_pk]))


class AllesUitgevenView(UitgifteMixin, View):
    """POST: issue every eligible participant's licence in the background, then show the progress."""

    http_method_names = ["post"]

    def post(self, request, ronde_pk):
        ronde = get_object_or_404(Cursusronde, pk=ronde_pk)
        if lopend := lopende_opdracht(ronde):
            messages.info(request, _("Voor deze cursusronde worden de licenties al uitgegeven."))
            return redirect(reverse("licentie_uitgifte:voortgang", args=[lopend.pk]))
        if not any(k.komt_in_aanmerking for k in uitgifte_kandidaten(ronde)):
            messages.error(request, _("In deze cursusronde is niemand die nog een licentie kan krijgen."))
            return redirect(reverse("licentie_uitgifte:ronde", args=[ronde.pk]))
        opdracht = ronde_uitgifte_starten(cursusronde=ronde, door=request.user)
        return redirect(reverse("licentie_uitgifte:voortgang", args=[opdracht.pk]))


class VoortgangView(UitgifteMixin, TemplateView):
    """Progress of a bulk issuing, in words and a bar; it reloads itself (no script) until done."""

    template_name = "licenties/admin/uitgifte_voortgang.html"
    page_title = gettext_lazy("Licenties uitgeven")
    verversen_na_seconden = 3

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.opdracht = get_object_or_404(
            Uitgifteopdracht.objects.select_related("cursusronde"), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.opdracht.cursusronde)

    def get_breadcrumbs_items(self):
        ronde = self.opdracht.cursusronde
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("licentie_uitgifte:ronde", args=[ronde.pk]), "label": str(ronde)},
            {"url": "", "label": _("Voortgang")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "opdracht": self.opdracht,
                "klaar": self.opdracht.klaar_op is not None,
                "verversen_na_seconden": self.verversen_na_seconden,
            }
        )
        return context
