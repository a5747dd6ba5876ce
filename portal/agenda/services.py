"""The personal feed's address: created on first use, reset on request."""

from django.db import transaction
from wagtail.log_actions import log

from portal.models import AgendaAbonnement
from portal.models.agenda import new_agenda_token


def agenda_abonnement_ophalen(*, user) -> AgendaAbonnement:
    """The person's subscription; the first visit to the agenda page creates it."""
    abonnement, _created = AgendaAbonnement.objects.get_or_create(user=user)
    return abonnement


def agenda_token_vernieuwen(*, abonnement: AgendaAbonnement, door) -> AgendaAbonnement:
    """Give the feed a new secret address; calendar apps with the old one get nothing any more.

    For when the address was shared by mistake or a device was lost.
    """
    with transaction.atomic():
        abonnement.token = new_agenda_token()
        abonnement.save(update_fields=["token"])
        log(abonnement, "portal.agenda.vernieuwd", user=door)
    return abonnement


def agenda_abonnement_zoeken(token: str) -> AgendaAbonnement | None:
    if not token or len(token) > 64:
        return None
    return AgendaAbonnement.objects.select_related("user").filter(token=token, user__is_active=True).first()
