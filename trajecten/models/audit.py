"""The audit log of case data: append-only, in the database, field names but never values."""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import Exact, In
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditRegelQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied("Het auditlog kan niet worden gewijzigd.")

    def delete(self):
        raise PermissionDenied("Het auditlog kan niet worden verwijderd.")

    def voor_code(self, code: str):
        return self.filter(code=code)


class AuditRegel(models.Model):
    """Who did what with which trajectory (by code), when, in which role and organisation.

    Ids, not foreign keys: an entry outlives the user, the organisation and the record.
    UPDATE and DELETE are refused here and, on PostgreSQL, by a trigger (migration 0002), TRUNCATE
    by a statement trigger (migration `…_auditregel_hashketen`); the application's database role
    may only INSERT and SELECT (docs/deployment.md). Each row carries the hash of the row before
    it (`trajecten.auditketen`): rows are written only through `trajecten.audit.audit_loggen`.
    """

    # Set by the writer, not on save: the time is part of the row's hash.
    tijdstip = models.DateTimeField(_("tijdstip"), default=timezone.now, editable=False, db_index=True)
    user_id = models.BigIntegerField(_("gebruiker (id)"), null=True)
    rol = models.CharField(_("rol"), max_length=20, blank=True)
    organisatie_id = models.BigIntegerField(_("organisatie (id)"), null=True)
    actie = models.CharField(_("actie"), max_length=60)
    code = models.CharField(_("code"), max_length=10, blank=True, db_index=True)
    velden = models.JSONField(_("velden"), default=list)
    vorige_hash = models.CharField(_("hash van de vorige regel"), max_length=64, editable=False)
    hash = models.CharField(_("hash"), max_length=64, editable=False)

    objects = AuditRegelQuerySet.as_manager()

    class Meta:
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditregels")
        ordering = ["-tijdstip", "-pk"]
        default_permissions = ()
        constraints = [
            # Two rows pointing at the same predecessor would fork the chain: refused, never stored.
            models.UniqueConstraint(fields=["vorige_hash"], name="auditregel_een_opvolger"),
            models.CheckConstraint(condition=Exact(Length("hash"), 64), name="auditregel_heeft_hash"),
            models.CheckConstraint(
                condition=In(Length("vorige_hash"), [0, 64]), name="auditregel_vorige_hash_of_begin"
            ),
        ]

    def __str__(self):
        return f"{self.tijdstip:%Y-%m-%d %H:%M} {self.actie} {self.code}"

    def save(self, *args, **kwargs):
        if self.pk is not None or kwargs.get("force_update"):
            raise PermissionDenied("Het auditlog kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Het auditlog kan niet worden verwijderd.")
