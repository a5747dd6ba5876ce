"""What the opleider and the cursist record during the course: attendance, werkagenda, sign-off."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cursus.choices import Competentie, Oordeel
from cursus.models import (
    Aanmelding,
    Aanwezigheid,
    Aftekening,
    Bijeenkomst,
    CompetentieOordeel,
    Werkagenda,
    WerkagendaOpmerking,
)
from cursus.rules import inhalen_controleren, werkagenda_ontbrekende_onderdelen
from cursus.services.meldingen import aanmelding_loggen
from portal.rules import aanwezigheid_datum_controleren


@dataclass(frozen=True)
class Registratie:
    """Present or absent (with a reason) for one participant."""

    aanmelding: Aanmelding
    aanwezig: bool
    reden_afwezig: str = ""


def aanwezigheid_vastleggen(*, bijeenkomst: Bijeenkomst, registraties: list[Registratie], door) -> int:
    """Rule 'aanwezigheid': the opleider records every participant of a session at once, all or nothing.

    Only for deelnemers of the session's edition; an absence needs a reason; not before
    the day itself. Recording again corrects the earlier record.
    """
    aanwezigheid_datum_controleren(datum=bijeenkomst.datum, vandaag=timezone.localdate())
    deelnemers = set(
        Aanmelding.objects.deelnemers()
        .filter(cursusronde_id=bijeenkomst.cursusronde_id)
        .values_list("pk", flat=True)
    )
    fouten = []
    for registratie in registraties:
        naam = registratie.aanmelding.user.get_full_name() or _("Deze persoon")
        if registratie.aanmelding.pk not in deelnemers:
            fouten.append(
                _(
                    "%(naam)s is geen deelnemer van deze cursusronde: aanwezigheid leg je alleen vast "
                    "voor wie toegelaten en geplaatst is."
                )
                % {"naam": naam}
            )
        elif not registratie.aanwezig and not registratie.reden_afwezig.strip():
            fouten.append(_("Geef bij %(naam)s een reden van afwezigheid op.") % {"naam": naam})
    if fouten:
        raise ValidationError(fouten, code="ongeldig")
    with transaction.atomic():
        for registratie in registraties:
            Aanwezigheid.objects.update_or_create(
                aanmelding=registratie.aanmelding,
                bijeenkomst=bijeenkomst,
                defaults={
                    "aanwezig": registratie.aanwezig,
                    "reden_afwezig": "" if registratie.aanwezig else registratie.reden_afwezig.strip(),
                    "vastgelegd_door": door,
                    "vastgelegd_op": timezone.now(),
                },
            )
        log(
            bijeenkomst.cursusronde,
            "cursus.cursusronde.aanwezigheid",
            user=door,
            data={"bijeenkomst": bijeenkomst.pk, "aantal": len(registraties)},
        )
    return len(registraties)


def inhaalbijeenkomst_vastleggen(
    *, aanwezigheid: Aanwezigheid, inhaal_bijeenkomst: Bijeenkomst, ingehaald: bool, door
) -> Aanwezigheid:
    """Record where a missed session is made up, and whether it was (rule 'inhalen',
    `cursus.rules.inhalen_controleren`)."""
    inhalen_controleren(
        gemist=aanwezigheid.bijeenkomst,
        aanwezig=aanwezigheid.aanwezig,
        inhaal=inhaal_bijeenkomst,
        ingehaald=ingehaald,
        vandaag=timezone.localdate(),
    )
    with transaction.atomic():
        aanwezigheid.inhaal_bijeenkomst = inhaal_bijeenkomst
        aanwezigheid.ingehaald = ingehaald
        aanwezigheid.save(update_fields=["inhaal_bijeenkomst", "ingehaald"])
        aanmelding_loggen(
            aanwezigheid.aanmelding,
            "cursus.aanmelding.inhalen",
            door=door,
            data={
                "gemist": aanwezigheid.bijeenkomst_id,
                "inhaal": inhaal_bijeenkomst.pk,
                "ingehaald": ingehaald,
            },
        )
    return aanwezigheid


def werkagenda_opslaan(
    *, aanmelding: Aanmelding, teksten: dict[str, str], indienen: bool, door
) -> Werkagenda:
    """The cursist writes their werkagenda; submitting needs every part (werkagenda_ontbrekende_onderdelen).

    A submitted werkagenda stays submitted and can still be improved, but not emptied.
    """
    if not aanmelding.is_deelnemer:
        raise ValidationError(_("Alleen deelnemers van een cursusronde schrijven een werkagenda."))
    if door.pk != aanmelding.user_id:
        raise ValidationError(_("Alleen de cursist zelf schrijft de werkagenda."))
    werkagenda = Werkagenda.objects.filter(aanmelding=aanmelding).first() or Werkagenda(aanmelding=aanmelding)
    for naam in Werkagenda.ONDERDELEN:
        setattr(werkagenda, naam, teksten.get(naam, "").strip())
    ontbreekt = werkagenda_ontbrekende_onderdelen(werkagenda)
    if ontbreekt and (indienen or werkagenda.ingediend_op):
        raise ValidationError(
            _("Vul alle onderdelen in voordat je de werkagenda indient. Nog leeg: %(onderdelen)s.")
            % {"onderdelen": ", ".join(ontbreekt)},
            code="onvolledig",
        )
    with transaction.atomic():
        nieuw_ingediend = indienen and werkagenda.ingediend_op is None
        if nieuw_ingediend:
            werkagenda.ingediend_op = timezone.now()
        werkagenda.save()
        actie = (
            "cursus.aanmelding.werkagenda_ingediend" if nieuw_ingediend else "cursus.aanmelding.werkagenda"
        )
        aanmelding_loggen(aanmelding, actie, door=door)
    return werkagenda


def werkagenda_opmerking_plaatsen(*, werkagenda: Werkagenda, tekst: str, door) -> WerkagendaOpmerking:
    """The opleider comments on a werkagenda; the cursist reads it beside their plan."""
    if not tekst.strip():
        raise ValidationError({"tekst": _("Schrijf een opmerking.")})
    with transaction.atomic():
        opmerking = WerkagendaOpmerking.objects.create(
            werkagenda=werkagenda, auteur=door, tekst=tekst.strip()
        )
        aanmelding_loggen(werkagenda.aanmelding, "cursus.aanmelding.werkagenda_opmerking", door=door)
    return opmerking


def competenties_aftekenen(
    *, aanmelding: Aanmelding, oordelen: dict[str, tuple[str, str]], door
) -> Aftekening:
    """The opleider signs off the course against every trainer competence (rules.aftekening_is_volledig).

    `oordelen` maps each competence to (oordeel, opmerking). An aandachtspunt needs a
    remark saying what to develop. Signing off again replaces the earlier judgement.
    """
    if not aanmelding.is_deelnemer:
        raise ValidationError(_("Alleen een deelnemer van de cursusronde kan worden afgetekend."))
    if open_ := [Competentie(c).label for c in Competentie.values if c not in oordelen]:
        raise ValidationError(
            _("Geef bij elke competentie een oordeel. Nog open: %(open)s.")
            % {"open": ", ".join(map(str, open_))}
        )
    for competentie, (oordeel, opmerking) in oordelen.items():
        if oordeel not in Oordeel.values:
            raise ValidationError(_("Kies ‘behaald’ of ‘aandachtspunt’."))
        if oordeel == Oordeel.AANDACHTSPUNT and not opmerking.strip():
            raise ValidationError(
                _("Licht bij een aandachtspunt toe wat de cursist nog kan ontwikkelen (%(competentie)s).")
                % {"competentie": Competentie(competentie).label}
            )
    with transaction.atomic():
        aftekening, _created = Aftekening.objects.update_or_create(
            aanmelding=aanmelding, defaults={"afgetekend_door": door, "afgetekend_op": timezone.now()}
        )
        for competentie, (oordeel, opmerking) in oordelen.items():
            CompetentieOordeel.objects.update_or_create(
                aftekening=aftekening,
                competentie=competentie,
                defaults={"oordeel": oordeel, "opmerking": opmerking.strip()},
            )
        aanmelding_loggen(aanmelding, "cursus.aanmelding.afgetekend", door=door)
    return aftekening
