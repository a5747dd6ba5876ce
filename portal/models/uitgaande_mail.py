from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def onderwerp_van(instance: models.Model | None) -> str:
    """How the outbox names what a mail is about: "app_label.model:pk", or "" for nothing in particular.

    A label rather than a foreign key, so one table serves every app without `portal` knowing them.
    """
    return "" if instance is None else f"{instance._meta.label_lower}:{instance.pk}"


class UitgaandeMailQuerySet(models.QuerySet):
    def verstuurd(self):
        return self.exclude(verstuurd_op=None)

    def over(self, instance: models.Model):
        return self.filter(onderwerp=onderwerp_van(instance))


class UitgaandeMail(models.Model):
    """A mail that goes out once (`portal.mail.eenmalig_versturen`).

    The unique key (soort, onderwerp, ontvanger, gelegenheid) makes a second send of the same
    mail do nothing, also when two workers run the same task at once. A row without `verstuurd_op`
    is a mail recorded but not (yet) sent: the mail server refused, or its task still waits.
    """

    # Dotted per app, e.g. "licenties.uitgegeven", "cursus.herinnering_week".
    soort = models.CharField(_("soort"), max_length=60)
    # What the mail is about (`onderwerp_van`); ids and codes only, never a name.
    onderwerp = models.CharField(_("onderwerp"), max_length=80, blank=True)
    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("ontvanger")
    )
    # Which occurrence of that mail: a year, a version of a meeting, an offer's expiry; "" if only one.
    gelegenheid = models.CharField(_("gelegenheid"), max_length=60, blank=True)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    objects = UitgaandeMailQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitgaande mail")
        verbose_name_plural = _("uitgaande mails")
        constraints = [
            models.UniqueConstraint(
                fields=["soort", "onderwerp", "ontvanger", "gelegenheid"], name="uitgaande_mail_eenmalig"
            )
        ]

    def __str__(self):
        return f"{self.soort} {self.onderwerp} {self.gelegenheid}".strip()
