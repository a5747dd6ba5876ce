"""During the training: a meeting's record, progress messages and attachments."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from trajecten.audit import Actie, audit_loggen
from trajecten.choices import BijeenkomstStatus, Status
from trajecten.models import Bijeenkomst, Bijlage, Voortgangsbericht
from trajecten.rules import afwezigheidsopvolging


def _tijdens_training(traject) -> None:
    if traject.status != Status.IN_TRAINING:
        raise ValidationError(_("Dit leg je vast tijdens de training."), code="niet_in_training")


def bijeenkomst_vastleggen(
    *,
    bijeenkomst: Bijeenkomst,
    aanwezig: bool,
    reden_afwezigheid: str,
    activiteiten,
    notities: str,
    huiswerk: str,
    door,
) -> str:
    """Rule 'afwezigheid': record held or absent (with a reason); returns the follow-up prompt, if any."""
    with transaction.atomic():
        bijeenkomst = Bijeenkomst.objects.select_for_update().select_related("traject").get(pk=bijeenkomst.pk)
        _tijdens_training(bijeenkomst.traject)
        if bijeenkomst.datum > timezone.localdate():
            raise ValidationError(_("Een bijeenkomst leg je vast op of na de dag zelf."), code="te_vroeg")
        if not aanwezig and not reden_afwezigheid.strip():
            raise ValidationError({"reden_afwezigheid": _("Geef de reden van afwezigheid op.")})
        bijeenkomst.status = BijeenkomstStatus.GEHOUDEN if aanwezig else BijeenkomstStatus.AFWEZIG
        bijeenkomst.reden_afwezigheid = "" if aanwezig else reden_afwezigheid.strip()
        bijeenkomst.notities = notities
        bijeenkomst.huiswerk = huiswerk
        bijeenkomst.save()
        bijeenkomst.activiteiten.set(activiteiten)
        audit_loggen(
            user=door,
            actie=Actie.GEWIJZIGD,
            traject=bijeenkomst.traject,
            velden=[
                "bijeenkomst.status",
                "bijeenkomst.notities",
                "bijeenkomst.huiswerk",
                "bijeenkomst.activiteiten",
            ],
        )
        afwezig = bijeenkomst.traject.bijeenkomsten.filter(status=BijeenkomstStatus.AFWEZIG).count()
    return "" if aanwezig else afwezigheidsopvolging(afwezig)


def voortgangsbericht_vastleggen(
    *,
    bericht: Voortgangsbericht,
    verstuurd_op,
    kanaal: str,
    strekking: str,
    met_toestemming_gezondheid: bool,
    door,
) -> Voortgangsbericht:
    """Rule 'voortgangsberichten': log date, channel and gist of a message to parents or school."""
    with transaction.atomic():
        bericht = Voortgangsbericht.objects.select_for_update().select_related("traject").get(pk=bericht.pk)
        _tijdens_training(bericht.traject)
        if not strekking.strip():
            raise ValidationError({"strekking": _("Schrijf de strekking van het bericht op.")})
        bericht.verstuurd_op = verstuurd_op
        bericht.kanaal = kanaal
        bericht.strekking = strekking
        bericht.met_toestemming_gezondheid = met_toestemming_gezondheid
        bericht.save()
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=bericht.traject, velden=["voortgangsbericht"])
    return bericht


def bijlage_toevoegen(*, traject, soort: str, omschrijving: str, bestand, content_type: str, door) -> Bijlage:
    """A worksheet (PDF or image, checked by the form) stored under a random name outside the media."""
    if traject.status in (Status.AFGESLOTEN,):
        raise ValidationError(_("Bij een afgesloten traject voeg je geen bijlagen meer toe."))
    with transaction.atomic():
        bijlage = Bijlage(
            traject=traject,
            soort=soort,
            omschrijving=omschrijving,
            content_type=content_type,
            grootte=bestand.size,
            geupload_door=door,
        )
        bijlage.bestand.save(bestand.name, bestand, save=False)
        bijlage.save()
        audit_loggen(user=door, actie=Actie.BIJLAGE_TOEGEVOEGD, traject=traject, velden=["bijlage"])
    return bijlage
