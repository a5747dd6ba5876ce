"""What each reader has read, and what changed in the manual since."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Leesvoortgang(models.Model):
    """A page a trainer marked as read, and the revision they read."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="leesvoortgang")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    gelezen_op = models.DateTimeField(_("gelezen op"), default=timezone.now)

    class Meta:
        verbose_name = _("gelezen pagina")
        verbose_name_plural = _("gelezen pagina's")
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="leesvoortgang_uniek")]

    def __str__(self):
        return f"{self.user_id} las {self.page_id}"


class Wijziging(models.Model):
    """A published change to a page of the manual, with the editor's note."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    vorige_revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    notitie = models.CharField(_("wat is er veranderd"), max_length=300, blank=True)
    is_nieuw = models.BooleanField(_("nieuwe pagina"), default=False)
    gepubliceerd_op = models.DateTimeField(_("gepubliceerd op"), default=timezone.now)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        verbose_name = _("wijziging in het trainerskompas")
        verbose_name_plural = _("wijzigingen in het trainerskompas")
        ordering = ["-gepubliceerd_op", "-pk"]

    def __str__(self):
        return f"{self.page_id} op {self.gepubliceerd_op:%Y-%m-%d}"


class KompasVoorkeur(models.Model):
    """A reader's choice about the update mail, and how far the mail has come."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="kompas_voorkeur"
    )
    ontvang_updates = models.BooleanField(
        _("e-mail met updates van het trainerskompas"),
        default=True,
        help_text=_("Eén e-mail per dag waarop iets is gewijzigd, met wat er veranderd is."),
    )
    laatste_gemelde_wijziging = models.PositiveBigIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("voorkeur trainerskompas")
        verbose_name_plural = _("voorkeuren trainerskompas")

    def __str__(self):
        return f"voorkeur {self.user_id}"
