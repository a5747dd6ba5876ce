"""The reach report (bereik): pupils per school year and executing organisation, individual and group.

Aggregates only, never a person. Shown outside the kerngroep, counts under five are suppressed.
"""

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count
from django.utils.translation import gettext as _

from portal import versiecache
from portal.exports import csv_rij
from portal.models import Organisatie
from portal.schoolvakanties import beginjaar_van_schooljaar, schooljaar_vanaf
from trajecten.choices import Variant
from trajecten.models import Traject

BRON = "trajecten"
ONDERDRUKKEN_ONDER = 5
VARIANTEN = (Variant.INDIVIDUEEL, Variant.GROEP)


@dataclass
class Bereik:
    schooljaren: list[str]
    organisaties: list[tuple[int, str]]
    cellen: dict[tuple[str, int, str], int] = field(default_factory=dict)
    onderdrukken: bool = False

    @cached_property
    def _sommen(self) -> dict[tuple[str, int | None, str | None], int]:
        """Every cell and subtotal, summed once. Summing all cells for each of the table's
        questions grew with (organisations × school years)²: seconds at national scale."""
        sommen: dict[tuple[str, int | None, str | None], int] = defaultdict(int)
        for (jaar, org, var), n in self.cellen.items():
            for org_of_alle in (org, None):
                for var_of_alle in (var, None):
                    sommen[(jaar, org_of_alle, var_of_alle)] += n
        return sommen

    def aantal(self, schooljaar: str, organisatie_id: int | None = None, variant: str | None = None) -> int:
        return self._sommen.get((schooljaar, organisatie_id, variant), 0)

    def kolomtotaal(self, organisatie_id: int | None = None, variant: str | None = None) -> int:
        return sum(self.aantal(jaar, organisatie_id, variant) for jaar in self.schooljaren)

    def tonen(self, aantal: int) -> str:
        """Rule 'kleine aantallen': outside the kerngroep a count of 1–4 is shown as '< 5'."""
        if self.onderdrukken and 0 < aantal < ONDERDRUKKEN_ONDER:
            return _("< 5")
        return str(aantal)

    @property
    def rijen(self):
        """Per school year: the cells per organisation and variant, then the row totals."""
        for jaar in self.schooljaren:
            cellen = [
                self.tonen(self.aantal(jaar, org_id, variant))
                for org_id, _naam in self.organisaties
                for variant in VARIANTEN
            ]
            totalen = [self.tonen(self.aantal(jaar, None, variant)) for variant in VARIANTEN]
            yield jaar, cellen, totalen, self.tonen(self.aantal(jaar))

    @property
    def totaalrij(self):
        cellen = [
            self.tonen(self.kolomtotaal(org_id, variant))
            for org_id, _naam in self.organisaties
            for variant in VARIANTEN
        ]
        totalen = [self.tonen(self.kolomtotaal(None, variant)) for variant in VARIANTEN]
        return cellen, totalen, self.tonen(self.kolomtotaal())

    @property
    def grafiek_hoogte(self) -> int:
        return 20 + 40 * len(self.schooljaren)

    @property
    def grafiek(self):
        """Bars per school year (individual and group) scaled to the largest year, for an inline SVG."""
        hoogste = max((self.aantal(jaar) for jaar in self.schooljaren), default=0) or 1
        return [
            {
                "jaar": jaar,
                "individueel": self.aantal(jaar, None, Variant.INDIVIDUEEL),
                "groep": self.aantal(jaar, None, Variant.GROEP),
                "breedte_individueel": round(400 * self.aantal(jaar, None, Variant.INDIVIDUEEL) / hoogste),
                "breedte_groep": round(400 * self.aantal(jaar, None, Variant.GROEP) / hoogste),
                "y": 10 + i * 40,
            }
            for i, jaar in enumerate(self.schooljaren)
        ]


def tellen() -> dict[tuple[str, int, str], int]:
    """Started trajectories per (school year, executing organisation, variant), counted in the database.

    Still a read of every started trajectory, so the answer is kept until a trajectory changes
    (`portal.versiecache`, bumped by `trajecten.apps`).
    """
    rijen = (
        Traject.objects.exclude(startdatum=None)
        .annotate(beginjaar=beginjaar_van_schooljaar("startdatum"))
        .values_list("beginjaar", "uitvoerder_id", "variant")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {(schooljaar_vanaf(jaar), org, variant): n for jaar, org, variant, n in rijen}


def trajecten_gewijzigd(**kwargs) -> None:
    versiecache.vernieuwen(BRON)


def bereik_berekenen(*, onderdrukken: bool) -> Bereik:
    """Counts every trajectory whose training started (destroyed records included: the counts stay),
    by the school year of its start date, its executing organisation and its variant."""
    cellen = versiecache.bewaard(BRON, "bereik", tellen)
    organisaties = dict(
        Organisatie.objects.filter(pk__in={org for _jaar, org, _var in cellen}).values_list("pk", "naam")
    )
    return Bereik(
        schooljaren=sorted({jaar for jaar, _org, _var in cellen}),
        organisaties=sorted(organisaties.items(), key=lambda item: item[1]),
        cellen=cellen,
        onderdrukken=onderdrukken,
    )


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
