"""Background work of intervisie: mail, each sent once. Arguments are ids, never names."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from intervisie.agenda import mijn_groep_url
from intervisie.models import Groepslidmaatschap, Melding
from portal.mail import opnieuw_bij_mailfout, send_mail_from_templates


@task()
@opnieuw_bij_mailfout
def send_indeling_mail(*, lidmaatschap_id: int) -> None:
    """Tell a trainer which group they are in, with the group's facilitators and planned dates."""
    with transaction.atomic():
        lidmaatschap = (
            Groepslidmaatschap.objects.select_for_update(of=("self",))
            .select_related("groep", "user")
            .get(pk=lidmaatschap_id)
        )
        if lidmaatschap.gemeld_op or lidmaatschap.eind_op is not None:
            return
        groep = lidmaatschap.groep
        send_mail_from_templates(
            to=[lidmaatschap.user.email],
            template_base="intervisie/emails/ingedeeld",
            context={
                "ontvanger": lidmaatschap.user,
                "groep": groep,
                "bijeenkomsten": groep.bijeenkomsten.gepland().filter(datum__gte=timezone.localdate()),
                "link": mijn_groep_url(),
            },
        )
        lidmaatschap.gemeld_op = timezone.now()
        lidmaatschap.save(update_fields=["gemeld_op"])


@task()
@opnieuw_bij_mailfout
def send_wijziging_mail(*, melding_id: int) -> None:
    """A moved or cancelled meeting, with the new .ics. Sent once per member and version."""
    from intervisie.agenda import bijeenkomst_ics

    with transaction.atomic():
        melding = (
            Melding.objects.select_for_update(of=("self",))
            .select_related("user", "bijeenkomst__groep")
            .get(pk=melding_id)
        )
        if melding.verstuurd_op:
            return
        bijeenkomst = melding.bijeenkomst
        send_mail_from_templates(
            to=[melding.user.email],
            template_base="intervisie/emails/gewijzigd",
            context={"ontvanger": melding.user, "bijeenkomst": bijeenkomst, "link": mijn_groep_url()},
            attachments=[(f"intervisie-{bijeenkomst.pk}.ics", bijeenkomst_ics(bijeenkomst), "text/calendar")],
        )
        melding.verstuurd_op = timezone.now()
        melding.save(update_fields=["verstuurd_op"])
