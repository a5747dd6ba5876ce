"""Is the portal connected the way docs/deployment.md sets it up? Asked of the live connection.

On PostgreSQL the connected role must not be able to change or remove audit rows unseen by the
database (`trajecten.auditrechten.te_ruime_rechten`). Reported by `check --deploy --database default`
(a deploy check that reads the database, so only with `--database`) and by the readiness probe.
"""

from django.conf import settings
from django.core import checks
from django.db import connections


class AuditrechtenTeRuim(Exception):
    """The readiness probe shows only this type; `check --deploy --database default` says why."""


def _redenen(alias: str) -> list[str]:
    from trajecten.auditrechten import te_ruime_rechten

    connection = connections[alias]
    if connection.vendor != "postgresql":
        return []  # SQLite (demo, tests) has no roles; the model refuses changes
    with connection.cursor() as cursor:
        return te_ruime_rechten(cursor)


@checks.register(checks.Tags.database, checks.Tags.security, deploy=True)
def auditrechten_controleren(app_configs=None, databases=None, **kwargs):
    meldingen = []
    for alias in databases or []:
        if redenen := _redenen(alias):
            meldingen.append(
                checks.Warning(
                    f"De databaseverbinding '{alias}' kan het auditspoor buiten de database om wijzigen of "
                    f"legen: {', '.join(redenen)}.",
                    hint="Verbind het portaal als de app-rol en draai `databaserechten_inrichten` als de "
                    "eigenaar (docs/deployment.md, 'Database roles').",
                    id="trajecten.W001",
                )
            )
    return meldingen


def auditrechten_gereed() -> None:
    """Readiness: raise when the portal's own connection could change the audit trail."""
    if not getattr(settings, "REFIT_AUDITRECHTEN_CONTROLEREN", True):
        return
    if _redenen("default"):
        raise AuditrechtenTeRuim
