"""What happens once someone takes part: attendance, werkagenda and sign-off."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cursus.choices import Competentie, Oordeel
from cursus.models.aanmeldingen import Aanmelding
from cursus.models.rondes import Bijeenkomst


class Aanwezigheid(models.Model):
    """Present or absent (with a reason) at one session; a missed session can be made up elsewhere."""

    aanmelding = models.ForeignKey(
        Aanmelding, on_delete=models.PROTECT, related_name="aanwezigheden", verbose_name=_("aanmelding")
    )
    bijeenkomst = models.ForeignKey(
        Bijeenkomst, on_delete=models.PROTECT, related_name="aanwezigheden", verbose_name=_("bijeenkomst")
    )
    aanwezig = models.BooleanField(_("aanwezig"))
    reden_afwezig = models.CharField(_("reden van afwezigheid"), max_length=300, blank=True)
    inhaal_bijeenkomst = models.ForeignKey(
        Bijeenkomst,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="inhalers",
        verbose_name=_("ingehaald in"),
    )
    ingehaald = models.BooleanField(_("inhaalbijeenkomst bijgewoond"), default=False)
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    vastgelegd_op = models.DateTimeField(_("vastgelegd op"), default=timezone.now)

    class Meta:
        verbose_name = _("aanwezigheid")
        verbose_name_plural = _("aanwezigheden")
        constraints = [
            models.UniqueConstraint(fields=["aanmelding", "bijeenkomst"], name="aanwezigheid_eenmaal"),
        ]

    def __str__(self):
        return f"Aanwezigheid {self.pk}"


class Werkagenda(models.Model):
    """A cursist's implementation plan for their own organisation, written during the course."""

    ONDERDELEN = ("huidige_situatie", "doel", "stappen", "betrokkenen", "tijdpad")

    aanmelding = models.OneToOneField(
        Aanmelding, on_delete=models.CASCADE, related_name="werkagenda", verbose_name=_("aanmelding")
    )
    huidige_situatie = models.TextField(
        _("huidige situatie"),
        blank=True,
        help_text=_("Hoe gaat jouw organisatie nu om met leerlingen met aanhoudende lichamelijke klachten?"),
    )
    doel = models.TextField(_("doel"), blank=True, help_text=_("Wat wil je bereikt hebben met Re-Fit?"))
    stappen = models.TextField(
        _("stappen"), blank=True, help_text=_("Welke stappen zet je, in welke volgorde?")
    )
    betrokkenen = models.TextField(
        _("wie zijn betrokken"),
        blank=True,
        help_text=_("Collega's, leidinggevenden, partners buiten school."),
    )
    tijdpad = models.TextField(_("tijdpad"), blank=True, help_text=_("Wanneer zet je welke stap?"))
    ingediend_op = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        verbose_name = _("werkagenda")
        verbose_name_plural = _("werkagenda's")

    def __str__(self):
        return f"Werkagenda {self.pk}"

    def onderdelen(self) -> list[tuple[str, str, str]]:
        """(name, label, text) of each part, in order."""
        return [(n, self._meta.get_field(n).verbose_name, getattr(self, n)) for n in self.ONDERDELEN]


class WerkagendaOpmerking(models.Model):
    """The opleider's (or the cursist's) comment on a werkagenda."""

    werkagenda = models.ForeignKey(Werkagenda, on_delete=models.CASCADE, related_name="opmerkingen")
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    tekst = models.TextField(_("opmerking"))
    geplaatst_op = models.DateTimeField(_("geplaatst op"), default=timezone.now)

    class Meta:
        verbose_name = _("opmerking bij een werkagenda")
        verbose_name_plural = _("opmerkingen bij werkagenda's")
        ordering = ["geplaatst_op", "pk"]

    def __str__(self):
        return f"Opmerking {self.pk}"


class Aftekening(models.Model):
    """The opleider's sign-off of the course against the trainer competences."""

    aanmelding = models.OneToOneField(
        Aanmelding, on_delete=models.CASCADE, related_name="aftekening", verbose_name=_("aanmelding")
    )
    afgetekend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    afgetekend_op = models.DateTimeField(_("afgetekend op"), default=timezone.now)

    class Meta:
        verbose_name = _("aftekening")
        verbose_name_plural = _("aftekeningen")

    def __str__(self):
        return f"Aftekening {self.pk}"


class CompetentieOordeel(models.Model):
    aftekening = models.ForeignKey(Aftekening, on_delete=models.CASCADE, related_name="oordelen")
    competentie = models.CharField(_("competentie"), max_length=30, choices=Competentie.choices)
    oordeel = models.CharField(_("oordeel"), max_length=20, choices=Oordeel.choices)
    opmerking = models.TextField(_("opmerking"), blank=True)

    class Meta:
        verbose_name = _("oordeel over een competentie")
        verbose_name_plural = _("oordelen over competenties")
        constraints = [
            models.UniqueConstraint(fields=["aftekening", "competentie"], name="competentie_eenmaal"),
        ]

    def __str__(self):
        return f"{self.get_competentie_display()}: {self.get_oordeel_display()}"
