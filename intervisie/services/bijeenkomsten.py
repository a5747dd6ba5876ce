"""Planning meetings and recording what happened: the facilitator's (and kerngroep's) writes."""

from dataclasses import dataclass
from datetime import date, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisie.choices import BijeenkomstStatus
from intervisie.jaarplan import Jaarplan, jaarplan_opstellen
from intervisie.models import Aanwezigheid, Intervisiebijeenkomst, Intervisiegroep
from intervisie.rules import (
    aanwezigheid_registreerbaar_controleren,
    bijeenkomstdatum_controleren,
    groep_open_controleren,
)
from intervisie.selectors import regios_van_groep
from intervisie.services.meldingen import loggen, wijziging_melden
from portal.kalender import datum_tekst, schooljaar_grenzen
from portal.rules import aanwezigheid_vast_te_leggen, plaats_controleren, tijden_controleren


@dataclass(frozen=True)
class Planning:
    """What a facilitator fills in for one meeting."""

    datum: date
    begintijd: time
    eindtijd: time
    online_link: str = ""
    locatie: str = ""
    agenda: str = ""


def _planning_controleren(planning: Planning, *, vorige_datum: date | None = None) -> None:
    bijeenkomstdatum_controleren(
        datum=planning.datum, vandaag=timezone.localdate(), vorige_datum=vorige_datum
    )
    tijden_controleren(begintijd=planning.begintijd, eindtijd=planning.eindtijd)
    plaats_controleren(locatie=planning.locatie, online_link=planning.online_link)


def bijeenkomst_plannen(*, groep: Intervisiegroep, planning: Planning, door) -> Intervisiebijeenkomst:
    """Plan one meeting by hand. Rules: 'geen bijeenkomst achteraf', a place or link, an open group."""
    groep_open_controleren(groep)
    _planning_controleren(planning)
    with transaction.atomic():
        bijeenkomst = Intervisiebijeenkomst.objects.create(groep=groep, **planning.__dict__)
        loggen(bijeenkomst, "intervisie.bijeenkomst.gepland", door=door)
    return bijeenkomst


def bijeenkomst_wijzigen(
    *, bijeenkomst: Intervisiebijeenkomst, planning: Planning, door
) -> Intervisiebijeenkomst:
    """Change a meeting. A new date, time or place raises the iCalendar SEQUENCE and mails the members
    (with the new .ics); a new agenda alone does neither."""
    _planning_controleren(planning, vorige_datum=bijeenkomst.datum)
    with transaction.atomic():
        vorige = Intervisiebijeenkomst.objects.select_for_update().get(pk=bijeenkomst.pk)
        for veld, waarde in planning.__dict__.items():
            setattr(bijeenkomst, veld, waarde)
        verplaatst = bijeenkomst.is_verplaatst(vorige)
        if verplaatst:
            bijeenkomst.sequence = vorige.sequence + 1
        bijeenkomst.save()
        loggen(
            bijeenkomst,
            "intervisie.bijeenkomst.verplaatst" if verplaatst else "intervisie.bijeenkomst.gewijzigd",
            door=door,
            data={"sequence": bijeenkomst.sequence},
        )
        if verplaatst:
            wijziging_melden(bijeenkomst)
    return bijeenkomst


def bijeenkomst_annuleren(*, bijeenkomst: Intervisiebijeenkomst, door) -> Intervisiebijeenkomst:
    """Cancel a meeting that has not taken place: it stays in the feed as cancelled, members get a mail."""
    if bijeenkomst.is_geannuleerd:
        raise ValidationError(_("Deze bijeenkomst is al geannuleerd."), code="al_geannuleerd")
    if bijeenkomst.datum < timezone.localdate():
        raise ValidationError(_("Een bijeenkomst die al geweest is annuleer je niet."), code="voorbij")
    with transaction.atomic():
        bijeenkomst.status = BijeenkomstStatus.GEANNULEERD
        bijeenkomst.sequence += 1
        bijeenkomst.save(update_fields=["status", "sequence"])
        loggen(bijeenkomst, "intervisie.bijeenkomst.geannuleerd", door=door)
        wijziging_melden(bijeenkomst)
    return bijeenkomst


def jaarplan_voorstellen(*, groep: Intervisiegroep, schooljaar: str) -> Jaarplan:
    """The year plan for `groep` (rule: jaarplan_opstellen), over the regions of its members."""
    return jaarplan_opstellen(
        schooljaar=schooljaar,
        regios=regios_van_groep(groep),
        weekdag=groep.weekdag,
        vanaf=timezone.localdate(),
    )


def jaarplan_maken(*, groep: Intervisiegroep, schooljaar: str, door) -> list[Intervisiebijeenkomst]:
    """Create the year plan's meetings, at the group's day, times and link. Refused when the group
    already has meetings in that school year (move or cancel those instead)."""
    groep_open_controleren(groep)
    begin, eind = schooljaar_grenzen(schooljaar)
    if groep.bijeenkomsten.gepland().filter(datum__range=(begin, eind)).exists():
        raise ValidationError(
            _(
                "Groep %(groep)s heeft al bijeenkomsten in schooljaar %(jaar)s. "
                "Verzet die in plaats van een nieuw jaarplan."
            )
            % {"groep": groep.naam, "jaar": schooljaar},
            code="al_gepland",
        )
    plan = jaarplan_voorstellen(groep=groep, schooljaar=schooljaar)
    if not plan.datums:
        raise ValidationError(
            " ".join(plan.uitleg[1:]) or _("Er valt in dit schooljaar niets meer te plannen.")
        )
    with transaction.atomic():
        bijeenkomsten = [
            Intervisiebijeenkomst.objects.create(
                groep=groep,
                datum=datum,
                begintijd=groep.begintijd,
                eindtijd=groep.eindtijd,
                online_link=groep.online_link,
                in_jaarplan=True,
            )
            for datum in plan.datums
        ]
        loggen(groep, "intervisie.groep.jaarplan", door=door, data={"schooljaar": schooljaar})
    return bijeenkomsten


@dataclass(frozen=True)
class Registratie:
    user_id: int
    aanwezig: bool


def aanwezigheid_vastleggen(
    *, bijeenkomst: Intervisiebijeenkomst, registraties: list[Registratie], door
) -> int:
    """Rule 'aanwezigheid': present or absent per member, all or nothing; only for who was a member on the
    day; not before the day itself. Recording again corrects the earlier record."""
    aanwezigheid_registreerbaar_controleren(bijeenkomst=bijeenkomst, vandaag=timezone.localdate())
    leden = set(bijeenkomst.groep.leden_op(bijeenkomst.datum).values_list("user_id", flat=True))
    vreemd = [r.user_id for r in registraties if r.user_id not in leden]
    if vreemd:
        raise ValidationError(
            _(
                "Aanwezigheid leg je alleen vast voor wie op %(datum)s lid was van de groep. "
                "Er is niets opgeslagen."
            )
            % {"datum": datum_tekst(bijeenkomst.datum)},
            code="geen_lid",
        )
    with transaction.atomic():
        for registratie in registraties:
            Aanwezigheid.objects.update_or_create(
                bijeenkomst=bijeenkomst,
                user_id=registratie.user_id,
                defaults={
                    "aanwezig": registratie.aanwezig,
                    "vastgelegd_door": door,
                    "vastgelegd_op": timezone.now(),
                },
            )
        loggen(
            bijeenkomst, "intervisie.bijeenkomst.aanwezigheid", door=door, data={"aantal": len(registraties)}
        )
    return len(registraties)


def verslag_opslaan(*, bijeenkomst: Intervisiebijeenkomst, verslag: str, door) -> Intervisiebijeenkomst:
    """The minutes, for the group's members only. Written on or after the day of the meeting."""
    if not aanwezigheid_vast_te_leggen(datum=bijeenkomst.datum, vandaag=timezone.localdate()):
        raise ValidationError(
            _("Een verslag schrijf je op of na de dag van de bijeenkomst."), code="te_vroeg"
        )
    with transaction.atomic():
        bijeenkomst.verslag = verslag
        bijeenkomst.save(update_fields=["verslag"])
        loggen(bijeenkomst, "intervisie.bijeenkomst.verslag", door=door)
    return bijeenkomst
