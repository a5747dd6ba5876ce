"""Background work of the trajectories. Arguments are ids, never names."""

import logging

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from portal.links import absolute_url
from portal.mail import opnieuw_bij_mailfout, send_mail_from_templates
from trajecten.auditketen import AuditspoorGebroken, keten_controleren
from trajecten.models import VervalMelding
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
def send_vervallen_mail(*, melding_id: int) -> None:
    """Tell one trainer or coordinator that a trajectory lapsed; sent once (`VervalMelding.verstuurd_op`).

    The mail names the pseudonymous code only, never the pupil.
    """
    with transaction.atomic():
        melding = (
            VervalMelding.objects.select_for_update(of=("self",))
            .select_related("user", "traject")
            .filter(pk=melding_id)
            .first()
        )
        if melding is None or melding.verstuurd_op:  # destroyed meanwhile, or sent already
            return
        traject = melding.traject
        send_mail_from_templates(
            to=[melding.user.email],
            template_base="trajecten/emails/vervallen",
            context={
                "ontvanger": melding.user,
                "traject": traject,
                "link": absolute_url(reverse("trajecten:detail", args=[traject.code])),
            },
        )
        melding.verstuurd_op = timezone.now()
        melding.save(update_fields=["verstuurd_op"])


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
