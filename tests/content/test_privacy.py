"""The manual is only for its readers: nothing of it leaks to others, not even in search or the sitemap."""

import pytest

from tests.content.factories import klein_kompas
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

GEHEIM = "De emmer loopt over als er te veel in zit."


@pytest.fixture
def kompas():
    return klein_kompas()


def test_anonymous_visitor_is_sent_to_login_and_sees_nothing_of_the_page(client, kompas):
    thema = kompas["erkenning"]

    response = client.get(thema.url)

    assert response.status_code == 302
    assert response.url.startswith("/account/login/?next=")
    assert client.get(response.url).status_code == 200
    assert "Erkenning" not in client.get(response.url).text


@pytest.mark.parametrize("role", ["schoolcontact"])
def test_a_logged_in_role_without_access_gets_403_without_content(client, kompas, role, ingelogd_als):
    ingelogd_als(UserFactory(roles=[role]))

    response = client.get(kompas["erkenning"].url)

    assert response.status_code == 403
    assert GEHEIM not in response.text and "Erkenning" not in response.text


@pytest.mark.parametrize("role", ["cursist", "trainer", "opleider", "kerngroep"])
def test_each_reader_role_reads_the_manual(client, kompas, role, ingelogd_als):
    user = UserFactory(roles=[role])
    ingelogd_als(user)

    response = client.get(kompas["erkenning"].url)

    assert response.status_code == 200
    assert GEHEIM in response.text


def test_search_does_not_find_private_pages_for_outsiders(client, kompas, ingelogd_als):
    ingelogd_als(UserFactory(roles=["schoolcontact"]))

    response = client.get("/kompas/zoeken/", {"q": "emmer"})

    assert response.status_code == 403
    from django.contrib.auth.models import AnonymousUser

    from content.search import zoek_in_kompas

    assert zoek_in_kompas("emmer", AnonymousUser()) == []


def test_search_finds_and_highlights_for_readers(client, kompas, ingelogd_als):
    user = UserFactory(roles=["cursist"])
    ingelogd_als(user)

    response = client.get("/kompas/zoeken/", {"q": "emmer"})

    assert response.status_code == 200
    assert "<mark>emmer</mark>" in response.text
    assert "Erkenning" in response.text


def test_sitemap_lists_public_pages_only(client, kompas):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert "trainerskompas" not in response.text
    assert "<loc>" in response.text


def test_worksheets_are_not_downloadable_by_outsiders(client, kompas, ingelogd_als):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from content.inrichting import werkbladen_inrichten

    document = get_document_model()(title="Werkblad emmer", collection=werkbladen_inrichten())
    document.file.save("werkblad.pdf", ContentFile(b"%PDF-1.4 werkblad"), save=True)

    anonymous = client.get(document.url)

    assert anonymous.status_code in (302, 403)
    reader = UserFactory(roles=["cursist"])
    ingelogd_als(reader)
    assert client.get(document.url).status_code == 200
