"""The demo manual loads from the data files in `content/data/` with the same result as before they
existed: the same page tree, the same counts, the same texts (pinned on the code that had the
content as Python dicts)."""

from io import StringIO

import pytest
from django.core.management import call_command

from content.demo import load_activiteiten, load_kompas
from tests.content.kompas_stand import aantallen, kompas_stand, vingerafdruk

pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]


@pytest.fixture
def demo_kompas():
    call_command("inrichten", stdout=StringIO())
    load_kompas()
    load_activiteiten()


def test_demo_manual_has_the_pinned_page_counts(demo_kompas):
    assert aantallen() == {
        "ActiviteitPage": 83,
        "BegrippenlijstPage": 1,
        "BibliotheekPage": 1,
        "FasePage": 4,
        "HomePage": 1,
        "HoofdstukPage": 8,
        "KompasPage": 1,
        "LotVerhaal": 16,
        "Materiaal": 14,
        "OnderwerpPage": 8,
        "ThemaPage": 16,
        "VerhaalVanLotPage": 1,
        "WijzigingenPage": 1,
    }


def test_demo_manual_has_the_pinned_tree_and_texts(demo_kompas):
    assert vingerafdruk(kompas_stand()) == "f06ff6199a0d918f05c963b0b2b20d3019c377952cc139cab0c11b4074d54605"
