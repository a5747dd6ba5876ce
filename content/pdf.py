"""The manual on paper: any part of it, or all of it, as one typeset PDF."""

import hashlib
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetchingError


class LokaleBestanden(URLFetcher):
    """Only the portal's own static files and media go into a PDF; nothing from the network."""

    def __init__(self):
        super().__init__(allowed_protocols=["file", "data"])
        self.roots = [
            Path(settings.MEDIA_ROOT).resolve(),
            (settings.BASE_DIR / "portal" / "static").resolve(),
        ]

    def fetch(self, url, headers=None):
        if url.startswith("file:"):
            path = Path(unquote(urlparse(url).path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise URLFetchingError(f"Buiten het portaal: {url}")
        return super().fetch(url, headers)


def static_path(name: str) -> str:
    """A file:// address of a static file, for WeasyPrint."""
    found = finders.find(name)
    if not found:
        raise FileNotFoundError(name)
    return Path(found).resolve().as_uri()


def pdf_maken(template: str, context: dict, request=None) -> bytes:
    """Typeset an HTML template with the portal's own fonts; nothing is fetched from elsewhere."""
    context = {
        **context,
        "font_regular": static_path("portal/fonts/source-sans-3-latin-wght-normal.woff2"),
        "font_italic": static_path("portal/fonts/source-sans-3-latin-wght-italic.woff2"),
        "afgedrukt_op": timezone.now(),
    }
    html = render_to_string(template, context, request=request)
    return HTML(string=html, url_fetcher=LokaleBestanden()).write_pdf()


def kompas_pdf(*, titel: str, pages: list, request) -> tuple[str, str, bytes]:
    """Render `pages` (specific page objects, in reading order) with cover and table of contents.

    Returns (filename, mimetype, bytes). The version printed on every page is the
    newest publication date among the pages, so two prints can be compared.
    """
    versie = max((p.last_published_at for p in pages if p.last_published_at), default=timezone.now())
    pdf = pdf_maken("content/pdf/kompas.html", {"titel": titel, "pages": pages, "versie": versie}, request)
    return f"trainerskompas-{slugify(titel)}.pdf", "application/pdf", pdf


def activiteit_pdf(*, activiteit) -> tuple[str, str, bytes]:
    """One activity on paper, with the titles of its worksheets."""
    pdf = pdf_maken("content/pdf/activiteit.html", {"a": activiteit, "versie": activiteit.last_published_at})
    return f"activiteit-{activiteit.pk}.pdf", "application/pdf", pdf


def sessieplan_pdf(*, plan, items, tijd) -> tuple[str, str, bytes]:
    """A session plan to take to the meeting; the file name carries the plan's number, not a name."""
    pdf = pdf_maken(
        "content/pdf/sessieplan.html",
        {
            "plan": plan,
            "items": items,
            "tijd": tijd,
            "versie": plan.gewijzigd_op,
            "onderdelen": plan.onderdelen,
        },
    )
    return f"sessieplan-{plan.pk}.pdf", "application/pdf", pdf


def kompas_pdf_uit_cache(*, titel: str, pages: list, request) -> tuple[str, str, bytes]:
    """The same PDF as `kompas_pdf`, kept until any of its pages is published again.

    The whole manual takes seconds to typeset; its content only changes on publication,
    so the key is the set of pages and their newest publication time.
    """
    versie = max((p.last_published_at for p in pages if p.last_published_at), default=None)
    key = (
        "kompas-pdf:"
        + hashlib.sha256(
            f"{titel}|{[p.pk for p in pages]}|{versie.isoformat() if versie else ''}".encode()
        ).hexdigest()
    )
    cached = cache.get(key)
    if cached is None:
        cached = kompas_pdf(titel=titel, pages=[p.specific for p in pages], request=request)
        cache.set(key, cached, timeout=60 * 60 * 24)
    return cached
