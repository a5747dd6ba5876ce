"""Background work of the trainer course: mail (each sent once) and the periodic jobs."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from cursus.choices import Beoordeling, MeldingSoort
from cursus.models import Aanmelding, Melding
from portal.links import absolute_url
from portal.mail import opnieuw_bij_mailfout, send_mail_from_templates
from portal.plaatsing import PlaatsStatus, plaatsaanbod_token_maken, wachtlijstpositie


def _aanmelding_vergrendeld(aanmelding_id: int) -> Aanmelding:
    return (
        Aanmelding.objects.select_for_update(of=("self",))
        .select_related("cursusronde", "user")
        .get(pk=aanmelding_id)
    )


def _context(aanmelding: Aanmelding, **extra) -> dict:
    return {
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
        if aanmelding.bevestiging_verstuurd_op:
            return
        send_mail_from_templates(
            to=[aanmelding.user.email],
            template_base="cursus/emails/aanmelding_ontvangen",
            context=_context(aanmelding, positie=wachtlijstpositie(aanmelding)),
        )
        aanmelding.bevestiging_verstuurd_op = timezone.now()
        aanmelding.save(update_fields=["bevestiging_verstuurd_op"])


@task()
@opnieuw_bij_mailfout
def send_besluit_mail(*, aanmelding_id: int) -> None:
    """Tell the applicant the decision: admitted (with or without a seat yet), or refused with the reason."""
    with transaction.atomic():
        aanmelding = _aanmelding_vergrendeld(aanmelding_id)
        if aanmelding.besluit_verstuurd_op or aanmelding.beoordeling == Beoordeling.OPEN:
            return
        toegelaten = aanmelding.beoordeling == Beoordeling.TOEGELATEN
        send_mail_from_templates(
            to=[aanmelding.user.email],
            template_base="cursus/emails/toegelaten" if toegelaten else "cursus/emails/afgewezen",
            context=_context(
                aanmelding,
                positie=wachtlijstpositie(aanmelding),
                heeft_wachtwoord=aanmelding.user.has_usable_password(),
            ),
        )
        aanmelding.besluit_verstuurd_op = timezone.now()
        aanmelding.save(update_fields=["besluit_verstuurd_op"])


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
def send_melding_mail(*, melding_id: int) -> None:
    """A reminder before a session, or the notice of a changed one with the new .ics. Sent once."""
    from cursus.agenda import bijeenkomst_ics
    from cursus.services.meldingen import ontvangers_van

    with transaction.atomic():
        melding = (
            Melding.objects.select_for_update(of=("self",))
            .select_related("aanmelding__user", "bijeenkomst__cursusronde")
            .get(pk=melding_id)
        )
        if melding.verstuurd_op:
            return
        bijeenkomst = melding.bijeenkomst
        if not ontvangers_van(bijeenkomst).filter(pk=melding.aanmelding_id).exists():
            return  # withdrew in the meantime
        gewijzigd = melding.soort == MeldingSoort.GEWIJZIGD
        send_mail_from_templates(
            to=[melding.aanmelding.user.email],
            template_base="cursus/emails/gewijzigd" if gewijzigd else "cursus/emails/herinnering",
            context=_context(melding.aanmelding, bijeenkomst=bijeenkomst),
            attachments=[(f"bijeenkomst-{bijeenkomst.pk}.ics", bijeenkomst_ics(bijeenkomst), "text/calendar")]
            if gewijzigd
            else [],
        )
        melding.verstuurd_op = timezone.now()
        melding.save(update_fields=["verstuurd_op"])


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
