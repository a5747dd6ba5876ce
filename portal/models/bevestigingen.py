from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AdresbevestigingQuerySet(models.QuerySet):
    def verlopen(self):
        return self.filter(verloopt_op__lte=timezone.now())


class Adresbevestiging(models.Model):
    """A public form's request waiting for its address to be confirmed (double opt-in).

    Holds what the visitor typed until the owner of the address clicks the link in the mail;
    then the app does what the form asked (`doel`) and the data is cleared. Nothing here is an
    account or an application. Expired rows are deleted (`portal.accounts.bevestigen`).
    """

    doel = models.CharField(_("doel"), max_length=50)
    email = models.EmailField(_("e-mailadres"))
    # What the form asked for; only read back by the app that owns `doel`, never put in a mail.
    gegevens = models.JSONField(_("gegevens"), default=dict, blank=True)
    # What the mail says the confirmation is for: text of the portal, never typed by the visitor.
    omschrijving = models.CharField(_("omschrijving"), max_length=200)
    # Where the confirmation link leads (URL name taking the token) and where to log in to.
    link_naam = models.CharField(max_length=100)
    login_volgende = models.CharField(max_length=200, blank=True)
    # NULL until the mail is sent: unique, yet many may wait for their mail.
    token_hash = models.CharField(max_length=64, unique=True, null=True, editable=False)  # noqa: DJ001
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    verloopt_op = models.DateTimeField(_("verloopt op"))
    bevestigd_op = models.DateTimeField(_("bevestigd op"), null=True, blank=True)

    objects = AdresbevestigingQuerySet.as_manager()

    class Meta:
        verbose_name = _("adresbevestiging")
        verbose_name_plural = _("adresbevestigingen")

    def __str__(self):
        return f"{self.doel} {self.pk}"
