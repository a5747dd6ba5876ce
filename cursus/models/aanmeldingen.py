from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cursus.choices import Achtergrond, Beoordeling
from cursus.models.rondes import Cursusronde
from portal.plaatsing import ACTIEF, Plaatsing, PlaatsStatus
from portal.roles import Role, has_role


class AanmeldingQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(status__in=ACTIEF)

    def deelnemers(self):
        """Rule 'deelnemer': admitted by the kerngroep or an opleider, and holding a seat."""
        return self.filter(status=PlaatsStatus.GEPLAATST, beoordeling=Beoordeling.TOEGELATEN)

    def zichtbaar_voor(self, user):
        """The kerngroep sees all applications, an opleider those for their editions, a cursist their own."""
        if user.is_superuser or has_role(user, Role.KERNGROEP):
            return self
        if has_role(user, Role.OPLEIDER):
            return self.filter(models.Q(cursusronde__opleiders=user) | models.Q(user=user)).distinct()
        return self.filter(user=user)


class Aanmelding(Plaatsing):
    """Someone's application for an edition: who they are professionally, and where they stand.

    Two separate questions: the seat (`status`, from `portal.plaatsing`) and the
    admission (`beoordeling`). Only with both a seat and an admission is someone a
    deelnemer.
    """

    evenement_veld = "cursusronde"

    cursusronde = models.ForeignKey(
        Cursusronde, on_delete=models.PROTECT, related_name="aanmeldingen", verbose_name=_("cursusronde")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="cursusaanmeldingen",
        verbose_name=_("cursist"),
    )
    organisatie = models.CharField(_("organisatie"), max_length=200)
    achtergrond = models.CharField(_("achtergrond"), max_length=20, choices=Achtergrond.choices)
    achtergrond_toelichting = models.CharField(_("toelichting op de achtergrond"), max_length=300, blank=True)
    ervaring_onderwijs = models.TextField(_("ervaring in het onderwijs"))
    motivatie = models.TextField(_("motivatie"))
    beoordeling = models.CharField(
        _("beoordeling"), max_length=20, choices=Beoordeling.choices, default=Beoordeling.OPEN
    )
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("beoordeeld door"),
    )
    beoordeeld_op = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    reden_afwijzing = models.TextField(_("reden van afwijzing"), blank=True)

    objects = AanmeldingQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["cursusronde", "aangevraagd_op", "pk"]
        constraints = [
            # The service refuses a second application with a clear message; this is the guarantee.
            models.UniqueConstraint(
                fields=["cursusronde", "user"],
                condition=models.Q(status__in=ACTIEF),
                name="aanmelding_een_actieve_per_ronde",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.cursusronde}"

    @property
    def is_deelnemer(self) -> bool:
        return self.status == PlaatsStatus.GEPLAATST and self.beoordeling == Beoordeling.TOEGELATEN
