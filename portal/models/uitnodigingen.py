import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.roles import Role


def hash_token(token: str) -> str:
    """Only the hash of an invitation token is stored; the token itself is in the mail."""
    return hashlib.sha256(token.encode()).hexdigest()


class UitnodigingQuerySet(models.QuerySet):
    def open(self):
        return self.filter(
            geaccepteerd_op__isnull=True,
            ingetrokken_op__isnull=True,
            verloopt_op__gt=timezone.now(),
        )


class Uitnodiging(models.Model):
    """An invitation to create an account with one role. There is no open sign-up."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        GEACCEPTEERD = "geaccepteerd", _("Geaccepteerd")
        VERLOPEN = "verlopen", _("Verlopen")
        INGETROKKEN = "ingetrokken", _("Ingetrokken")

    email = models.EmailField(_("e-mailadres"))
    voornaam = models.CharField(_("voornaam"), max_length=150)
    achternaam = models.CharField(_("achternaam"), max_length=150)
    rol = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    organisatie = models.ForeignKey(
        "portal.Organisatie",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="uitnodigingen",
        verbose_name=_("organisatie"),
    )
    is_coordinator = models.BooleanField(_("coördinator van de organisatie"), default=False)
    uitgenodigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uitgenodigd door"),
    )
    # NULL until the mail is sent: unique, yet many invitations may wait for their mail.
    token_hash = models.CharField(max_length=64, unique=True, null=True, editable=False)  # noqa: DJ001
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    verstuurd_op = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    verloopt_op = models.DateTimeField(_("verloopt op"))
    geaccepteerd_op = models.DateTimeField(_("geaccepteerd op"), null=True, blank=True)
    ingetrokken_op = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="uitnodigingen",
        verbose_name=_("account"),
    )

    objects = UitnodigingQuerySet.as_manager()

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-aangemaakt_op"]

    def __str__(self):
        return f"{self.voornaam} {self.achternaam} ({self.get_rol_display()})"

    @property
    def status(self) -> "Uitnodiging.Status":
        if self.geaccepteerd_op:
            return self.Status.GEACCEPTEERD
        if self.ingetrokken_op:
            return self.Status.INGETROKKEN
        if self.verloopt_op <= timezone.now():
            return self.Status.VERLOPEN
        return self.Status.OPEN

    def get_status_display(self) -> str:
        return self.status.label
