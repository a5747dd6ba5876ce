"""PDFs with WeasyPrint: only the portal's own files go in, nothing from the network."""

import ssl
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetchingError

# WeasyPrint's fetcher builds an HTTPS handler, and without a context loads the system's CA
# certificates for it: ~100 ms per PDF, for a protocol this fetcher refuses anyway.
GEEN_HTTPS = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class LocalFilesOnly(URLFetcher):
    """Fetches only files below the portal's static directories and media; refuses every other URL."""

    def __init__(self):
        super().__init__(allowed_protocols=["file", "data"], ssl_context=GEEN_HTTPS)
        self.roots = [
            Path(settings.MEDIA_ROOT).resolve(),
            (settings.BASE_DIR / "portal" / "static").resolve(),
        ]

    def fetch(self, url, headers=None):
        if url.startswith("file:"):
            path = Path(unquote(urlparse(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise URLFetchingError(f"Outside the portal: {url}")
        return super().fetch(url, headers)


def static_file_uri(name: str) -> str:
    """A file:// address of a static file, for WeasyPrint."""
    found = finders.find(name)
    if not found:
        raise FileNotFoundError(name)
    return Path(found).resolve().as_uri()


def render_pdf(template_name: str, context: dict, request=None) -> bytes:
    """Render a template to PDF with the portal's own font (Source Sans 3) and the print time.

    The font goes in as TTF, the same font as the web's WOFF2 unpacked: WeasyPrint unpacks a
    WOFF2 in Python for every document, which took most of a certificate's time.
    """
    context = {
        "font_regular": static_file_uri("portal/fonts/source-sans-3-latin-wght-normal.ttf"),
        "font_italic": static_file_uri("portal/fonts/source-sans-3-latin-wght-italic.ttf"),
        "afgedrukt_op": timezone.now(),
        **context,
    }
    html = render_to_string(template_name, context, request=request)
    return HTML(string=html, url_fetcher=LocalFilesOnly()).write_pdf()
