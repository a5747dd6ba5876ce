from decimal import Decimal
from functools import cached_property

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from cursus.choices import BESLISBARE_STATUSSEN, RondeStatus, Soort
from cursus.rules import cursusronde_status
from portal.models.afspraak import Afspraak
from portal.plaatsing import EvenementMetPlaatsen, bezette_plaatsen
from portal.roles import Role, has_role, role_q

# Domain brief: the trainer course costs € 750 per participant. Editable per edition.
CURSUSPRIJS = Decimal("750.00")


def alleen_opleiders():
    """Only people with the role opleider can be chosen as an edition's opleider."""
    return role_q(Role.OPLEIDER)


class CursusrondeQuerySet(models.QuerySet):
    def gepubliceerd(self):
        """Editions the public may see: everything the kerngroep has opened, also when full or past."""
        return self.exclude(status=RondeStatus.GEPLAND)

    def open_voor_aanmelding(self):
        return self.filter(status=RondeStatus.OPEN, aanmelden_tot__gte=timezone.localdate())

    def zichtbaar_voor(self, user):
        """The kerngroep sees every edition, an opleider the editions they teach."""
        if user.is_superuser or has_role(user, Role.KERNGROEP):
            return self
        if has_role(user, Role.OPLEIDER):
            return self.filter(opleiders=user)
        return self.none()


class Cursusronde(EvenementMetPlaatsen, ClusterableModel):
    """One edition of the trainer course: two lesdagen, two intervisiemomenten, a group of cursisten."""

    naam = models.CharField(
        _("naam"), max_length=120, unique=True, help_text=_("Bijvoorbeeld ‘Voorjaar 2027’.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=BESLISBARE_STATUSSEN,
        default=RondeStatus.GEPLAND,
        help_text=_("‘Vol’, ‘lopend’ en ‘afgerond’ volgen vanzelf uit de plaatsen en de data."),
    )
    prijs = models.DecimalField(
        _("prijs per deelnemer (€)"), max_digits=8, decimal_places=2, default=CURSUSPRIJS
    )
    aanmelden_tot = models.DateField(_("aanmelden kan tot en met"))
    afmelden_tot = models.DateField(_("kosteloos afmelden kan tot en met"))
    toelichting = models.TextField(
        _("toelichting"), blank=True, help_text=_("Verschijnt op de openbare pagina.")
    )
    opleiders = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="cursusrondes_als_opleider",
        limit_choices_to=alleen_opleiders,
        blank=True,
        verbose_name=_("opleiders"),
    )

    objects = CursusrondeQuerySet.as_manager()

    class Meta(EvenementMetPlaatsen.Meta):
        verbose_name = _("cursusronde")
        verbose_name_plural = _("cursusrondes")
        ordering = ["-aanmelden_tot", "naam"]

    def __str__(self):
        return self.naam

    @property
    def actuele_status(self) -> RondeStatus:
        # Lists annotate `bezet` (cursus.selectors.rondes_met_bezetting) and prefetch the sessions,
        # so a row costs no query; a single edition counts its seats here.
        bezet = getattr(self, "bezet", None)
        if bezet is None:
            bezet = bezette_plaatsen(self, self.aanmeldingen.model)
        return cursusronde_status(
            status=self.status,
            datums=[b.datum for b in self.bijeenkomsten.all()],
            capaciteit=self.capaciteit,
            bezet=bezet,
            op=timezone.localdate(),
        )

    def get_actuele_status_display(self) -> str:
        return self.actuele_status.label

    def gesorteerde_bijeenkomsten(self) -> list["Bijeenkomst"]:
        return sorted(self.bijeenkomsten.all(), key=lambda b: (b.datum, b.begintijd))

    @property
    def eerste_datum(self):
        bijeenkomsten = self.gesorteerde_bijeenkomsten()
        return bijeenkomsten[0].datum if bijeenkomsten else None

    def plaatsen_aanbieden_mogelijk(self) -> bool:
        """A freed seat goes to the waiting list until the first lesdag, not in a cancelled edition."""
        eerste = self.eerste_datum
        return self.status != RondeStatus.GEANNULEERD and (eerste is None or timezone.localdate() < eerste)


class Bijeenkomst(Afspraak):
    """A lesdag or intervisiemoment of an edition: a date, times and a place or online link."""

    uid_prefix = "cursus-bijeenkomst"

    cursusronde = ParentalKey(
        Cursusronde, on_delete=models.CASCADE, related_name="bijeenkomsten", verbose_name=_("cursusronde")
    )
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)

    class Meta(Afspraak.Meta):
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self):
        return f"{self.label} – {self.cursusronde}"

    @cached_property
    def nummer(self) -> int:
        """1 or 2: the place among the edition's sessions of the same kind, by date."""
        zelfde = [b for b in self.cursusronde.gesorteerde_bijeenkomsten() if b.soort == self.soort]
        return next((i for i, b in enumerate(zelfde, start=1) if b.pk == self.pk), 1)

    @property
    def label(self) -> str:
        return f"{self.get_soort_display()} {self.nummer}"
