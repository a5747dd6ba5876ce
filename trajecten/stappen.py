"""The one home of the order of steps: aanmelding → advies → intake → besluit → training → afsluiting.

Rule 'chronologische volgorde' (domain.md): every service asks `stap_controleren`
before it writes; a step out of order is refused with a Dutch reason that says
what has to happen first. Stopping is possible during the training only (at the
ijkmoment or after repeated absence, see `stoppen_controleren`).
"""

from enum import StrEnum

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from trajecten.choices import Status


class Stap(StrEnum):
    ADVIES = "advies"
    INTAKE = "intake"
    BESLUIT = "besluit"
    PLANNEN = "plannen"
    STOPPEN = "stoppen"
    AFSLUITEN = "afsluiten"


STAP_NAMEN = {
    Stap.ADVIES: gettext_lazy("Het advies van het adviesteam"),
    Stap.INTAKE: gettext_lazy("De intake"),
    Stap.BESLUIT: gettext_lazy("Het besluit"),
    Stap.PLANNEN: gettext_lazy("Het plannen van de training"),
    Stap.STOPPEN: gettext_lazy("Stoppen met de training"),
    Stap.AFSLUITEN: gettext_lazy("Het afsluiten met eindgesprek en eindverslag"),
}

# From which status each step may be taken.
TOEGESTAAN_VANAF = {
    Stap.ADVIES: {Status.AANGEMELD},
    Stap.INTAKE: {Status.GEADVISEERD},
    Stap.BESLUIT: {Status.INTAKE_GEDAAN},
    Stap.PLANNEN: {Status.TOEGELATEN},
    Stap.STOPPEN: {Status.IN_TRAINING},
    Stap.AFSLUITEN: {Status.IN_TRAINING},
}

# What has to happen next, per status: the reason given when another step is tried.
EERST = {
    Status.AANGEMELD: gettext_lazy("eerst geeft het adviesteam een advies"),
    Status.GEADVISEERD: gettext_lazy("eerst volgt de intake door twee trainers"),
    Status.INTAKE_GEDAAN: gettext_lazy("eerst nemen de trainers een besluit over de toelating"),
    Status.TOEGELATEN: gettext_lazy("eerst wordt de training gepland"),
    Status.IN_TRAINING: gettext_lazy("de training loopt: sluit die af of stop"),
    Status.AFGESLOTEN: gettext_lazy("het traject is afgesloten"),
}


def mag_stap(traject, stap: Stap) -> bool:
    return traject.status in TOEGESTAAN_VANAF[stap]


def stap_controleren(traject, stap: Stap) -> None:
    """Refuse `stap` unless the trajectory is exactly at the status it follows."""
    if not mag_stap(traject, stap):
        raise ValidationError(
            _("%(stap)s kan nu niet: %(eerst)s.")
            % {"stap": STAP_NAMEN[stap], "eerst": EERST[traject.status]},
            code="volgorde",
        )


def status_na(stap: Stap, *, positief: bool = True) -> str:
    """The status a trajectory reaches after `stap`; a negative advice or besluit closes it."""
    if stap == Stap.ADVIES:
        return Status.GEADVISEERD if positief else Status.AFGESLOTEN
    if stap == Stap.INTAKE:
        return Status.INTAKE_GEDAAN
    if stap == Stap.BESLUIT:
        return Status.TOEGELATEN if positief else Status.AFGESLOTEN
    if stap == Stap.PLANNEN:
        return Status.IN_TRAINING
    return Status.AFGESLOTEN


def stoppen_controleren(*, traject, reden: str, vervolgadvies: str, vandaag) -> None:
    """Rule 'stoppen': only at the ijkmoment (end of phase 1, once reached) or after repeated absence,
    always with a follow-up advice."""
    from trajecten.choices import BijeenkomstSoort, BijeenkomstStatus, Uitkomst

    stap_controleren(traject, Stap.STOPPEN)
    if not vervolgadvies.strip():
        raise ValidationError({"vervolgadvies": _("Wie stopt krijgt altijd een vervolgadvies.")})
    if reden == Uitkomst.GESTOPT_IJKMOMENT:
        ijkmoment = (
            traject.bijeenkomsten.filter(
                soort__in=[BijeenkomstSoort.IJKMOMENT, BijeenkomstSoort.OUDERBIJEENKOMST]
            )
            .order_by("datum")
            .first()
        )
        if ijkmoment is None or ijkmoment.datum > vandaag:
            raise ValidationError(
                _("Stoppen na het ijkmoment kan pas als het ijkmoment (einde fase 1) is geweest."),
                code="voor_ijkmoment",
            )
    elif reden == Uitkomst.GESTOPT_AFWEZIGHEID:
        if traject.bijeenkomsten.filter(status=BijeenkomstStatus.AFWEZIG).count() < 2:
            raise ValidationError(
                _("Stoppen wegens afwezigheid kan pas na herhaalde afwezigheid (minstens twee keer)."),
                code="niet_herhaald_afwezig",
            )
    else:
        raise ValidationError(_("Kies waarom de training stopt."), code="reden")
