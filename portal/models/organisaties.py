from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel


class Regio(models.TextChoices):
    """The three regions of the Dutch school holidays; planning depends on them."""

    NOORD = "noord", _("Noord")
    MIDDEN = "midden", _("Midden")
    ZUID = "zuid", _("Zuid")


class OrganisatieQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(is_actief=True)


class Organisatie(ClusterableModel):
    """A school, an ambulant service or a samenwerkingsverband that works with Re-Fit."""

    class Soort(models.TextChoices):
        SCHOOL = "school", _("School")
        AB_DIENST = "ab_dienst", _("Ambulante dienst (ab-dienst)")
        SAMENWERKINGSVERBAND = "samenwerkingsverband", _("Samenwerkingsverband")

    naam = models.CharField(_("naam"), max_length=200)
    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    regio = models.CharField(_("regio"), max_length=10, choices=Regio.choices)
    plaats = models.CharField(_("plaats"), max_length=100, blank=True)
    brin = models.CharField(
        _("BRIN-nummer"),
        max_length=4,
        blank=True,
        validators=[
            RegexValidator(
                r"^\d{2}[A-Z]{2}$",
                _("Een BRIN-nummer is twee cijfers en twee hoofdletters, bijvoorbeeld 12AB."),
            )
        ],
    )
    kvk_nummer = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        blank=True,
        validators=[RegexValidator(r"^\d{8}$", _("Een KvK-nummer bestaat uit acht cijfers."))],
    )
    is_actief = models.BooleanField(_("actief"), default=True)
    leden = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Lidmaatschap", related_name="organisaties"
    )

    objects = OrganisatieQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["brin"], condition=~models.Q(brin=""), name="organisatie_brin_uniek"
            ),
        ]

    def __str__(self):
        return self.naam


class Lidmaatschap(models.Model):
    """A person working for an organisation; a coordinator oversees its trajectories."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lidmaatschappen",
        verbose_name=_("gebruiker"),
    )
    organisatie = ParentalKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="lidmaatschappen",
        verbose_name=_("organisatie"),
    )
    is_coordinator = models.BooleanField(_("coördinator"), default=False)
    sinds = models.DateField(_("sinds"), auto_now_add=True)

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisatie"], name="lidmaatschap_uniek"),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisatie}"
