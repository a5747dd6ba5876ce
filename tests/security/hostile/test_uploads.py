"""Rule 'uploads': only allowed types, judged by content; a size limit; SVG and HTML never accepted;
the stored name is ours, never the uploaded one.

Where people upload: case attachments (trajecten, PDF/PNG/JPG up to 5 MB) and, for editors,
Wagtail images (Willow reads the content; SVG is not enabled) and documents (restricted to
office and PDF types, served as attachments).
"""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.portal.factories import UserFactory
from tests.security.hostile import strategies as s
from tests.security.hostile.telling import tel
from tests.security.world import TRAJECT_STAAT, client_voor, trajecten_wereld
from trajecten.forms import MAX_BIJLAGE_BYTES
from trajecten.models import Bijlage

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
INHOUD = {
    "pdf": (b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "application/pdf"),
    "png": (PNG, "image/png"),
    "jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg"),
    "svg": (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', None),
    "html": (b"<!doctype html><script>alert(1)</script>", None),
    "exe": (b"MZ\x90\x00\x03\x00\x00\x00", None),
    "zip": (b"PK\x03\x04docx", None),
    "leeg": (b"", None),
    "pdf-achteraan": (b"<html>" + b"%PDF-1.4", None),
}
NAMEN = st.one_of(
    st.sampled_from(
        [
            "../../../etc/passwd.pdf",
            "..\\..\\boot.ini",
            "/var/x.png",
            "werkblad.html",
            "foto.svg",
            "Jan de Vries - rust.pdf",
            "gpj.exe\u202e.pdf",
            "a\x00b.pdf",
            "a\r\nContent-Type: text/html.pdf",
            "x" * 300 + ".pdf",
            ".pdf",
        ]
    ),
    s.tekst(40).map(lambda naam: naam + ".pdf"),
)
VEILIGE_NAAM = re.compile(r"^[0-9a-f]{32}\.(pdf|png|jpg)$")


def test_a_bijlage_is_allowed_by_its_content_and_gets_its_own_safe_name():
    w = trajecten_wereld()
    traject = w["in_training"]
    client = client_voor(w["ervaren"])
    url = f"/trajecten/{traject.code}/bijlagen/nieuw/"

    @settings(max_examples=15)
    @given(soort=st.sampled_from(sorted(INHOUD)), naam=NAMEN, omschrijving=s.tekst())
    def uploaden(soort, naam, omschrijving):
        inhoud, verwacht_type = INHOUD[soort]
        voor = TRAJECT_STAAT()
        with transaction.atomic():
            response = client.post(
                url,
                {
                    "soort": "werkblad",
                    "omschrijving": omschrijving,
                    "bestand": SimpleUploadedFile(naam, inhoud),
                },
            )
            assert response.status_code < 500
            nieuw = list(Bijlage.objects.filter(traject=traject))
            if verwacht_type is None:
                assert response.status_code == 200 and not nieuw
                assert TRAJECT_STAAT() == voor
                assert "Alleen PDF-bestanden en afbeeldingen" in response.text or "bestand" in response.text
            elif response.status_code == 302:
                (bijlage,) = nieuw
                assert bijlage.content_type == verwacht_type
                assert VEILIGE_NAAM.match(bijlage.bestand.name), bijlage.bestand.name
                pad = Path(bijlage.bestand.path).resolve()
                assert pad.is_relative_to(Path(django_settings.PRIVATE_MEDIA_ROOT).resolve())
                download = client.get(f"/trajecten/{traject.code}/bijlagen/{bijlage.pk}/")
                assert download["Content-Type"] == verwacht_type
                extensie = Path(bijlage.bestand.name).suffix
                downloadnaam = f"{traject.code}-werkblad-{bijlage.pk}{extensie}"
                assert download["Content-Disposition"] == f'attachment; filename="{downloadnaam}"'
                # Not response.close(): its request_finished signal would close the test's DB connection.
                if download.file_to_stream is not None:
                    download.file_to_stream.close()
            else:  # a refused description (NUL, too long): refused as a whole
                assert not nieuw
            transaction.set_rollback(True)
        tel("upload: trajecten-bijlage", geweigerd=not (verwacht_type and response.status_code == 302))

    uploaden()


def test_a_bijlage_larger_than_5_mb_is_refused():
    w = trajecten_wereld()
    client = client_voor(w["ervaren"])
    te_groot = SimpleUploadedFile("groot.pdf", b"%PDF-1.4\n" + b"0" * MAX_BIJLAGE_BYTES)

    response = client.post(
        f"/trajecten/{w['in_training'].code}/bijlagen/nieuw/", {"soort": "werkblad", "bestand": te_groot}
    )

    assert response.status_code == 200 and "groter dan 5 MB" in response.text
    assert not Bijlage.objects.exists()


@pytest.fixture
def redacteur():
    return client_voor(UserFactory(roles=["kerngroep"], is_superuser=True))


@pytest.mark.parametrize(
    ("naam", "inhoud"),
    [
        ("logo.svg", INHOUD["svg"][0]),
        ("pagina.png", INHOUD["html"][0]),  # HTML dressed up as an image
        ("programma.png", INHOUD["exe"][0]),
        ("leeg.jpg", b""),
    ],
)
def test_a_wagtail_image_that_is_no_image_is_refused(redacteur, naam, inhoud):
    from wagtail.images import get_image_model

    response = redacteur.post(
        "/admin/images/add/", {"title": "Logo", "file": SimpleUploadedFile(naam, inhoud), "collection": 1}
    )

    assert response.status_code == 200  # the form again, with the reason
    assert not get_image_model().objects.exists()
    tel("upload: wagtail-afbeelding", geweigerd=True)


@pytest.mark.parametrize(
    ("naam", "inhoud"),
    [
        ("handleiding.html", INHOUD["html"][0]),
        ("logo.svg", INHOUD["svg"][0]),
        ("werkblad.pdf", INHOUD["html"][0]),  # HTML dressed up as a PDF
        ("script.js", b"alert(1)"),
        ("programma.exe", INHOUD["exe"][0]),
    ],
)
def test_a_wagtail_document_of_a_type_not_allowed_is_refused(redacteur, naam, inhoud):
    from wagtail.documents import get_document_model

    response = redacteur.post(
        "/admin/documents/add/",
        {"title": "Bijlage", "file": SimpleUploadedFile(naam, inhoud), "collection": 1},
    )

    assert response.status_code == 200
    assert not get_document_model().objects.exists()
    tel("upload: wagtail-document", geweigerd=True)


def test_a_wagtail_pdf_document_is_served_as_a_download_with_its_own_protection(redacteur):
    from wagtail.documents import get_document_model

    response = redacteur.post(
        "/admin/documents/add/",
        {
            "title": "Werkblad",
            "file": SimpleUploadedFile("../../werkblad.pdf", INHOUD["pdf"][0]),
            "collection": 1,
        },
    )
    document = get_document_model().objects.get()
    download = redacteur.get(document.url)

    assert response.status_code == 302
    assert "/" not in Path(document.file.name).name and ".." not in document.file.name
    assert download["Content-Security-Policy"].startswith("default-src 'none'")
    assert download["X-Content-Type-Options"] == "nosniff"
