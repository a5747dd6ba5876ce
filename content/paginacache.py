"""Rendered manual content, cached per page and content version.

The part of a manual page that is the same for every reader (its `inhoud` partial: text, blocks,
linked activities) is rendered once and kept in the cache. The key holds the page and a content
version that changes whenever editors change anything that part shows: a page saved, published,
unpublished, moved or deleted, a story of Lot, a material, a document or an image. So a publish
purges at once, on every app server that shares the cache.

Who may see a page is decided before it is rendered (Wagtail's view restrictions on the manual),
so a cached fragment only reaches readers of that page; everything that differs per reader
(reading progress, favourites, the 'gelezen' button) stays outside the cached part. PDFs render
the partial without the cache (their context differs).
"""

from django.db.models.signals import post_delete, post_save

from portal import versiecache

BRON = "content"
# A day: the version in the key already makes stale fragments unreachable; this only frees memory.
FRAGMENT_SECONDEN = 60 * 60 * 24


def inhoudsversie() -> str:
    """The current content version; a new one after every editorial change."""
    return versiecache.versie(BRON)


def inhoudsversie_vernieuwen(**kwargs) -> None:
    versiecache.vernieuwen(BRON)


def _is_inhoudsbron(sender) -> bool:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from content.models import LotVerhaal, Materiaal, Onderdeel

    bronnen = (Page, LotVerhaal, Materiaal, Onderdeel, get_document_model(), get_image_model())
    return isinstance(sender, type) and issubclass(sender, bronnen)


def _bij_wijziging(sender, **kwargs):
    if _is_inhoudsbron(sender):
        inhoudsversie_vernieuwen()


def verbinden() -> None:
    """Connect the version bump to every change of what the cached part shows."""
    from wagtail.signals import page_unpublished, post_page_move

    post_save.connect(_bij_wijziging, dispatch_uid="content.paginacache.save")
    post_delete.connect(_bij_wijziging, dispatch_uid="content.paginacache.delete")
    page_unpublished.connect(inhoudsversie_vernieuwen, dispatch_uid="content.paginacache.unpublish")
    post_page_move.connect(inhoudsversie_vernieuwen, dispatch_uid="content.paginacache.move")
