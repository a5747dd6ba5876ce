"""The Dutch school holidays per region: what planners must avoid.

The rows come from the Rijksoverheid (see `portal/data/schoolvakanties.csv`); the kerngroep
maintains them in the Wagtail admin. Reading them goes through `portal/schoolvakanties.py`.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.kalender import SCHOOLJAAR_BEGINMAAND, datum_tekst, schooljaar_van
from portal.models.organisaties import Regio

ZATERDAG, ZONDAG = 5, 6


def beginjaar_van_schooljaar(veld: str) -> models.Case:
    """The same rule in SQL: the calendar year in which the school year of the date `veld` began,
    so a count per school year can be grouped in the database."""
    return models.Case(
        models.When(**{f"{veld}__month__gte": SCHOOLJAAR_BEGINMAAND}, then=ExtractYear(veld)),
        default=ExtractYear(veld) - 1,
        output_field=models.IntegerField(),
    )


class SchoolvakantieQuerySet(models.QuerySet):
    def in_regio(self, regio):
        return self.filter(regio=regio)

    def overlappend(self, van: date, tot: date):
        """Holidays with at least one day in the closed range [van, tot]."""
        return self.filter(begin__lte=tot, eind__gte=van)


class Schoolvakantie(models.Model):
    """One school holiday of one region in one school year, from its first to its last free day."""

    class Soort(models.TextChoices):
        HERFSTVAKANTIE = "herfstvakantie", _("Herfstvakantie")
        KERSTVAKANTIE = "kerstvakantie", _("Kerstvakantie")
        VOORJAARSVAKANTIE = "voorjaarsvakantie", _("Voorjaarsvakantie")
        MEIVAKANTIE = "meivakantie", _("Meivakantie")
        ZOMERVAKANTIE = "zomervakantie", _("Zomervakantie")

    schooljaar = models.CharField(
        _("schooljaar"),
        max_length=9,
        help_text=_("Bijvoorbeeld 2025-2026. Een schooljaar loopt van 1 augustus tot en met 31 juli."),
        validators=[RegexValidator(r"^\d{4}-\d{4}$", _("Schrijf het schooljaar als 2025-2026."))],
    )
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    regio = models.CharField(_("regio"), max_length=10, choices=Regio.choices)
    begin = models.DateField(_("eerste vrije dag"), help_text=_("Een zaterdag."))
    eind = models.DateField(_("laatste vrije dag"), help_text=_("Een zondag."))

    objects = SchoolvakantieQuerySet.as_manager()

    class Meta:
        verbose_name = _("schoolvakantie")
        verbose_name_plural = _("schoolvakanties")
        ordering = ["begin", "regio"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(eind__gte=models.F("begin")),
                name="schoolvakantie_eind_na_begin",
                violation_error_message=_(
                    "De laatste vrije dag ligt vóór de eerste vrije dag. Kies een einddatum op of na de "
                    "begindatum."
                ),
            ),
            models.UniqueConstraint(
                fields=["schooljaar", "soort", "regio"],
                name="schoolvakantie_uniek_per_jaar_soort_regio",
                violation_error_message=_(
                    "Deze vakantie bestaat al voor dit schooljaar en deze regio. Pas die aan in plaats "
                    "van een nieuwe toe te voegen."
                ),
            ),
        ]
        indexes = [models.Index(fields=["regio", "begin"], name="schoolvakantie_regio_begin")]

    def __str__(self):
        return gettext("%(soort)s %(schooljaar)s, regio %(regio)s") % {
            "soort": self.get_soort_display(),
            "schooljaar": self.schooljaar,
            "regio": self.get_regio_display(),
        }

    def clean(self):
        """Shape of a holiday as the Rijksoverheid publishes it, and no two holidays at once."""
        errors = {}
        if self.begin and self.begin.weekday() != ZATERDAG:
            errors["begin"] = gettext("Een schoolvakantie begint op een zaterdag (de eerste vrije dag).")
        if self.eind and self.eind.weekday() != ZONDAG:
            errors["eind"] = gettext("Een schoolvakantie eindigt op een zondag (de laatste vrije dag).")
        if self.schooljaar and "schooljaar" not in errors:
            eerste, _streep, tweede = self.schooljaar.partition("-")
            if eerste.isdigit() and tweede.isdigit() and int(tweede) != int(eerste) + 1:
                errors["schooljaar"] = gettext(
                    "Een schooljaar loopt over twee opeenvolgende jaren, bijvoorbeeld 2025-2026."
                )
            elif self.begin and schooljaar_van(self.begin) != self.schooljaar:
                errors["begin"] = gettext(
                    "Deze datum valt niet in schooljaar %(schooljaar)s (1 augustus tot en met 31 juli)."
                ) % {"schooljaar": self.schooljaar}
        if errors:
            raise ValidationError(errors)
        # Ordering of the two dates is the check constraint's message; overlap only makes sense after.
        if self.regio and self.begin and self.eind and self.eind >= self.begin:
            andere = (
                Schoolvakantie.objects.in_regio(self.regio)
                .overlappend(self.begin, self.eind)
                .exclude(pk=self.pk)
                .first()
            )
            if andere is not None:
                raise ValidationError(
                    gettext(
                        "Deze periode overlapt met %(vakantie)s (%(begin)s tot en met %(eind)s). "
                        "Twee vakanties in dezelfde regio kunnen niet tegelijk vallen."
                    )
                    % {
                        "vakantie": andere,
                        "begin": datum_tekst(andere.begin),
                        "eind": datum_tekst(andere.eind),
                    }
                )
