"""The audit log of case data: append-only, in the database, field names but never values."""

from django.core.exceptions import PermissionDenied
from django.db import models
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
    UPDATE and DELETE are refused here and, on PostgreSQL, by a trigger (migration 0002).
    """

    tijdstip = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    user_id = models.BigIntegerField(_("gebruiker (id)"), null=True)
    rol = models.CharField(_("rol"), max_length=20, blank=True)
    organisatie_id = models.BigIntegerField(_("organisatie (id)"), null=True)
    actie = models.CharField(_("actie"), max_length=60)
    code = models.CharField(_("code"), max_length=10, blank=True, db_index=True)
    velden = models.JSONField(_("velden"), default=list)

    objects = AuditRegelQuerySet.as_manager()

    class Meta:
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditregels")
        ordering = ["-tijdstip", "-pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.tijdstip:%Y-%m-%d %H:%M} {self.actie} {self.code}"

    def save(self, *args, **kwargs):
        if self.pk is not None or kwargs.get("force_update"):
            raise PermissionDenied("Het auditlog kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Het auditlog kan niet worden verwijderd.")
