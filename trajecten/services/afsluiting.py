"""Closure: eindverslag versions and closing the trajectory with an ending the state machine allows."""

from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils.translation import gettext as _

from trajecten.audit import Actie, audit_loggen
from trajecten.choices import Uitkomst
from trajecten.models import Eindverslag, Traject
from trajecten.services.overgang import stap_zetten
from trajecten.stappen import Stap, vervolgadvies_nodig


def eindverslag_opslaan(*, traject: Traject, gegevens: dict, door) -> Eindverslag:
    """Every save is a new version of the eindverslag; earlier versions stay readable. Written
    during the training (once it started), before closing."""
    with stap_zetten(traject, Stap.EINDVERSLAG, door=door) as traject:
        versie = (traject.eindverslagen.aggregate(hoogste=Max("versie"))["hoogste"] or 0) + 1
        verslag = Eindverslag.objects.create(traject=traject, versie=versie, aangemaakt_door=door, **gegevens)
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["eindverslag", *gegevens])
    return verslag


def traject_afsluiten(
    *,
    traject: Traject,
    door,
    uitkomst: str = Uitkomst.AFGEROND,
    vervolgadvies: str = "",
    aanwezigheid_eind=None,
) -> Traject:
    """Rule 'afsluiting': close with an ending the state machine allows from the current status.

    'Afgerond' needs a training that ran (`stappen.training_gelopen`) and an eindverslag, whose
    advice becomes the follow-up advice, and records the attendance at the end. Every other ending
    (niet gestart, gestopt na het ijkmoment, gestopt wegens afwezigheid) needs a written follow-up
    advice. The destroy date follows from the closure (rule 'bewaartermijn').
    """
    with stap_zetten(traject, Stap.AFSLUITEN, door=door, uitkomst=uitkomst) as traject:
        if uitkomst == Uitkomst.AFGEROND:
            laatste = traject.eindverslagen.order_by("-versie").first()
            if laatste is None:
                raise ValidationError(
                    _("Schrijf eerst het eindverslag; daarna sluit je het traject af."),
                    code="geen_eindverslag",
                )
            if aanwezigheid_eind is None:
                raise ValidationError(
                    {"aanwezigheid_eind": _("Vul de schoolaanwezigheid aan het eind van de training in.")}
                )
            traject.aanwezigheid_eind = aanwezigheid_eind
            traject.vervolgadvies = laatste.advies
        else:
            if vervolgadvies_nodig(uitkomst) and not vervolgadvies.strip():
                raise ValidationError(
                    {"vervolgadvies": _("Wie stopt of niet begint, krijgt altijd een vervolgadvies.")}
                )
            traject.vervolgadvies = vervolgadvies.strip()
        audit_loggen(
            user=door,
            actie=Actie.GEWIJZIGD,
            traject=traject,
            velden=["status", "uitkomst", "vervolgadvies", "aanwezigheid_eind"],
        )
    return traject
