from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import PubliekBlock
from content.models.workflow import VierOgenPage


class HomePage(VierOgenPage, Page):
    """The public front door: what Re-Fit is, for schools and referrers. It goes live through the
    same workflow as the manual below it."""

    intro = models.TextField(_("inleiding"), max_length=600)
    body = StreamField(PubliekBlock(), blank=True, verbose_name=_("inhoud"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["content.KompasPage"]
    max_count = 1

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")
