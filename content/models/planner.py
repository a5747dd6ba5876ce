"""A trainer's plans for a meeting (sessieplan), and the activities they keep as favourites."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from content.programma import (
    ONDERDELEN_GROEP,
    ONDERDELEN_INDIVIDUEEL,
    TOTAAL_WEKEN,
    beschikbare_minuten,
)


class SessieplanQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user):
        """Rule: a plan is private to its trainer, unless shared with a co-trainer."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(trainer=user) | Q(gedeeld_met=user)).distinct()


class Sessieplan(models.Model):
    class Soort(models.TextChoices):
        INDIVIDUEEL = "individueel", _("Individuele bijeenkomst (45 minuten)")
        GROEP = "groep", _("Groepsbijeenkomst (2,5 uur, twee trainers)")

    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sessieplannen"
    )
    titel = models.CharField(_("titel"), max_length=150)
    soort = models.CharField(
        _("soort bijeenkomst"), max_length=20, choices=Soort.choices, default=Soort.INDIVIDUEEL
    )
    thema = models.ForeignKey(
        "content.ThemaPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("thema"),
    )
    week = models.PositiveSmallIntegerField(
        _("week"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(TOTAAL_WEKEN)]
    )
    notities = models.TextField(_("eigen notities"), blank=True, max_length=4000)
    gedeeld_met = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="gedeelde_sessieplannen",
        verbose_name=_("gedeeld met"),
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    objects = SessieplanQuerySet.as_manager()

    class Meta:
        verbose_name = _("sessieplan")
        verbose_name_plural = _("sessieplannen")
        ordering = ["-gewijzigd_op"]

    def __str__(self):
        return self.titel

    @property
    def onderdelen(self):
        return ONDERDELEN_GROEP if self.soort == self.Soort.GROEP else ONDERDELEN_INDIVIDUEEL

    @property
    def beschikbare_minuten(self) -> int:
        """Rule 'duur van een bijeenkomst' (`content.programma.beschikbare_minuten`) for this plan."""
        return beschikbare_minuten(is_groep=self.soort == self.Soort.GROEP)


class SessieplanItem(models.Model):
    plan = models.ForeignKey(Sessieplan, on_delete=models.CASCADE, related_name="items")
    onderdeel = models.CharField(_("onderdeel"), max_length=30)
    activiteit = models.ForeignKey("content.ActiviteitPage", on_delete=models.CASCADE, related_name="+")
    notitie = models.CharField(_("notitie"), max_length=300, blank=True)
    volgorde = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("activiteit in een sessieplan")
        verbose_name_plural = _("activiteiten in sessieplannen")
        ordering = ["volgorde", "pk"]

    def __str__(self):
        return f"{self.plan_id}: {self.activiteit_id}"


class Favoriet(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="favoriete_activiteiten"
    )
    activiteit = models.ForeignKey("content.ActiviteitPage", on_delete=models.CASCADE, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("favoriete activiteit")
        verbose_name_plural = _("favoriete activiteiten")
        constraints = [models.UniqueConstraint(fields=["user", "activiteit"], name="favoriet_uniek")]

    def __str__(self):
        return f"{self.user_id} ♥ {self.activiteit_id}"
