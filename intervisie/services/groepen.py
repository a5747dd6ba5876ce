"""Forming groups and changing who is in them: the kerngroep's writes."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisie.choices import GroepSoort, GroepStatus
from intervisie.models import Groepslidmaatschap, Intervisiegroep
from intervisie.rules import groep_open_controleren, groepsgrootte_controleren
from intervisie.services.meldingen import indeling_melden, loggen
from licenties.selectors import gelicentieerde_trainers
from portal.models import Lidmaatschap


def _naam(user) -> str:
    return user.get_full_name() or _("Deze trainer")


def lidmaatschap_controleren(*, groep: Intervisiegroep, user) -> None:
    """Rules 'wie mag erin': a licensed trainer; in a national group only if not already in one; in an
    internal group only someone of that organisation; never twice in the same group."""
    groep_open_controleren(groep)
    if not gelicentieerde_trainers().filter(pk=user.pk).exists():
        raise ValidationError(
            _("%(naam)s heeft geen geldige licentie en kan daarom niet in een intervisiegroep.")
            % {"naam": _naam(user)},
            code="geen_licentie",
        )
    lopend = Groepslidmaatschap.objects.lopend().filter(user=user)
    if lopend.filter(groep=groep).exists():
        raise ValidationError(
            _("%(naam)s zit al in groep %(groep)s.") % {"naam": _naam(user), "groep": groep.naam},
            code="al_lid",
        )
    if groep.is_landelijk:
        andere = lopend.filter(is_landelijk=True).select_related("groep").first()
        if andere is not None:
            raise ValidationError(
                _(
                    "%(naam)s zit al in landelijke groep %(groep)s. Een trainer zit in één landelijke groep "
                    "tegelijk: beëindig eerst dat lidmaatschap (of gebruik ‘verplaatsen’)."
                )
                % {"naam": _naam(user), "groep": andere.groep.naam},
                code="tweede_landelijke_groep",
            )
    elif not Lidmaatschap.objects.filter(user=user, organisatie_id=groep.organisatie_id).exists():
        raise ValidationError(
            _("%(naam)s werkt niet bij %(organisatie)s en kan niet in de interne groep %(groep)s.")
            % {"naam": _naam(user), "organisatie": groep.organisatie, "groep": groep.naam},
            code="andere_organisatie",
        )


def _toevoegen(*, groep: Intervisiegroep, user, door) -> Groepslidmaatschap:
    lidmaatschap_controleren(groep=groep, user=user)
    try:
        with transaction.atomic():
            lidmaatschap = Groepslidmaatschap.objects.create(
                groep=groep, user=user, is_landelijk=groep.is_landelijk, toegevoegd_door=door
            )
    except IntegrityError as error:  # two kerngroep members at the same moment
        raise ValidationError(
            _("Deze trainer zit al in een landelijke intervisiegroep."), code="race"
        ) from error
    loggen(groep, "intervisie.groep.lid_toegevoegd", door=door, data={"lidmaatschap": lidmaatschap.pk})
    return lidmaatschap


def lid_toevoegen(*, groep: Intervisiegroep, user, door) -> Groepslidmaatschap:
    """Add one trainer to a group (rules: lidmaatschap_controleren, doelgrootte); the trainer gets a mail."""
    with transaction.atomic():
        groep = Intervisiegroep.objects.select_for_update().get(pk=groep.pk)
        groepsgrootte_controleren(groep=groep, aantal_leden=groep.lidmaatschappen.lopend().count() + 1)
        lidmaatschap = _toevoegen(groep=groep, user=user, door=door)
        indeling_melden([lidmaatschap])
    return lidmaatschap


def lidmaatschap_beeindigen(*, lidmaatschap: Groepslidmaatschap, door) -> Groepslidmaatschap:
    """End a membership; the row stays as history (meetings up to yesterday remain the member's)."""
    if lidmaatschap.eind_op is not None:
        raise ValidationError(_("Dit lidmaatschap is al beëindigd."), code="al_beeindigd")
    with transaction.atomic():
        lidmaatschap.eind_op = max(lidmaatschap.begin_op, timezone.localdate() - timedelta(days=1))
        lidmaatschap.save(update_fields=["eind_op"])
        loggen(
            lidmaatschap.groep,
            "intervisie.groep.lid_beeindigd",
            door=door,
            data={"lidmaatschap": lidmaatschap.pk},
        )
    return lidmaatschap


def lid_verplaatsen(*, lidmaatschap: Groepslidmaatschap, naar: Intervisiegroep, door) -> Groepslidmaatschap:
    """Move a trainer to another group: the old membership ends (kept as history), a new one begins."""
    with transaction.atomic():
        lidmaatschap_beeindigen(lidmaatschap=lidmaatschap, door=door)
        return lid_toevoegen(groep=naar, user=lidmaatschap.user, door=door)


@dataclass
class NieuweGroep:
    """A group the kerngroep creates on the forming screen, with the trainers (users) it gets."""

    naam: str
    leden: list = field(default_factory=list)


def indeling_bevestigen(
    *, nieuwe_groepen: list[NieuweGroep], bestaande: dict[int, list], door, min_grootte: int, max_grootte: int
) -> list[Groepslidmaatschap]:
    """Confirm the forming screen at once, all or nothing: create the new national groups and add the
    trainers to them and to existing groups (`bestaande`: group id -> users). Every new member gets a
    mail after commit. Any refused trainer refuses the whole confirmation, with every reason listed.
    """
    fouten: list[str] = []
    gezien: set[int] = set()
    for user in [u for g in nieuwe_groepen for u in g.leden] + [
        u for leden in bestaande.values() for u in leden
    ]:
        if user.pk in gezien:
            fouten.append(_("%(naam)s staat in twee groepen tegelijk.") % {"naam": _naam(user)})
        gezien.add(user.pk)
    if not gezien:
        fouten.append(_("Er is niemand ingedeeld: kies voor minstens één trainer een groep."))
    namen = [g.naam.strip() for g in nieuwe_groepen]
    for naam in namen:
        if not naam:
            fouten.append(_("Elke nieuwe groep heeft een naam nodig."))
        elif namen.count(naam) > 1 or Intervisiegroep.objects.filter(naam=naam).exists():
            fouten.append(_("Er is al een groep met de naam %(naam)s.") % {"naam": naam})
    if fouten:
        raise ValidationError(sorted(set(fouten), key=fouten.index))
    nieuw: list[Groepslidmaatschap] = []
    with transaction.atomic():
        for spec in nieuwe_groepen:
            if not spec.leden:
                continue
            groep = Intervisiegroep.objects.create(
                naam=spec.naam.strip(),
                soort=GroepSoort.LANDELIJK,
                min_grootte=min_grootte,
                max_grootte=max_grootte,
            )
            loggen(groep, "intervisie.groep.aangemaakt", door=door)
            bestaande_leden = {groep.pk: spec.leden}
            nieuw += _leden_toevoegen(bestaande_leden, door=door, fouten=fouten)
        nieuw += _leden_toevoegen(bestaande, door=door, fouten=fouten)
        if fouten:
            transaction.set_rollback(True)
        else:
            indeling_melden(nieuw)
    if fouten:
        raise ValidationError(fouten)
    return nieuw


def _leden_toevoegen(per_groep: dict[int, list], *, door, fouten: list[str]) -> list[Groepslidmaatschap]:
    nieuw = []
    for groep_id, leden in per_groep.items():
        if not leden:
            continue
        groep = Intervisiegroep.objects.select_for_update().get(pk=groep_id)
        try:
            groepsgrootte_controleren(
                groep=groep, aantal_leden=groep.lidmaatschappen.lopend().count() + len(leden)
            )
        except ValidationError as error:
            fouten.extend(error.messages)
            continue
        for user in leden:
            try:
                nieuw.append(_toevoegen(groep=groep, user=user, door=door))
            except ValidationError as error:
                fouten.extend(error.messages)
    return nieuw


def groep_opheffen(*, groep: Intervisiegroep, door) -> Intervisiegroep:
    """Close a group: running memberships end (kept as history), so its members can join another group."""
    with transaction.atomic():
        for lidmaatschap in groep.lidmaatschappen.lopend():
            lidmaatschap_beeindigen(lidmaatschap=lidmaatschap, door=door)
        groep.status = GroepStatus.OPGEHEVEN
        groep.save(update_fields=["status"])
        loggen(groep, "intervisie.groep.opgeheven", door=door)
    return groep


def groep_opslaan(*, groep: Intervisiegroep, door) -> Intervisiegroep:
    """Save a group from the admin form. Rules: an internal group names its organisation, a national one
    none; a group that is closed is closed through `groep_opheffen` so its memberships end too."""
    if groep.soort == GroepSoort.INTERN and not groep.organisatie_id:
        raise ValidationError({"organisatie": _("Een interne groep hoort bij een organisatie: kies die.")})
    if groep.soort == GroepSoort.LANDELIJK and groep.organisatie_id:
        raise ValidationError({"organisatie": _("Een landelijke groep hoort niet bij één organisatie.")})
    if groep.pk:
        vorige = Intervisiegroep.objects.get(pk=groep.pk)
        if vorige.soort != groep.soort and vorige.lidmaatschappen.exists():
            raise ValidationError({"soort": _("De soort van een groep met leden verander je niet.")})
    with transaction.atomic():
        is_nieuw = groep.pk is None
        sluiten = groep.status == GroepStatus.OPGEHEVEN and not is_nieuw
        groep.save()
        loggen(groep, "intervisie.groep.aangemaakt" if is_nieuw else "intervisie.groep.gewijzigd", door=door)
        if sluiten:
            groep_opheffen(groep=groep, door=door)
    return groep
