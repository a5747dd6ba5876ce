from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LicentiesConfig(AppConfig):
    name = "licenties"
    verbose_name = _("Licenties")

    def ready(self):
        from licenties import tellingen

        tellingen.verbinden()
