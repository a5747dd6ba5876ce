"""Closure: eindverslag versions, stopping, closing with the outcome."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Status, Uitkomst
from trajecten.models import Eindverslag, Traject
from trajecten.services.stappen import traject_sluiten
from trajecten.stappen import Stap, stap_controleren, stoppen_controleren


def eindverslag_opslaan(*, traject: Traject, gegevens: dict, door) -> Eindverslag:
    """Every save is a new version of the eindverslag; earlier versions stay readable."""
    with transaction.atomic():
        traject = Traject.objects.select_for_update().get(pk=traject.pk)
        if traject.status != Status.IN_TRAINING:
            raise ValidationError(
                _("Het eindverslag schrijf je aan het eind van de training, vóór het afsluiten.")
            )
        versie = (traject.eindverslagen.aggregate(hoogste=Max("versie"))["hoogste"] or 0) + 1
        verslag = Eindverslag.objects.create(traject=traject, versie=versie, aangemaakt_door=door, **gegevens)
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["eindverslag", *gegevens])
    return verslag


def training_stoppen(*, traject: Traject, reden: str, vervolgadvies: str, door) -> Traject:
    """Rule 'stoppen': at the ijkmoment or after repeated absence, always with a follow-up advice."""
    with transaction.atomic():
        traject = Traject.objects.select_for_update().get(pk=traject.pk)
        vandaag = timezone.localdate()
        stoppen_controleren(traject=traject, reden=reden, vervolgadvies=vervolgadvies, vandaag=vandaag)
        traject_sluiten(traject, reden, vervolgadvies, vandaag)
        traject.save()
        audit_loggen(
            user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["status", "uitkomst", "vervolgadvies"]
        )
    return traject


def traject_afsluiten(*, traject: Traject, aanwezigheid_eind, door) -> Traject:
    """Rule 'afsluiting': after the eindgesprek, with an eindverslag; records attendance at the end."""
    with transaction.atomic():
        traject = Traject.objects.select_for_update().get(pk=traject.pk)
        stap_controleren(traject, Stap.AFSLUITEN)
        laatste = traject.eindverslagen.order_by("-versie").first()
        if laatste is None:
            raise ValidationError(
                _("Schrijf eerst het eindverslag; daarna sluit je het traject af."), code="geen_eindverslag"
            )
        traject.aanwezigheid_eind = aanwezigheid_eind
        traject_sluiten(traject, Uitkomst.AFGEROND, laatste.advies, laatste.eindgesprek_op)
        traject.save()
        audit_loggen(
            user=door,
            actie=Actie.GEWIJZIGD,
            traject=traject,
            velden=["status", "uitkomst", "aanwezigheid_eind"],
        )
    return traject
