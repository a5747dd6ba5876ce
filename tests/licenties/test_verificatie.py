"""Public verification: what anyone may know about a licence and nothing more, limited against enumeration."""

from datetime import date

import pytest

from licenties.models import BesluitSoort
from licenties.services import besluit_nemen
from licenties.views import VERIFICATIE_LIMIET
from portal.models import Lidmaatschap
from tests.licenties.factories import LicentieFactory
from tests.portal.factories import OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def licentie():
    houder = UserFactory(first_name="Noor", last_name="Verbeek", email="noor.verbeek@school.example")
    Lidmaatschap.objects.create(user=houder, organisatie=OrganisatieFactory(naam="Het Geheime College"))
    return LicentieFactory(houder=houder, nummer="RF-2025-0042", behaald_op=date(2025, 6, 1))


def besluit(licentie, soort):
    besluit_nemen(
        licentie=licentie,
        soort=soort,
        reden="Vertrouwelijke reden die niemand buiten de kerngroep mag lezen.",
        ingangsdatum=licentie.behaald_op,
        door=UserFactory(roles=["kerngroep"]),
    )


def test_a_valid_licence_shows_name_number_programme_status_and_dates(client, licentie):
    response = client.get("/licentie/verifieer/RF-2025-0042")

    assert response.status_code == 200
    html = response.content.decode()
    for fact in ("Noor Verbeek", "RF-2025-0042", "Re-Fit", "Deze licentie is geldig", "1 juni 2025"):
        assert fact in html
    assert response["X-Robots-Tag"] == "noindex"


def test_nothing_else_about_the_holder_is_shown(client, licentie):
    besluit(licentie, BesluitSoort.SCHORSING)

    html = client.get("/licentie/verifieer/RF-2025-0042").content.decode()

    assert "noor.verbeek@school.example" not in html
    assert "Het Geheime College" not in html
    assert "Vertrouwelijke reden" not in html


def test_a_suspended_licence_says_so_plainly(client, licentie):
    besluit(licentie, BesluitSoort.SCHORSING)

    html = client.get("/licentie/verifieer/RF-2025-0042").content.decode()

    assert "Deze licentie is geschorst" in html
    assert "Deze licentie is geldig" not in html


def test_a_withdrawn_licence_says_so_plainly(client, licentie):
    besluit(licentie, BesluitSoort.INTREKKING)

    html = client.get("/licentie/verifieer/RF-2025-0042").content.decode()

    assert "Deze licentie is ingetrokken" in html


def test_an_unknown_number_gives_a_neutral_not_found(client, licentie):
    response = client.get("/licentie/verifieer/RF-2025-0043")

    assert response.status_code == 404
    html = response.content.decode()
    assert "geen licentie gevonden" in html
    assert "Noor" not in html


def test_the_form_sends_a_well_formed_number_to_its_page_and_explains_a_bad_one(client, licentie):
    assert (
        client.get("/licentie/verifieer/", {"nummer": " rf-2025-0042 "}).url
        == "/licentie/verifieer/RF-2025-0042"
    )

    response = client.get("/licentie/verifieer/", {"nummer": "Noor Verbeek"})
    assert response.status_code == 400
    assert "Vul een licentienummer in" in response.content.decode()


def test_too_many_lookups_from_one_address_are_refused(client, licentie):
    for n in range(VERIFICATIE_LIMIET):
        assert client.get(f"/licentie/verifieer/RF-2025-{n:04d}").status_code in (200, 404)

    response = client.get("/licentie/verifieer/RF-2025-0042")

    assert response.status_code == 429
    assert "te veel licenties opgezocht" in response.content.decode()
    assert "Noor" not in response.content.decode()
    other = client.get("/licentie/verifieer/RF-2025-0042", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
