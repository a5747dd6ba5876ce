"""Professionalisation days in the trainer's personal calendar feed, and as an .ics attachment."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from licenties.models import DagAanmelding, DagStatus, Professionaliseringsdag
from portal.agenda import AgendaItem
from portal.agenda.ical import calendar_from_items
from portal.links import absolute_url
from portal.plaatsing import PlaatsStatus


def agenda_item(dag: Professionaliseringsdag) -> AgendaItem:
    """One day as an event: stable UID, SEQUENCE raised by every change of time or place."""
    return dag.agenda_item(
        summary=_("Professionaliseringsdag Re-Fit"),
        omschrijving=_("Thema: %(thema)s") % {"thema": dag.thema},
        url=absolute_url(reverse("licenties:mijn_licentie")),
        is_geannuleerd=dag.status == DagStatus.GEANNULEERD,
    )


def agenda_items_voor(user) -> list[AgendaItem]:
    """The days someone has a seat for (an offered seat is not yet theirs).

    A cancelled day stays in the feed, marked cancelled, so calendar apps remove it visibly.
    """
    if not user.is_authenticated:
        return []
    aanmeldingen = DagAanmelding.objects.filter(user=user).filter(
        Q(status=PlaatsStatus.GEPLAATST)
        | Q(status=PlaatsStatus.VERVALLEN, dag__status=DagStatus.GEANNULEERD, geplaatst_op__isnull=False)
    )
    dagen = Professionaliseringsdag.objects.filter(aanmeldingen__in=aanmeldingen).distinct()
    return [agenda_item(dag) for dag in dagen]


def dag_ics(dag: Professionaliseringsdag) -> bytes:
    return calendar_from_items(
        [agenda_item(dag)], name=_("Re-Fit professionaliseringsdag"), uid=f"dag-{dag.pk}@re-fit-portaal"
    ).to_ical()
