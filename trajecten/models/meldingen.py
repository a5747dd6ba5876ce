"""Notices about a trajectory, recorded so that each is mailed once (the mail task checks `verstuurd_op`)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trajecten.models.traject import Traject


class VervalMelding(models.Model):
    """Tells one trainer or coordinator that a trajectory lapsed (rule 'vervallen'); destroyed with it."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="vervalmeldingen")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    verstuurd_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("vervalmelding")
        verbose_name_plural = _("vervalmeldingen")
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["traject", "user"], name="vervalmelding_eenmaal")]

    def __str__(self):
        return f"Vervalmelding {self.pk}"
