"""What happens during the training: meetings, progress messages, attachments and the eindverslag."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.storage import PriveOpslag
from trajecten.choices import BijeenkomstSoort, BijeenkomstStatus, BijlageSoort, Kanaal, Ontvanger
from trajecten.models.traject import Traject
from trajecten.models.versleutelde_tekst import VersleuteldeTekst


def bijlagen_storage():
    """Attachments are private files (portal.storage); only the permission-checked view serves them."""
    return PriveOpslag("trajecten")


# The types an attachment may have (the form checks the content) and the extension each gets.
BIJLAGE_EXTENSIES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def bijlage_pad(instance, filename: str) -> str:
    """A random name on disk: the uploaded name may contain the pupil's name.

    The extension follows the type found in the content, not the uploaded name: a PDF called
    `werkblad.html` is stored and downloaded as `.pdf`.
    """
    return f"{secrets.token_hex(16)}{BIJLAGE_EXTENSIES[instance.content_type]}"


class Bijeenkomst(models.Model):
    """A planned meeting of a trajectory; its phase and theme follow from the week (content.programma)."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="bijeenkomsten")
    volgnummer = models.PositiveSmallIntegerField(_("volgnummer"))
    week = models.PositiveSmallIntegerField(_("week"), null=True, blank=True)
    soort = models.CharField(_("soort"), max_length=20, choices=BijeenkomstSoort.choices)
    datum = models.DateField(_("datum"))
    fase = models.PositiveSmallIntegerField(_("fase"), null=True, blank=True)
    thema = models.CharField(_("thema"), max_length=50, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=BijeenkomstStatus.choices, default=BijeenkomstStatus.GEPLAND
    )
    verplaatst_van = models.DateField(_("oorspronkelijke datum"), null=True, blank=True)
    reden_afwezigheid = VersleuteldeTekst(_("reden van afwezigheid"), max_length=200, blank=True)
    activiteiten = models.ManyToManyField(
        "content.ActiviteitPage", blank=True, related_name="+", verbose_name=_("gebruikte activiteiten")
    )
    notities = VersleuteldeTekst(_("korte notities"), blank=True)
    huiswerk = VersleuteldeTekst(_("huiswerk"), blank=True)

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["datum", "volgnummer"]
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["traject", "volgnummer"], name="bijeenkomst_volgnummer_uniek")
        ]
        # The next meetings of a caseload (dashboard, agenda): a range per trajectory, not a scan of all.
        indexes = [models.Index(fields=["traject", "datum"], name="bijeenkomst_traject_datum")]

    def __str__(self):
        return f"{self.traject.code} #{self.volgnummer}"


class Voortgangsbericht(models.Model):
    """A progress message to parents or school: planned every two weeks, logged when sent. The gist only."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="voortgangsberichten")
    ontvanger = models.CharField(_("aan"), max_length=10, choices=Ontvanger.choices)
    gepland_op = models.DateField(_("uiterlijk op"))
    verstuurd_op = models.DateField(_("verstuurd op"), null=True, blank=True)
    kanaal = models.CharField(_("kanaal"), max_length=10, choices=Kanaal.choices, blank=True)
    strekking = VersleuteldeTekst(_("strekking"), blank=True)
    met_toestemming_gezondheid = models.BooleanField(
        _("bevat gezondheidsinformatie waarvoor toestemming is gegeven"), default=False
    )

    class Meta:
        verbose_name = _("voortgangsbericht")
        verbose_name_plural = _("voortgangsberichten")
        ordering = ["gepland_op", "ontvanger"]
        default_permissions = ()

    def __str__(self):
        return f"{self.traject.code} {self.gepland_op}"


class Bijlage(models.Model):
    """A worksheet such as the rust-activiteitenschema: PDF or image, kept outside the public media."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="bijlagen")
    soort = models.CharField(_("soort"), max_length=30, choices=BijlageSoort.choices)
    omschrijving = VersleuteldeTekst(_("omschrijving"), max_length=200, blank=True)
    bestand = models.FileField(_("bestand"), storage=bijlagen_storage, upload_to=bijlage_pad)
    content_type = models.CharField(max_length=50, editable=False)
    grootte = models.PositiveIntegerField(editable=False)
    geupload_op = models.DateTimeField(auto_now_add=True)
    geupload_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")
        ordering = ["-geupload_op"]
        default_permissions = ()

    def __str__(self):
        return f"{self.traject.code} {self.get_soort_display()}"


class Eindverslag(models.Model):
    """One version of the eindverslag: the personal letter composed from structured fields."""

    traject = models.ForeignKey(Traject, on_delete=models.CASCADE, related_name="eindverslagen")
    versie = models.PositiveSmallIntegerField(_("versie"))
    eindgesprek_op = models.DateField(_("datum eindgesprek"))
    startsituatie = VersleuteldeTekst(_("hoe de jongere begon"))
    ontwikkeling = VersleuteldeTekst(_("welke ontwikkeling de trainers zagen"))
    aandachtspunten_jongere = VersleuteldeTekst(_("aandachtspunten voor de jongere"))
    aandachtspunten_ouders = VersleuteldeTekst(_("aandachtspunten voor de ouders"))
    aandachtspunten_school = VersleuteldeTekst(_("aandachtspunten voor de school"))
    overdracht_school = VersleuteldeTekst(
        _("overdracht aan school"),
        blank=True,
        help_text=_("Alleen wat de jongere wil delen met school."),
    )
    advies = VersleuteldeTekst(_("advies voor verdere ondersteuning"), blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("eindverslag")
        verbose_name_plural = _("eindverslagen")
        ordering = ["-versie"]
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["traject", "versie"], name="eindverslag_versie_uniek")]

    def __str__(self):
        return f"{self.traject.code} v{self.versie}"
