"""The manual as PDF: cover, a table of contents with page numbers, running headers, extractable text."""

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.content.factories import klein_kompas
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kompas():
    return klein_kompas()


def pdf_text(response) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(BytesIO(response.content))
    return reader, [page.extract_text() for page in reader.pages]


def test_the_whole_manual_prints_with_cover_contents_and_page_numbers(client, kompas, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get("/kompas/pdf/")

    assert response["Content-Type"] == "application/pdf"
    _reader, pages = pdf_text(response)
    assert len(pages) >= 6  # cover, contents, and every chapter/phase on its own page
    assert "Trainerskompas" in pages[0] and "Versie van" in pages[0]
    inhoud = pages[1]
    assert "Inhoud" in inhoud and "Erkenning" in inhoud and "Doelgroep en criteria" in inhoud
    # the contents line for a chapter ends in the number of the page it starts on
    doelgroep = next(i for i, t in enumerate(pages) if "Re-Fit is er voor jongeren met klachten." in t) + 1
    assert re.search(rf"Doelgroep en criteria \.+ {doelgroep}\n", inhoud)
    assert "Trainerskompas Re-Fit Doelgroep en criteria" in pages[doelgroep - 1]  # running header
    assert f"Pagina 3 van {len(pages)}" in pages[2]
    assert "De emmer loopt over" in "".join(pages)


def test_one_phase_prints_with_its_themes(client, kompas, ingelogd_als):
    ingelogd_als(UserFactory(roles=["cursist"]))

    response = client.get(f"/kompas/pdf/{kompas['fase'].pk}/")

    _reader, pages = pdf_text(response)
    tekst = "".join(pages)
    assert "Introductie" in tekst and "Erkenning" in tekst
    assert "Doelgroep en criteria" not in tekst
    assert 'filename="trainerskompas-fase-1-erkennen.pdf"' in response["Content-Disposition"]


def test_outsiders_get_no_pdf(client, kompas, ingelogd_als):
    assert client.get("/kompas/pdf/").status_code == 302
    ingelogd_als(UserFactory(roles=["schoolcontact"]))
    assert client.get("/kompas/pdf/").status_code == 403
