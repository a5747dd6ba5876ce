"""Studying the manual: reading order with previous/next, marking as read, progress."""

import pytest

from content.selectors import leesvolgorde, studienavigatie
from tests.content.factories import klein_kompas
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kompas():
    return klein_kompas()


@pytest.fixture
def cursist(client, ingelogd_als):
    user = UserFactory(roles=["cursist"])
    ingelogd_als(user)
    return user


def test_reading_order_is_chapters_phases_and_themes_in_tree_order_without_reference_pages(kompas):
    titels = [p.title for p in leesvolgorde(kompas["kompas"])]

    assert titels == ["Doelgroep en criteria", "Fase 1: Erkennen", "Introductie", "Erkenning"]


def test_previous_and_next_follow_the_reading_order(kompas, cursist):
    navigatie = studienavigatie(kompas["fase"], cursist)

    assert navigatie["vorige"].title == "Doelgroep en criteria"
    assert navigatie["volgende"].title == "Introductie"
    assert studienavigatie(kompas["erkenning"], cursist)["volgende"] is None


def test_marking_as_read_counts_towards_progress_and_can_be_undone(client, kompas, cursist):
    client.post(f"/kompas/gelezen/{kompas['hoofdstuk'].pk}/")
    client.post(f"/kompas/gelezen/{kompas['fase'].pk}/")

    assert studienavigatie(kompas["fase"], cursist)["voortgang"] == {"gelezen": 2, "totaal": 4}

    client.post(f"/kompas/gelezen/{kompas['fase'].pk}/", {"actie": "ongelezen"})
    assert studienavigatie(kompas["fase"], cursist)["voortgang"] == {"gelezen": 1, "totaal": 4}


def test_read_and_next_goes_to_the_next_page(client, kompas, cursist):
    response = client.post(f"/kompas/gelezen/{kompas['fase'].pk}/", {"volgende": kompas["introductie"].url})

    assert response.url == kompas["introductie"].url


def test_read_and_next_refuses_to_send_anyone_elsewhere(client, kompas, cursist):
    response = client.post(f"/kompas/gelezen/{kompas['fase'].pk}/", {"volgende": "https://elders.example/"})

    assert response.url == kompas["fase"].url


def test_marking_a_non_manual_page_as_read_is_a_404(client, kompas, cursist):
    from content.models import HomePage

    assert client.post(f"/kompas/gelezen/{HomePage.objects.get().pk}/").status_code == 404
    assert client.post("/kompas/gelezen/999999/").status_code == 404


def test_theme_page_shows_spreuk_lot_groepsvariant_and_linked_topic(client, kompas, cursist):
    response = client.get(kompas["erkenning"].url)

    assert "Spreuk bij erkenning" in response.text
    assert "Lot over erkenning" in response.text
    assert 'class="callout callout--groepsvariant"' in response.text
    assert kompas["emmer"].url in response.text
    assert 'rel="prev"' in response.text


def test_the_compass_figure_lists_phases_with_weeks_and_themes(client, kompas, cursist):
    response = client.get(kompas["kompas"].url)

    assert "week 1–4" in response.text
    assert response.text.count('class="kompas-figuur__themas"') >= 1
    assert ">Erkenning</a>" in response.text


def test_the_story_of_lot_reads_all_stories_in_programme_order(client, kompas, cursist):
    from content.models import VerhaalVanLotPage

    response = client.get(VerhaalVanLotPage.objects.get().url)

    assert response.text.index("Lot over introductie") < response.text.index("Lot over erkenning")


def test_glossary_terms_on_a_page_link_to_their_definition(client, kompas, cursist):
    from content.models import BegrippenlijstPage

    lijst = BegrippenlijstPage.objects.get()
    lijst.begrippen = [("begrip", {"term": "Emmer", "definitie": "Beeld voor belasting en belastbaarheid."})]
    lijst.save_revision().publish()

    response = client.get(kompas["erkenning"].url)

    assert f'href="{lijst.url}#begrip-emmer"' in response.text
    assert 'id="begrip-emmer"' in client.get(lijst.url).text
