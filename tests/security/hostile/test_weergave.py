"""Rule 'opgeslagen tekst blijft tekst': what someone typed is shown as typed — escaped on pages and
in the Wagtail admin, literal in PDFs — and never interpreted as markup."""

import io
import re

import pytest
from pypdf import PdfReader

from cursus.models import Werkagenda
from tests.cursus.factories import AanmeldingFactory
from tests.portal.factories import UserFactory
from tests.security.hostile.aanval import ONGEESCAPET
from tests.security.hostile.telling import tel
from tests.security.world import client_voor

pytestmark = pytest.mark.django_db

MARKUP = {
    "huidige_situatie": "<script>alert(1)</script>",
    "doel": '"><img src=x onerror=alert(1)>',
    "stappen": "<b>vet</b> & <i>schuin</i>",
    "betrokkenen": "{{ 7*7 }} {% debug %}",
    "tijdpad": "\u202eRTL en zero\u200bwidth",
}


def tekst_van_pdf(inhoud: bytes) -> str:
    tekst = "".join(pagina.extract_text() for pagina in PdfReader(io.BytesIO(inhoud)).pages)
    return re.sub(r"\s+", "", tekst)


@pytest.fixture
def werkagenda():
    aanmelding = AanmeldingFactory(organisatie='<svg onload=alert(1)> "Lyceum"', motivatie=MARKUP["doel"])
    return Werkagenda.objects.create(aanmelding=aanmelding, **MARKUP)


def test_the_werkagenda_pdf_shows_the_characters_literally_and_interprets_no_markup(werkagenda):
    response = client_voor(werkagenda.aanmelding.user).get(
        f"/cursus/werkagenda/{werkagenda.aanmelding.pk}.pdf"
    )

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    tekst = tekst_van_pdf(response.content)
    for waarde in (MARKUP["huidige_situatie"], MARKUP["doel"], MARKUP["stappen"], MARKUP["betrokkenen"]):
        assert re.sub(r"\s+", "", waarde) in tekst, waarde
    assert "49" not in tekst  # {{ 7*7 }} was not evaluated
    tel("weergave: werkagenda-PDF", geweigerd=False)


def test_the_werkagenda_page_escapes_the_text(werkagenda):
    cursist = client_voor(werkagenda.aanmelding.user)

    for client, url in [(cursist, f"/cursus/mijn-cursus/{werkagenda.aanmelding.pk}/werkagenda/")]:
        response = client.get(url)
        assert response.status_code == 200, url
        for rauw in ONGEESCAPET:
            assert rauw not in response.text, (url, rauw)
        assert "&lt;b&gt;vet&lt;/b&gt;" in response.text
        tel("weergave: werkagenda-pagina", geweigerd=False)


def test_the_wagtail_admin_shows_the_text_of_an_aanmelding_escaped(werkagenda):
    kerngroep = client_voor(UserFactory(roles=["kerngroep"], is_superuser=True))
    pk = werkagenda.aanmelding.pk

    for url in [
        "/admin/aanmeldingen/",
        f"/admin/aanmeldingen/inspect/{pk}/",
        f"/admin/aanmeldingen/edit/{pk}/",
    ]:
        response = kerngroep.get(url)
        assert response.status_code == 200, url
        for rauw in ONGEESCAPET:
            assert rauw not in response.text, (url, rauw)
        tel("weergave: Wagtail-admin aanmelding", geweigerd=False)
