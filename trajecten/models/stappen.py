"""The records of the steps before the training: adviesteam advice, intake with checklist, besluit."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trajecten.models.traject import Traject
from trajecten.models.versleutelde_tekst import VersleuteldeTekst


class Advies(models.Model):
    """The adviesteam's advice on a registration; must include an ervaren trainer."""

    traject = models.OneToOneField(Traject, on_delete=models.CASCADE, related_name="advies")
    positief = models.BooleanField(_("positief advies"))
    leden = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="adviezen",
        verbose_name=_("leden van het adviesteam (portaal)"),
    )
    overige_leden = VersleuteldeTekst(
        _("overige leden (functies)"),
        max_length=250,
        blank=True,
        help_text=_("Bijvoorbeeld jeugdarts, leerplichtambtenaar. Functies, geen namen."),
    )
    toelichting = VersleuteldeTekst(_("toelichting"))
    # Rule 'doelgroep leeftijd' (trajecten.rules.leeftijd_buiten_doelgroep): continuing with a pupil
    # outside 12–20 needs the adviesteam's reason.
    leeftijd_reden = VersleuteldeTekst(_("waarom Re-Fit toch past bij deze leeftijd"), blank=True)
    gegeven_op = models.DateField(_("datum advies"))
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("advies")
        verbose_name_plural = _("adviezen")
        default_permissions = ()

    def __str__(self):
        return str(_("Advies %(code)s") % {"code": self.traject.code})


class Intake(models.Model):
    """The intake by two trainers: the four topics and the admission checklist (see `trajecten.rules`)."""

    traject = models.OneToOneField(Traject, on_delete=models.CASCADE, related_name="intake")
    datum = models.DateField(_("datum intake"))
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="intakes", verbose_name=_("trainers")
    )
    # The four topics of the intake questionnaire.
    ziekte_en_ziektebeleving = VersleuteldeTekst(_("ziekte en ziektebeleving"))
    dagelijks_leven = VersleuteldeTekst(_("dagelijks leven (school en thuis)"))
    verleden = VersleuteldeTekst(_("verleden (onderzoek en eerdere hulpverlening)"))
    verwachtingen = VersleuteldeTekst(_("verwachtingen"))
    # Schoolaanwezigheid (all of)
    aanhoudende_klachten = models.BooleanField(_("aanhoudende lichamelijke klachten (verklaard of niet)"))
    verzuim_percentage = models.DecimalField(_("verzuim (%)"), max_digits=5, decimal_places=1)
    plan_school_onvoldoende_effect = models.BooleanField(
        _("de aanpak van de school (na het MAZL-signaal) had te weinig effect")
    )
    klachten_belemmeren_schoolloopbaan = models.BooleanField(_("de klachten belemmeren de schoolloopbaan"))
    # Inactieve leefstijl (at least one of)
    eenzaamheid = models.BooleanField(_("eenzaamheid (ervaren sociaal isolement, sombere klachten)"))
    meer_dan_zes_uur_zitten = models.BooleanField(_("meer dan 6 uur per dag zitten of liggen"))
    minder_dan_uur_bewegen = models.BooleanField(_("minder dan 1 uur per dag matig tot intensief bewegen"))
    # Commitment (all of)
    volledige_deelname = models.BooleanField(_("doet volledig mee aan de bijeenkomsten"))
    opdrachten_maken = models.BooleanField(_("maakt de opdrachten"))
    minstens_acht_uur_op_school = models.BooleanField(_("is minstens 8 uur per week op school"))
    # Contra-indications (any one excludes)
    onvoldoende_motivatie = models.BooleanField(_("onvoldoende motivatie na de intake"))
    lichamelijk_niet_mogelijk = models.BooleanField(
        _("kan lichamelijk niet meedoen (bijvoorbeeld intensief ziekenhuistraject, operatie)")
    )
    geen_schoolaanwezigheid = models.BooleanField(_("helemaal niet op school (volledig thuis)"))
    psychopathologie_in_behandeling = models.BooleanField(
        _("ernstige psychopathologie in specialistische behandeling, waarbij Re-Fit in de weg zou staan")
    )
    psychopathologie_onbehandeld = models.BooleanField(
        _("vermoeden van ernstige psychopathologie zonder diagnose of behandeling")
    )
    zml_onderwijs = models.BooleanField(_("volgt (Z)ML-onderwijs"))
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("intake")
        verbose_name_plural = _("intakes")
        default_permissions = ()

    def __str__(self):
        return str(_("Intake %(code)s") % {"code": self.traject.code})


class Besluit(models.Model):
    """The trainers' decision after the intake; may deviate from the computed advice with a reason."""

    traject = models.OneToOneField(Traject, on_delete=models.CASCADE, related_name="besluit")
    toegelaten = models.BooleanField(_("toegelaten"))
    afwijkingsreden = VersleuteldeTekst(_("reden om af te wijken van het berekende advies"), blank=True)
    vervolgadvies = VersleuteldeTekst(_("vervolgadvies"), blank=True)
    genomen_op = models.DateField(_("datum besluit"))
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")
        default_permissions = ()

    def __str__(self):
        return str(_("Besluit %(code)s") % {"code": self.traject.code})
