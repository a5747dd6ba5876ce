"""Notifying people: the only place that queues the course's mail tasks (in the change's transaction)."""

from datetime import date, timedelta

from django.db import transaction
from wagtail.log_actions import log

from cursus.choices import MeldingSoort, RondeStatus
from cursus.models import Aanmelding, Bijeenkomst
from cursus.rules import HERINNERING_WEEK_DAGEN, verschuldigde_herinnering
from portal.mail import uitgaande_mail_vastleggen
from portal.taken import na_commit_inplannen


def aanmelding_loggen(aanmelding: Aanmelding, action: str, *, door=None, data=None) -> None:
    """Audit entries name the application by id, never by the person's name."""
    log(aanmelding, action, user=door, title=f"Aanmelding {aanmelding.pk}", data=data)


def plaatsaanbiedingen_melden(aangeboden: list[Aanmelding]) -> None:
    """Mail each new offer of a freed seat (with its own time-limited link)."""
    from cursus.tasks import send_plaatsaanbod_mail

    for aanmelding in aangeboden:
        aanmelding_loggen(aanmelding, "cursus.aanmelding.plaats_aangeboden")
        na_commit_inplannen(send_plaatsaanbod_mail, aanmelding_id=aanmelding.pk)


def ontvangers_van(bijeenkomst: Bijeenkomst):
    """Deelnemers of the session's edition, and whoever makes up a missed session there."""
    return Aanmelding.objects.deelnemers().filter(
        cursusronde_id=bijeenkomst.cursusronde_id
    ) | Aanmelding.objects.filter(aanwezigheden__inhaal_bijeenkomst=bijeenkomst)


def melding_plannen(
    *, aanmelding: Aanmelding, bijeenkomst: Bijeenkomst, soort: MeldingSoort, sequence=0
) -> bool:
    """Record one notice in the outbox and queue its mail, unless the same notice was recorded before.

    A reminder goes once per session and kind; a change notice once per version (`sequence`).
    """
    from cursus.tasks import send_melding_mail

    uitgaand, created = uitgaande_mail_vastleggen(
        soort=f"cursus.{soort}",
        onderwerp=bijeenkomst,
        ontvanger=aanmelding.user,
        gelegenheid=f"v{sequence}" if soort == MeldingSoort.GEWIJZIGD else "",
    )
    if created:
        na_commit_inplannen(
            send_melding_mail,
            uitgaande_mail_id=uitgaand.pk,
            aanmelding_id=aanmelding.pk,
            bijeenkomst_id=bijeenkomst.pk,
        )
    return created


def datumwijziging_melden(*, bijeenkomsten: list[Bijeenkomst]) -> int:
    """Rule 'gewijzigde datum': everyone taking part hears of a moved session, with the new .ics."""
    aantal = 0
    for bijeenkomst in bijeenkomsten:
        for aanmelding in ontvangers_van(bijeenkomst).distinct():
            aantal += melding_plannen(
                aanmelding=aanmelding,
                bijeenkomst=bijeenkomst,
                soort=MeldingSoort.GEWIJZIGD,
                sequence=bijeenkomst.sequence,
            )
    return aantal


def herinneringen_plannen(*, op: date) -> int:
    """The daily job: queue the reminders that are due (rules.verschuldigde_herinnering), each once.

    Running it twice on a day sends nothing twice: every reminder is recorded in the outbox
    (`portal.UitgaandeMail`), unique per participant, session and kind.
    """
    aantal = 0
    bijeenkomsten = Bijeenkomst.objects.filter(
        datum__gte=op, datum__lte=op + timedelta(days=HERINNERING_WEEK_DAGEN)
    ).exclude(cursusronde__status=RondeStatus.GEANNULEERD)
    for bijeenkomst in bijeenkomsten.select_related("cursusronde"):
        soort = verschuldigde_herinnering(bijeenkomst.datum, op=op)
        if soort is None:
            continue
        with transaction.atomic():
            for aanmelding in ontvangers_van(bijeenkomst).distinct():
                aantal += melding_plannen(aanmelding=aanmelding, bijeenkomst=bijeenkomst, soort=soort)
    return aantal
