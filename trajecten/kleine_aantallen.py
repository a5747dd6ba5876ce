"""Rule 'kleine aantallen': which numbers of a published table are hidden, so that none can be computed back.

Outside the kerngroep a count of 1 to 4 is not shown (primary suppression). Hiding it is not
enough when the totals are shown: 11 − 7 − 0 = 4. So more numbers are hidden (complementary
suppression) until the published numbers leave every hidden one more than one possible value,
and leave every hidden small cell the whole range '< 5' claims, 1 to 4: whoever computes learns
nothing about a small count that '< 5' does not already say.

How it is decided. A table with totals is a network: every published number is the flow on one
arc, every sum is "what flows into a node flows out" (see `trajecten.bereik` for the reach
table). A shown number is a fixed flow; a hidden one may be anything its marker allows ('< 5':
1 to 4; '×': 1 or more, since 0 is always shown). A hidden number can change by δ exactly when δ
can flow round a cycle of hidden arcs through it, which a max-flow between its two ends answers
(integral, because a network's sums have only integral corners). The procedure:

1. Hide every number of 1 to 4. A cell says '< 5'; a total says '×', because '< 5' on a total
   would bound its parts (four cells of '< 5' in a total of '< 5' are each 1).
2. Take a hidden number the computation can still pin down (a '< 5' cell that cannot reach both
   1 and 4, any other that cannot move by 1). Hide one more shown number around it: first one
   that closes a ring of hidden numbers through it, otherwise one next to its hidden area; the
   smallest first (least lost for the reader), cells before totals. Repeat until it can move.
3. Hiding more only widens what every hidden number can be, so each number is settled once.
4. Give back what turned out not to be needed: each extra hidden number, the largest first, is
   shown again when every hidden number keeps its freedom without it.

If nothing is left to hide and a number is still pinned (not seen in any table, but the rule
must not depend on that), every count except the zeros is hidden.

Proved by `tests/trajecten/test_bereik_onderdrukking.py`, whose attacker solves the published
CSV as an integer program without using this network.
"""

from collections import deque
from collections.abc import Hashable
from dataclasses import dataclass
from math import inf

ONDERDRUKKEN_ONDER = 5


class Teken:
    """How a hidden number is shown; what each marker claims is part of what the attacker knows."""

    KLEIN = "klein"  # a cell of 1 to 4, shown as '< 5'
    VERBORGEN = "verborgen"  # any other hidden number (1 or more), shown as '×'


@dataclass(frozen=True)
class Getal:
    """One published number: the flow on the arc `van` → `naar` of the table's network."""

    van: Hashable
    naar: Hashable
    waarde: int
    is_totaal: bool = False


def is_klein(waarde: int) -> bool:
    return 0 < waarde < ONDERDRUKKEN_ONDER


class _Restnetwerk:
    """The hidden arcs as a residual network: how far each may go up (to its marker's maximum)
    and down (to its marker's minimum) from its true value. Shown arcs are fixed: not in it."""

    def __init__(self, getallen: dict):
        self.getallen = getallen
        self.buren: dict[Hashable, list[list]] = {}
        self.verborgen: dict[Hashable, str] = {}

    def verbergen(self, sleutel: Hashable, teken: str) -> None:
        getal = self.getallen[sleutel]
        hoogste = ONDERDRUKKEN_ONDER - 1 if teken == Teken.KLEIN else inf
        # An edge: [head, capacity, the paired edge (same arc, the other way), arc key].
        heen = [getal.naar, hoogste - getal.waarde, None, sleutel]
        terug = [getal.van, getal.waarde - 1, heen, sleutel]
        heen[2] = terug
        self.buren.setdefault(getal.van, []).append(heen)
        self.buren.setdefault(getal.naar, []).append(terug)
        self.verborgen[sleutel] = teken

    def tonen(self, sleutel: Hashable) -> None:
        getal = self.getallen[sleutel]
        for knoop in (getal.van, getal.naar):
            self.buren[knoop] = [rand for rand in self.buren[knoop] if rand[3] != sleutel]
        del self.verborgen[sleutel]

    def kan_stromen(self, van: Hashable, naar: Hashable, hoeveel: int, *, zonder: Hashable) -> set | None:
        """Can `hoeveel` flow from `van` to `naar` through hidden arcs other than `zonder`? If so,
        the arcs the flow uses (the proof); if not, None.

        Augmenting paths (Edmonds–Karp); stops once enough flows. The flow is kept aside, so
        the network itself does not change.
        """
        stroom: dict[int, float] = {}  # id(edge) → flow pushed through it in this question
        gebruikt: dict[int, list] = {}

        def rest(rand) -> float:
            return rand[1] - stroom.get(id(rand), 0) + stroom.get(id(rand[2]), 0)

        gestroomd = 0
        while gestroomd < hoeveel:
            vorige = {van: None}
            wachtrij = deque([van])
            while wachtrij and naar not in vorige:
                knoop = wachtrij.popleft()
                for rand in self.buren.get(knoop, ()):
                    if rand[0] not in vorige and rand[3] != zonder and rest(rand) > 0:
                        vorige[rand[0]] = rand
                        wachtrij.append(rand[0])
            if naar not in vorige:
                return None
            pad, knoop = [], naar
            while vorige[knoop] is not None:
                pad.append(vorige[knoop])
                knoop = vorige[knoop][2][0]
            stap = min(hoeveel - gestroomd, *(rest(rand) for rand in pad))
            for rand in pad:
                # Pushing back along the paired edge first cancels flow sent the other way.
                terug = min(stap, stroom.get(id(rand[2]), 0))
                stroom[id(rand[2])] = stroom.get(id(rand[2]), 0) - terug
                stroom[id(rand)] = stroom.get(id(rand), 0) + stap - terug
                gebruikt[id(rand)] = rand
            gestroomd += stap
        return {rand[3] for i, rand in gebruikt.items() if stroom[i] > 0}

    def beschermd(self, sleutel: Hashable) -> set | None:
        """Does what is shown leave this hidden number the freedom its marker promises? If so, the
        hidden arcs whose freedom it needs (a proof that holds as long as they stay hidden)."""
        getal = self.getallen[sleutel]

        def omhoog(δ: int) -> set | None:  # round a cycle: from its head back to its tail
            return set() if δ <= 0 else self.kan_stromen(getal.naar, getal.van, δ, zonder=sleutel)

        def omlaag(δ: int) -> set | None:
            return set() if δ <= 0 else self.kan_stromen(getal.van, getal.naar, δ, zonder=sleutel)

        if self.verborgen[sleutel] == Teken.KLEIN:
            op = omhoog(ONDERDRUKKEN_ONDER - 1 - getal.waarde)
            neer = omlaag(getal.waarde - 1) if op is not None else None
            return None if neer is None else op | neer
        op = omhoog(1)
        if op is not None:
            return op
        return omlaag(1) if getal.waarde > 1 else None

    def gebied(self, sleutel: Hashable) -> set:
        """The nodes reached from this number's two ends through hidden arcs."""
        getal = self.getallen[sleutel]
        gebied = {getal.van, getal.naar}
        wachtrij = deque(gebied)
        while wachtrij:
            for rand in self.buren.get(wachtrij.popleft(), ()):
                if rand[0] not in gebied:
                    gebied.add(rand[0])
                    wachtrij.append(rand[0])
        return gebied


def _aanvulling(netwerk: _Restnetwerk, sleutel: Hashable) -> Hashable | None:
    """The shown number to hide next for `sleutel`: one closing a ring of hidden numbers through it,
    otherwise one touching its hidden area; the smallest first, cells before totals."""
    gebied = netwerk.gebied(sleutel)
    kandidaten = [
        (not (g.van in gebied and g.naar in gebied), g.waarde, g.is_totaal, str(k), k)
        for k, g in netwerk.getallen.items()
        if k not in netwerk.verborgen and g.waarde > 0 and (g.van in gebied or g.naar in gebied)
    ]
    return min(kandidaten)[-1] if kandidaten else None


def verbergen(getallen: dict[Hashable, Getal]) -> dict[Hashable, str]:
    """The numbers to hide, each with its marker (`Teken`); every other number may be shown."""
    netwerk = _Restnetwerk(getallen)
    for sleutel, getal in getallen.items():
        if is_klein(getal.waarde):
            netwerk.verbergen(sleutel, Teken.VERBORGEN if getal.is_totaal else Teken.KLEIN)
    bewijzen: dict[Hashable, set] = {}
    te_toetsen = deque(netwerk.verborgen)
    while te_toetsen:
        sleutel = te_toetsen[0]
        bewijs = netwerk.beschermd(sleutel)
        if bewijs is not None:
            bewijzen[sleutel] = bewijs
            te_toetsen.popleft()
            continue
        extra = _aanvulling(netwerk, sleutel)
        if extra is None:  # fail closed: show only the zeros
            return {k: netwerk.verborgen.get(k, Teken.VERBORGEN) for k, g in getallen.items() if g.waarde > 0}
        netwerk.verbergen(extra, Teken.VERBORGEN)
        te_toetsen.append(extra)
    _teruggeven(netwerk, bewijzen)
    return dict(netwerk.verborgen)


def _teruggeven(netwerk: _Restnetwerk, bewijzen: dict[Hashable, set]) -> None:
    """Show again each extra hidden number that turns out not to be needed, the largest first.

    Only the hidden numbers whose proof of freedom runs through it need asking again; a proof
    that does not use it still holds when it is shown.
    """
    getallen = netwerk.getallen
    aanvullend = [k for k in netwerk.verborgen if not is_klein(getallen[k].waarde)]
    for sleutel in sorted(aanvullend, key=lambda k: (-getallen[k].waarde, str(k))):
        teken = netwerk.verborgen[sleutel]
        netwerk.tonen(sleutel)
        nieuw = {}
        for k in netwerk.verborgen:
            if sleutel in bewijzen[k]:
                nieuw[k] = netwerk.beschermd(k)
                if nieuw[k] is None:
                    break
        if nieuw and None in nieuw.values():
            netwerk.verbergen(sleutel, teken)
        else:
            del bewijzen[sleutel]
            bewijzen.update(nieuw)
