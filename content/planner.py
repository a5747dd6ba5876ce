"""Writes of the session planner and the library: plans, favourites, activities trainers submit."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from content.models import ActiviteitPage, BibliotheekPage, Favoriet, Sessieplan, SessieplanItem
from content.toegang import LEZERS, mag_kompas_lezen
from portal.roles import GROUP_NAMES


def zichtbare_activiteiten():
    """Activities a reader may see and plan: the live ones in the library."""
    return ActiviteitPage.objects.live()


def tijdsoverzicht(plan: Sessieplan, items) -> dict:
    """The planned minutes against what the meeting has (rule 'duur van een bijeenkomst',
    `content.programma.beschikbare_minuten`)."""
    totaal = sum(item.activiteit.duur for item in items)
    return {
        "totaal": totaal,
        "beschikbaar": plan.beschikbare_minuten,
        "over": max(0, totaal - plan.beschikbare_minuten),
        "procent": min(100, round(100 * totaal / plan.beschikbare_minuten)),
    }


def mag_bewerken(plan: Sessieplan, user) -> bool:
    return plan.trainer_id == user.pk or plan.gedeeld_met.filter(pk=user.pk).exists()


def activiteit_inplannen(
    *, plan: Sessieplan, activiteit_id: int, onderdeel: str, door, notitie: str = ""
) -> SessieplanItem:
    """Put an activity in one part of the meeting. Only activities the trainer may see can be planned."""
    if not mag_bewerken(plan, door):
        raise ValidationError(_("Je kunt dit sessieplan niet wijzigen."))
    if onderdeel not in dict(plan.onderdelen):
        raise ValidationError(_("Dit onderdeel hoort niet bij dit soort bijeenkomst."))
    if "\x00" in notitie:  # PostgreSQL stores no NUL; the form-less view passes the raw text
        raise ValidationError(_("De notitie bevat een ongeldig teken."))
    activiteit = zichtbare_activiteiten().filter(pk=activiteit_id).first()
    if activiteit is None:
        raise ValidationError(_("Deze activiteit bestaat niet of is niet beschikbaar."))
    volgorde = plan.items.count()
    return SessieplanItem.objects.create(
        plan=plan, activiteit=activiteit, onderdeel=onderdeel, notitie=notitie[:300], volgorde=volgorde
    )


def sessieplan_kopieren(*, plan: Sessieplan, door) -> Sessieplan:
    """A copy of a plan for the trainer who asks, with the same activities and notes (not shared)."""
    with transaction.atomic():
        kopie = Sessieplan.objects.create(
            trainer=door,
            titel=_("%(titel)s (kopie)") % {"titel": plan.titel},
            soort=plan.soort,
            thema=plan.thema,
            week=plan.week,
            notities=plan.notities,
        )
        SessieplanItem.objects.bulk_create(
            SessieplanItem(
                plan=kopie,
                onderdeel=i.onderdeel,
                activiteit=i.activiteit,
                notitie=i.notitie,
                volgorde=i.volgorde,
            )
            for i in plan.items.all()
        )
    return kopie


def sessieplan_delen(*, plan: Sessieplan, email: str, door) -> None:
    """Share a plan with a co-trainer: another reader of the manual, found by e-mail address."""
    if plan.trainer_id != door.pk:
        raise ValidationError(_("Alleen de maker van het plan kan het delen."))
    if "\x00" in email:  # the raw POST value goes into a query; PostgreSQL refuses NUL
        raise ValidationError(_("Er is geen andere trainer met dit e-mailadres."))
    co_trainer = (
        get_user_model()
        .objects.filter(
            email__iexact=email.strip(), is_active=True, groups__name__in=[GROUP_NAMES[r] for r in LEZERS]
        )
        .first()
    )
    if co_trainer is None or co_trainer.pk == door.pk:
        raise ValidationError(_("Er is geen andere trainer met dit e-mailadres."))
    plan.gedeeld_met.add(co_trainer)


def favoriet_wisselen(*, user, activiteit: ActiviteitPage) -> bool:
    """Add or remove a favourite; returns whether it is a favourite now."""
    deleted, _rows = Favoriet.objects.filter(user=user, activiteit=activiteit).delete()
    if deleted:
        return False
    Favoriet.objects.create(user=user, activiteit=activiteit)
    return True


def activiteit_voorstellen(*, door, velden: dict, themas, onderdelen, materialen) -> ActiviteitPage:
    """A trainer submits an own activity: a draft in the library that the kerngroep approves.

    The draft goes into the library's workflow with the trainer as requester, so a
    kerngroep member approves it in the Wagtail admin; the trainer is credited.
    """
    if not mag_kompas_lezen(door):
        raise ValidationError(_("Alleen trainers kunnen een activiteit voorstellen."))
    bibliotheek = BibliotheekPage.objects.live().first()
    if bibliotheek is None:
        raise ValidationError(_("De activiteitenbibliotheek is nog niet ingericht."))
    with transaction.atomic():
        activiteit = ActiviteitPage(
            title=velden["titel"],
            slug=unieke_slug(bibliotheek, velden["titel"]),
            korte_beschrijving=velden["korte_beschrijving"],
            doelen=[("doel", velden["doel"])],
            setting=velden["setting"],
            duur=velden["duur"],
            aanpak=velden["aanpak"],
            voorbereiding=velden.get("voorbereiding", ""),
            stappen=[("stap", stap) for stap in velden["stappen"]],
            huiswerk=velden.get("huiswerk", ""),
            auteur=door,
            live=False,
        )
        bibliotheek.add_child(instance=activiteit)
        activiteit.themas.set(themas)
        activiteit.onderdelen.set(onderdelen)
        activiteit.materialen.set(materialen)
        activiteit.save_revision(user=door)
        workflow = activiteit.get_workflow()
        if workflow is not None:
            workflow.start(activiteit, door)
        log(activiteit, "content.activiteit.voorgesteld", user=door)
    return activiteit


def unieke_slug(parent, titel: str) -> str:
    basis = slugify(titel)[:60] or "activiteit"
    slug, n = basis, 2
    while ActiviteitPage.objects.child_of(parent).filter(slug=slug).exists():
        slug, n = f"{basis}-{n}", n + 1
    return slug
