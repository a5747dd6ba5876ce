"""Searching the manual: only what the reader may see, with the matching words highlighted."""

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

from content.diff import leestekst
from content.toegang import mag_kompas_lezen

FRAGMENT_LENGTE = 220


def zichtbare_paginas(user):
    """Private pages (the manual) only for its readers; everyone else searches public pages."""
    pages = Page.objects.live()
    return pages if mag_kompas_lezen(user) else pages.public()


def fragment(tekst: str, woorden: list[str]) -> str:
    """A piece of text around the first match, escaped, with each search word in <mark>."""
    lager = tekst.lower()
    posities = [lager.find(w) for w in woorden if lager.find(w) >= 0]
    start = max(0, min(posities) - FRAGMENT_LENGTE // 3) if posities else 0
    stuk = tekst[start : start + FRAGMENT_LENGTE]
    html = escape(stuk)
    for woord in sorted(woorden, key=len, reverse=True):
        html = re.sub(f"({re.escape(escape(woord))})", r"<mark>\1</mark>", html, flags=re.IGNORECASE)
    prefix = "… " if start else ""
    suffix = " …" if start + FRAGMENT_LENGTE < len(tekst) else ""
    return mark_safe(prefix + html + suffix)  # noqa: S308 - escaped before marking


def zoek_in_kompas(query: str, user, limit: int = 30) -> list[dict]:
    woorden = [w.lower() for w in re.findall(r"\w+", query) if len(w) > 1][:8]
    if not woorden:
        return []
    # Only the words go to the search backend: quotes and operators typed by a reader would be
    # read as query syntax (SQLite's full-text index refuses an unbalanced quote).
    resultaten = zichtbare_paginas(user).specific().search(" ".join(woorden))[:limit]
    uit = []
    for page in resultaten:
        tekst = " ".join(t for _label, t in leestekst(page))
        uit.append({"page": page, "fragment": fragment(strip_tags(tekst), woorden)})
    return uit
