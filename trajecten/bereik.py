"""The reach report (bereik): pupils per school year and executing organisation, individual and group.

Aggregates only, never a person. Shown outside the kerngroep, small counts are hidden together with
enough other numbers that none can be computed back (`trajecten.kleine_aantallen`); the table, the
chart, the CSV and the dashboard panel all show what `Bereik.tonen` gives.
"""

import csv
import hashlib
import io
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count
from django.utils.translation import gettext as _

from portal import versiecache
from portal.exports import csv_rij
from portal.models import Lidmaatschap, Organisatie
from portal.roles import Role, has_role
from trajecten.choices import Variant
from trajecten.kleine_aantallen import Getal, Teken, verbergen
from trajecten.models import Traject

BRON = "trajecten"
VARIANTEN = (Variant.INDIVIDUEEL, Variant.GROEP)
VERBORGEN = "×"

# A published number by (school year, organisation id, variant); None is "all", so
# (jaar, None, None) is a year's total and (None, None, None) the grand total.
Positie = tuple[str | None, int | None, str | None]


@dataclass
class Bereik:
    schooljaren: list[str]
    organisaties: list[tuple[int, str]]
    cellen: dict[tuple[str, int, str], int] = field(default_factory=dict)
    onderdrukken: bool = False

    @cached_property
    def _sommen(self) -> dict[Positie, int]:
        """Every cell and subtotal, summed once. Summing all cells for each of the table's
        questions grew with (organisations × school years)²: seconds at national scale."""
        sommen: dict[Positie, int] = defaultdict(int)
        for (jaar, org, var), n in self.cellen.items():
            for jaar_of_alle in (jaar, None):
                for org_of_alle in (org, None):
                    for var_of_alle in (var, None):
                        sommen[(jaar_of_alle, org_of_alle, var_of_alle)] += n
        return sommen

    def aantal(
        self, schooljaar: str | None, organisatie_id: int | None = None, variant: str | None = None
    ) -> int:
        return self._sommen.get((schooljaar, organisatie_id, variant), 0)

    def kolomtotaal(self, organisatie_id: int | None = None, variant: str | None = None) -> int:
        return self.aantal(None, organisatie_id, variant)

    @cached_property
    def getallen(self) -> dict[Positie, Getal]:
        """The published numbers as a network (see `trajecten.kleine_aantallen`): a cell flows from
        its (year, variant) to its (organisation, variant); a year's variant total from the year to
        (year, variant); a year's total from the source to the year; a column total from
        (organisation, variant) to the variant; a variant's total from the variant to the sink;
        the grand total from the sink back to the source. Each number is in exactly two of the
        table's sums. A total per organisation (individual + group) would put a cell in a third
        sum: the table would no longer be a network, and the attacker test would say so."""
        getallen: dict[Positie, Getal] = {}
        for var in VARIANTEN:
            for jaar in self.schooljaren:
                for org, _naam in self.organisaties:
                    getallen[(jaar, org, var)] = Getal(
                        ("jaar", jaar, var), ("org", org, var), self.aantal(jaar, org, var)
                    )
                getallen[(jaar, None, var)] = Getal(
                    ("jaar", jaar), ("jaar", jaar, var), self.aantal(jaar, None, var), True
                )
            for org, _naam in self.organisaties:
                getallen[(None, org, var)] = Getal(
                    ("org", org, var), ("variant", var), self.kolomtotaal(org, var), True
                )
            getallen[(None, None, var)] = Getal(("variant", var), "put", self.kolomtotaal(None, var), True)
        for jaar in self.schooljaren:
            getallen[(jaar, None, None)] = Getal("bron", ("jaar", jaar), self.aantal(jaar), True)
        getallen[(None, None, None)] = Getal("put", "bron", self.kolomtotaal(), True)
        return getallen

    @cached_property
    def verborgen(self) -> dict[Positie, str]:
        """Rule 'kleine aantallen': the numbers not shown, with their marker; none for the kerngroep."""
        return verbergen(self.getallen) if self.onderdrukken else {}

    def tonen(self, positie: Positie) -> str:
        """A number as it may be shown: the count, '< 5' (1 to 4) or '×' (hidden so that no small
        count can be computed back)."""
        teken = self.verborgen.get(positie)
        if teken == Teken.KLEIN:
            return _("< 5")
        if teken == Teken.VERBORGEN:
            return VERBORGEN
        return str(self.aantal(*positie))

    @property
    def rijen(self):
        """Per school year: the cells per organisation and variant, then the row totals."""
        for jaar in self.schooljaren:
            cellen = [
                self.tonen((jaar, org_id, variant))
                for org_id, _naam in self.organisaties
                for variant in VARIANTEN
            ]
            totalen = [self.tonen((jaar, None, variant)) for variant in VARIANTEN]
            yield jaar, cellen, totalen, self.tonen((jaar, None, None))

    @property
    def totaalrij(self):
        cellen = [
            self.tonen((None, org_id, variant))
            for org_id, _naam in self.organisaties
            for variant in VARIANTEN
        ]
        totalen = [self.tonen((None, None, variant)) for variant in VARIANTEN]
        return cellen, totalen, self.tonen((None, None, None))

    @property
    def grafiek_hoogte(self) -> int:
        return 20 + 40 * len(self.schooljaren)

    @property
    def grafiek(self):
        """Bars per school year (individual and group) for an inline SVG, drawn from what may be shown:
        a hidden number gets its marker and no bar, and the scale is the largest shown number (a
        scale taken from a hidden one would give it away)."""
        posities = [(jaar, None, variant) for jaar in self.schooljaren for variant in VARIANTEN]
        hoogste = max((self.aantal(*p) for p in posities if p not in self.verborgen), default=0) or 1

        def breedte(positie: Positie) -> int:
            return 0 if positie in self.verborgen else round(400 * self.aantal(*positie) / hoogste)

        return [
            {
                "jaar": jaar,
                "individueel": self.tonen((jaar, None, Variant.INDIVIDUEEL)),
                "groep": self.tonen((jaar, None, Variant.GROEP)),
                "breedte_individueel": breedte((jaar, None, Variant.INDIVIDUEEL)),
                "breedte_groep": breedte((jaar, None, Variant.GROEP)),
                "y": 10 + i * 40,
            }
            for i, jaar in enumerate(self.schooljaren)
        ]

    @property
    def laatste_jaar(self) -> dict | None:
        """The latest school year's individual and group totals, as shown (the dashboard panel)."""
        if not self.schooljaren:
            return None
        jaar = self.schooljaren[-1]
        return {
            "schooljaar": jaar,
            "individueel": self.tonen((jaar, None, Variant.INDIVIDUEEL)),
            "groep": self.tonen((jaar, None, Variant.GROEP)),
        }


def tellen() -> dict[tuple[str, int, str], int]:
    """Rule 'bereik': the trajectories whose training started, per (school year, executing
    organisation, variant). Started means the first training meeting was held
    (`trajecten.stappen.training_gestart`); the service that records it writes the school year on
    the trajectory (`Traject.gestart_in_schooljaar`), so destroyed records still count and this is
    one grouped count on an index. Kept until a trajectory changes (`portal.versiecache`, bumped by
    `trajecten.apps`).
    """
    rijen = (
        Traject.objects.exclude(gestart_in_schooljaar="")
        .values_list("gestart_in_schooljaar", "uitvoerder_id", "variant")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {(jaar, org, variant): n for jaar, org, variant, n in rijen}


def trajecten_gewijzigd(**kwargs) -> None:
    versiecache.vernieuwen(BRON)


def bereik_berekenen(*, onderdrukken: bool) -> Bereik:
    """Counts every trajectory whose training started (destroyed records included: the counts stay),
    by the school year it started in, its executing organisation and its variant (`tellen`)."""
    cellen = versiecache.bewaard(BRON, "bereik", tellen)
    organisaties = dict(
        Organisatie.objects.filter(pk__in={org for _jaar, org, _var in cellen}).values_list("pk", "naam")
    )
    bereik = Bereik(
        schooljaren=sorted({jaar for jaar, _org, _var in cellen}),
        organisaties=sorted(organisaties.items(), key=lambda item: item[1]),
        cellen=cellen,
        onderdrukken=onderdrukken,
    )
    if onderdrukken:
        # Working out what to hide takes up to a second at national scale, so it is kept too, under
        # the counts themselves: a pattern is never paired with counts it was not made for.
        vingerafdruk = hashlib.sha256(
            repr((sorted(cellen.items()), sorted(organisaties))).encode()
        ).hexdigest()
        bereik.verborgen = versiecache.bewaard(BRON, f"verborgen:{vingerafdruk}", lambda: bereik.verborgen)
    return bereik


def bereik_voor(user) -> Bereik | None:
    """Rule 'wie ziet het bereik': the kerngroep everything; a coordinator (a trainer coordinating
    an organisation) with small counts hidden; anyone else nothing."""
    if has_role(user, Role.KERNGROEP):
        return bereik_berekenen(onderdrukken=False)
    if has_role(user, Role.TRAINER) and Lidmaatschap.objects.filter(user=user, is_coordinator=True).exists():
        return bereik_berekenen(onderdrukken=True)
    return None


def bereik_csv(bereik: Bereik) -> str:
    uitvoer = io.StringIO()
    schrijver = csv.writer(uitvoer, delimiter=";")
    kop = [_("Schooljaar")]
    for _org_id, naam in bereik.organisaties:
        kop += [f"{naam} – {_('individueel')}", f"{naam} – {_('groep')}"]
    kop += [_("Totaal individueel"), _("Totaal groep"), _("Totaal")]
    schrijver.writerow(csv_rij(kop))
    for jaar, cellen, totalen, totaal in bereik.rijen:
        schrijver.writerow(csv_rij([jaar, *cellen, *totalen, totaal]))
    cellen, totalen, totaal = bereik.totaalrij
    schrijver.writerow(csv_rij([_("Totaal"), *cellen, *totalen, totaal]))
    return uitvoer.getvalue()
