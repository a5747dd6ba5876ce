from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Inhoud")

    def ready(self):
        from wagtail.signals import page_published

        from content import paginacache
        from content.signals import leg_wijziging_vast

        page_published.connect(leg_wijziging_vast, dispatch_uid="content.leg_wijziging_vast")
        paginacache.verbinden()
