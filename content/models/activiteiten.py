"""The activity library (werkvormen): activities as pages the kerngroep manages, and their tags."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import DocumentBlock
from content.models.kompas import KompasInhoudPage
from content.programma import ONDERDELEN_GROEP, ONDERDELEN_INDIVIDUEEL


class Setting(models.TextChoices):
    INDIVIDUEEL = "individueel", _("Individueel")
    GROEP = "groep", _("Groep")
    BEIDE = "beide", _("Individueel en groep")


class Aanpak(models.TextChoices):
    PSYCHO_EDUCATIE = "psycho-educatie", _("Psycho-educatie")
    CGT = "cgt", _("Cognitieve gedragstherapie (CGT)")
    ACT = "act", _("Acceptance and commitment (ACT)")
    COPING = "coping", _("Coping")
    OPLOSSINGSGERICHT = "oplossingsgericht", _("Oplossingsgericht werken")
    POSITIEVE_PSYCHOLOGIE = "positieve-psychologie", _("Positieve psychologie")


class Materiaal(models.Model):
    """The managed list of materials an activity may need (kwaliteitenspel, timeshock, …)."""

    naam = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(unique=True)

    panels = [FieldPanel("naam"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("materiaal")
        verbose_name_plural = _("materialen")
        ordering = ["naam"]

    def __str__(self):
        return self.naam


class Onderdeel(models.Model):
    """A fixed part of a meeting (see content.programma); stored so activities can point at it."""

    code = models.CharField(max_length=30, unique=True)
    naam = models.CharField(max_length=100)
    is_groep = models.BooleanField(default=False)
    volgorde = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("onderdeel van een bijeenkomst")
        verbose_name_plural = _("onderdelen van een bijeenkomst")
        ordering = ["is_groep", "volgorde"]

    def __str__(self):
        return f"{self.naam} ({_('groep') if self.is_groep else _('individueel')})"


def onderdelen_inrichten() -> None:
    """The meeting parts follow the programme's fixed structure."""
    for is_groep, onderdelen in ((False, ONDERDELEN_INDIVIDUEEL), (True, ONDERDELEN_GROEP)):
        for volgorde, (code, naam) in enumerate(onderdelen):
            Onderdeel.objects.update_or_create(
                code=f"{'groep' if is_groep else 'ind'}:{code}",
                defaults={"naam": str(naam), "is_groep": is_groep, "volgorde": volgorde},
            )


class BibliotheekPage(KompasInhoudPage):
    """The library: finds activities by phase, theme, part, setting, approach, duration and materials."""

    intro = models.TextField(_("inleiding"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.KompasPage"]
    subpage_types = ["content.ActiviteitPage"]
    max_count = 1

    class Meta:
        verbose_name = _("activiteitenbibliotheek")

    def serve(self, request, *args, **kwargs):
        from content.views.bibliotheek import bibliotheek

        return bibliotheek(request, self)


class ActiviteitPage(KompasInhoudPage):
    """One activity (werkvorm), from the manual or made by a trainer and approved by the kerngroep."""

    korte_beschrijving = models.CharField(_("korte beschrijving"), max_length=250)
    doelen = StreamField([("doel", blocks.CharBlock(label=_("Doel")))], verbose_name=_("doelen"))
    themas = ParentalManyToManyField(
        "content.ThemaPage", related_name="werkvormen", verbose_name=_("thema's")
    )
    onderdelen = ParentalManyToManyField(Onderdeel, related_name="activiteiten", verbose_name=_("onderdelen"))
    setting = models.CharField(_("setting"), max_length=20, choices=Setting.choices)
    duur = models.PositiveSmallIntegerField(
        _("duur in minuten"), validators=[MinValueValidator(1), MaxValueValidator(150)]
    )
    groepsgrootte = models.CharField(_("groepsgrootte"), max_length=30, blank=True)
    aanpak = models.CharField(_("aanpak"), max_length=30, choices=Aanpak.choices)
    materialen = ParentalManyToManyField(
        Materiaal, blank=True, related_name="activiteiten", verbose_name=_("materialen")
    )
    voorbereiding = models.TextField(_("voorbereiding"), blank=True)
    stappen = StreamField([("stap", blocks.TextBlock(label=_("Stap")))], verbose_name=_("stap voor stap"))
    varianten = StreamField(
        [("variant", blocks.TextBlock(label=_("Variant")))], blank=True, verbose_name=_("varianten")
    )
    huiswerk = models.TextField(_("huiswerk en vervolg"), blank=True)
    werkbladen = StreamField([("werkblad", DocumentBlock())], blank=True, verbose_name=_("werkbladen"))
    lot_verhaal = models.ForeignKey(
        "content.LotVerhaal",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activiteiten",
        verbose_name=_("verhaal van Lot"),
    )
    onderwerp = models.ForeignKey(
        "content.OnderwerpPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activiteiten",
        verbose_name=_("terugkerend onderwerp"),
    )
    voor_nieuwe_trainers = models.BooleanField(_("geschikt voor nieuwe trainers"), default=False)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bedacht door"),
        help_text=_("Een trainer die de activiteit heeft ingestuurd."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("korte_beschrijving"),
        FieldPanel("doelen"),
        MultiFieldPanel(
            [FieldPanel("themas"), FieldPanel("onderdelen")], heading=_("Waar past de activiteit")
        ),
        FieldRowPanel([FieldPanel("setting"), FieldPanel("duur"), FieldPanel("groepsgrootte")]),
        FieldRowPanel([FieldPanel("aanpak"), FieldPanel("voor_nieuwe_trainers")]),
        FieldPanel("materialen"),
        FieldPanel("voorbereiding"),
        FieldPanel("stappen"),
        FieldPanel("varianten"),
        FieldPanel("huiswerk"),
        FieldPanel("werkbladen"),
        FieldRowPanel([FieldPanel("lot_verhaal"), FieldPanel("onderwerp")]),
        FieldPanel("auteur"),
        KompasInhoudPage.change_note_panel,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("korte_beschrijving"),
        index.SearchField("doelen"),
        index.SearchField("voorbereiding"),
        index.SearchField("stappen"),
        index.SearchField("varianten"),
        index.SearchField("huiswerk"),
        index.FilterField("setting"),
        index.FilterField("aanpak"),
        index.FilterField("duur"),
    ]
    parent_page_types = ["content.BibliotheekPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")

    def get_context(self, request, *args, **kwargs):
        from content.models.planner import Favoriet, Sessieplan

        context = super().get_context(request, *args, **kwargs)
        context["is_favoriet"] = Favoriet.objects.filter(user=request.user, activiteit=self).exists()
        context["mijn_plannen"] = list(Sessieplan.objects.zichtbaar_voor(request.user)[:20])
        return context
