"""Background work of the trajectories. Arguments are ids, never names."""

import logging

from django.db import transaction
from django.urls import reverse
from django_tasks import task

from portal.links import absolute_url
from portal.mail import nog_te_versturen, opnieuw_bij_mailfout, versturen
from trajecten.auditketen import AuditspoorGebroken, keten_controleren
from trajecten.models import Traject
from trajecten.services.bewaren import (
    inactieve_trajecten_laten_vervallen,
    trajecten_na_bewaartermijn_vernietigen,
)

logger = logging.getLogger(__name__)


@task()
def bewaartermijn_bewaken() -> dict:
    """Daily (rule 'bewaartermijn'): close open records without activity for the kerngroep's term as
    'vervallen' (with a notice), then destroy every closed record past its destroy date. Safe to run
    twice."""
    return {
        "vervallen": inactieve_trajecten_laten_vervallen(),
        "vernietigd": trajecten_na_bewaartermijn_vernietigen(),
    }


@task()
@opnieuw_bij_mailfout
def send_vervallen_mail(*, uitgaande_mail_id: int, traject_id: int) -> None:
    """Tell one trainer or coordinator that a trajectory lapsed; sent once (the outbox).

    The mail names the pseudonymous code only, never the pupil.
    """
    with transaction.atomic():
        uitgaand = nog_te_versturen(uitgaande_mail_id)
        if uitgaand is None:  # sent already, or destroyed with its record meanwhile
            return
        traject = Traject.objects.get(pk=traject_id)
        versturen(
            uitgaand,
            template_base="trajecten/emails/vervallen",
            context={
                "traject": traject,
                "link": absolute_url(reverse("trajecten:detail", args=[traject.code])),
            },
        )


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
