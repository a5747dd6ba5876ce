import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_agenda_token() -> str:
    """43 URL-safe characters from 32 random bytes: unguessable, so the feed needs no login."""
    return secrets.token_urlsafe(32)


class AgendaAbonnement(models.Model):
    """A person's private calendar subscription: whoever knows the token reads the feed.

    The token itself is stored (not a hash) because the person must be able to see
    and copy the address again; resetting it makes the old address useless.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="agenda_abonnement",
        verbose_name=_("gebruiker"),
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_agenda_token, editable=False)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("agenda-abonnement")
        verbose_name_plural = _("agenda-abonnementen")

    def __str__(self):
        return f"Agenda-abonnement {self.pk}"
