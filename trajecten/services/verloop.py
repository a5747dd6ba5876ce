"""During the training: a meeting's record, progress messages and attachments."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.kalender import schooljaar_van
from portal.rules import aanwezigheid_vast_te_leggen
from trajecten.audit import Actie, audit_loggen
from trajecten.choices import BijeenkomstStatus, Status
from trajecten.models import Bijeenkomst, Bijlage, Voortgangsbericht
from trajecten.rules import afwezigheid_controleren, afwezigheidsopvolging
from trajecten.services.overgang import stap_zetten
from trajecten.stappen import TRAININGSBIJEENKOMST, Stap, overgaan, stap_controleren


def training_gestart_vastleggen(traject, bijeenkomst: Bijeenkomst, *, door) -> None:
    """Rule 'gestart' (reach): a held training meeting starts the training; the school year of the
    earliest held one is recorded on the trajectory, so the count survives its destruction."""
    if not Bijeenkomst.objects.filter(TRAININGSBIJEENKOMST, pk=bijeenkomst.pk).exists():
        return
    schooljaar = schooljaar_van(bijeenkomst.datum)
    if not traject.gestart_in_schooljaar or schooljaar < traject.gestart_in_schooljaar:
        traject.gestart_in_schooljaar = schooljaar
    if traject.status == Status.GEPLAND:
        overgaan(traject, stap_controleren(traject, Stap.STARTEN, door=door))


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
    """Rule 'afwezigheid': record held or absent (with a reason); returns the follow-up prompt, if any.

    A held meeting stays held (notes and homework can still change): the first one started the
    training, and a start is a fact the reach figures keep.
    """
    with stap_zetten(bijeenkomst.traject, Stap.BIJEENKOMST, door=door) as traject:
        bijeenkomst = Bijeenkomst.objects.select_for_update().get(pk=bijeenkomst.pk)
        if not aanwezigheid_vast_te_leggen(datum=bijeenkomst.datum, vandaag=timezone.localdate()):
            raise ValidationError(_("Een bijeenkomst leg je vast op of na de dag zelf."), code="te_vroeg")
        afwezigheid_controleren(aanwezig=aanwezig, reden_afwezigheid=reden_afwezigheid)
        if not aanwezig and bijeenkomst.status == BijeenkomstStatus.GEHOUDEN:
            raise ValidationError(
                _(
                    "Deze bijeenkomst is al als gehouden vastgelegd; dat blijft zo. Notities en huiswerk "
                    "kun je wel aanpassen."
                ),
                code="gehouden_blijft_gehouden",
            )
        bijeenkomst.status = BijeenkomstStatus.GEHOUDEN if aanwezig else BijeenkomstStatus.AFWEZIG
        bijeenkomst.reden_afwezigheid = "" if aanwezig else reden_afwezigheid.strip()
        bijeenkomst.notities = notities
        bijeenkomst.huiswerk = huiswerk
        bijeenkomst.save()
        bijeenkomst.activiteiten.set(activiteiten)
        if aanwezig:
            training_gestart_vastleggen(traject, bijeenkomst, door=door)
        audit_loggen(
            user=door,
            actie=Actie.GEWIJZIGD,
            traject=traject,
            velden=[
                "bijeenkomst.status",
                "bijeenkomst.notities",
                "bijeenkomst.huiswerk",
                "bijeenkomst.activiteiten",
            ],
        )
        afwezig = traject.bijeenkomsten.filter(status=BijeenkomstStatus.AFWEZIG).count()
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
    with stap_zetten(bericht.traject, Stap.BERICHT, door=door) as traject:
        bericht = Voortgangsbericht.objects.select_for_update().get(pk=bericht.pk)
        if not strekking.strip():
            raise ValidationError({"strekking": _("Schrijf de strekking van het bericht op.")})
        bericht.verstuurd_op = verstuurd_op
        bericht.kanaal = kanaal
        bericht.strekking = strekking
        bericht.met_toestemming_gezondheid = met_toestemming_gezondheid
        bericht.save()
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["voortgangsbericht"])
    return bericht


def bijlage_toevoegen(*, traject, soort: str, omschrijving: str, bestand, content_type: str, door) -> Bijlage:
    """A worksheet (PDF or image, checked by the form) stored under a random name outside the media."""
    with stap_zetten(traject, Stap.BIJLAGE, door=door) as traject:
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
