"""The fixed lists of the trainer course, shared by models, rules and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RondeStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    OPEN = "open", _("Open voor aanmelding")
    VOL = "vol", _("Vol (wachtlijst)")
    LOPEND = "lopend", _("Lopend")
    AFGEROND = "afgerond", _("Afgerond")
    GEANNULEERD = "geannuleerd", _("Geannuleerd")


# What the kerngroep decides. 'Vol', 'lopend' and 'afgerond' follow from the seats and
# the dates (rules.cursusronde_status), so they can never be out of date.
BESLISBARE_STATUSSEN = [
    (status.value, status.label)
    for status in (RondeStatus.GEPLAND, RondeStatus.OPEN, RondeStatus.GEANNULEERD)
]


class Soort(models.TextChoices):
    LESDAG = "lesdag", _("Lesdag")
    INTERVISIEMOMENT = "intervisiemoment", _("Intervisiemoment")


class Achtergrond(models.TextChoices):
    ONDERWIJSKUNDIG = "onderwijskundig", _("Onderwijskundig")
    PEDAGOGISCH = "pedagogisch", _("Pedagogisch")
    PARAMEDISCH = "paramedisch", _("(Para)medisch")
    ANDERS = "anders", _("Anders")


class Beoordeling(models.TextChoices):
    OPEN = "open", _("Nog te beoordelen")
    TOEGELATEN = "toegelaten", _("Toegelaten")
    AFGEWEZEN = "afgewezen", _("Afgewezen")


class Competentie(models.TextChoices):
    """The competences of a Re-Fit trainer (domain brief), against which the course is signed off."""

    EMPATHIE = "empathie", _("Handelt vanuit empathie")
    DOELGROEP = "doelgroep", _("Is verbonden met en ervaren in de doelgroep")
    EXPERTISE = "expertise", _("Heeft kennis van aanhoudende lichamelijke klachten")
    ERKENNING = "erkenning", _("Maakt contact vanuit erkenning")
    OPLOSSINGSGERICHT = "oplossingsgericht", _("Werkt oplossingsgericht")
    VOLGEND = "volgend", _("Is ondersteunend en volgend (‘leading from behind’)")
    WERKRELATIE = "werkrelatie", _("Bouwt een werkrelatie op, onderhoudt die en rondt die af")
    INTERVENTIES = "interventies", _("Kiest passende interventies")
    SAMENWERKING = "samenwerking", _("Werkt samen met school en ouders")
    VOORUITGANG = "vooruitgang", _("Herkent vooruitgang")


class Oordeel(models.TextChoices):
    BEHAALD = "behaald", _("Behaald")
    AANDACHTSPUNT = "aandachtspunt", _("Aandachtspunt")


class MeldingSoort(models.TextChoices):
    HERINNERING_WEEK = "herinnering_week", _("Herinnering een week vooraf")
    HERINNERING_DAG = "herinnering_dag", _("Herinnering een dag vooraf")
    GEWIJZIGD = "gewijzigd", _("Datum, tijd of plaats gewijzigd")
