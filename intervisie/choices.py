"""The fixed lists of intervisie, shared by models, rules and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GroepSoort(models.TextChoices):
    LANDELIJK = "landelijk", _("Landelijk (online)")
    INTERN = "intern", _("Intern (binnen een organisatie)")


class GroepStatus(models.TextChoices):
    ACTIEF = "actief", _("Actief")
    OPGEHEVEN = "opgeheven", _("Opgeheven")


class BijeenkomstStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    GEANNULEERD = "geannuleerd", _("Geannuleerd")


class Weekdag(models.IntegerChoices):
    MAANDAG = 0, _("maandag")
    DINSDAG = 1, _("dinsdag")
    WOENSDAG = 2, _("woensdag")
    DONDERDAG = 3, _("donderdag")
    VRIJDAG = 4, _("vrijdag")
