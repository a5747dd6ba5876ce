"""Intervisie meetings as calendar items: for the personal feed and the change mails.

No member names: the feed shows the group's name and the meeting's number in its school year.
"""

from django.urls import reverse
from django.utils.translation import gettext as _

from intervisie.models import Intervisiebijeenkomst
from portal.agenda import AgendaItem
from portal.agenda.ical import calendar_from_items
from portal.links import absolute_url

FEED_NAME = "Re-Fit intervisie"


def mijn_groep_url() -> str:
    return absolute_url(reverse("intervisie:mijn_groep"))


def agenda_item(bijeenkomst: Intervisiebijeenkomst, *, url: str = "") -> AgendaItem:
    """One meeting as an event: stable UID, versioned by its sequence."""
    return bijeenkomst.agenda_item(
        summary=_("Intervisie %(groep)s") % {"groep": bijeenkomst.groep.naam},
        omschrijving=_("Intervisiegroep %(groep)s.") % {"groep": bijeenkomst.groep.naam},
        daarna=[_("Agenda:") + "\n" + bijeenkomst.agenda] if bijeenkomst.agenda else [],
        url=url,
        is_geannuleerd=bijeenkomst.is_geannuleerd,
    )


def agenda_items_voor(user) -> list[AgendaItem]:
    """The meetings of the groups someone belonged to on the meeting's day, or facilitates."""
    if not user.is_authenticated:
        return []
    url = mijn_groep_url()
    bijeenkomsten = Intervisiebijeenkomst.objects.zichtbaar_voor(user).select_related("groep")
    return [agenda_item(b, url=url) for b in bijeenkomsten]


def bijeenkomst_ics(bijeenkomst: Intervisiebijeenkomst) -> bytes:
    """One meeting as an .ics attachment, e.g. when it moved."""
    return calendar_from_items(
        [agenda_item(bijeenkomst)], name=FEED_NAME, uid=f"intervisie-{bijeenkomst.pk}@re-fit-portaal"
    ).to_ical()
