"""The rules of intervisie, one function each, named after the rule.

Bigger rules have their own module: `indeling` (proposing groups), `jaarplan` (the year plan),
`persoonsgegevens` (warnings in a case). Services and views call these; they do not restate them.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail import hooks

from intervisie.choices import GroepStatus
from portal.kalender import datum_tekst
from portal.roles import Role, has_role
from portal.rules import aanwezigheid_datum_controleren

# `trajecten` may register a function (user, code) -> bool under this name that says whether the
# trajectory with that pseudonymous code is one of the user's own. intervisie never imports trajecten.
TRAJECT_VAN_TRAINER_HOOK = "intervisie_traject_van_trainer"


def groepsgrootte_controleren(*, groep, aantal_leden: int) -> None:
    """Rule 'doelgrootte': a group never gets more members than its largest size.

    A group below its smallest size is allowed (it is being formed or lost members) and shown as
    a warning on the forming screen.
    """
    if aantal_leden > groep.max_grootte:
        raise ValidationError(
            _("Groep %(groep)s heeft dan %(aantal)d leden; het maximum is %(max)d.")
            % {"groep": groep.naam, "aantal": aantal_leden, "max": groep.max_grootte},
            code="groep_vol",
        )


def groep_open_controleren(groep) -> None:
    if groep.status != GroepStatus.ACTIEF:
        raise ValidationError(
            _("Groep %(groep)s is opgeheven: daar kan niets meer bij.") % {"groep": groep.naam},
            code="opgeheven",
        )


def bijeenkomstdatum_controleren(*, datum: date, vandaag: date, vorige_datum: date | None = None) -> None:
    """Rule 'geen bijeenkomst achteraf': a meeting planned by hand or moved lies today or later.

    Meetings of the year plan were planned ahead and may lie in the past (to record attendance
    and minutes); a date in the past that is not already in the plan is refused.
    """
    if datum < vandaag and datum != vorige_datum:
        raise ValidationError(
            {
                "datum": _(
                    "%(datum)s ligt in het verleden en hoort niet bij het jaarplan van de groep. "
                    "Plan een bijeenkomst op vandaag of later."
                )
                % {"datum": datum_tekst(datum)}
            },
            code="verleden",
        )


def is_eigen_traject(*, user, code: str) -> bool | None:
    """Rule 'alleen eigen trajecten': whether `code` names one of `user`'s own trajectories.

    None when no app answers the question yet (only the code's format is then checked); the
    `trajecten` app plugs in through TRAJECT_VAN_TRAINER_HOOK (docs/intervisie.md).
    """
    antwoorden = [bron(user, code) for bron in hooks.get_hooks(TRAJECT_VAN_TRAINER_HOOK)]
    if not antwoorden:
        return None
    return any(antwoorden)


def aanwezigheid_registreerbaar_controleren(*, bijeenkomst, vandaag: date) -> None:
    """Rule 'aanwezigheid achteraf': recorded on or after the day of a meeting that took place."""
    if bijeenkomst.is_geannuleerd:
        raise ValidationError(_("Deze bijeenkomst is geannuleerd."), code="geannuleerd")
    aanwezigheid_datum_controleren(datum=bijeenkomst.datum, vandaag=vandaag)


def mag_groep_beheren(user, groep) -> bool:
    """Rule 'wie plant': the group's facilitators plan meetings and record attendance and minutes;
    the kerngroep may step in for them."""
    if not user.is_authenticated:
        return False
    return (
        user.is_superuser or has_role(user, Role.KERNGROEP) or groep.facilitatoren.filter(pk=user.pk).exists()
    )
