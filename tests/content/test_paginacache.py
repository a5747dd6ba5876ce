"""The manual's rendered content is cached per page and content version, and only for its readers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from content.models import LotVerhaal
from tests.content.factories import klein_kompas, publiceer
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kompas():
    return klein_kompas()


@pytest.fixture
def trainer_client(client, ingelogd_als):
    trainer = UserFactory(roles=["trainer"])
    ingelogd_als(trainer)
    return client


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def test_a_second_view_of_a_theme_page_renders_its_content_from_the_cache(trainer_client, kompas):
    url = kompas["erkenning"].url

    eerste, eerste_queries = queries_for(trainer_client, url)
    tweede, tweede_queries = queries_for(trainer_client, url)

    assert "De emmer loopt over" in eerste.text and "De emmer loopt over" in tweede.text
    assert tweede_queries < eerste_queries


def test_publishing_a_change_shows_it_at_once(trainer_client, kompas):
    thema = kompas["erkenning"]
    trainer_client.get(thema.url)  # cached now

    thema.theorie = [("tekst", "<p>Nieuwe uitleg over draagkracht.</p>")]
    publiceer(thema)

    tekst = trainer_client.get(thema.url).text
    assert "Nieuwe uitleg over draagkracht." in tekst
    assert "De emmer loopt over" not in tekst


def test_editing_a_story_of_lot_shows_on_the_theme_page_at_once(trainer_client, kompas):
    thema = kompas["erkenning"]
    trainer_client.get(thema.url)

    LotVerhaal.objects.filter(pk=thema.lot_verhaal_id).update(titel="ongebruikt")  # no signal: cache holds
    assert "ongebruikt" not in trainer_client.get(thema.url).text
    verhaal = LotVerhaal.objects.get(pk=thema.lot_verhaal_id)
    verhaal.titel = "Lot durft te vragen"
    verhaal.save()

    assert "Lot durft te vragen" in trainer_client.get(thema.url).text


def test_an_unpublished_page_is_gone_even_when_its_content_was_cached(trainer_client, kompas):
    thema = kompas["erkenning"]
    trainer_client.get(thema.url)

    thema.unpublish()

    assert trainer_client.get(thema.url).status_code == 404


def test_cached_content_never_reaches_a_visitor_outside_the_audience(
    client, trainer_client, kompas, ingelogd_als
):
    thema = kompas["erkenning"]
    assert "De emmer loopt over" in trainer_client.get(thema.url).text  # cached by a reader

    anoniem = client.__class__()
    response = anoniem.get(thema.url)
    assert response.status_code == 302 and "De emmer loopt over" not in response.text

    school = client.__class__()
    ingelogd_als(UserFactory(roles=["schoolcontact"]), client=school)
    response = school.get(thema.url)
    assert response.status_code == 403 and "De emmer loopt over" not in response.text


def test_pages_for_a_logged_in_person_may_not_be_kept_by_shared_caches(trainer_client, kompas):
    response = trainer_client.get(kompas["erkenning"].url)

    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_the_public_home_page_is_not_marked_private_for_anonymous_visitors(client, kompas):
    response = client.get("/")

    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")
