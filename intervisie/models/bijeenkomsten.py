"""The meetings of a group, who attended them, and the change notices sent about them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intervisie.choices import BijeenkomstStatus
from intervisie.models.groepen import Intervisiegroep
from portal.models.afspraak import Afspraak


class IntervisiebijeenkomstQuerySet(models.QuerySet):
    def gepland(self):
        return self.filter(status=BijeenkomstStatus.GEPLAND)

    def zichtbaar_voor(self, user):
        """Rule 'alleen voor de groep': members on the meeting's day and the group's facilitators.

        The kerngroep forms the groups but does not read what a group discusses.
        """
        if not user.is_authenticated:
            return self.none()
        # Each way in is its own lookup, and the union of their ids the filter: an OR across
        # memberships and facilitators joined every meeting with both first.
        als_lid = self.model.objects.filter(
            models.Q(
                groep__lidmaatschappen__user=user,
                groep__lidmaatschappen__begin_op__lte=models.F("datum"),
            )
            & (
                models.Q(groep__lidmaatschappen__eind_op__isnull=True)
                | models.Q(groep__lidmaatschappen__eind_op__gte=models.F("datum"))
            )
        ).values("pk")
        als_facilitator = self.model.objects.filter(groep__facilitatoren=user).values("pk")
        return self.filter(pk__in=als_lid.union(als_facilitator))


class Intervisiebijeenkomst(Afspraak):
    """One meeting of a group: date and time, online link or place, agenda and minutes."""

    uid_prefix = "intervisie-bijeenkomst"
    # Cancelling a meeting is news for calendar apps too.
    agendavelden = (*Afspraak.agendavelden, "status")

    groep = models.ForeignKey(
        Intervisiegroep, on_delete=models.PROTECT, related_name="bijeenkomsten", verbose_name=_("groep")
    )
    agenda = models.TextField(_("agenda"), blank=True)
    verslag = models.TextField(
        _("verslag"),
        blank=True,
        help_text=_("Alleen de leden van de groep lezen het verslag. Geen namen van leerlingen."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=BijeenkomstStatus.choices, default=BijeenkomstStatus.GEPLAND
    )
    # Part of a generated year plan: such meetings may lie in the past, unlike one planned by hand.
    in_jaarplan = models.BooleanField(_("uit het jaarplan"), default=False, editable=False)

    objects = IntervisiebijeenkomstQuerySet.as_manager()

    class Meta(Afspraak.Meta):
        verbose_name = _("intervisiebijeenkomst")
        verbose_name_plural = _("intervisiebijeenkomsten")

    def __str__(self):
        return f"Intervisiebijeenkomst {self.pk}"

    @property
    def is_geannuleerd(self) -> bool:
        return self.status == BijeenkomstStatus.GEANNULEERD

    @property
    def is_voorbij(self) -> bool:
        return self.datum < timezone.localdate()


class Aanwezigheid(models.Model):
    """Whether one member attended one meeting; counts for the licence (see docs/intervisie.md)."""

    bijeenkomst = models.ForeignKey(
        Intervisiebijeenkomst,
        on_delete=models.CASCADE,
        related_name="aanwezigheden",
        verbose_name=_("bijeenkomst"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="intervisie_aanwezigheden",
        verbose_name=_("trainer"),
    )
    aanwezig = models.BooleanField(_("aanwezig"))
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    vastgelegd_op = models.DateTimeField(_("vastgelegd op"), default=timezone.now)

    class Meta:
        verbose_name = _("aanwezigheid bij intervisie")
        verbose_name_plural = _("aanwezigheid bij intervisie")
        constraints = [
            models.UniqueConstraint(fields=["bijeenkomst", "user"], name="intervisie_aanwezigheid_eenmaal"),
        ]
        indexes = [models.Index(fields=["user", "aanwezig"], name="intervisie_aanw_user")]

    def __str__(self):
        return f"Aanwezigheid {self.pk}"
