"""Rule: bad input gets a clear Dutch message and changes nothing, never a 500 — also a form posted
without the fields its own page sends (found by the permission matrix posting to every URL)."""

import pytest

from content.models import ThemaPage
from portal.roles import Role
from tests.content.factories import klein_kompas
from tests.portal.factories import UserFactory, activate_totp

pytestmark = pytest.mark.django_db


def test_a_page_edit_posted_without_its_streamfield_counts_is_refused_in_dutch(client):
    thema = klein_kompas()["erkenning"]
    kerngroep = UserFactory(roles=[Role.KERNGROEP], is_superuser=True)
    activate_totp(kerngroep)
    client.force_login(kerngroep)

    response = client.post(f"/admin/pages/{thema.pk}/edit/", {"title": "Met de hand gemaakt"})

    assert response.status_code == 400
    assert "onvolledig verstuurd" in response.text
    assert ThemaPage.objects.get(pk=thema.pk).title == thema.title
