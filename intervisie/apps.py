from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntervisieConfig(AppConfig):
    name = "intervisie"
    verbose_name = _("Intervisie")
