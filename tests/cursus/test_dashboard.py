"""The 'Trainerscursus' panel: dates, werkagenda and completion for a cursist; editions for an opleider."""

import pytest

from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory

pytestmark = pytest.mark.django_db


def panel_html(response, titel="Trainerscursus") -> str:
    return next(p.html for p in response.context["panels"] if str(p.panel.title) == titel)


def test_a_cursist_sees_next_date_werkagenda_and_what_is_missing(client):
    aanmelding = AanmeldingFactory(cursusronde=CursusrondeFactory(naam="Voorjaar 2027"))
    client.force_login(aanmelding.user)

    html = panel_html(client.get("/dashboard/"))

    assert "Cursusronde Voorjaar 2027" in html
    assert "Volgende datum:" in html and "Lesdag 1" in html
    assert "Werkagenda: nog niet begonnen" in html
    assert "De werkagenda is nog niet ingediend." in html


def test_an_opleider_sees_their_editions(opleider, ingelogd_als):
    CursusrondeFactory(naam="Najaar 2027", opleiders=[opleider])
    CursusrondeFactory(naam="Andermans ronde")

    html = panel_html(ingelogd_als(opleider).get("/dashboard/"))

    assert "Najaar 2027" in html and "Andermans ronde" not in html


def test_the_menu_leads_cursist_and_opleider_to_their_course_pages(client, opleider, ingelogd_als):
    client.force_login(AanmeldingFactory().user)
    assert 'href="/cursus/mijn-cursus/"' in client.get("/cursus/mijn-cursus/").text
    assert 'aria-current="page"' in client.get("/cursus/mijn-cursus/").text
    client.logout()

    assert 'href="/cursus/rondes/"' in ingelogd_als(opleider).get("/dashboard/").text
