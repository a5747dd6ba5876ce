"""Bringing in a case for a meeting."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisie.models import Casusinbreng, Intervisiebijeenkomst
from intervisie.models.casussen import trajectcode_validator
from intervisie.persoonsgegevens import persoonsgegevens_signaleren
from intervisie.rules import is_eigen_traject
from intervisie.services.meldingen import loggen


@dataclass(frozen=True)
class Casus:
    """The fixed structure of a case."""

    vraag: str
    context: str
    geprobeerd: str
    leerdoel: str
    trajectcode: str = ""

    def teksten(self) -> str:
        return "\n".join((self.vraag, self.context, self.geprobeerd, self.leerdoel))


def casus_signalen(casus: Casus):
    """The personal-data warnings for a case (rule: persoonsgegevens_signaleren), per part."""
    return {
        veld: signalen
        for veld in ("vraag", "context", "geprobeerd", "leerdoel")
        if (signalen := persoonsgegevens_signaleren(getattr(casus, veld)))
    }


def casus_inbrengen(
    *, bijeenkomst: Intervisiebijeenkomst, casus: Casus, door, persoonsgegevens_gecontroleerd: bool = False
) -> Casusinbreng:
    """Bring in a case. Rules: only a member of the group on the meeting's day, before the meeting;
    no save while the text looks like it holds personal data, unless the member confirmed having
    checked it; a trajectory only by the pseudonymous code of one of the member's own trajectories."""
    if not bijeenkomst.groep.leden_op(bijeenkomst.datum).filter(user=door).exists():
        raise ValidationError(
            _("Alleen leden van de groep brengen een casus in voor deze bijeenkomst."), code="geen_lid"
        )
    if bijeenkomst.is_geannuleerd or bijeenkomst.datum < timezone.localdate():
        raise ValidationError(
            _("Deze bijeenkomst is geweest of geannuleerd: breng je casus in voor een komende bijeenkomst."),
            code="voorbij",
        )
    if not persoonsgegevens_gecontroleerd and casus_signalen(casus):
        raise ValidationError(
            _("Je casus lijkt persoonsgegevens te bevatten. Controleer de gemarkeerde delen."),
            code="persoonsgegevens",
        )
    code = casus.trajectcode.strip().upper()
    if code:
        trajectcode_validator(code)
        if is_eigen_traject(user=door, code=code) is False:
            raise ValidationError(
                {
                    "trajectcode": _(
                        "%(code)s is niet een van jouw trajecten. "
                        "Je koppelt een casus alleen aan een traject "
                        "dat je zelf begeleidt."
                    )
                    % {"code": code}
                },
                code="ander_traject",
            )
    with transaction.atomic():
        inbreng = Casusinbreng.objects.create(
            bijeenkomst=bijeenkomst,
            inbrenger=door,
            vraag=casus.vraag,
            context=casus.context,
            geprobeerd=casus.geprobeerd,
            leerdoel=casus.leerdoel,
            trajectcode=code,
        )
        loggen(inbreng, "intervisie.casus.ingebracht", door=door, data={"bijeenkomst": bijeenkomst.pk})
    return inbreng
