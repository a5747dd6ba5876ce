"""Gathers the evidence for the upkeep rule and keeps each licence's stored status true.

The rule itself lives in `licenties.rules`; this module only feeds it. For any number
of licences it uses a constant number of queries, so recomputing all of them after a
rule change or at night stays fast (see benchmarks/licenties.py).
"""

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db.models import Value
from django.db.models.functions import Concat, Trim
from django.utils import timezone
from wagtail import hooks

from licenties import tellingen
from licenties.models import Besluit, DagAanmelding, Licentie, Onderhoudsregel
from licenties.rules import Bewijs, Onderhoud, licentie_onderhoud

# Apps that record intervisie register a function here:
#   (houder_ids: set[int] | None) -> {user_id: {year: attended meetings}}
# where None asks for every holder. licenties never imports intervisie itself.
INTERVISIE_AANWEZIGHEID_HOOK = "licenties_intervisie_aanwezigheid"


def intervisie_per_houder(houder_ids: set[int] | None) -> dict[int, dict[int, int]]:
    totaal: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for bron in hooks.get_hooks(INTERVISIE_AANWEZIGHEID_HOOK):
        for user_id, per_jaar in bron(houder_ids).items():
            for jaar, aantal in per_jaar.items():
                totaal[user_id][jaar] += aantal
    return totaal


def bewijs_voor(licenties: list[Licentie], *, alle: bool = False) -> dict[int, Bewijs]:
    """The evidence per licence id, in three queries (plus one per intervisie source).

    `alle=True` says the list holds every licence, so the queries need no id filter.
    """
    houder_ids = None if alle else {licentie.houder_id for licentie in licenties}
    dagen = DagAanmelding.objects.bijgewoond()
    besluiten = Besluit.objects.order_by("genomen_op", "pk")
    if houder_ids is not None:
        dagen = dagen.filter(user_id__in=houder_ids)
        besluiten = besluiten.filter(licentie__in=[licentie.pk for licentie in licenties])
    dagen_per_houder = defaultdict(list)
    for user_id, datum in dagen.values_list("user_id", "dag__datum"):
        dagen_per_houder[user_id].append(datum)
    besluiten_per_licentie = defaultdict(list)
    for licentie_id, soort, ingangsdatum in besluiten.values_list("licentie_id", "soort", "ingangsdatum"):
        besluiten_per_licentie[licentie_id].append((soort, ingangsdatum))
    intervisie = intervisie_per_houder(houder_ids)
    return {
        licentie.pk: Bewijs(
            behaald_op=licentie.behaald_op,
            dagen=tuple(sorted(dagen_per_houder[licentie.houder_id])),
            intervisie_per_jaar=dict(intervisie.get(licentie.houder_id, {})),
            besluiten=tuple(besluiten_per_licentie[licentie.pk]),
        )
        for licentie in licenties
    }


def onderhoud_van(licentie: Licentie, *, op: date | None = None, regel=None) -> Onderhoud:
    """The live outcome of the rule for one licence (pages show this, never a stored copy)."""
    regel = regel or Onderhoudsregel.objects.huidige()
    op = op or timezone.localdate()
    return licentie_onderhoud(bewijs_voor([licentie])[licentie.pk], regel, op=op)


def onderhoud_per_licentie(licenties: list[Licentie], *, op: date | None = None) -> dict[int, Onderhoud]:
    regel = Onderhoudsregel.objects.huidige()
    op = op or timezone.localdate()
    bewijs = bewijs_voor(licenties)
    return {licentie.pk: licentie_onderhoud(bewijs[licentie.pk], regel, op=op) for licentie in licenties}


def certificaat_kenmerk(licentie: Licentie, onderhoud: Onderhoud) -> str:
    """Everything a certificate shows; when this changes, the stored certificate is out of date."""
    naam = getattr(licentie, "houder_naam", None)
    if naam is None:
        naam = licentie.houder.get_full_name()
    inhoud = "|".join(
        map(
            str,
            (
                licentie.nummer,
                naam,
                licentie.programma,
                licentie.behaald_op,
                onderhoud.status,
                onderhoud.geldig_tot,
                onderhoud.laatste_dag,
            ),
        )
    )
    return hashlib.sha256(inhoud.encode()).hexdigest()


def alle_licenties_voor_herberekening():
    """Every licence with only what the rule and the certificate kenmerk need (10,000 rows stay light)."""
    return Licentie.objects.only(
        "id",
        "houder_id",
        "nummer",
        "programma",
        "behaald_op",
        "status",
        "geldig_tot",
        "status_berekend_op",
        "certificaat_kenmerk",
    ).annotate(houder_naam=Trim(Concat("houder__first_name", Value(" "), "houder__last_name")))


@dataclass(frozen=True)
class Overgang:
    licentie_id: int
    van: str
    naar: str


def statussen_bijwerken(
    licenties: Iterable[Licentie] | None = None, *, op: date | None = None
) -> list[Overgang]:
    """Recompute and store the status of the given licences (default: all); returns what changed.

    Certificates whose content changed are regenerated in the background after commit.
    """
    alle = licenties is None
    lijst = list(alle_licenties_voor_herberekening() if alle else licenties)
    regel = Onderhoudsregel.objects.huidige()
    op = op or timezone.localdate()
    bewijs = bewijs_voor(lijst, alle=alle)
    overgangen, gewijzigd, certificaten = [], [], []
    for licentie in lijst:
        uitkomst = licentie_onderhoud(bewijs[licentie.pk], regel, op=op)
        if (licentie.status, licentie.geldig_tot) != (uitkomst.status, uitkomst.geldig_tot):
            if licentie.status_berekend_op is not None:
                overgangen.append(Overgang(licentie.pk, licentie.status, uitkomst.status))
            licentie.status, licentie.geldig_tot = uitkomst.status, uitkomst.geldig_tot
            gewijzigd.append(licentie)
        licentie.status_berekend_op = op
        if licentie.certificaat_kenmerk and licentie.certificaat_kenmerk != certificaat_kenmerk(
            licentie, uitkomst
        ):
            certificaten.append(licentie.pk)
    # One UPDATE per outcome (status, valid until), not per licence: a handful of statements even
    # when a rule change moves ten thousand licences.
    per_uitkomst = defaultdict(list)
    for licentie in gewijzigd:
        per_uitkomst[licentie.status, licentie.geldig_tot].append(licentie.pk)
    for (status, geldig_tot), ids in per_uitkomst.items():
        Licentie.objects.filter(pk__in=ids).update(
            status=status, geldig_tot=geldig_tot, status_berekend_op=op
        )
    if gewijzigd:
        tellingen.vernieuwen()  # a bulk update sends no post_save
    berekend = Licentie.objects.all() if alle else Licentie.objects.filter(pk__in=[lic.pk for lic in lijst])
    berekend.exclude(status_berekend_op=op).update(status_berekend_op=op)
    if certificaten:
        from licenties.tasks import certificaten_vernieuwen
        from portal.taken import na_commit_inplannen

        na_commit_inplannen(certificaten_vernieuwen, licentie_ids=certificaten)
    return overgangen


def statussen_van_houders_bijwerken(houder_ids: Iterable[int]) -> list[Overgang]:
    """After new evidence about people (attendance): recompute their licences."""
    return statussen_bijwerken(
        Licentie.objects.filter(houder_id__in=set(houder_ids)).select_related("houder")
    )
