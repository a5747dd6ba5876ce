"""Background work of intervisie: mail, each sent once. Arguments are ids, never names."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from intervisie.agenda import mijn_groep_url
from intervisie.models import Groepslidmaatschap, Intervisiebijeenkomst
from intervisie.models.groepen import INDELING_GEMELD
from portal.mail import eenmalig_versturen, nog_te_versturen, opnieuw_bij_mailfout, versturen


@task()
@opnieuw_bij_mailfout
def send_indeling_mail(*, lidmaatschap_id: int) -> None:
    """Tell a trainer which group they are in, with the group's facilitators and planned dates.

    Sent once per membership (the outbox); not at all once the membership has ended.
    """
    lidmaatschap = Groepslidmaatschap.objects.select_related("groep", "user").get(pk=lidmaatschap_id)
    if lidmaatschap.eind_op is not None:
        return
    groep = lidmaatschap.groep
    eenmalig_versturen(
        soort=INDELING_GEMELD,
        onderwerp=lidmaatschap,
        ontvanger=lidmaatschap.user,
        template_base="intervisie/emails/ingedeeld",
        context={
            "groep": groep,
            "bijeenkomsten": groep.bijeenkomsten.gepland().filter(datum__gte=timezone.localdate()),
            "link": mijn_groep_url(),
        },
    )


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
