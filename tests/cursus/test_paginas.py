"""Every course page opens for whom it is meant, with accessible markup (labels, legends, table headers)."""

import pytest

from cursus.choices import Beoordeling
from cursus.models import Aanwezigheid
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten, over

pytestmark = pytest.mark.django_db


@pytest.fixture
def lopend(opleider):
    ronde = CursusrondeFactory(
        naam="Zwolle",
        dagen=(-14, -7, 30, 60),
        aanmelden_tot=over(-30),
        afmelden_tot=over(-20),
        opleiders=[opleider],
    )
    deelnemer = AanmeldingFactory(cursusronde=ronde)
    AanmeldingFactory(cursusronde=ronde, beoordeling=Beoordeling.OPEN)
    AanmeldingFactory(cursusronde=ronde, status=PlaatsStatus.WACHTLIJST, beoordeling=Beoordeling.OPEN)
    afwezig = Aanwezigheid.objects.create(
        aanmelding=deelnemer, bijeenkomst=bijeenkomsten(ronde)[1], aanwezig=False, reden_afwezig="Ziek"
    )
    return ronde, deelnemer, afwezig


def test_public_pages_open_without_login(client):
    ronde = CursusrondeFactory(naam="Voorjaar 2027")

    overzicht = client.get("/cursus/")
    aanmelden = client.get(f"/cursus/{ronde.pk}/aanmelden/")

    assert overzicht.status_code == 200 and "Voorjaar 2027" in overzicht.text
    assert aanmelden.status_code == 200
    assert "<legend>Je achtergrond</legend>" in aanmelden.text
    assert '<label for="id_email">' in aanmelden.text


def test_the_cursist_pages_open(client, lopend):
    _ronde, deelnemer, _afwezig = lopend
    client.force_login(deelnemer.user)

    for pad in (
        "/cursus/mijn-cursus/",
        f"/cursus/mijn-cursus/{deelnemer.pk}/werkagenda/",
        f"/cursus/mijn-cursus/{deelnemer.pk}/afmelden/",
        "/agenda/",
    ):
        assert client.get(pad).status_code == 200, pad


def test_the_opleider_pages_open(opleider, ingelogd_als, lopend):
    ronde, deelnemer, afwezig = lopend
    client = ingelogd_als(opleider)

    pagina = client.get(f"/cursus/rondes/{ronde.pk}/")
    assert pagina.status_code == 200
    assert '<th scope="row">Lesdag 1</th>' in pagina.text
    for pad in (
        "/cursus/rondes/",
        f"/cursus/aanmeldingen/{deelnemer.pk}/werkagenda/",
        f"/cursus/aanmeldingen/{deelnemer.pk}/aftekenen/",
        f"/cursus/aanwezigheden/{afwezig.pk}/inhalen/",
        f"/cursus/bijeenkomsten/{bijeenkomsten(ronde)[0].pk}/aanwezigheid/",
    ):
        assert client.get(pad).status_code == 200, pad


def test_the_admin_lists_and_forms_open_for_the_kerngroep(kerngroep, ingelogd_als, lopend):
    ronde, deelnemer, _afwezig = lopend
    client = ingelogd_als(kerngroep)

    for pad in (
        "/admin/cursusrondes/",
        "/admin/cursusrondes/new/",
        f"/admin/cursusrondes/edit/{ronde.pk}/",
        "/admin/aanmeldingen/",
        f"/admin/aanmeldingen/inspect/{deelnemer.pk}/",
        f"/admin/cursusrondes/history/{ronde.pk}/",
    ):
        assert client.get(pad).status_code == 200, pad


def test_an_opleider_cannot_use_the_wagtail_admin(opleider, ingelogd_als):
    assert ingelogd_als(opleider).get("/admin/cursusrondes/").status_code == 302
