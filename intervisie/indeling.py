"""Rule 'groepsindeling voorstellen': split trainers without a group into groups of the target size.

Pure Python, no database: the group-forming screen feeds it the unassigned trainers
(`selectors.ongeplaatste_trainers`) and shows the result, which the kerngroep edits before
confirming (`services.groepen.indeling_bevestigen`).
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.models.organisaties import Regio

REGIO_VOLGORDE = [Regio.NOORD, Regio.MIDDEN, Regio.ZUID]


@dataclass(frozen=True)
class Kandidaat:
    """A licensed trainer without a national group: ids and a region only, no names needed to divide."""

    user_id: int
    organisatie_id: int | None
    regio: str | None


@dataclass
class VoorgesteldeGroep:
    leden: list[Kandidaat] = field(default_factory=list)
    uitleg: str = ""

    @property
    def organisaties(self) -> Counter:
        return Counter(k.organisatie_id for k in self.leden)

    @property
    def regios(self) -> set[str]:
        return {k.regio for k in self.leden if k.regio}

    @property
    def collegaparen(self) -> int:
        """Pairs of members from the same organisation: three colleagues weigh more than two pairs of two."""
        return sum(n * (n - 1) // 2 for org, n in self.organisaties.items() if org is not None)

    @property
    def dubbele_organisaties(self) -> int:
        """How many members share their organisation with an earlier member of the group."""
        return sum(n - 1 for org, n in self.organisaties.items() if org is not None and n > 1)


@dataclass
class Voorstel:
    groepen: list[VoorgesteldeGroep]
    uitleg: list[str]


def groepsgroottes(aantal: int, *, min_grootte: int, max_grootte: int) -> list[int]:
    """As few groups as the largest size allows, sizes as even as possible (differing by at most one).

    E.g. 19 trainers with 4–8: three groups of 7, 6 and 6. Fewer trainers than the smallest size
    still make one (too small) group, which the explanation points out.
    """
    if aantal <= 0:
        return []
    groepen = math.ceil(aantal / max_grootte)
    basis, rest = divmod(aantal, groepen)
    return [basis + 1] * rest + [basis] * (groepen - rest)


def _kosten(groepen: list[VoorgesteldeGroep]) -> tuple[int, int]:
    """Lower is better: first organisations mixed (fewest pairs of colleagues), then regions together."""
    return (
        sum(g.collegaparen for g in groepen),
        sum(max(len(g.regios) - 1, 0) for g in groepen),
    )


def _in_regio_volgorde(kandidaten: list[Kandidaat]) -> list[Kandidaat]:
    """Region by region; within a region the organisations take turns (largest first)."""
    volgorde = []
    per_regio: dict[str | None, list[Kandidaat]] = defaultdict(list)
    for kandidaat in sorted(kandidaten, key=lambda k: k.user_id):
        per_regio[kandidaat.regio].append(kandidaat)
    regios = [r for r in REGIO_VOLGORDE if r in per_regio] + [r for r in per_regio if r not in REGIO_VOLGORDE]
    for regio in regios:
        per_org: dict[int | None, list[Kandidaat]] = defaultdict(list)
        for kandidaat in per_regio[regio]:
            per_org[kandidaat.organisatie_id].append(kandidaat)
        rijen = sorted(per_org.values(), key=lambda r: (-len(r), r[0].user_id))
        while any(rijen):
            for rij in rijen:
                if rij:
                    volgorde.append(rij.pop(0))
    return volgorde


def _verbeteren(groepen: list[VoorgesteldeGroep]) -> None:
    """Swap two trainers between groups while that mixes organisations more or keeps regions closer."""
    verbeterd = True
    while verbeterd:
        verbeterd = False
        for i, a in enumerate(groepen):
            for b in groepen[i + 1 :]:
                for x in range(len(a.leden)):
                    for y in range(len(b.leden)):
                        voor = _kosten([a, b])
                        a.leden[x], b.leden[y] = b.leden[y], a.leden[x]
                        if _kosten([a, b]) < voor:
                            verbeterd = True
                        else:
                            a.leden[x], b.leden[y] = b.leden[y], a.leden[x]


def _regio_tekst(regios: set[str]) -> str:
    namen = [Regio(r).label for r in REGIO_VOLGORDE if r in regios]
    return ", ".join(str(n) for n in namen) or _("onbekend")


def _groep_uitleggen(groep: VoorgesteldeGroep, *, min_grootte: int, max_grootte: int) -> str:
    delen = [
        ngettext("%(n)d trainer", "%(n)d trainers", len(groep.leden)) % {"n": len(groep.leden)},
        ngettext("uit %(n)d organisatie", "uit %(n)d organisaties", len(groep.organisaties))
        % {"n": len(groep.organisaties)},
        (_("regio %(regio)s") if len(groep.regios) <= 1 else _("regio's %(regio)s"))
        % {"regio": _regio_tekst(groep.regios)},
    ]
    tekst = f"{delen[0]} {delen[1]}, {delen[2]}."
    if groep.dubbele_organisaties:
        tekst += " " + _(
            "Twee of meer leden komen uit dezelfde organisatie: er waren niet genoeg trainers van andere "
            "organisaties om dat te voorkomen."
        )
    if len(groep.regios) > 1:
        tekst += " " + _(
            "De groep telt meer dan één regio: het jaarplan mijdt de vakanties van al die regio's."
        )
    if len(groep.leden) < min_grootte:
        tekst += " " + _("Kleiner dan %(min)d: voeg deze trainers eventueel toe aan een bestaande groep.") % {
            "min": min_grootte
        }
    return tekst


def indeling_voorstellen(kandidaten: list[Kandidaat], *, min_grootte: int, max_grootte: int) -> Voorstel:
    """Rule 'groepsindeling voorstellen': groups of min–max trainers that mix organisations and keep
    regions together where possible.

    1. As few groups as the largest size allows, sizes differing by at most one (`groepsgroottes`).
    2. Trainers in region order (noord, midden, zuid), organisations taking turns within a region,
       cut into groups of those sizes: a group is one region unless a region's count does not divide.
    3. Swap trainers between groups while that lowers, in this order, the number of pairs of
       colleagues (members of the same organisation) and the number of extra regions in a group.
    Deterministic for the same input, so the screen shows the same proposal on every visit.
    """
    groottes = groepsgroottes(len(kandidaten), min_grootte=min_grootte, max_grootte=max_grootte)
    volgorde = _in_regio_volgorde(kandidaten)
    groepen, begin = [], 0
    for grootte in groottes:
        groepen.append(VoorgesteldeGroep(leden=volgorde[begin : begin + grootte]))
        begin += grootte
    _verbeteren(groepen)
    for groep in groepen:
        groep.leden.sort(
            key=lambda k: (REGIO_VOLGORDE.index(k.regio) if k.regio in REGIO_VOLGORDE else 9, k.user_id)
        )
        groep.uitleg = _groep_uitleggen(groep, min_grootte=min_grootte, max_grootte=max_grootte)
    if not kandidaten:
        uitleg = [_("Alle trainers met een geldige licentie zitten in een landelijke groep.")]
    else:
        uitleg = [
            ngettext(
                "%(n)d trainer met een licentie heeft nog geen landelijke groep.",
                "%(n)d trainers met een licentie hebben nog geen landelijke groep.",
                len(kandidaten),
            )
            % {"n": len(kandidaten)},
            ngettext(
                "Voorstel: %(groepen)d groep (doelgrootte %(min)d tot %(max)d).",
                "Voorstel: %(groepen)d groepen van zo gelijk mogelijke grootte "
                "(doelgrootte %(min)d tot %(max)d).",
                len(groepen),
            )
            % {"groepen": len(groepen), "min": min_grootte, "max": max_grootte},
            _(
                "Eerst zijn de organisaties gemengd: in een groep zitten zo min mogelijk collega's van "
                "dezelfde organisatie. Daarna blijven regio's zo veel mogelijk bij elkaar, zodat het "
                "jaarplan met zo min mogelijk verschillende schoolvakanties rekening hoeft te houden."
            ),
        ]
    return Voorstel(groepen=groepen, uitleg=uitleg)
