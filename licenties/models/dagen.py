from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models.afspraak import Afspraak
from portal.plaatsing import ACTIEF, EvenementMetPlaatsen, Plaatsing

# Domain brief: the annual professionalisation day costs € 100.
DAGPRIJS = Decimal("100.00")


class DagStatus(models.TextChoices):
    GEPLAND = "gepland", _("Gepland (nog niet open)")
    OPEN = "open", _("Open voor aanmelding")
    GEANNULEERD = "geannuleerd", _("Geannuleerd")


class ProfessionaliseringsdagQuerySet(models.QuerySet):
    def open_voor_aanmelding(self):
        return self.filter(status=DagStatus.OPEN, aanmelden_tot__gte=timezone.localdate())

    def komend(self):
        return self.exclude(status=DagStatus.GEANNULEERD).filter(datum__gte=timezone.localdate())


class Professionaliseringsdag(Afspraak, EvenementMetPlaatsen):
    """One of the (two) yearly days that keep a licence valid; each has a theme."""

    uid_prefix = "professionaliseringsdag"
    # Cancelling a day is news for calendar apps too.
    agendavelden = (*Afspraak.agendavelden, "status")

    thema = models.CharField(_("thema"), max_length=160)
    beschrijving = models.TextField(_("beschrijving"), blank=True)
    prijs = models.DecimalField(_("prijs (€)"), max_digits=8, decimal_places=2, default=DAGPRIJS)
    aanmelden_tot = models.DateField(_("aanmelden kan tot en met"))
    status = models.CharField(
        _("status"), max_length=20, choices=DagStatus.choices, default=DagStatus.GEPLAND
    )

    objects = ProfessionaliseringsdagQuerySet.as_manager()

    class Meta(Afspraak.Meta, EvenementMetPlaatsen.Meta):
        verbose_name = _("professionaliseringsdag")
        verbose_name_plural = _("professionaliseringsdagen")
        constraints = [*Afspraak.Meta.constraints, *EvenementMetPlaatsen.Meta.constraints]

    def __str__(self):
        return f"{self.datum:%d-%m-%Y} · {self.thema}"

    def plaatsen_aanbieden_mogelijk(self) -> bool:
        return self.status == DagStatus.OPEN and self.datum > timezone.localdate()


class DagAanmeldingQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(status__in=ACTIEF)

    def bijgewoond(self):
        return self.filter(aanwezig=True)


class DagAanmelding(Plaatsing):
    """A trainer's registration for a professionalisation day, and afterwards their attendance."""

    evenement_veld = "dag"
    # Whose licence would lapse without this day goes first on the waiting list.
    wachtlijst_volgorde = ("-voorrang", "aangevraagd_op", "pk")

    dag = models.ForeignKey(
        Professionaliseringsdag,
        on_delete=models.PROTECT,
        related_name="aanmeldingen",
        verbose_name=_("professionaliseringsdag"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="dagaanmeldingen",
        verbose_name=_("trainer"),
    )
    voorrang = models.BooleanField(
        _("voorrang op de wachtlijst"),
        default=False,
        help_text=_("Zonder deze dag zou de licentie aan het eind van het jaar in respijt gaan of verlopen."),
    )
    aanwezig = models.BooleanField(_("aanwezig"), null=True, blank=True)
    aanwezigheid_vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    aanwezigheid_vastgelegd_op = models.DateTimeField(null=True, blank=True)

    objects = DagAanmeldingQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanmelding voor een professionaliseringsdag")
        verbose_name_plural = _("aanmeldingen voor professionaliseringsdagen")
        ordering = ["dag__datum", "aangevraagd_op"]
        constraints = [
            models.UniqueConstraint(
                fields=["dag", "user"],
                condition=models.Q(status__in=ACTIEF),
                name="dagaanmelding_een_actieve",
            ),
        ]
        indexes = [models.Index(fields=["user", "aanwezig"])]

    def __str__(self):
        return f"{self.dag} · {self.user_id}"
