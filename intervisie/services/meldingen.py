"""Notifying people: the only place that queues intervisie's mail tasks (in the change's transaction)."""

from django.utils import timezone
from wagtail.log_actions import log

from intervisie.models import Groepslidmaatschap, Intervisiebijeenkomst
from portal.mail import uitgaande_mail_vastleggen
from portal.taken import na_commit_inplannen


def loggen(instance, action: str, *, door=None, data=None) -> None:
    """Audit entries name objects by id (a group by its name, which holds no person's name)."""
    log(instance, action, user=door, data=data)


def indeling_melden(lidmaatschappen: list[Groepslidmaatschap]) -> None:
    """Every new member hears which group they are in, once (the task sends it through the outbox)."""
    from intervisie.tasks import send_indeling_mail

    for lidmaatschap in lidmaatschappen:
        na_commit_inplannen(send_indeling_mail, lidmaatschap_id=lidmaatschap.pk)


def wijziging_melden(bijeenkomst: Intervisiebijeenkomst) -> int:
    """Rule 'gewijzigde bijeenkomst': every member on the (new) day hears of a moved or cancelled
    meeting, with the new .ics; one mail per member and version."""
    from intervisie.tasks import send_wijziging_mail

    aantal = 0
    for lidmaatschap in bijeenkomst.groep.leden_op(
        max(bijeenkomst.datum, timezone.localdate())
    ).select_related("user"):
        uitgaand, created = uitgaande_mail_vastleggen(
            soort="intervisie.gewijzigd",
            onderwerp=bijeenkomst,
            ontvanger=lidmaatschap.user,
            gelegenheid=f"v{bijeenkomst.sequence}",
        )
        if created:
            na_commit_inplannen(
                send_wijziging_mail, uitgaande_mail_id=uitgaand.pk, bijeenkomst_id=bijeenkomst.pk
            )
            aantal += 1
    return aantal
