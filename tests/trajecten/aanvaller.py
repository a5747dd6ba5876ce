"""The attacker of the published reach table: what can be computed back from what is shown?

It reads only what a coordinator downloads (`bereik.csv`): the cells per school year,
organisation and variant, the totals per variant and the total per year, and the total row.
It knows what the layout means (a total is the sum of its parts), that counts are
non-negative integers, and what the markers say: '< 5' is 1 to 4, '×' (a count hidden so
that a small one cannot be computed back) is 5 or more, since 0 and 1–4 are never shown as '×'.
A marker it does not know is any count of 0 or more.

For each hidden value it asks an integer program (scipy's HiGHS, exact on integers; no use
of the table's network structure, which the portal's own suppression relies on) for the
smallest and the largest value that fits every published number. A hidden value whose
smallest and largest fit are the same is disclosed; a '< 5' whose range is narrower than 1–4
says more than '< 5'.
"""

import csv
import io
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

KLEIN = "< 5"
AANVULLEND = "×"
KENNIS = {KLEIN: (1, 4), AANVULLEND: (1, None)}
# Larger than any count the portal can have; a hidden value that reaches it is unbounded.
ONBEGRENSD = 10**7


@dataclass(frozen=True)
class Verborgen:
    rij: str
    kolom: str
    teken: str
    laagste: int
    hoogste: int  # ONBEGRENSD when nothing bounds it
    uit_sommen: bool  # determined by the sums alone, without bounds: by subtraction, as '11 − 7 − 0 = 4'

    @property
    def bepaald(self) -> bool:
        """Exactly one value fits: the hidden count is disclosed."""
        return self.laagste == self.hoogste

    @property
    def smaller_dan_teken(self) -> bool:
        """A '< 5' that the attacker narrows beyond 1–4 (one that must be 3 or 4, say).

        Only '< 5' promises a range; a '×' promises only that it is not given away (`bepaald`).
        """
        if self.teken != KLEIN:
            return False
        laag, hoog = KENNIS[KLEIN]
        return self.laagste > laag or self.hoogste < hoog

    @property
    def gelekt(self) -> bool:
        return self.bepaald or self.smaller_dan_teken

    def __str__(self):
        bereik = str(self.laagste) if self.bepaald else f"{self.laagste}..{self.hoogste}"
        return f"{self.rij} / {self.kolom} ({self.teken}) = {bereik}"


def _getal(tekst: str) -> int | None:
    tekst = tekst.strip().lstrip("'")
    return int(tekst) if tekst.isdigit() else None


def vergelijkingen(kop: list[str], rijen: list[list[str]]) -> list[tuple[tuple, list[tuple]]]:
    """Every sum the layout publishes, as (total, parts) over (row, column) positions.

    Columns: per organisation 'naam – individueel' and 'naam – groep', then 'Totaal
    individueel', 'Totaal groep', 'Totaal'. Rows: the school years, then 'Totaal'.
    """
    *jaren, totaalrij = range(len(rijen))
    kolommen = kop[1:]
    n = len(kolommen)
    ind_kolommen = list(range(0, n - 3, 2))
    groep_kolommen = list(range(1, n - 3, 2))
    tot_ind, tot_groep, tot = n - 3, n - 2, n - 1
    sommen = []
    for r in [*jaren, totaalrij]:
        sommen.append(((r, tot_ind), [(r, k) for k in ind_kolommen]))
        sommen.append(((r, tot_groep), [(r, k) for k in groep_kolommen]))
        sommen.append(((r, tot), [(r, tot_ind), (r, tot_groep)]))
    for k in range(n):
        sommen.append(((totaalrij, k), [(r, k) for r in jaren]))
    return sommen


def aanvallen(gepubliceerd_csv: str) -> list[Verborgen]:
    """Every hidden value of the published CSV with the range the published numbers leave it."""
    kop, *rijen = list(csv.reader(io.StringIO(gepubliceerd_csv), delimiter=";"))
    waarden = {(r, k): tekst for r, rij in enumerate(rijen) for k, tekst in enumerate(rij[1:])}
    verborgen = [positie for positie, tekst in waarden.items() if _getal(tekst) is None]
    index = {positie: i for i, positie in enumerate(verborgen)}
    if not verborgen:
        return []

    matrix, rechts = [], []
    for totaal, delen in vergelijkingen(kop, rijen):
        rij = np.zeros(len(verborgen))
        constante = 0  # sum(parts) - total, in known numbers, moved to the right-hand side
        for positie, teken in [(totaal, -1), *((deel, 1) for deel in delen)]:
            if positie in index:
                rij[index[positie]] += teken
            else:
                constante -= teken * _getal(waarden[positie])
        if rij.any():
            matrix.append(rij)
            rechts.append(constante)
        elif constante != 0:
            raise AssertionError(f"The published table does not add up at {totaal}.")

    laag = np.array([KENNIS.get(waarden[p].strip(), (0, None))[0] for p in verborgen], dtype=float)
    hoog = np.array(
        [KENNIS.get(waarden[p].strip(), (0, None))[1] or ONBEGRENSD for p in verborgen], dtype=float
    )
    beperkingen = [LinearConstraint(np.array(matrix), rechts, rechts)] if matrix else []
    integer = np.ones(len(verborgen))

    def uiterste(i: int, richting: int) -> int:
        doel = np.zeros(len(verborgen))
        doel[i] = richting
        uitkomst = milp(doel, integrality=integer, bounds=Bounds(laag, hoog), constraints=beperkingen)
        if uitkomst.status != 0:
            raise AssertionError(f"No integer table fits what is published: {uitkomst.message}")
        return round(uitkomst.x[i])

    def uit_sommen(i: int) -> bool:
        """Linear algebra: the sums fix this value when its unit row lies in their row space."""
        if not matrix:
            return False
        eenheid = np.zeros(len(verborgen))
        eenheid[i] = 1
        return np.linalg.matrix_rank(np.vstack([matrix, eenheid])) == np.linalg.matrix_rank(np.array(matrix))

    kolomnamen = kop[1:]
    return [
        Verborgen(
            rij=rijen[r][0],
            kolom=kolomnamen[k],
            teken=waarden[(r, k)].strip(),
            laagste=uiterste(i, 1),
            hoogste=uiterste(i, -1),
            uit_sommen=uit_sommen(i),
        )
        for i, (r, k) in enumerate(verborgen)
    ]


def melding(verborgen: list[Verborgen]) -> str:
    """What the attacker found, for an assertion message: the disclosed and the narrowed values."""
    bepaald = [v for v in verborgen if v.bepaald]
    door_aftrekken = [v for v in bepaald if v.uit_sommen]
    cellen = [v for v in door_aftrekken if not (v.rij == "Totaal" or v.kolom.startswith("Totaal"))]
    smaller = [v for v in verborgen if v.smaller_dan_teken and not v.bepaald]
    return (
        f"{len(bepaald)} hidden counts computed back ({len(door_aftrekken)} by subtraction alone, "
        f"{len(cellen)} of them cells): {'; '.join(map(str, bepaald))}. "
        f"{len(smaller)} narrowed beyond their marker: {'; '.join(map(str, smaller))}"
    )
