from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.storage import PriveOpslag


class Programma(models.TextChoices):
    RE_FIT = "re_fit", _("Re-Fit")
    RE_FIT_DO_IT = "re_fit_do_it", _("Re-Fit Do-It")


# The first part of a licence number, per programme: RF-2026-0042, RFD-2026-0003.
NUMMER_VOORVOEGSEL = {Programma.RE_FIT: "RF", Programma.RE_FIT_DO_IT: "RFD"}


class LicentieStatus(models.TextChoices):
    ACTIEF = "actief", _("Actief")
    VERLOOPT_BINNENKORT = "verloopt_binnenkort", _("Verloopt binnenkort")
    IN_RESPIJT = "in_respijt", _("In respijt")
    VERLOPEN = "verlopen", _("Verlopen")
    GESCHORST = "geschorst", _("Geschorst")
    INGETROKKEN = "ingetrokken", _("Ingetrokken")


# A holder with one of these may run Re-Fit: in respijt the licence still counts, with a deadline.
GELDIGE_STATUSSEN = (LicentieStatus.ACTIEF, LicentieStatus.VERLOOPT_BINNENKORT, LicentieStatus.IN_RESPIJT)


class LicentieQuerySet(models.QuerySet):
    def geldig(self):
        return self.filter(status__in=GELDIGE_STATUSSEN)


class Licentie(models.Model):
    """A trainer's licence to run a Re-Fit programme in their own organisation.

    Whether it is valid follows from the evidence (date obtained, professionalisation
    days attended, kerngroep decisions) by the rule in `licenties.rules`. `status` and
    `geldig_tot` keep the outcome for lists and filters; only
    `licenties.status.statussen_bijwerken` writes them, after every change of evidence
    or rule and every night, because time alone changes a status too.
    """

    houder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="licenties",
        verbose_name=_("houder"),
    )
    nummer = models.CharField(_("licentienummer"), max_length=20, unique=True, editable=False)
    programma = models.CharField(
        _("programma"), max_length=20, choices=Programma.choices, default=Programma.RE_FIT
    )
    behaald_op = models.DateField(_("behaald op"))
    cursusronde = models.ForeignKey(
        "cursus.Cursusronde",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="licenties",
        verbose_name=_("cursusronde"),
    )
    # One licence per completed course participation: issuing twice is refused by the database.
    aanmelding = models.OneToOneField(
        "cursus.Aanmelding",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="licentie",
        verbose_name=_("cursusdeelname"),
    )
    uitgegeven_op = models.DateTimeField(_("uitgegeven op"), default=timezone.now, editable=False)
    uitgegeven_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uitgegeven door"),
    )

    # The rule's outcome, kept for lists (see the class docstring).
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=LicentieStatus.choices,
        default=LicentieStatus.ACTIEF,
        editable=False,
    )
    geldig_tot = models.DateField(_("geldig tot en met"), null=True, editable=False)
    status_berekend_op = models.DateField(_("status berekend op"), null=True, editable=False)

    # The stored certificate shows `certificaat_kenmerk`; another kenmerk means it is out of date.
    certificaat = models.FileField(
        storage=PriveOpslag("licenties"), upload_to="certificaten/", blank=True, editable=False
    )
    certificaat_kenmerk = models.CharField(max_length=64, blank=True, editable=False)

    objects = LicentieQuerySet.as_manager()

    class Meta:
        verbose_name = _("licentie")
        verbose_name_plural = _("licenties")
        ordering = ["behaald_op", "nummer"]
        indexes = [models.Index(fields=["status", "geldig_tot"])]

    def __str__(self):
        return f"{self.nummer} ({self.get_programma_display()})"

    @property
    def is_geldig(self) -> bool:
        return self.status in GELDIGE_STATUSSEN


class Nummerreeks(models.Model):
    """The last licence number handed out per prefix and year; numbers only go up, never reused."""

    voorvoegsel = models.CharField(max_length=5)
    jaar = models.PositiveIntegerField()
    laatste = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["voorvoegsel", "jaar"], name="nummerreeks_uniek")]

    def __str__(self):
        return f"{self.voorvoegsel}-{self.jaar}: {self.laatste}"


class BesluitSoort(models.TextChoices):
    SCHORSING = "schorsing", _("Schorsing")
    INTREKKING = "intrekking", _("Intrekking")
    OPHEFFING = "opheffing", _("Schorsing of intrekking opgeheven")
    HERSTEL = "herstel", _("Verlopen licentie hersteld")


class Besluit(models.Model):
    """A kerngroep decision about one licence. Never edited: a reversal is a new decision."""

    licentie = models.ForeignKey(
        Licentie, on_delete=models.PROTECT, related_name="besluiten", verbose_name=_("licentie")
    )
    soort = models.CharField(_("besluit"), max_length=20, choices=BesluitSoort.choices)
    ingangsdatum = models.DateField(_("ingangsdatum"))
    reden = models.TextField(_("reden"))
    genomen_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("genomen door")
    )
    genomen_op = models.DateTimeField(_("vastgelegd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("besluit over een licentie")
        verbose_name_plural = _("besluiten over licenties")
        ordering = ["ingangsdatum", "genomen_op", "pk"]

    def __str__(self):
        return f"{self.get_soort_display()} {self.licentie.nummer} ({self.ingangsdatum:%d-%m-%Y})"
