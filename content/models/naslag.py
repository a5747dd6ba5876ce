"""Reference pages of the manual: recurring topics, the whole story of Lot, the glossary, what's new."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES, InhoudBlock
from content.models.kompas import KompasInhoudPage
from portal import querystring


class OnderwerpPage(KompasInhoudPage):
    """A topic that returns throughout the training: a model, a schema, a way of thinking or a metaphor."""

    class Soort(models.TextChoices):
        MODEL = "model", _("Model")
        SCHEMA = "schema", _("Schema")
        DENKWIJZE = "denkwijze", _("Denkwijze")
        METAFOOR = "metafoor", _("Metafoor")

    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    samenvatting = models.CharField(_("samenvatting"), max_length=300)
    body = StreamField(InhoudBlock(), verbose_name=_("uitleg"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("soort"),
        FieldPanel("samenvatting"),
        FieldPanel("body"),
        KompasInhoudPage.change_note_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("samenvatting"), index.SearchField("body")]
    parent_page_types = ["content.KompasPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("terugkerend onderwerp")
        verbose_name_plural = _("terugkerende onderwerpen")


class NaslagPage(KompasInhoudPage):
    """A single reference page directly under the manual, with an introduction."""

    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.KompasPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True


class VerhaalVanLotPage(NaslagPage):
    """All stories of Lot in programme order, read as one thread."""

    class Meta:
        verbose_name = _("het verhaal van Lot")

    def get_context(self, request, *args, **kwargs):
        from content.selectors import lot_in_programmavolgorde

        context = super().get_context(request, *args, **kwargs)
        context["hoofdstukken"] = lot_in_programmavolgorde(self.get_parent())
        return context


class BegripBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Begrip"))
    definitie = blocks.TextBlock(label=_("Betekenis"))

    class Meta:
        icon = "tag"
        label = _("Begrip")


class BegrippenlijstPage(NaslagPage):
    """The glossary; every term has an anchor that other pages link to."""

    begrippen = StreamField([("begrip", BegripBlock())], verbose_name=_("begrippen"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("begrippen"),
        KompasInhoudPage.change_note_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("begrippen")]

    class Meta:
        verbose_name = _("begrippenlijst")

    def gesorteerd(self) -> list[dict]:
        return sorted(
            (
                {"term": b.value["term"], "definitie": b.value["definitie"], "anker": anker(b.value["term"])}
                for b in self.begrippen
            ),
            key=lambda b: b["term"].lower(),
        )


def anker(term: str) -> str:
    return f"begrip-{slugify(term)}"


class WijzigingenPage(NaslagPage):
    """'Wat is er nieuw': every published change to the manual, newest first."""

    class Meta:
        verbose_name = _("wat is er nieuw")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from content.models.voortgang import Wijziging

        context = super().get_context(request, *args, **kwargs)
        wijzigingen = Wijziging.objects.select_related("page").order_by("-gepubliceerd_op", "-pk")
        context["wijzigingen"] = Paginator(wijzigingen, 30).get_page(
            querystring.lees_of_leeg(request, querystring.PaginaForm).get("pagina")
        )
        return context
