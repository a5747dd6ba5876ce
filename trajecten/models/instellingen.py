"""Rates and the retention term, maintained by the kerngroep in the Wagtail admin (Instellingen)."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="cog")
class TrajectInstellingen(BaseGenericSetting):
    """Defaults from domain.md: 5 + 10 + 20 = 35 hours at € 97,50; records kept 2 years after closure;
    an open record without activity lapses after 12 months."""

    uurtarief = models.DecimalField(
        _("uurtarief (€)"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("97.50"),
        validators=[MinValueValidator(0)],
    )
    uren_intakefase = models.PositiveSmallIntegerField(_("uren intakefase"), default=5)
    uren_fase_1 = models.PositiveSmallIntegerField(_("uren fase 1"), default=10)
    uren_fase_2_tot_4 = models.PositiveSmallIntegerField(_("uren fase 2 tot en met 4"), default=20)
    bewaartermijn_jaren = models.PositiveSmallIntegerField(
        _("bewaartermijn na afsluiting (jaren)"), default=2, validators=[MinValueValidator(1)]
    )
    vervaltermijn_maanden = models.PositiveSmallIntegerField(
        _("open traject vervalt na (maanden zonder activiteit)"),
        default=12,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Een traject waarin zo lang niets is vastgelegd, wordt afgesloten als vervallen; "
            "trainers en coördinator krijgen bericht."
        ),
    )

    class Meta:
        verbose_name = _("trajectinstellingen")
