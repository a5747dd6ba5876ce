"""The licence overview's whole-table figures: the years its filters offer and the licences per status.

Each reads every licence, which at ten times the national scale was most of the overview's time.
They change only when a licence is saved (issued, registered, decided on) or the status
recomputation moves licences, so they are kept per version of the licences
(`portal.versiecache`); both of those bump it.
"""

from django.db.models import Count
from django.db.models.signals import post_delete, post_save

from licenties.models import Licentie
from portal import versiecache

BRON = "licenties"


def jaren_behaald() -> list[tuple[int, int]]:
    return versiecache.bewaard(BRON, "jaren_behaald", lambda: _jaren("behaald_op"))


def jaren_geldig_tot() -> list[tuple[int, int]]:
    return versiecache.bewaard(BRON, "jaren_geldig_tot", lambda: _jaren("geldig_tot"))


def _jaren(veld: str) -> list[tuple[int, int]]:
    datums = Licentie.objects.exclude(**{veld: None}).dates(veld, "year", order="DESC")
    return [(datum.year, datum.year) for datum in datums]


def per_status() -> dict[str, int]:
    """All licences per status (the overview without filters or search)."""
    return versiecache.bewaard(
        BRON,
        "per_status",
        lambda: dict(Licentie.objects.order_by().values_list("status").annotate(aantal=Count("pk"))),
    )


def vernieuwen(**kwargs) -> None:
    versiecache.vernieuwen(BRON)


def verbinden() -> None:
    post_save.connect(vernieuwen, sender=Licentie, dispatch_uid="licenties.tellingen.save")
    post_delete.connect(vernieuwen, sender=Licentie, dispatch_uid="licenties.tellingen.delete")
