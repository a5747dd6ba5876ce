"""Demo content: the whole trainerskompas, the activity library and the public home page.

The texts are data files in `content/data/` (`docs/kompas-data.md`), loaded by the one importer
(`content.kompas_import`). Pages are created once; a second run leaves existing pages as they are,
so edits made in a demo survive. Nothing here is real.
"""

import tomllib
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from content.inrichting import kompas_inrichten
from content.kompas_bestanden import markdown_html
from content.kompas_import import (
    DATA,
    activiteiten_laden,
    activiteiten_lezen,
    home_laden,
    kompas_laden,
    kompas_lezen,
)
from content.models import FasePage, HoofdstukPage, ThemaPage, Wijziging
from content.services import markeer_gelezen


def publiceer(page: Page) -> Page:
    page.save_revision().publish()
    return page


def load_kompas() -> None:
    kompas_inrichten()
    nieuw = not HoofdstukPage.objects.exists()
    editie = kompas_lezen()
    home_laden()
    kompas_laden(editie)
    if nieuw:
        geschiedenis_maken()


def geschiedenis_maken() -> None:
    """Make the demo look lived-in: the first publication lies weeks back, the demo trainer read
    the first pages, and afterwards the kerngroep improved two of them (with notes)."""
    Wijziging.objects.update(gepubliceerd_op=timezone.now() - timedelta(days=60))
    Page.objects.filter(pk__in=Wijziging.objects.values("page")).update(
        last_published_at=timezone.now() - timedelta(days=60)
    )
    trainer = get_user_model().objects.filter(email="trainer@demo.re-fit.example").first()
    eerste = list(
        Page.objects.filter(pk__in=Wijziging.objects.values("page"))
        .type(HoofdstukPage, FasePage, ThemaPage)
        .order_by("path")[:8]
    )
    if trainer:
        for page in eerste:
            markeer_gelezen(user=trainer, page=page)
        from content.models import Leesvoortgang

        Leesvoortgang.objects.filter(user=trainer).update(gelezen_op=timezone.now() - timedelta(days=30))
    verbeteringen = tomllib.loads((DATA / "demo-verbeteringen.toml").read_text(encoding="utf-8"))
    for verbetering in verbeteringen["verbetering"]:
        if "thema" in verbetering:
            page, field = ThemaPage.objects.get(title=verbetering["thema"]).specific, "theorie"
        else:
            page, field = HoofdstukPage.objects.get(slug=verbetering["hoofdstuk"]).specific, "body"
        getattr(page, field).append(("kader", {"soort": "tip", "tekst": markdown_html(verbetering["tip"])}))
        page.wijzigingsnotitie = verbetering["notitie"]
        publiceer(page)


def load_activiteiten() -> None:
    """The library's demo activities and materials (created once, by title)."""
    activiteiten_laden(*activiteiten_lezen())
