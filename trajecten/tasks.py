"""Background work of the trajectories. Arguments are ids, never names."""

import logging

from django_tasks import task

from trajecten.auditketen import AuditspoorGebroken, keten_controleren
from trajecten.services.bewaren import vervallen_trajecten_vernietigen

logger = logging.getLogger(__name__)


@task()
def bewaartermijn_bewaken() -> int:
    """Daily: destroy every closed record past its destroy date (rule 'bewaartermijn'); safe to run twice."""
    return vervallen_trajecten_vernietigen()


@task()
def auditspoor_bewaken() -> int:
    """Daily: verify the audit trail's hash chain (rule 'auditlog'); safe to run twice.

    The result line goes to the log: its 'Anker: --anker ID:HASH' is kept outside the database
    (the journal) for a later check against a rewritten chain. A break fails the task, so the
    kerngroep sees `AuditspoorGebroken` under Rapporten → Mislukte taken; the message names the row.
    """
    uitslag = keten_controleren()
    if uitslag.meldingen:
        logger.error("%s", uitslag)
        raise AuditspoorGebroken(str(uitslag))
    logger.info("%s", uitslag)
    return uitslag.aantal
