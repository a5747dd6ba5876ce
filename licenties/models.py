from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Programma(models.TextChoices):
    RE_FIT = "re_fit", _("Re-Fit")
    RE_FIT_DO_IT = "re_fit_do_it", _("Re-Fit Do-It")


class Licentie(models.Model):
    """A trainer's licence to run a Re-Fit programme in their own organisation.

    Its validity (upkeep through professionalisation days) is computed from the
    evidence by the licence rules; nothing here is typed in by hand.
    """

    houder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="licenties",
        verbose_name=_("houder"),
    )
    nummer = models.CharField(_("licentienummer"), max_length=20, unique=True)
    programma = models.CharField(
        _("programma"), max_length=20, choices=Programma.choices, default=Programma.RE_FIT
    )
    behaald_op = models.DateField(_("behaald op"))

    class Meta:
        verbose_name = _("licentie")
        verbose_name_plural = _("licenties")
        ordering = ["behaald_op", "nummer"]

    def __str__(self):
        return f"{self.nummer} ({self.get_programma_display()})"
