"""The course's dates as calendar items: for the personal feed, the public .ics and change mails."""

from django.urls import reverse
from django.utils.translation import gettext as _

from cursus.choices import RondeStatus
from cursus.models import Aanmelding, Bijeenkomst
from portal.agenda import AgendaItem
from portal.agenda.ical import calendar_from_items
from portal.links import absolute_url

FEED_NAME = "Re-Fit trainerscursus"


def agenda_item(bijeenkomst: Bijeenkomst, *, url: str = "") -> AgendaItem:
    """One session as an event: stable UID, versioned by its sequence, no names of people."""
    ronde = bijeenkomst.cursusronde
    return bijeenkomst.agenda_item(
        summary=_("%(bijeenkomst)s trainerscursus Re-Fit") % {"bijeenkomst": bijeenkomst.label},
        omschrijving=_("Trainerscursus Re-Fit, cursusronde %(ronde)s.") % {"ronde": ronde.naam},
        url=url,
        is_geannuleerd=ronde.status == RondeStatus.GEANNULEERD,
    )


def agenda_items_voor(user) -> list[AgendaItem]:
    """A participant's sessions (and make-up sessions); every session of the editions an opleider teaches."""
    if not user.is_authenticated:
        return []
    deelnames = Aanmelding.objects.deelnemers().filter(user=user)
    # Three indexed lookups and the union of their ids: an OR across the three relations joined
    # every session of every edition first.
    ids = (
        Bijeenkomst.objects.filter(cursusronde__aanmeldingen__in=deelnames)
        .values("pk")
        .union(
            Bijeenkomst.objects.filter(inhalers__aanmelding__user=user).values("pk"),
            Bijeenkomst.objects.filter(cursusronde__opleiders=user).values("pk"),
        )
    )
    bijeenkomsten = Bijeenkomst.objects.filter(pk__in=ids).select_related("cursusronde")
    url = absolute_url(reverse("cursus:mijn_cursus"))
    return [agenda_item(b, url=url) for b in bijeenkomsten]


def bijeenkomst_ics(bijeenkomst: Bijeenkomst) -> bytes:
    """One session as an .ics attachment, e.g. when its date moved."""
    return calendar_from_items(
        [agenda_item(bijeenkomst)], name=FEED_NAME, uid=f"bijeenkomst-{bijeenkomst.pk}@re-fit-portaal"
    ).to_ical()
