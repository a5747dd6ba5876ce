from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CursusConfig(AppConfig):
    name = "cursus"
    verbose_name = _("Trainerscursus")
