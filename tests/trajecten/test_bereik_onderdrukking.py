"""Rule 'kleine aantallen': outside the kerngroep no hidden count can be computed back from what is shown.

The attacker (`tests/trajecten/aanvaller.py`) reads the published CSV and solves, as integers,
for the range of every hidden value. It plays against the seed's Tabel 1 (the reach of Re-Fit
2017–2024, `bereik_tabel1.csv`) and against generated tables with many small cells and zeros.
"""

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.portal.factories import UserFactory
from tests.trajecten import aanvaller
from tests.trajecten import factories as f
from trajecten.bereik import Bereik, bereik_csv, trajecten_gewijzigd
from trajecten.choices import Variant
from trajecten.models import Traject
from trajecten.models.traject import nieuwe_code
from trajecten.wagtail_hooks import bereik_panel_context

TABEL1 = Path(__file__).with_name("bereik_tabel1.csv")


def tabel1() -> dict[tuple[str, str, str], int]:
    """The seed's Tabel 1 as (school year, organisation, variant) → count; an empty cell is 0.

    The file keeps the seed's layout (per organisation 'groep' then 'individueel', the year's
    total last, and the printed totals per organisation in two closing rows) so it can be read
    against the source line by line.
    """
    kop, *rijen = list(csv.reader(TABEL1.open(encoding="utf-8"), delimiter=";"))
    cellen = {}
    for rij in rijen:
        if rij[0].startswith("totaal"):
            continue
        for naam, tekst in zip(kop[1:-1], rij[1:-1], strict=True):
            organisatie, variant = naam.rsplit(" ", 1)
            cellen[(rij[0], organisatie, variant)] = int(tekst or 0)
    return cellen


def bereik_uit(cellen: dict[tuple[str, str, str], int], *, onderdrukken: bool = True) -> Bereik:
    namen = sorted({org for _jaar, org, _var in cellen})
    ids = {naam: i + 1 for i, naam in enumerate(namen)}
    variant = {"individueel": Variant.INDIVIDUEEL, "groep": Variant.GROEP}
    return Bereik(
        schooljaren=sorted({jaar for jaar, _org, _var in cellen}),
        organisaties=[(ids[naam], naam) for naam in namen],
        cellen={(jaar, ids[org], variant[var]): n for (jaar, org, var), n in cellen.items() if n},
        onderdrukken=onderdrukken,
    )


def test_table_1_is_taken_over_as_the_seed_counts_it():
    """The data file against the seed's own sums: 18, 25, 22, 16, 17, 42, 39; 87 individual, 92 group."""
    cellen = tabel1()
    per_jaar = {}
    for (jaar, _org, _var), n in cellen.items():
        per_jaar[jaar] = per_jaar.get(jaar, 0) + n
    assert list(per_jaar.values()) == [18, 25, 22, 16, 17, 42, 39]
    kop, *rijen = list(csv.reader(TABEL1.open(encoding="utf-8"), delimiter=";"))
    gedrukt = {rij[0]: rij for rij in rijen}
    for k, naam in enumerate(kop[1:-1], start=1):
        organisatie, variant = naam.rsplit(" ", 1)
        som = sum(n for (_j, org, var), n in cellen.items() if (org, var) == (organisatie, variant))
        assert str(som) == gedrukt[f"totaal {variant}"][k], naam
    assert sum(n for (_j, _o, var), n in cellen.items() if var == "individueel") == 87
    assert sum(n for (_j, _o, var), n in cellen.items() if var == "groep") == 92


def test_the_attacker_works_back_a_small_count_from_shown_totals():
    """The attacker is not blind: hiding only the 1–4 (as the report did) gives '11 − 7 − 0 = 4' away."""
    gepubliceerd = (
        "Schooljaar;A – individueel;A – groep;B – individueel;B – groep;"
        "Totaal individueel;Totaal groep;Totaal\n"
        "2022-2023;7;0;< 5;0;11;0;11\n"
        "2023-2024;9;6;5;0;14;6;20\n"
        "Totaal;16;6;9;0;25;6;31\n"
    )

    (verborgen,) = aanvaller.aanvallen(gepubliceerd)

    assert verborgen.bepaald and verborgen.uit_sommen and verborgen.laagste == 4


@pytest.mark.eenmaal  # arithmetic on a published table: the same on every database
def test_no_hidden_count_of_table_1_can_be_worked_back():
    verborgen = aanvaller.aanvallen(bereik_csv(bereik_uit(tabel1())))

    assert verborgen, "Tabel 1 has counts of 1–4: something must be hidden"
    assert not any(v.gelekt for v in verborgen), aanvaller.melding(verborgen)


def test_the_kerngroep_sees_table_1_in_full():
    bereik = bereik_uit(tabel1(), onderdrukken=False)

    assert aanvaller.aanvallen(bereik_csv(bereik)) == []
    assert bereik_csv(bereik).splitlines()[-1].endswith(";87;92;179")


# Tables like the reach of a few organisations in a few years: many small cells, many zeros.
aantallen = st.one_of(st.integers(0, 0), st.integers(1, 4), st.integers(0, 30))


@st.composite
def tabellen(draw):
    jaren = [f"{2017 + i}-{2018 + i}" for i in range(draw(st.integers(1, 5)))]
    organisaties = [f"org {i}" for i in range(draw(st.integers(1, 4)))]
    return {
        (jaar, org, var): draw(aantallen)
        for jaar in jaren
        for org in organisaties
        for var in ("individueel", "groep")
    }


@pytest.mark.eenmaal
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tabellen())
def test_no_hidden_count_of_any_table_can_be_worked_back(cellen):
    verborgen = aanvaller.aanvallen(bereik_csv(bereik_uit(cellen)))

    assert not any(v.gelekt for v in verborgen), aanvaller.melding(verborgen)


def test_the_kerngroep_sees_everything_and_nothing_is_hidden():
    bereik = bereik_uit(tabel1(), onderdrukken=False)

    assert bereik.verborgen == {}
    assert all(v["breedte_individueel"] or v["individueel"] == "0" for v in bereik.grafiek)


class _Tabel(HTMLParser):
    """The cells of the report's table and the labels and widths of its chart, as a browser has them."""

    def __init__(self):
        super().__init__()
        self.rijen, self.balken, self._in, self._tekst = [], [], None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr":
            self.rijen.append([])
        elif tag in ("th", "td", "text"):
            self._in, self._tekst = tag, []
        elif tag == "rect":
            self.balken.append([int(attrs["width"]), None])

    def handle_data(self, data):
        if self._in:
            self._tekst.append(data)

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._in == tag and self.rijen:
            self.rijen[-1].append("".join(self._tekst).strip())
        elif tag == "text" and self._in == "text":
            tekst = "".join(self._tekst).strip()
            if self.balken and self.balken[-1][1] is None and not re.fullmatch(r"\d{4}-\d{4}", tekst):
                # a label after two bars: the first unlabelled bar gets it
                next(b for b in self.balken if b[1] is None)[1] = tekst
        if tag == self._in:
            self._in = None


@pytest.fixture
def klein_bereik(db):
    """Two organisations, one of them small: outside the kerngroep some counts must be hidden."""
    a, b = f.school(naam="A-school"), f.school(naam="B-dienst")
    gestart = [
        (a, "2023-2024", Variant.INDIVIDUEEL, 7),
        (a, "2023-2024", Variant.GROEP, 6),
        (b, "2023-2024", Variant.INDIVIDUEEL, 3),
        (a, "2024-2025", Variant.INDIVIDUEEL, 9),
        (b, "2024-2025", Variant.INDIVIDUEEL, 5),
    ]
    # In one insert, as the demo's history: the reach counts rows, nothing else of a trajectory.
    Traject.objects.bulk_create(
        Traject(code=nieuwe_code(), school=org, uitvoerder=org, gestart_in_schooljaar=jaar, variant=variant)
        for org, jaar, variant, aantal in gestart
        for _ in range(aantal)
    )
    trajecten_gewijzigd()
    return a, b


def test_page_chart_csv_and_panel_show_the_same_suppressed_table(klein_bereik, ingelogd_als):
    coordinator = f.trainer(organisatie=klein_bereik[0], coordinator=True)
    client = ingelogd_als(coordinator)

    gedownload = client.get("/trajecten/bereik.csv").content.decode()
    pagina = _Tabel()
    pagina.feed(client.get("/trajecten/bereik/").text)

    _kop, *csv_rijen = list(csv.reader(io.StringIO(gedownload), delimiter=";"))
    html_rijen = [rij for rij in pagina.rijen if rij and rij[0] not in ("Schooljaar", "individueel")]
    assert html_rijen == csv_rijen
    verborgen = aanvaller.aanvallen(gedownload)
    assert {v.teken for v in verborgen} == {"< 5", "×"}
    assert not any(v.gelekt for v in verborgen), aanvaller.melding(verborgen)

    # The chart: per year a bar for the individual and for the group total, labelled as the table
    # shows them; a hidden total has no bar, and the bars are scaled to shown numbers only.
    getoond = {rij[0]: (rij[-3], rij[-2]) for rij in csv_rijen[:-1]}
    labels = [label for _breedte, label in pagina.balken]
    assert labels == [waarde for jaar in getoond for waarde in getoond[jaar]]
    for breedte, label in pagina.balken:
        assert (
            (breedte == 0)
            if not label.isdigit()
            else (breedte == round(400 * int(label) / max(int(x) for _b, x in pagina.balken if x.isdigit())))
        )


def test_the_panel_shows_the_last_year_as_the_table_does(klein_bereik, rf):
    kerngroep = UserFactory(roles=["kerngroep"])
    verzoek = rf.get("/")
    verzoek.user = kerngroep

    paneel = bereik_panel_context(verzoek)["laatste_jaar"]

    assert paneel == {"schooljaar": "2024-2025", "individueel": "14", "groep": "0"}
