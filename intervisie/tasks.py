"""Background work of intervisie: mail, each sent once. Arguments are ids, never names."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from intervisie.agenda import mijn_groep_url
from intervisie.models import Groepslidmaatschap, Intervisiebijeenkomst
from portal.mail import nog_te_versturen, opnieuw_bij_mailfout, send_mail_from_templates, versturen


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
def send_wijziging_mail(*, uitgaande_mail_id: int, bijeenkomst_id: int) -> None:
    """A moved or cancelled meeting, with the new .ics. Sent once per member and version."""
    from intervisie.agenda import bijeenkomst_ics

    with transaction.atomic():
        uitgaand = nog_te_versturen(uitgaande_mail_id)
        if uitgaand is None:
            return
        bijeenkomst = Intervisiebijeenkomst.objects.select_related("groep").filter(pk=bijeenkomst_id).first()
        if bijeenkomst is None:
            return
        versturen(
            uitgaand,
            template_base="intervisie/emails/gewijzigd",
            context={"bijeenkomst": bijeenkomst, "link": mijn_groep_url()},
            attachments=[(f"intervisie-{bijeenkomst.pk}.ics", bijeenkomst_ics(bijeenkomst), "text/calendar")],
        )
