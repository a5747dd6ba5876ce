"""Certificates: a real PDF with the facts and a QR link, never showing a stale validity."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from licenties.certificaten import actueel_certificaat, certificaat_opslaan, qr_data_uri
from licenties.models import BesluitSoort, Licentie
from licenties.services import besluit_nemen
from tests.licenties.factories import LicentieFactory, bijgewoond
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_certificate_shows_name_number_programme_dates_and_the_verification_link():
    licentie = LicentieFactory(nummer="RF-2026-0042", behaald_op=date(2026, 6, 12))

    tekst = text_of(actueel_certificaat(licentie))

    for fact in (licentie.houder.get_full_name(), "RF-2026-0042", "Re-Fit", "12 juni 2026", "Actief"):
        assert fact in tekst
    assert "/licentie/verifieer/RF-2026-0042" in "".join(tekst.split())
    assert qr_data_uri("https://x.example").startswith("data:image/svg+xml;base64,")


def test_a_stored_certificate_is_replaced_when_the_status_changes(django_capture_on_commit_callbacks):
    licentie = LicentieFactory(behaald_op=date(2022, 6, 12))
    certificaat_opslaan(licentie)
    licentie.refresh_from_db()
    oud = licentie.certificaat.name
    assert "Verlopen" in text_of(actueel_certificaat(licentie))

    with django_capture_on_commit_callbacks(execute=True):  # the recompute queues the refresh after commit
        bijgewoond(licentie.houder, date.today())

    licentie = Licentie.objects.get(pk=licentie.pk)
    assert licentie.certificaat.name != oud
    assert not licentie.certificaat.storage.exists(oud)
    assert "Actief" in text_of(actueel_certificaat(licentie))


def test_a_suspended_licence_never_gets_a_certificate_saying_it_is_active():
    licentie = LicentieFactory()
    certificaat_opslaan(licentie)
    besluit_nemen(
        licentie=licentie,
        soort=BesluitSoort.SCHORSING,
        reden="In onderzoek.",
        ingangsdatum=licentie.behaald_op,
        door=UserFactory(roles=["kerngroep"]),
    )

    tekst = text_of(actueel_certificaat(Licentie.objects.get(pk=licentie.pk)))

    assert "Geschorst" in tekst and "Actief" not in tekst


def test_only_the_holder_and_the_kerngroep_can_download_it(client, ingelogd_als):
    licentie = LicentieFactory()
    andere = UserFactory(roles=["trainer"])
    ingelogd_als(andere)
    assert client.get(f"/licentie/{licentie.pk}/certificaat.pdf").status_code == 404

    client.logout()
    ingelogd_als(licentie.houder)
    response = client.get(f"/licentie/{licentie.pk}/certificaat.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    assert licentie.houder.last_name not in response["Content-Disposition"]
