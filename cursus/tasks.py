"""Background work of the trainer course: mail (each sent once) and the periodic jobs."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from cursus.choices import Beoordeling, MeldingSoort
from cursus.models import Aanmelding, Bijeenkomst
from portal.links import absolute_url
from portal.mail import (
    eenmalig_versturen,
    nog_te_versturen,
    opnieuw_bij_mailfout,
    send_mail_from_templates,
    versturen,
)
from portal.plaatsing import PlaatsStatus, plaatsaanbod_token_maken, wachtlijstpositie


def _aanmelding_vergrendeld(aanmelding_id: int) -> Aanmelding:
    return (
        Aanmelding.objects.select_for_update(of=("self",))
        .select_related("cursusronde", "user")
        .get(pk=aanmelding_id)
    )


def _context(aanmelding: Aanmelding, **extra) -> dict:
    return {
        "ontvanger": aanmelding.user,
        "aanspreeknaam": _("cursist"),
        "aanmelding": aanmelding,
        "ronde": aanmelding.cursusronde,
        "bijeenkomsten": aanmelding.cursusronde.gesorteerde_bijeenkomsten(),
        "portaal_link": absolute_url(reverse("cursus:mijn_cursus")),
        **extra,
    }


@task()
@opnieuw_bij_mailfout
def send_aanmelding_ontvangen_mail(*, aanmelding_id: int) -> None:
    """Confirm an application: with a seat held during the review, or the place on the waiting list."""
    with transaction.atomic():
        aanmelding = _aanmelding_vergrendeld(aanmelding_id)
        eenmalig_versturen(
            soort="cursus.aanmelding_ontvangen",
            onderwerp=aanmelding,
            ontvanger=aanmelding.user,
            template_base="cursus/emails/aanmelding_ontvangen",
            context=_context(aanmelding, positie=wachtlijstpositie(aanmelding)),
        )


@task()
@opnieuw_bij_mailfout
def send_besluit_mail(*, aanmelding_id: int) -> None:
    """Tell the applicant the decision: admitted (with or without a seat yet), or refused with the reason."""
    with transaction.atomic():
        aanmelding = _aanmelding_vergrendeld(aanmelding_id)
        if aanmelding.beoordeling == Beoordeling.OPEN:
            return
        toegelaten = aanmelding.beoordeling == Beoordeling.TOEGELATEN
        eenmalig_versturen(
            soort="cursus.besluit",
            onderwerp=aanmelding,
            ontvanger=aanmelding.user,
            template_base="cursus/emails/toegelaten" if toegelaten else "cursus/emails/afgewezen",
            context=_context(
                aanmelding,
                positie=wachtlijstpositie(aanmelding),
                heeft_wachtwoord=aanmelding.user.has_usable_password(),
            ),
        )


@task()
@opnieuw_bij_mailfout
def send_plaatsaanbod_mail(*, aanmelding_id: int) -> None:
    """Offer a freed seat with a personal link that works until the offer expires. Sent once per offer."""
    with transaction.atomic():
        aanmelding = _aanmelding_vergrendeld(aanmelding_id)
        if (
            aanmelding.status != PlaatsStatus.AANGEBODEN
            or aanmelding.plaatsaanbod_verstuurd_op
            or aanmelding.plaatsaanbod_is_verlopen()
        ):
            return
        token = plaatsaanbod_token_maken(aanmelding)
        send_mail_from_templates(
            to=[aanmelding.user.email],
            template_base="cursus/emails/plaatsaanbod",
            context=_context(aanmelding, link=absolute_url(reverse("cursus:plaatsaanbod", args=[token]))),
        )


@task()
@opnieuw_bij_mailfout
def send_melding_mail(*, uitgaande_mail_id: int, aanmelding_id: int, bijeenkomst_id: int) -> None:
    """A reminder before a session, or the notice of a changed one with the new .ics. Sent once."""
    from cursus.agenda import bijeenkomst_ics
    from cursus.services.meldingen import ontvangers_van

    with transaction.atomic():
        uitgaand = nog_te_versturen(uitgaande_mail_id)
        if uitgaand is None:
            return
        bijeenkomst = Bijeenkomst.objects.select_related("cursusronde").filter(pk=bijeenkomst_id).first()
        aanmelding = bijeenkomst and ontvangers_van(bijeenkomst).filter(pk=aanmelding_id).first()
        if aanmelding is None:
            return  # withdrew (or the session was removed) in the meantime
        gewijzigd = uitgaand.soort == f"cursus.{MeldingSoort.GEWIJZIGD}"
        versturen(
            uitgaand,
            template_base="cursus/emails/gewijzigd" if gewijzigd else "cursus/emails/herinnering",
            context=_context(aanmelding, bijeenkomst=bijeenkomst),
            attachments=[(f"bijeenkomst-{bijeenkomst.pk}.ics", bijeenkomst_ics(bijeenkomst), "text/calendar")]
            if gewijzigd
            else [],
        )


@task()
def herinneringen_versturen() -> None:
    """Daily: the reminders a week and a day before each session."""
    from cursus.services.meldingen import herinneringen_plannen

    herinneringen_plannen(op=timezone.localdate())


@task()
def plaatsaanbiedingen_verwerken() -> None:
    """Hourly: expired offers of a seat pass to the next on the waiting list."""
    from cursus.services.aanmelden import verlopen_plaatsaanbiedingen_verwerken

    verlopen_plaatsaanbiedingen_verwerken()
