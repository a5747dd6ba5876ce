from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from content.blocks import RICH_TEXT_FEATURES


class LotVerhaal(index.Indexed, models.Model):
    """One chapter of the story of Lot, the fictional fellow participant.

    A snippet, so the kerngroep edits a story once and Wagtail's usage view shows
    every theme page that tells it.
    """

    titel = models.CharField(_("titel"), max_length=200)
    tekst = RichTextField(_("verhaal"), features=RICH_TEXT_FEATURES)

    panels = [FieldPanel("titel"), FieldPanel("tekst")]
    search_fields = [index.SearchField("titel"), index.SearchField("tekst")]

    class Meta:
        verbose_name = _("verhaal van Lot")
        verbose_name_plural = _("verhalen van Lot")
        ordering = ["titel"]

    def __str__(self):
        return self.titel
