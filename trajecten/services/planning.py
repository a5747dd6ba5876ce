"""Storing a planning, moving a meeting, planning a group training."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from trajecten.audit import Actie, audit_loggen
from trajecten.choices import BijeenkomstStatus, Variant
from trajecten.models import Bijeenkomst, Groepstraining, Traject, Voortgangsbericht
from trajecten.planning import Planning, planning_maken
from trajecten.rules import groepssamenstelling_controleren
from trajecten.services.overgang import stap_afronden, stap_zetten, weigering_loggen
from trajecten.stappen import Stap, stap_controleren


def planning_opslaan(traject: Traject, planning: Planning) -> None:
    """Store a computed planning on one trajectory (callers took the step through the state machine)."""
    Bijeenkomst.objects.bulk_create(
        Bijeenkomst(
            traject=traject,
            volgnummer=item.volgnummer,
            week=item.week,
            soort=item.soort,
            datum=item.datum,
            fase=item.fase,
            thema=item.thema,
        )
        for item in planning.bijeenkomsten
    )
    Voortgangsbericht.objects.bulk_create(
        Voortgangsbericht(traject=traject, gepland_op=dag, ontvanger=ontvanger)
        for dag, ontvanger in planning.berichten
    )
    traject.startdatum = planning.start
    if traject.aanwezigheid_start is None and hasattr(traject, "intake"):
        traject.aanwezigheid_start = 100 - traject.intake.verzuim_percentage


def training_plannen(*, traject: Traject, startdatum: date, door) -> Planning:
    """Rule 'planning' for one individual trajectory: stores the 14 meetings, ijkmoment, eindgesprek
    and progress messages computed by `trajecten.planning.planning_maken`. The training is planned;
    it starts when its first meeting is held."""
    with stap_zetten(traject, Stap.PLANNEN, door=door) as traject:
        planning = planning_maken(regio=traject.school.regio, startdatum=startdatum, variant=traject.variant)
        planning_opslaan(traject, planning)
        audit_loggen(
            user=door,
            actie=Actie.GEWIJZIGD,
            traject=traject,
            velden=["bijeenkomsten", "startdatum", "status"],
        )
    return planning


def _groep_plannen(groep: Groepstraining, startdatum: date, door) -> Planning:
    # Only the trajectories are locked: the school is an outer join since a destroyed row has none.
    trajecten = list(groep.trajecten.select_for_update(of=("self",)).select_related("school"))
    groepssamenstelling_controleren(aantal_jongeren=len(trajecten), aantal_trainers=groep.trainers.count())
    overgangen = [stap_controleren(traject, Stap.PLANNEN, door=door) for traject in trajecten]
    planning = planning_maken(regio=groep.uitvoerder.regio, startdatum=startdatum, variant=Variant.GROEP)
    for traject, overgang in zip(trajecten, overgangen, strict=True):
        traject.variant = Variant.GROEP
        planning_opslaan(traject, planning)
        traject.trainers.add(*groep.trainers.all())
        stap_afronden(traject, overgang, door=door)
        audit_loggen(
            user=door,
            actie=Actie.GEWIJZIGD,
            traject=traject,
            velden=["bijeenkomsten", "startdatum", "status"],
        )
    groep.startdatum = planning.start
    groep.save()
    return planning


def groepstraining_plannen(*, groep: Groepstraining, startdatum: date, door) -> Planning:
    """Rule 'groepstraining' (`trajecten.rules.groepssamenstelling_controleren`): 4–10 admitted pupils
    and two trainers; each pupil's trajectory gets the alternating group meetings and individual
    talks, and the two parent meetings."""
    with (
        weigering_loggen(Stap.PLANNEN, door=door, trajecten=list(groep.trajecten.all())),
        transaction.atomic(),
    ):
        return _groep_plannen(groep, startdatum, door)


def bijeenkomst_verplaatsen(*, bijeenkomst: Bijeenkomst, datum: date, door) -> Bijeenkomst:
    """A trainer moves a planned meeting; the theme stays with its week, the old date is kept."""
    with stap_zetten(bijeenkomst.traject, Stap.BIJEENKOMST, door=door) as traject:
        bijeenkomst = Bijeenkomst.objects.select_for_update().get(pk=bijeenkomst.pk)
        if bijeenkomst.status not in (BijeenkomstStatus.GEPLAND, BijeenkomstStatus.VERPLAATST):
            raise ValidationError(_("Een bijeenkomst die al is vastgelegd verplaats je niet meer."))
        if bijeenkomst.verplaatst_van is None:
            bijeenkomst.verplaatst_van = bijeenkomst.datum
        bijeenkomst.datum = datum
        bijeenkomst.status = BijeenkomstStatus.VERPLAATST
        bijeenkomst.save()
        audit_loggen(user=door, actie=Actie.GEWIJZIGD, traject=traject, velden=["bijeenkomst.datum"])
    return bijeenkomst


def groepstraining_starten(*, uitvoerder, trajecten, trainers, startdatum: date, door) -> Groepstraining:
    """Compose a group of admitted trajectories of one organisation with two trainers and plan it."""
    with weigering_loggen(Stap.PLANNEN, door=door, trajecten=list(trajecten)), transaction.atomic():
        if any(traject.uitvoerder_id != uitvoerder.pk for traject in trajecten):
            raise ValidationError(
                _("Alle jongeren van een groep horen bij dezelfde uitvoerende organisatie.")
            )
        groep = Groepstraining.objects.create(uitvoerder=uitvoerder)
        groep.trainers.set(trainers)
        Traject.objects.filter(pk__in=[t.pk for t in trajecten]).update(groep=groep)
        _groep_plannen(groep, startdatum, door)
    return groep
