"""Demo content: the whole trainerskompas, the activity library and the public home page.

The texts are data files in `content/data/` (`docs/kompas-data.md`), loaded by the one importer
(`content.kompas_import`). Pages are created once; a second run leaves existing pages as they are,
so edits made in a demo survive. Nothing here is real.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from content.inrichting import kompas_inrichten
from content.kompas_import import (
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
    for page, toevoeging, notitie in (
        (
            ThemaPage.objects.get(title="Erkenning").specific,
            "Laat de jongere de emmer zelf tekenen: wat er zelf getekend is, "
            "blijft beter hangen dan een kant-en-klaar plaatje.",
            "Tip toegevoegd over het zelf laten tekenen van de emmer.",
        ),
        (
            HoofdstukPage.objects.get(slug="intake").specific,
            "Plan het telefonische gesprek over het besluit binnen een week na de intake, "
            "zodat de jongere niet lang in onzekerheid zit.",
            "Termijn voor het telefoongesprek na de intake verduidelijkt.",
        ),
    ):
        field = "theorie" if isinstance(page, ThemaPage) else "body"
        stream = getattr(page, field)
        stream.append(("kader", {"soort": "tip", "tekst": f"<p>{escape(toevoeging)}</p>"}))
        page.wijzigingsnotitie = notitie
        publiceer(page)


def load_activiteiten() -> None:
    """The library's demo activities and materials (created once, by title)."""
    activiteiten_laden(*activiteiten_lezen())
