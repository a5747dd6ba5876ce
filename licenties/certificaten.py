"""Certificates and attendance statements as PDF, with a QR code to the public verification page.

A stored certificate carries the kenmerk of what it shows (`status.certificaat_kenmerk`);
whoever hands it out first checks the kenmerk, so nobody ever receives a stale
'valid until'. Recomputing statuses queues a refresh for certificates that changed.
"""

import base64
import io

import qrcode
import qrcode.image.svg
from django.core.files.base import ContentFile
from django.urls import reverse

from licenties.models import DagAanmelding, Licentie
from licenties.rules import Onderhoud
from licenties.status import certificaat_kenmerk, onderhoud_van
from portal.links import absolute_url
from portal.pdf import render_pdf


def verificatie_url(licentie: Licentie) -> str:
    return absolute_url(reverse("licenties:verifieer", args=[licentie.nummer]))


def qr_data_uri(url: str) -> str:
    """A QR code as an inline SVG data URI: WeasyPrint needs no file or network for it."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


def certificaat_pdf(licentie: Licentie, onderhoud: Onderhoud) -> bytes:
    url = verificatie_url(licentie)
    return render_pdf(
        "licenties/pdf/certificaat.html",
        {"licentie": licentie, "onderhoud": onderhoud, "verificatie_url": url, "qr": qr_data_uri(url)},
    )


def actueel_certificaat(licentie: Licentie) -> bytes:
    """The certificate as it is today: the stored file when it still shows the truth, else a fresh one."""
    onderhoud = onderhoud_van(licentie)
    kenmerk = certificaat_kenmerk(licentie, onderhoud)
    if licentie.certificaat and licentie.certificaat_kenmerk == kenmerk:
        try:
            with licentie.certificaat.open("rb") as bestand:
                return bestand.read()
        except FileNotFoundError:
            pass
    return certificaat_opslaan(licentie, onderhoud=onderhoud, kenmerk=kenmerk)


def certificaat_opslaan(
    licentie: Licentie, *, onderhoud: Onderhoud | None = None, kenmerk: str = ""
) -> bytes:
    """Render and store the certificate; the old file is replaced (file names carry no names)."""
    onderhoud = onderhoud or onderhoud_van(licentie)
    kenmerk = kenmerk or certificaat_kenmerk(licentie, onderhoud)
    pdf = certificaat_pdf(licentie, onderhoud)
    oud = licentie.certificaat.name if licentie.certificaat else ""
    licentie.certificaat.save(f"certificaat-{licentie.pk}-{kenmerk[:12]}.pdf", ContentFile(pdf), save=False)
    licentie.certificaat_kenmerk = kenmerk
    Licentie.objects.filter(pk=licentie.pk).update(
        certificaat=licentie.certificaat.name, certificaat_kenmerk=kenmerk
    )
    if oud and oud != licentie.certificaat.name:
        licentie.certificaat.storage.delete(oud)
    return pdf


def aanwezigheidsverklaring_pdf(aanmelding: DagAanmelding) -> bytes:
    return render_pdf(
        "licenties/pdf/aanwezigheidsverklaring.html", {"aanmelding": aanmelding, "dag": aanmelding.dag}
    )
