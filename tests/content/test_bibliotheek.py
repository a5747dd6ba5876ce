"""Finding the right activity: each filter, combinations, search, facet counts, sorting and bad input."""

import pytest
from django.http import QueryDict

from content.bibliotheek import Bibliotheek, FilterForm
from tests.conftest import opnieuw_gelezen
from tests.content.factories import activiteit, bibliotheek, fase, klein_kompas, thema
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _bieb(module_transactie):
    """The library is built once for the module; most tests only filter it."""
    k = klein_kompas()
    f3 = fase(k["kompas"], 3, "Verandering")
    lef, regie = thema(f3, "Lef"), thema(f3, "Regie")
    b = bibliotheek(k["kompas"])
    activiteit(
        b,
        "Lef-vragen in de kring",
        themas=[lef],
        onderdelen=["groep:groepsactiviteiten"],
        setting="groep",
        duur=15,
        aanpak="cgt",
        tekst="Laf, lef of roekeloos?",
    )
    activiteit(
        b,
        "Lef met de bal",
        themas=[lef],
        onderdelen=["groep:groepsactiviteiten"],
        setting="groep",
        duur=15,
        aanpak="cgt",
        materialen=["bal"],
    )
    activiteit(b, "Lef-dagboek", themas=[lef], onderdelen=["ind:opdrachten"], duur=30, aanpak="act")
    activiteit(
        b,
        "Regie over je week",
        themas=[regie],
        onderdelen=["ind:theorie"],
        duur=10,
        aanpak="coping",
        nieuw=True,
    )
    activiteit(
        b,
        "De emmer tekenen",
        themas=[k["erkenning"]],
        onderdelen=["ind:theorie"],
        duur=20,
        materialen=["papier"],
        nieuw=True,
        tekst="Teken de emmer met alles wat erin zit.",
    )
    return {"pagina": b, "lef": lef, "regie": regie, **k}


@pytest.fixture
def bieb(_bieb):
    return opnieuw_gelezen(_bieb)


def zoek(bieb, **query):
    """Titles found and facet counts for a query given as keyword arguments."""
    bib = Bibliotheek(bieb["pagina"])
    qd = QueryDict(mutable=True)
    for key, value in query.items():
        qd.setlist(key, [str(v) for v in (value if isinstance(value, list) else [value])])
    form = FilterForm(qd, bieb=bib)
    keuzes = form.keuzes()
    return [kaart.titel for kaart in bib.resultaten(keuzes)], bib.facetten(keuzes)


def test_phase_filter(bieb):
    titels, _f = zoek(bieb, fase=3)
    assert set(titels) == {"Lef-vragen in de kring", "Lef met de bal", "Lef-dagboek", "Regie over je week"}


def test_theme_filter(bieb):
    assert zoek(bieb, thema=bieb["regie"].pk)[0] == ["Regie over je week"]


def test_meeting_part_filter(bieb):
    assert set(zoek(bieb, onderdeel="ind:theorie")[0]) == {"Regie over je week", "De emmer tekenen"}


def test_setting_filter(bieb):
    assert set(zoek(bieb, setting="groep")[0]) == {"Lef-vragen in de kring", "Lef met de bal"}


def test_approach_filter(bieb):
    assert zoek(bieb, aanpak="act")[0] == ["Lef-dagboek"]


def test_duration_filter(bieb):
    assert zoek(bieb, duur="tot-10")[0] == ["Regie over je week"]
    assert set(zoek(bieb, duur=["11-20", "21-30"])[0]) == {
        "Lef-vragen in de kring",
        "Lef met de bal",
        "Lef-dagboek",
        "De emmer tekenen",
    }


def test_materials_i_have_excludes_what_needs_something_else(bieb):
    zonder_iets = set(zoek(bieb, ik_heb="on")[0])
    met_bal = set(zoek(bieb, ik_heb="on", materiaal="bal")[0])

    assert "Lef met de bal" not in zonder_iets and "De emmer tekenen" not in zonder_iets
    assert "Lef met de bal" in met_bal and "De emmer tekenen" not in met_bal


def test_new_trainers_filter(bieb):
    assert set(zoek(bieb, nieuw="on")[0]) == {"Regie over je week", "De emmer tekenen"}


def test_short_group_activity_for_lef_in_phase_3_without_materials(bieb):
    titels, _f = zoek(bieb, fase=3, thema=bieb["lef"].pk, setting="groep", duur="11-20", ik_heb="on")

    assert titels == ["Lef-vragen in de kring"]


def test_search_combines_with_filters(bieb):
    assert zoek(bieb, q="emmer")[0] == ["De emmer tekenen"]
    assert zoek(bieb, q="emmer", fase=3)[0] == []
    assert zoek(bieb, q="roekeloos", setting="groep")[0] == ["Lef-vragen in de kring"]


def test_facet_counts_keep_the_other_choices_but_not_their_own(bieb):
    _titels, facetten = zoek(bieb, setting="groep")

    assert facetten["setting"] == {"groep": 2, "individueel": 3}  # own facet: as if nothing chosen there
    assert facetten["aanpak"] == {"cgt": 2}  # other facets: within the group activities
    assert facetten["fase"][3] == 2 and facetten["fase"].get(1, 0) == 0
    assert facetten["materiaal"] == {"bal": 1}


def test_sort_by_duration_and_title(bieb):
    assert zoek(bieb, sorteer="duur")[0][0] == "Regie over je week"
    assert zoek(bieb, sorteer="titel")[0][0] == "De emmer tekenen"


def test_library_page_and_shareable_filter_link(client, bieb, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get(bieb["pagina"].url, {"setting": "groep", "thema": bieb["lef"].pk})

    assert response.status_code == 200
    assert "2 activiteiten" in response.text
    assert 'value="groep" checked' in response.text


@pytest.mark.parametrize(
    "query",
    [
        {"fase": "9"},
        {"thema": "abc"},
        {"duur": "eeuwig"},
        {"pagina": "999999999"},
        {"pagina": "-1"},
        {"q": "x" * 5000},
        {"sorteer": "'; DROP TABLE"},
    ],
)
def test_impossible_filters_give_a_normal_page(client, bieb, query, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get(bieb["pagina"].url, query)

    assert response.status_code == 200


def test_a_nul_character_in_a_filter_is_refused_before_the_library_sees_it(client, bieb, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get(bieb["pagina"].url, {"onderdeel": "\x00"})

    # portal/nultekens.py: no address of the portal needs NUL, PostgreSQL refuses it in text.
    assert response.status_code == 400
    assert "ongeldig teken" in response.text


def test_unknown_values_are_reported_and_ignored(client, bieb, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get(bieb["pagina"].url, {"fase": "9", "setting": "groep"})

    assert "zijn genegeerd" in response.text
    assert "2 activiteiten" in response.text


def test_empty_result_suggests_relaxing_a_filter(client, bieb, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get(bieb["pagina"].url, {"aanpak": "act", "setting": "groep"})

    assert "Probeer een filter los te laten" in response.text


def test_fragment_for_progressive_enhancement_contains_results_and_counts(client, bieb, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get(bieb["pagina"].url, {"setting": "groep", "fragment": "1"})

    assert 'id="resultaten"' in response.text and 'id="telling-setting-groep"' in response.text
    assert "<html" not in response.text


def test_query_count_does_not_grow_with_the_library(
    client, bieb, django_assert_max_num_queries, ingelogd_als
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ingelogd_als(UserFactory(roles=["cursist"]))
    query = {"fase": "3", "setting": "groep", "q": "lef"}
    client.get(bieb["pagina"].url, query)  # the first request after a publication builds the index
    connection.queries_log.clear()  # the log keeps 9,000 queries; building the fixtures fills it
    with CaptureQueriesContext(connection) as klein:
        client.get(bieb["pagina"].url, query)
    aantal = len(klein.captured_queries)  # read now: the list is a view on the log cleared below
    for n in range(30):
        activiteit(
            bieb["pagina"],
            f"Extra lef {n}",
            themas=[bieb["lef"]],
            setting="groep",
            duur=10,
            materialen=["bal"],
        )
    client.get(bieb["pagina"].url, query)
    connection.queries_log.clear()

    with django_assert_max_num_queries(aantal):
        response = client.get(bieb["pagina"].url, query)

    assert "32 activiteiten" in response.text
