"""The trainerskompas: the manual's root, its chapters, the four phases and sixteen themes."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES, ActiviteitSuggestieBlock, DocumentBlock, InhoudBlock
from content.models.workflow import VierOgenPage
from content.programma import FASEN, fase, thema_controleren
from content.vier_ogen import offline_halen_controleren


class KompasInhoudPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        try:
            offline_halen_controleren(self.instance, cleaned.get("expire_at"))
        except ValidationError as error:
            self.add_error("expire_at", error)
        return cleaned


class KompasInhoudPage(VierOgenPage, Page):
    """What every page of the manual shares: a change note, the study navigation, and the rule that
    only an approved version goes live ('vier ogen')."""

    base_form_class = KompasInhoudPageForm

    wijzigingsnotitie = models.CharField(
        _("wat is er veranderd?"),
        max_length=300,
        blank=True,
        help_text=_("Kort, voor trainers: dit verschijnt bij 'Wat is er nieuw' en in de e-mail met updates."),
    )

    change_note_panel = MultiFieldPanel([FieldPanel("wijzigingsnotitie")], heading=_("Wijziging"))

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        from content.selectors import studienavigatie

        context = super().get_context(request, *args, **kwargs)
        context.update(studienavigatie(self, request.user))
        return context

    @property
    def pdf_template(self) -> str:
        """The page's content part, shared by the web page and the PDF (a template partial)."""
        return f"{self.template}#inhoud"


class KompasPage(KompasInhoudPage):
    """The root of the manual. Only cursisten, trainers, opleiders and the kerngroep may read it."""

    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), KompasInhoudPage.change_note_panel]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["content.HomePage"]
    subpage_types = [
        "content.HoofdstukPage",
        "content.FasePage",
        "content.OnderwerpPage",
        "content.VerhaalVanLotPage",
        "content.BegrippenlijstPage",
        "content.WijzigingenPage",
        "content.BibliotheekPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("trainerskompas")
        verbose_name_plural = _("trainerskompassen")

    def get_context(self, request, *args, **kwargs):
        from content.selectors import gelezen_ids, leesvolgorde

        context = super().get_context(request, *args, **kwargs)
        volgorde = leesvolgorde(self)
        context["leesvolgorde"] = volgorde
        context["gelezen"] = gelezen_ids(request.user, volgorde)
        context["naslag"] = (
            Page.objects.live().child_of(self).not_type(HoofdstukPage, FasePage).order_by("title")
        )
        return context


class HoofdstukPage(KompasInhoudPage):
    intro = models.TextField(_("inleiding"), max_length=600, blank=True)
    body = StreamField(InhoudBlock(), verbose_name=_("inhoud"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        KompasInhoudPage.change_note_panel,
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["content.KompasPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("hoofdstuk")
        verbose_name_plural = _("hoofdstukken")


class FasePage(KompasInhoudPage):
    """One of the four phases. Its weeks follow from `content.programma`, not from typing."""

    nummer = models.PositiveSmallIntegerField(
        _("fase"), choices=[(f.nummer, f"{f.nummer}. {f.naam}") for f in FASEN], unique=True
    )
    kenmerk = models.CharField(_("kenmerk"), max_length=300)
    inleiding = StreamField(InhoudBlock(), blank=True, verbose_name=_("inleiding"))
    subdoelen = StreamField([("subdoel", blocks.CharBlock(label=_("Subdoel")))], verbose_name=_("subdoelen"))
    houding = RichTextField(_("houding van de trainer"), features=RICH_TEXT_FEATURES)
    mijlpalen = StreamField(
        [("mijlpaal", blocks.CharBlock(label=_("Mijlpaal")))], blank=True, verbose_name=_("mijlpalen")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("nummer"),
        FieldPanel("kenmerk"),
        FieldPanel("inleiding"),
        FieldPanel("subdoelen"),
        FieldPanel("houding"),
        FieldPanel("mijlpalen"),
        KompasInhoudPage.change_note_panel,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("kenmerk"),
        index.SearchField("inleiding"),
        index.SearchField("subdoelen"),
        index.SearchField("houding"),
    ]
    parent_page_types = ["content.KompasPage"]
    subpage_types = ["content.ThemaPage"]

    class Meta:
        verbose_name = _("fase")
        verbose_name_plural = _("fasen")
        ordering = ["nummer"]

    @property
    def fase(self):
        return fase(self.nummer)

    def get_context(self, request, *args, **kwargs):
        from content.models.activiteiten import BibliotheekPage

        context = super().get_context(request, *args, **kwargs)
        context["themas"] = ThemaPage.objects.live().child_of(self).order_by("path")
        context["bibliotheek"] = BibliotheekPage.objects.live().first()
        return context


class ThemaPageForm(KompasInhoudPageForm):
    def clean(self):
        cleaned = super().clean()
        fase_page = self.parent_page.specific
        title = cleaned.get("title")
        if isinstance(fase_page, FasePage) and title:
            siblings = ThemaPage.objects.child_of(fase_page).exclude(pk=self.instance.pk)
            try:
                thema_controleren(
                    fase_nummer=fase_page.nummer,
                    titel=title,
                    bestaande=siblings.values_list("title", flat=True),
                )
            except ValidationError as error:
                self.add_error("title", error)
        return cleaned


class ThemaPage(KompasInhoudPage):
    """One of the four themes of a phase, introduced by a spreuk and a story of Lot."""

    base_form_class = ThemaPageForm

    spreuk = models.CharField(_("spreuk"), max_length=200)
    lot_verhaal = models.ForeignKey(
        "content.LotVerhaal",
        on_delete=models.PROTECT,
        related_name="themas",
        verbose_name=_("verhaal van Lot"),
    )
    theorie = StreamField(InhoudBlock(), verbose_name=_("theorie over pijn en vermoeidheid"))
    praktijkopdrachten = StreamField(
        [
            (
                "opdracht",
                blocks.StructBlock(
                    [
                        ("titel", blocks.CharBlock(label=_("Titel"))),
                        ("uitleg", blocks.TextBlock(label=_("Uitleg"))),
                    ],
                    icon="tasks",
                    template="content/blocks/opdracht.html",
                ),
            )
        ],
        verbose_name=_("praktijkopdrachten"),
    )
    transfer = RichTextField(_("transfer naar de eigen situatie"), features=RICH_TEXT_FEATURES)
    activiteiten = StreamField(
        [("activiteit", ActiviteitSuggestieBlock())], blank=True, verbose_name=_("activiteiten per onderdeel")
    )
    groepsvariant = RichTextField(
        _("groepsvariant"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Wat in de groepstraining anders gaat; getoond in een herkenbaar kader."),
    )
    werkbladen = StreamField([("werkblad", DocumentBlock())], blank=True, verbose_name=_("werkbladen"))
    onderwerpen = ParentalManyToManyField(
        "content.OnderwerpPage", blank=True, related_name="themas", verbose_name=_("terugkerende onderwerpen")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("spreuk"),
        FieldPanel("lot_verhaal"),
        FieldPanel("theorie"),
        FieldPanel("praktijkopdrachten"),
        FieldPanel("transfer"),
        FieldPanel("activiteiten"),
        FieldPanel("groepsvariant"),
        FieldPanel("werkbladen"),
        FieldPanel("onderwerpen"),
        KompasInhoudPage.change_note_panel,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("spreuk"),
        index.SearchField("theorie"),
        index.SearchField("praktijkopdrachten"),
        index.SearchField("transfer"),
        index.SearchField("activiteiten"),
        index.SearchField("groepsvariant"),
        index.RelatedFields("lot_verhaal", [index.SearchField("titel"), index.SearchField("tekst")]),
    ]
    parent_page_types = ["content.FasePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def get_context(self, request, *args, **kwargs):
        from content.models.activiteiten import BibliotheekPage

        context = super().get_context(request, *args, **kwargs)
        # Lazy: only the cached content fragment reads them, when it is rendered anew.
        context["werkvormen"] = self.werkvormen.live().order_by("duur", "title")[:12]
        context["bibliotheek"] = BibliotheekPage.objects.live().first
        return context
