"""Reads for studying the manual: reading order, navigation, progress and changes."""

import re
from dataclasses import dataclass
from functools import partial

from django.core.cache import cache
from django.db.models import F
from wagtail.models import Page

from content.models import FasePage, HoofdstukPage, KompasPage, Leesvoortgang, ThemaPage
from content.paginacache import FRAGMENT_SECONDEN, inhoudsversie


def kompas_van(page) -> KompasPage | None:
    if isinstance(page, KompasPage):
        return page
    return KompasPage.objects.ancestor_of(page).first()


def leesvolgorde(kompas) -> list[Page]:
    """The pages a new trainer reads from start to end: chapters, phases and themes in tree order."""
    return list(
        Page.objects.live().descendant_of(kompas).type(HoofdstukPage, FasePage, ThemaPage).order_by("path")
    )


@dataclass(frozen=True)
class Leesstap:
    """A page of the reading order as navigation shows it: light enough to keep in the cache."""

    pk: int
    title: str
    url: str


def leesstappen(kompas) -> list[Leesstap]:
    """The reading order (`leesvolgorde`) for navigation, kept per content version: it is the same
    for every reader and changes only when editors change the manual."""
    key = f"kompas:leesstappen:{kompas.pk}:{inhoudsversie()}"
    stappen = cache.get(key)
    if stappen is None:
        stappen = [Leesstap(p.pk, p.title, p.url) for p in leesvolgorde(kompas)]
        cache.set(key, stappen, FRAGMENT_SECONDEN)
    return stappen


def kompas_figuur(kompas) -> list[dict]:
    """The 4 × 4 compass: each phase with its themes, in programme order."""
    fasen = list(FasePage.objects.live().child_of(kompas).order_by("nummer"))
    themas = ThemaPage.objects.live().descendant_of(kompas).order_by("path")
    per_fase = {}
    for thema in themas:
        per_fase.setdefault(thema.path[: -Page.steplen], []).append(thema)
    return [{"fase": f, "themas": per_fase.get(f.path, [])} for f in fasen]


def gelezen_ids(user, pages) -> set[int]:
    """Which of `pages` (pages or reading steps) this reader marked as read."""
    if not user.is_authenticated:
        return set()
    return set(
        Leesvoortgang.objects.filter(user=user, page__in=[p.pk for p in pages]).values_list(
            "page_id", flat=True
        )
    )


def studienavigatie(page, user) -> dict:
    """Everything around a page of the manual: breadcrumbs, compass, previous/next, progress.

    The parts that are the same for every reader (breadcrumbs, the compass figure, the glossary
    terms) are lazy: the template caches their HTML per page and content version
    (`kompas_base.html`), so their queries only run when that fragment is rendered anew.
    """
    kompas = kompas_van(page)
    if kompas is None:
        return {}
    volgorde = leesstappen(kompas)
    ids = [stap.pk for stap in volgorde]
    positie = ids.index(page.pk) if page.pk in ids else None
    gelezen = gelezen_ids(user, volgorde)
    return {
        "kompas": kompas,
        "kruimelpad": Page.objects.ancestor_of(page).filter(depth__gte=kompas.depth).order_by("depth"),
        "figuur": partial(kompas_figuur, kompas),
        "vorige": volgorde[positie - 1] if positie else None,
        "volgende": volgorde[positie + 1] if positie is not None and positie + 1 < len(volgorde) else None,
        "is_gelezen": page.pk in gelezen,
        "in_leesvolgorde": positie is not None,
        "voortgang": {"gelezen": len(gelezen), "totaal": len(ids)},
        "begrippen": partial(begrippen_op, page) if positie is not None else [],
    }


def lot_in_programmavolgorde(kompas) -> list[ThemaPage]:
    """Every theme with its story of Lot, phase by phase: the story as one thread."""
    return list(ThemaPage.objects.live().descendant_of(kompas).select_related("lot_verhaal").order_by("path"))


def gewijzigd_sinds_gelezen(user) -> list[dict]:
    """Pages this reader marked as read that were published again afterwards."""
    rows = (
        Leesvoortgang.objects.filter(user=user, page__live=True, page__last_published_at__gt=F("gelezen_op"))
        .select_related("page")
        .order_by("-page__last_published_at")
    )
    return [{"page": row.page, "gelezen": row} for row in rows]


def begrippen_op(page) -> list[dict]:
    """Glossary terms that occur in the page's text, each linking to its definition."""
    from content.diff import leestekst
    from content.models import BegrippenlijstPage

    lijst = BegrippenlijstPage.objects.live().first()
    if lijst is None or page.pk == lijst.pk:
        return []
    # Finding the terms means rendering the page's text a second time: keep the answer
    # until the page or the glossary changes.
    key = f"begrippen:{page.pk}:{page.latest_revision_id}:{lijst.live_revision_id}"
    gevonden = cache.get(key)
    if gevonden is None:
        tekst = " ".join(t for _label, t in leestekst(page)).lower()
        gevonden = [
            {**begrip, "url": f"{lijst.url}#{begrip['anker']}"}
            for begrip in lijst.gesorteerd()
            if re.search(rf"\b{re.escape(begrip['term'].lower())}", tekst)
        ]
        cache.set(key, gevonden, timeout=60 * 60 * 24)
    return gevonden
