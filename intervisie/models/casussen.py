"""A case a member brings in for a meeting: fixed structure, pseudonymised."""

from datetime import timedelta

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intervisie.models.bijeenkomsten import Intervisiebijeenkomst

# The pseudonymous code of a trajectory (`trajecten`): T- (individual) or G- (group training) and five
# characters without look-alikes. Only the code is stored here, never a pupil's data.
TRAJECTCODE_PATROON = r"^[TG]-[2345679ACDEFGHJKMNPQRTUVWXYZ]{5}$"
trajectcode_validator = RegexValidator(
    TRAJECTCODE_PATROON,
    _("Een trajectcode ziet eruit als T-4KX9M: een T of G, een streepje en vijf tekens."),
)


class CasusinbrengQuerySet(models.QuerySet):
    def zichtbaar_voor(self, user, *, zichtbaar_dagen: int):
        """Rule 'casus zichtbaar': the author always; the group (members on the day and facilitators)
        from bringing in until `zichtbaar_dagen` after the meeting."""
        if not user.is_authenticated:
            return self.none()
        grens = timezone.localdate() - timedelta(days=zichtbaar_dagen)
        groep = models.Q(
            bijeenkomst__in=Intervisiebijeenkomst.objects.zichtbaar_voor(user), bijeenkomst__datum__gte=grens
        )
        return self.filter(models.Q(inbrenger=user) | groep).distinct()


class Casusinbreng(models.Model):
    """What a member brings to a meeting: a question, its context, what was tried, what they want to learn."""

    ONDERDELEN = ("vraag", "context", "geprobeerd", "leerdoel")

    bijeenkomst = models.ForeignKey(
        Intervisiebijeenkomst,
        on_delete=models.CASCADE,
        related_name="casussen",
        verbose_name=_("bijeenkomst"),
    )
    inbrenger = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="casussen",
        verbose_name=_("ingebracht door"),
    )
    vraag = models.TextField(_("vraag aan de groep"), help_text=_("Wat wil je de groep vragen?"))
    context = models.TextField(
        _("context"),
        help_text=_(
            "Wat moet de groep weten? Zonder namen, scholen, geboortedata of andere herkenbare gegevens."
        ),
    )
    geprobeerd = models.TextField(_("wat heb je al geprobeerd"))
    leerdoel = models.TextField(_("wat wil je leren"))
    trajectcode = models.CharField(
        _("trajectcode"),
        max_length=10,
        blank=True,
        validators=[trajectcode_validator],
        help_text=_(
            "Optioneel: de code van een van je eigen trajecten, bijvoorbeeld T-4KX9M. Nooit een naam."
        ),
    )
    aangemaakt_op = models.DateTimeField(_("ingebracht op"), default=timezone.now, editable=False)
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    objects = CasusinbrengQuerySet.as_manager()

    class Meta:
        verbose_name = _("casusinbreng")
        verbose_name_plural = _("casusinbrengen")
        ordering = ["bijeenkomst", "aangemaakt_op"]

    def __str__(self):
        return f"Casus {self.pk}"

    def onderdelen(self) -> list[tuple[str, str, str]]:
        """(name, label, text) of each part of the fixed structure, in order."""
        return [(n, self._meta.get_field(n).verbose_name, getattr(self, n)) for n in self.ONDERDELEN]
