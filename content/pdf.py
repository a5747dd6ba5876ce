"""The manual on paper: any part of it, or all of it, as one typeset PDF; activities and plans too."""

import hashlib

from django.core.cache import cache
from django.utils import timezone
from django.utils.text import slugify

from portal.pdf import render_pdf


def kompas_pdf(*, titel: str, pages: list, request) -> tuple[str, str, bytes]:
    """Render `pages` (specific page objects, in reading order) with cover and table of contents.

    Returns (filename, mimetype, bytes). The version printed on every page is the
    newest publication date among the pages, so two prints can be compared.
    """
    versie = max((p.last_published_at for p in pages if p.last_published_at), default=timezone.now())
    pdf = render_pdf("content/pdf/kompas.html", {"titel": titel, "pages": pages, "versie": versie}, request)
    return f"trainerskompas-{slugify(titel)}.pdf", "application/pdf", pdf


def activiteit_pdf(*, activiteit) -> tuple[str, str, bytes]:
    """One activity on paper, with the titles of its worksheets."""
    pdf = render_pdf("content/pdf/activiteit.html", {"a": activiteit, "versie": activiteit.last_published_at})
    return f"activiteit-{activiteit.pk}.pdf", "application/pdf", pdf


def sessieplan_pdf(*, plan, items, tijd) -> tuple[str, str, bytes]:
    """A session plan to take to the meeting; the file name carries the plan's number, not a name."""
    pdf = render_pdf(
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
