"""The trajectory (case record), its pupil identity and the school's aanmelding.

The identity lives only in `Identiteit`, encrypted; everything else names the pupil by
the pseudonymous `Traject.code`.
"""

import secrets
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.models import Lidmaatschap, Organisatie
from portal.roles import Role, has_role
from trajecten.choices import Klacht, Programma, Schooltype, Status, Uitkomst, Variant
from trajecten.models.versleutelde_tekst import VersleuteldeTekst
from trajecten.versleuteling import ontsleutelen, versleutelen

# No 0/O, 1/I/L, 5/S or 8/B: a code read out over the phone must not be misheard.
CODE_ALFABET = "234679ACDEFGHJKMNPQRTUVWXYZ"
CODE_LENGTE = 5


def nieuwe_code(prefix: str = "T") -> str:
    return f"{prefix}-" + "".join(secrets.choice(CODE_ALFABET) for _ in range(CODE_LENGTE))


class Inzage(StrEnum):
    """How much of a trajectory someone may see."""

    DOSSIER = "dossier"  # the case record: assigned trainers and the organisation's coordinator
    STATUS = "status"  # status and what is shared: also the registering school's contact


class TrajectQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user, *, inzage: Inzage = Inzage.DOSSIER):
        """Rule 'wie ziet wat': the one visibility layer of every list, detail, PDF, export and file.

        Assigned trainers see their trajectories; a coordinator (a trainer with a
        coordinating membership) sees the organisation's; with `inzage=STATUS` a school
        contact also sees the registrations of their own school. The kerngroep sees
        aggregates only, so nothing here. Read on every request: a deactivated or
        unassigned trainer loses access at once.
        """
        if not (user.is_authenticated and user.is_active):
            return self.none()
        # Each way in is its own indexed lookup, and the union of their ids the filter: an OR over
        # the trainer link made the database join every trajectory with every link first.
        zichtbaar = []
        if has_role(user, Role.TRAINER):
            coordinator_van = Lidmaatschap.objects.filter(user=user, is_coordinator=True).values(
                "organisatie"
            )
            zichtbaar += [
                self.model.trainers.through.objects.filter(user=user).values("traject_id"),
                self.model.objects.filter(uitvoerder__in=coordinator_van).values("pk"),
            ]
        if inzage == Inzage.STATUS and has_role(user, Role.SCHOOLCONTACT):
            scholen = Lidmaatschap.objects.filter(user=user).values("organisatie")
            zichtbaar.append(self.model.objects.filter(school__in=scholen).values("pk"))
        if not zichtbaar:
            return self.none()
        eerste, *overige = zichtbaar
        ids = eerste.union(*overige) if overige else eerste
        return self.filter(pk__in=ids).exclude(status=Status.VERNIETIGD)

    def als_coordinator(self, user):
        """Narrow to the trajectories `user` coordinates (export, erasure and inzage are theirs)."""
        return self.filter(
            uitvoerder__in=Lidmaatschap.objects.filter(user=user, is_coordinator=True).values("organisatie")
        )

    def lopend(self):
        return self.exclude(status__in=[Status.AFGESLOTEN, Status.VERNIETIGD])


class Groepstraining(models.Model):
    """A group variant: 4–10 pupils with two trainers; each pupil still has their own trajectory."""

    code = models.CharField(_("code"), max_length=10, unique=True, editable=False)
    uitvoerder = models.ForeignKey(
        Organisatie, on_delete=models.PROTECT, related_name="groepstrainingen", verbose_name=_("uitvoerder")
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="groepstrainingen", verbose_name=_("trainers")
    )
    startdatum = models.DateField(_("startdatum"), null=True, blank=True)

    class Meta:
        verbose_name = _("groepstraining")
        verbose_name_plural = _("groepstrainingen")

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = unieke_code(Groepstraining, "G")
        super().save(*args, **kwargs)


def unieke_code(model, prefix: str) -> str:
    while True:
        code = nieuwe_code(prefix)
        if not model.objects.filter(code=code).exists():
            return code


class Traject(models.Model):
    """One pupil's Re-Fit trajectory, from aanmelding to afsluiting, named only by its code."""

    code = models.CharField(_("code"), max_length=10, unique=True, editable=False)
    # Empty only once destroyed: the reach figures do not need the school (rule 'bewaartermijn').
    school = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aangemelde_trajecten",
        verbose_name=_("school"),
    )
    uitvoerder = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        related_name="uitgevoerde_trajecten",
        verbose_name=_("uitvoerende organisatie"),
    )
    aangemeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("aangemeld door"),
    )
    aangemeld_op = models.DateTimeField(_("aangemeld op"), auto_now_add=True, null=True)
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="trajecten", blank=True, verbose_name=_("trainers")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.AANGEMELD)
    variant = models.CharField(
        _("variant"), max_length=20, choices=Variant.choices, default=Variant.INDIVIDUEEL
    )
    programma = models.CharField(
        _("programma"), max_length=20, choices=Programma.choices, default=Programma.RE_FIT, blank=True
    )
    groep = models.ForeignKey(
        Groepstraining,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="trajecten",
        verbose_name=_("groepstraining"),
    )
    startdatum = models.DateField(_("geplande startdatum training"), null=True, blank=True)
    # Rule 'gestart' (trajecten.stappen.training_gestart), recorded when it happens so the reach
    # count survives destruction and stays a grouped count: the school year of the first held meeting.
    gestart_in_schooljaar = models.CharField(_("training gestart in schooljaar"), max_length=9, blank=True)
    uitkomst = models.CharField(_("uitkomst"), max_length=30, choices=Uitkomst.choices, blank=True)
    vervolgadvies = VersleuteldeTekst(_("vervolgadvies"), blank=True)
    aanwezigheid_start = models.DecimalField(
        _("schoolaanwezigheid bij de start (%)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    aanwezigheid_eind = models.DecimalField(
        _("schoolaanwezigheid aan het eind (%)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    afgesloten_op = models.DateField(_("afgesloten op"), null=True, blank=True)
    # Rule 'bewaartermijn' (trajecten.services.bewaren): any write is activity; an open record
    # lapses after the kerngroep's term without it, and every record has a destroy date.
    laatste_activiteit_op = models.DateField(_("laatste activiteit op"), null=True, blank=True)
    vernietigen_op = models.DateField(_("vernietigen op"), null=True, blank=True)

    objects = TrajectQuerySet.as_manager()

    class Meta:
        verbose_name = _("traject")
        verbose_name_plural = _("trajecten")
        ordering = ["-aangemeld_op"]
        # Nobody works on case records through the Django or Wagtail admin.
        default_permissions = ()
        # The reach count (trajecten.bereik.tellen) groups on exactly these columns.
        indexes = [
            models.Index(fields=["gestart_in_schooljaar", "uitvoerder", "variant"], name="traject_bereik"),
        ]

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = unieke_code(Traject, "T")
        super().save(*args, **kwargs)

    @property
    def is_afgesloten(self) -> bool:
        return self.status in (Status.AFGESLOTEN, Status.VERNIETIGD)

    @property
    def is_vernietigd(self) -> bool:
        return self.status == Status.VERNIETIGD


@dataclass(frozen=True)
class IdentiteitGegevens:
    voornaam: str
    achternaam: str
    geboortedatum: date
    ouders_naam: str = ""
    ouders_telefoon: str = ""
    ouders_email: str = ""

    @property
    def volledige_naam(self) -> str:
        return f"{self.voornaam} {self.achternaam}".strip()


class Identiteit(models.Model):
    """The pupil's identity, the only place it exists: encrypted at rest (see `trajecten.versleuteling`)."""

    traject = models.OneToOneField(
        Traject, on_delete=models.CASCADE, related_name="identiteit", verbose_name=_("traject")
    )
    versleuteld = models.TextField(_("versleutelde gegevens"), editable=False)

    class Meta:
        verbose_name = _("identiteit")
        verbose_name_plural = _("identiteiten")
        default_permissions = ()

    def __str__(self):
        return str(_("Identiteit bij %(code)s") % {"code": self.traject.code})

    @property
    def gegevens(self) -> IdentiteitGegevens:
        ruw = ontsleutelen(self.versleuteld)
        return IdentiteitGegevens(**{**ruw, "geboortedatum": date.fromisoformat(ruw["geboortedatum"])})

    @gegevens.setter
    def gegevens(self, waarde: IdentiteitGegevens) -> None:
        ruw = asdict(waarde)
        ruw["geboortedatum"] = waarde.geboortedatum.isoformat()
        self.versleuteld = versleutelen(ruw)


class Aanmelding(models.Model):
    """What the school tells about the pupil when registering: no BSN, no diagnoses, no letters."""

    traject = models.OneToOneField(
        Traject, on_delete=models.CASCADE, related_name="aanmelding", verbose_name=_("traject")
    )
    klas = VersleuteldeTekst(_("klas en niveau"), max_length=50)
    schooltype = models.CharField(_("schooltype"), max_length=10, choices=Schooltype.choices)
    reden = VersleuteldeTekst(_("reden van aanmelding"))
    klachten = models.JSONField(_("klachten"), default=list)
    klachten_anders = VersleuteldeTekst(_("andere klachten"), max_length=200, blank=True)
    verzuim_percentage = models.DecimalField(_("verzuim (%)"), max_digits=5, decimal_places=1)
    ziekmeldingen_12_weken = models.PositiveSmallIntegerField(_("ziekmeldingen in de laatste 12 weken"))
    aaneengesloten_ziektedagen = models.PositiveSmallIntegerField(
        _("langste aaneengesloten ziekteperiode (schooldagen)")
    )
    plan_school = VersleuteldeTekst(_("aanpak van de school tot nu toe"))
    effect_plan = VersleuteldeTekst(_("effect van die aanpak"))
    toestemming_leerling = models.BooleanField(_("toestemming van de leerling"))
    toestemming_ouders = models.BooleanField(_("toestemming van de ouders"))
    toestemming_op = models.DateField(_("toestemming gegeven op"))
    toestemming_vastgelegd_door = VersleuteldeTekst(_("toestemming vastgelegd door"), max_length=100)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        default_permissions = ()

    def __str__(self):
        return str(_("Aanmelding %(code)s") % {"code": self.traject.code})

    @property
    def klachten_labels(self) -> list[str]:
        return [str(Klacht(code).label) for code in self.klachten if code in Klacht.values]
