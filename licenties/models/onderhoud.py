from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Defaults from the domain brief: one professionalisation day a year, three months' grace.
STANDAARD_RESPIJT_MAANDEN = 3
STANDAARD_WAARSCHUWEN_VANAF_MAAND = 9
STANDAARD_INTERVISIE_MINIMUM = 2


class OnderhoudsregelQuerySet(models.QuerySet):
    def huidige(self) -> "Onderhoudsregel":
        """The rule in force: the newest version, or the brief's defaults before anyone changed it."""
        return self.order_by("-versie").first() or Onderhoudsregel(versie=0)


class Onderhoudsregel(models.Model):
    """One version of the licence upkeep rule. A change adds a version; old ones stay as the log.

    The kerngroep edits it under Instellingen in the admin (`licenties.admin.views.licenties`).
    """

    versie = models.PositiveIntegerField(_("versie"), unique=True)
    respijt_maanden = models.PositiveSmallIntegerField(
        _("respijt (maanden)"),
        default=STANDAARD_RESPIJT_MAANDEN,
        help_text=_("Zo lang blijft een licentie geldig na een jaar zonder professionaliseringsdag."),
    )
    waarschuwen_vanaf_maand = models.PositiveSmallIntegerField(
        _("‘verloopt binnenkort’ vanaf maand"),
        default=STANDAARD_WAARSCHUWEN_VANAF_MAAND,
        help_text=_(
            "Vanaf de eerste dag van deze maand (1–12) heet een licentie zonder professionaliseringsdag "
            "in dat jaar ‘verloopt binnenkort’."
        ),
    )
    intervisie_verplicht = models.BooleanField(
        _("intervisie verplicht"),
        default=False,
        help_text=_("Uit: intervisie telt niet mee voor de licentie en verschijnt alleen als advies."),
    )
    intervisie_minimum_per_jaar = models.PositiveSmallIntegerField(
        _("intervisiebijeenkomsten per jaar"), default=STANDAARD_INTERVISIE_MINIMUM
    )
    toelichting = models.TextField(_("toelichting bij de wijziging"), blank=True)
    gewijzigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        verbose_name=_("gewijzigd door"),
    )
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now_add=True)

    objects = OnderhoudsregelQuerySet.as_manager()

    INSTELLINGEN = (
        "respijt_maanden",
        "waarschuwen_vanaf_maand",
        "intervisie_verplicht",
        "intervisie_minimum_per_jaar",
    )

    class Meta:
        verbose_name = _("onderhoudsregel")
        verbose_name_plural = _("onderhoudsregels")
        ordering = ["-versie"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(waarschuwen_vanaf_maand__gte=1, waarschuwen_vanaf_maand__lte=12),
                name="onderhoudsregel_maand_1_tot_12",
            ),
            models.CheckConstraint(
                condition=models.Q(respijt_maanden__lte=24), name="onderhoudsregel_respijt_hoogstens_24"
            ),
        ]

    def __str__(self):
        return _("Onderhoudsregel versie %(versie)s") % {"versie": self.versie}

    def waarden(self) -> dict:
        return {naam: getattr(self, naam) for naam in self.INSTELLINGEN}
