"""Reads of the trainer course that are more than a queryset method."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from cursus.choices import Beoordeling
from cursus.models import Aanmelding, Bijeenkomst, Cursusronde
from cursus.rules import Geschiktheid, geschiktheid_voor_licentie
from portal.plaatsing import ACTIEF, BEZETTEND, PlaatsStatus, wachtlijstpositie


@dataclass(frozen=True)
class Deelname:
    """One application as its owner sees it."""

    aanmelding: Aanmelding
    komende: list[Bijeenkomst]
    wachtlijstpositie: int | None
    geschiktheid: Geschiktheid | None

    @property
    def werkagenda(self):
        return getattr(self.aanmelding, "werkagenda", None)


def met_deelname_gegevens(queryset):
    return queryset.select_related("cursusronde", "user", "werkagenda", "aftekening").prefetch_related(
        "cursusronde__bijeenkomsten", "aanwezigheden", "aftekening__oordelen"
    )


def deelnames_van(user) -> list[Deelname]:
    """The person's applications, newest edition first, with what they need to see on their pages."""
    vandaag = timezone.localdate()
    aanmeldingen = met_deelname_gegevens(Aanmelding.objects.filter(user=user)).order_by("-aangevraagd_op")
    return [
        Deelname(
            aanmelding=a,
            komende=[b for b in a.cursusronde.gesorteerde_bijeenkomsten() if b.datum >= vandaag],
            wachtlijstpositie=wachtlijstpositie(a),
            geschiktheid=geschiktheid_voor_licentie(a) if a.is_deelnemer else None,
        )
        for a in aanmeldingen
    ]


def rondes_met_bezetting(queryset):
    """Editions with counts of seats taken, waiting list and applications still to review."""
    return queryset.annotate(
        bezet=Count("aanmeldingen", filter=Q(aanmeldingen__status__in=BEZETTEND), distinct=True),
        wachtend=Count("aanmeldingen", filter=Q(aanmeldingen__status=PlaatsStatus.WACHTLIJST), distinct=True),
        te_beoordelen=Count(
            "aanmeldingen",
            filter=Q(aanmeldingen__beoordeling=Beoordeling.OPEN, aanmeldingen__status__in=ACTIEF),
            distinct=True,
        ),
    ).prefetch_related(Prefetch("bijeenkomsten"))


def rondes_van_opleider(user):
    """The editions someone teaches that are not over yet, first date first."""
    vandaag = timezone.localdate()
    rondes = rondes_met_bezetting(Cursusronde.objects.filter(opleiders=user))
    lopend = [r for r in rondes if not r.eerste_datum or r.gesorteerde_bijeenkomsten()[-1].datum >= vandaag]
    return sorted(lopend, key=lambda r: (r.eerste_datum is None, r.eerste_datum))
