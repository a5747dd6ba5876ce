"""The steps before the training: adviesteam advice, intake with checklist, besluit."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from licenties.selectors import is_ervaren_trainer
from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Uitkomst
from trajecten.models import Advies, Besluit, Intake
from trajecten.rules import (
    adviesteam_controleren,
    besluit_controleren,
    intake_trainers_controleren,
    toelatingsadvies,
)
from trajecten.selectors import leeftijd_buiten_doelgroep_van
from trajecten.services.overgang import stap_zetten
from trajecten.stappen import Stap

INTAKE_VELDEN = [
    f.name
    for f in Intake._meta.get_fields()
    if f.concrete and f.name not in {"id", "traject", "vastgelegd_door"}
]


def advies_vastleggen(
    *,
    traject,
    positief: bool,
    leden,
    overige_leden: str,
    toelichting: str,
    gegeven_op,
    door,
    leeftijd_reden: str = "",
):
    """Rule 'adviesteam': an advice with its members, at least one ervaren trainer; negative closes
    (not admitted, the explanation is the follow-up advice). Rule 'doelgroep leeftijd': a positive
    advice for a pupil outside 12–20 records the adviesteam's reason."""
    uitkomst = "" if positief else Uitkomst.NIET_TOEGELATEN
    with stap_zetten(traject, Stap.ADVIES, door=door, uitkomst=uitkomst) as traject:
        adviesteam_controleren(ervaren=(is_ervaren_trainer(lid, op=gegeven_op) for lid in leden))
        if not toelichting.strip():
            raise ValidationError({"toelichting": _("Licht het advies toe.")})
        leeftijd = leeftijd_buiten_doelgroep_van(traject, op=timezone.localdate())
        if positief and leeftijd and not leeftijd_reden.strip():
            raise ValidationError(
                {
                    "leeftijd_reden": ValidationError(
                        leeftijd + " " + _("Leg vast waarom Re-Fit toch past."), code="leeftijd"
                    )
                }
            )
        advies = Advies.objects.create(
            traject=traject,
            positief=positief,
            overige_leden=overige_leden,
            toelichting=toelichting,
            leeftijd_reden=leeftijd_reden.strip() if positief and leeftijd else "",
            gegeven_op=gegeven_op,
            vastgelegd_door=door,
        )
        advies.leden.set(leden)
        if not positief:
            traject.vervolgadvies = toelichting
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["advies", "status"])
    return advies


def intake_vastleggen(*, traject, trainers, gegevens: dict, door) -> Intake:
    """Rule 'intake': two trainers (one ervaren) record the four topics and the checklist.

    The two intake trainers become the trajectory's trainers.
    """
    with stap_zetten(traject, Stap.INTAKE, door=door) as traject:
        intake_trainers_controleren(
            trainers=trainers, ervaren=(is_ervaren_trainer(t, op=gegevens["datum"]) for t in trainers)
        )
        intake = Intake.objects.create(traject=traject, vastgelegd_door=door, **gegevens)
        intake.trainers.set(trainers)
        traject.trainers.add(*trainers)
        audit_loggen(
            user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["intake", "trainers", "status"]
        )
    return intake


def besluit_nemen(
    *, traject, toegelaten: bool, afwijkingsreden: str, vervolgadvies: str, genomen_op, door
) -> Besluit:
    """Rule 'besluit': start, or not admitted with a follow-up advice; deviation needs a reason."""
    uitkomst = "" if toegelaten else Uitkomst.NIET_TOEGELATEN
    with stap_zetten(traject, Stap.BESLUIT, door=door, uitkomst=uitkomst) as traject:
        besluit_controleren(
            advies=toelatingsadvies(traject.intake),
            toegelaten=toegelaten,
            afwijkingsreden=afwijkingsreden,
            vervolgadvies=vervolgadvies,
        )
        besluit = Besluit.objects.create(
            traject=traject,
            toegelaten=toegelaten,
            afwijkingsreden=afwijkingsreden,
            vervolgadvies=vervolgadvies,
            genomen_op=genomen_op,
            vastgelegd_door=door,
        )
        if not toegelaten:
            traject.vervolgadvies = vervolgadvies
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["besluit", "status"])
    return besluit
