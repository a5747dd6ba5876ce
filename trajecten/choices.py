"""The coded lists of a trajectory: one word per concept, used by models, forms and templates."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    """Where a trajectory stands; the steps between them live in `trajecten.stappen` (the state machine)."""

    AANGEMELD = "aangemeld", _("Aangemeld, wacht op advies")
    GEADVISEERD = "geadviseerd", _("Advies gegeven, wacht op intake")
    INTAKE_GEDAAN = "intake_gedaan", _("Intake gedaan, wacht op besluit")
    TOEGELATEN = "toegelaten", _("Toegelaten, wacht op planning")
    GEPLAND = "gepland", _("Gepland, training nog niet begonnen")
    IN_TRAINING = "in_training", _("In training")
    AFGESLOTEN = "afgesloten", _("Afgesloten")
    VERNIETIGD = "vernietigd", _("Vernietigd (alleen nog geteld)")


class Uitkomst(models.TextChoices):
    """How a trajectory ended; which ending is possible from which status: `trajecten.stappen`."""

    AFGEROND = "afgerond", _("Afgerond")
    GESTOPT_IJKMOMENT = "gestopt_ijkmoment", _("Gestopt na het ijkmoment")
    GESTOPT_AFWEZIGHEID = "gestopt_afwezigheid", _("Gestopt wegens afwezigheid")
    NIET_TOEGELATEN = "niet_toegelaten", _("Niet toegelaten")
    NIET_GESTART = "niet_gestart", _("Niet gestart")
    VERVALLEN = "vervallen", _("Vervallen (geen activiteit)")


class Variant(models.TextChoices):
    INDIVIDUEEL = "individueel", _("Individueel")
    GROEP = "groep", _("Groepstraining")


class Programma(models.TextChoices):
    RE_FIT = "re_fit", _("Re-Fit")
    RE_FIT_DO_IT = "re_fit_do_it", _("Re-Fit Do-It (praktijkonderwijs)")


class Schooltype(models.TextChoices):
    VO = "vo", _("Voortgezet onderwijs")
    MBO = "mbo", _("Middelbaar beroepsonderwijs (mbo)")
    PRO = "pro", _("Praktijkonderwijs (PRO)")
    ZML = "zml", _("(Zeer) moeilijk lerenden ((Z)ML)")


class Klacht(models.TextChoices):
    BUIKPIJN = "buikpijn", _("Buikpijn")
    HOOFDPIJN = "hoofdpijn", _("Hoofdpijn")
    MISSELIJKHEID = "misselijkheid", _("Misselijkheid of maagklachten")
    VERMOEIDHEID = "vermoeidheid", _("Vermoeidheid")
    SPIER_GEWRICHTSPIJN = "spier_gewrichtspijn", _("Spier- en gewrichtspijn")
    ANDERS = "anders", _("Anders")


class BijeenkomstSoort(models.TextChoices):
    INDIVIDUEEL = "individueel", _("Begeleidingsgesprek")
    GROEP = "groep", _("Groepsbijeenkomst")
    IJKMOMENT = "ijkmoment", _("Ijkmoment (voortgangsgesprek)")
    OUDERBIJEENKOMST = "ouderbijeenkomst", _("Ouderbijeenkomst")
    EINDGESPREK = "eindgesprek", _("Eindgesprek")


class BijeenkomstStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland")
    GEHOUDEN = "gehouden", _("Gehouden")
    AFWEZIG = "afwezig", _("Afwezig")
    VERPLAATST = "verplaatst", _("Verplaatst")


class Ontvanger(models.TextChoices):
    OUDERS = "ouders", _("Ouders")
    SCHOOL = "school", _("School")


class Kanaal(models.TextChoices):
    EMAIL = "email", _("E-mail")
    TELEFOON = "telefoon", _("Telefoon")
    GESPREK = "gesprek", _("Gesprek")
    BRIEF = "brief", _("Brief")


class BijlageSoort(models.TextChoices):
    RUST_ACTIVITEITENSCHEMA = "rust_activiteitenschema", _("Rust-activiteitenschema")
    WERKBLAD = "werkblad", _("Werkblad")
    ANDERS = "anders", _("Anders")
