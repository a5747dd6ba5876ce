from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MeldingSoort(models.TextChoices):
    """The licence mails; each goes out once through the outbox as "licenties.<soort>" (`licenties.tasks`)."""

    HERINNERING_SEPTEMBER = "herinnering_september", _("Herinnering 1 september")
    HERINNERING_NOVEMBER = "herinnering_november", _("Herinnering 1 november")
    IN_RESPIJT = "in_respijt", _("Licentie in respijt")
    VERLOPEN = "verlopen", _("Licentie verlopen")
    MAANDOVERZICHT = "maandoverzicht", _("Maandoverzicht kerngroep")
    UITGEGEVEN = "uitgegeven", _("Licentie uitgegeven")
    BESLUIT = "besluit", _("Besluit van de kerngroep")
    DAG_AANGEMELD = "dag_aangemeld", _("Aanmelding professionaliseringsdag")
    PLAATSAANBOD = "plaatsaanbod", _("Plaats aangeboden")
    DAG_GEWIJZIGD = "dag_gewijzigd", _("Professionaliseringsdag gewijzigd")


class Uitgifteopdracht(models.Model):
    """Issuing the licences of a whole edition in the background, with its progress."""

    cursusronde = models.ForeignKey("cursus.Cursusronde", on_delete=models.CASCADE, related_name="+")
    aangevraagd_door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    aangevraagd_op = models.DateTimeField(auto_now_add=True)
    totaal = models.PositiveIntegerField(default=0)
    verwerkt = models.PositiveIntegerField(default=0)
    uitgegeven = models.PositiveIntegerField(default=0)
    klaar_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("uitgifteopdracht")
        verbose_name_plural = _("uitgifteopdrachten")

    def __str__(self):
        return f"{self.cursusronde_id}: {self.verwerkt}/{self.totaal}"

    @property
    def procent(self) -> int:
        return 100 if not self.totaal else round(100 * self.verwerkt / self.totaal)
