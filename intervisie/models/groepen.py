"""Intervisie groups, who is in them (with history) and the kerngroep's settings."""

from datetime import date, time

from django.conf import settings
from django.contrib import admin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from intervisie.choices import GroepSoort, GroepStatus, Weekdag
from portal.models import Organisatie, UitgaandeMail
from portal.models.afspraak import eindtijd_na_begintijd
from portal.roles import Role, role_q
from portal.rules import tijden_controleren

# The outbox's `soort` of the mail telling a new member which group they are in.
INDELING_GEMELD = "intervisie.ingedeeld"

# Issue 7: a group has 4 to 8 members unless the kerngroep chooses otherwise.
STANDAARD_MIN_GROOTTE = 4
STANDAARD_MAX_GROOTTE = 8


@register_setting(icon="group")
class IntervisieInstellingen(BaseGenericSetting):
    """Defaults the kerngroep maintains in the Wagtail admin (Instellingen → Intervisie)."""

    min_grootte = models.PositiveSmallIntegerField(
        _("kleinste groep"), default=STANDAARD_MIN_GROOTTE, validators=[MinValueValidator(2)]
    )
    max_grootte = models.PositiveSmallIntegerField(
        _("grootste groep"), default=STANDAARD_MAX_GROOTTE, validators=[MinValueValidator(2)]
    )
    casus_zichtbaar_dagen = models.PositiveSmallIntegerField(
        _("casus zichtbaar na de bijeenkomst (dagen)"),
        default=14,
        validators=[MaxValueValidator(365)],
        help_text=_(
            "Zo lang na de bijeenkomst lezen de groepsleden een ingebrachte casus nog; "
            "daarna is hij verborgen."
        ),
    )

    class Meta:
        verbose_name = _("intervisie-instellingen")


def facilitator_keuzes():
    """Facilitators are opleiders or (licensed) trainers."""
    return role_q(Role.OPLEIDER, Role.TRAINER)


class IntervisiegroepQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(status=GroepStatus.ACTIEF)

    def landelijk(self):
        return self.filter(soort=GroepSoort.LANDELIJK)

    def van_deelnemer(self, user):
        """Groups `user` belongs to today, as member or facilitator."""
        vandaag = timezone.localdate()
        return self.filter(
            Q(lidmaatschappen__in=Groepslidmaatschap.objects.op(vandaag).filter(user=user))
            | Q(facilitatoren=user)
        ).distinct()


class Intervisiegroep(models.Model):
    """A standing group of licensed trainers that meets four times a year."""

    naam = models.CharField(
        _("naam"), max_length=120, unique=True, help_text=_("Bijvoorbeeld ‘Landelijk 3’.")
    )
    soort = models.CharField(
        _("soort"), max_length=20, choices=GroepSoort.choices, default=GroepSoort.LANDELIJK
    )
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="intervisiegroepen",
        verbose_name=_("organisatie"),
        help_text=_(
            "Alleen bij interne intervisie: de organisatie die de groep voor haar eigen trainers houdt."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=GroepStatus.choices, default=GroepStatus.ACTIEF
    )
    facilitatoren = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="intervisiegroepen_als_facilitator",
        limit_choices_to=facilitator_keuzes,
        verbose_name=_("facilitatoren"),
    )
    min_grootte = models.PositiveSmallIntegerField(
        _("kleinste groep"), default=STANDAARD_MIN_GROOTTE, validators=[MinValueValidator(2)]
    )
    max_grootte = models.PositiveSmallIntegerField(
        _("grootste groep"), default=STANDAARD_MAX_GROOTTE, validators=[MinValueValidator(2)]
    )
    weekdag = models.PositiveSmallIntegerField(
        _("vaste dag"),
        choices=Weekdag.choices,
        default=Weekdag.DINSDAG,
        help_text=_("De dag van de week waarop het jaarplan de bijeenkomsten zet."),
    )
    begintijd = models.TimeField(_("begintijd"), default=time(15, 30))
    eindtijd = models.TimeField(_("eindtijd"), default=time(17, 30))
    online_link = models.URLField(
        _("vaste online link"),
        blank=True,
        help_text=_("Nieuwe bijeenkomsten krijgen deze link, tenzij er een locatie is."),
    )
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)

    objects = IntervisiegroepQuerySet.as_manager()

    class Meta:
        verbose_name = _("intervisiegroep")
        verbose_name_plural = _("intervisiegroepen")
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                condition=Q(max_grootte__gte=models.F("min_grootte")),
                name="intervisiegroep_grootte_oplopend",
                violation_error_message=_("De grootste groep kan niet kleiner zijn dan de kleinste groep."),
            ),
            eindtijd_na_begintijd("intervisiegroep_eindtijd_na_begintijd"),
        ]

    def __str__(self):
        return self.naam

    def clean(self):
        super().clean()
        # The group's meetings are planned at these times: the rule of every appointment.
        tijden_controleren(begintijd=self.begintijd, eindtijd=self.eindtijd)

    @property
    def is_landelijk(self) -> bool:
        return self.soort == GroepSoort.LANDELIJK

    def leden_op(self, datum: date):
        return Groepslidmaatschap.objects.op(datum).filter(groep=self)


class GroepslidmaatschapQuerySet(models.QuerySet):
    def op(self, datum: date):
        """Rule 'lid op een dag': begun and not ended on `datum` (both days included)."""
        return self.filter(begin_op__lte=datum).filter(Q(eind_op__isnull=True) | Q(eind_op__gte=datum))

    def lopend(self):
        return self.filter(eind_op__isnull=True)


class Groepslidmaatschap(models.Model):
    """A trainer's membership of a group, from `begin_op` until `eind_op`; ended rows stay as history."""

    groep = models.ForeignKey(
        Intervisiegroep, on_delete=models.PROTECT, related_name="lidmaatschappen", verbose_name=_("groep")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="intervisielidmaatschappen",
        verbose_name=_("trainer"),
    )
    # A copy of the group's kind, so the database itself refuses a second national group.
    is_landelijk = models.BooleanField(_("landelijke groep"), editable=False)
    begin_op = models.DateField(_("lid sinds"), default=timezone.localdate)
    eind_op = models.DateField(_("lid tot en met"), null=True, blank=True)
    toegevoegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = GroepslidmaatschapQuerySet.as_manager()

    class Meta:
        verbose_name = _("groepslidmaatschap")
        verbose_name_plural = _("groepslidmaatschappen")
        ordering = ["groep", "begin_op", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(is_landelijk=True, eind_op__isnull=True),
                name="intervisie_een_landelijke_groep",
                violation_error_message=_("Deze trainer zit al in een landelijke intervisiegroep."),
            ),
            models.UniqueConstraint(
                fields=["user", "groep"],
                condition=Q(eind_op__isnull=True),
                name="intervisie_eenmaal_in_groep",
            ),
            models.CheckConstraint(
                condition=Q(eind_op__isnull=True) | Q(eind_op__gte=models.F("begin_op")),
                name="intervisie_lidmaatschap_eind_na_begin",
            ),
        ]

    def __str__(self):
        return f"Groepslidmaatschap {self.pk}"

    @property
    @admin.display(description=_("indeling gemeld op"))
    def gemeld_op(self):
        """When the member heard which group they are in; the outbox holds it (None: not yet)."""
        return (
            UitgaandeMail.objects.verstuurd()
            .over(self)
            .filter(soort=INDELING_GEMELD)
            .values_list("verstuurd_op", flat=True)
            .first()
        )
