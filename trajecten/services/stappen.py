"""The steps before the training: adviesteam advice, intake with checklist, besluit."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Status, Uitkomst
from trajecten.models import Advies, Besluit, Intake, Traject
from trajecten.rules import (
    adviesteam_controleren,
    besluit_controleren,
    intake_trainers_controleren,
    toelatingsadvies,
)
from trajecten.stappen import Stap, stap_controleren, status_na

INTAKE_VELDEN = [
    f.name
    for f in Intake._meta.get_fields()
    if f.concrete and f.name not in {"id", "traject", "vastgelegd_door"}
]


def _vergrendeld(traject: Traject) -> Traject:
    return Traject.objects.select_for_update().get(pk=traject.pk)


def advies_vastleggen(
    *, traject, positief: bool, leden, overige_leden: str, toelichting: str, gegeven_op, door
):
    """Rule 'adviesteam': an advice with its members, at least one ervaren trainer; negative closes."""
    with transaction.atomic():
        traject = _vergrendeld(traject)
        stap_controleren(traject, Stap.ADVIES)
        adviesteam_controleren(leden=leden, op=gegeven_op)
        if not toelichting.strip():
            raise ValidationError({"toelichting": _("Licht het advies toe.")})
        advies = Advies.objects.create(
            traject=traject,
            positief=positief,
            overige_leden=overige_leden,
            toelichting=toelichting,
            gegeven_op=gegeven_op,
            vastgelegd_door=door,
        )
        advies.leden.set(leden)
        traject.status = status_na(Stap.ADVIES, positief=positief)
        if not positief:
            traject_sluiten(traject, Uitkomst.NIET_TOEGELATEN, toelichting, gegeven_op)
        traject.save()
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["advies", "status"])
    return advies


def intake_vastleggen(*, traject, trainers, gegevens: dict, door) -> Intake:
    """Rule 'intake': two trainers (one ervaren) record the four topics and the checklist.

    The two intake trainers become the trajectory's trainers.
    """
    with transaction.atomic():
        traject = _vergrendeld(traject)
        stap_controleren(traject, Stap.INTAKE)
        intake_trainers_controleren(trainers=trainers, op=gegevens["datum"])
        intake = Intake.objects.create(traject=traject, vastgelegd_door=door, **gegevens)
        intake.trainers.set(trainers)
        traject.trainers.add(*trainers)
        traject.status = status_na(Stap.INTAKE)
        traject.save()
        audit_loggen(
            user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["intake", "trainers", "status"]
        )
    return intake


def besluit_nemen(
    *, traject, toegelaten: bool, afwijkingsreden: str, vervolgadvies: str, genomen_op, door
) -> Besluit:
    """Rule 'besluit': start, or not admitted with a follow-up advice; deviation needs a reason."""
    with transaction.atomic():
        traject = _vergrendeld(traject)
        stap_controleren(traject, Stap.BESLUIT)
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
        traject.status = status_na(Stap.BESLUIT, positief=toegelaten)
        if not toegelaten:
            traject_sluiten(traject, Uitkomst.NIET_TOEGELATEN, vervolgadvies, genomen_op)
        traject.save()
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["besluit", "status"])
    return besluit


def traject_sluiten(traject: Traject, uitkomst: str, vervolgadvies: str, op) -> None:
    """Close a trajectory and set its destroy date (rule 'bewaartermijn')."""
    from trajecten.models import TrajectInstellingen
    from trajecten.rules import vernietigdatum

    traject.status = Status.AFGESLOTEN
    traject.uitkomst = uitkomst
    traject.vervolgadvies = vervolgadvies
    traject.afgesloten_op = op or timezone.localdate()
    traject.vernietigen_op = vernietigdatum(
        afgesloten_op=traject.afgesloten_op,
        bewaartermijn_jaren=TrajectInstellingen.load().bewaartermijn_jaren,
    )
