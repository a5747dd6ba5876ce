"""Background work about licences: mail (each sent once), certificates, bulk issuing, daily jobs.

Task arguments are ids and codes, never names. Every mail goes through the outbox
(`portal.mail.eenmalig_versturen`) under a unique key, so a job that runs twice sends nothing twice.
"""

from datetime import date

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from licenties.models import (
    Besluit,
    DagAanmelding,
    Licentie,
    MeldingSoort,
    Uitgifteopdracht,
)
from licenties.rules import maandoverzicht, verschuldigde_meldingen
from licenties.selectors import komende_dagen, licenties_per_status
from licenties.status import onderhoud_per_licentie, onderhoud_van, statussen_bijwerken
from portal.links import absolute_url
from portal.mail import eenmalig_versturen, opnieuw_bij_mailfout
from portal.models import UitgaandeMail
from portal.models.uitgaande_mail import onderwerp_van
from portal.plaatsing import PlaatsStatus, plaatsaanbod_token_maken, wachtlijstpositie
from portal.roles import Role, role_q


def licentiemail_versturen(
    *, soort: str, onderwerp, ontvanger, gelegenheid: str = "", template_base: str, context: dict, **mail
) -> bool:
    """A licence mail, once per (soort, onderwerp, ontvanger, gelegenheid), ending with the licence link."""
    return eenmalig_versturen(
        soort=f"licenties.{soort}",
        onderwerp=onderwerp,
        ontvanger=ontvanger,
        gelegenheid=gelegenheid,
        template_base=template_base,
        context={"licentie_link": absolute_url(reverse("licenties:mijn_licentie")), **context},
        **mail,
    )


@task()
@opnieuw_bij_mailfout
def send_licentie_uitgegeven_mail(*, licentie_id: int) -> None:
    licentie = Licentie.objects.select_related("houder").get(pk=licentie_id)
    licentiemail_versturen(
        soort=MeldingSoort.UITGEGEVEN,
        onderwerp=licentie,
        ontvanger=licentie.houder,
        template_base="licenties/emails/uitgegeven",
        context={"licentie": licentie, "onderhoud": onderhoud_van(licentie)},
    )


@task()
@opnieuw_bij_mailfout
def send_besluit_mail(*, besluit_id: int) -> None:
    besluit = Besluit.objects.select_related("licentie__houder").get(pk=besluit_id)
    licentiemail_versturen(
        soort=MeldingSoort.BESLUIT,
        onderwerp=besluit,
        ontvanger=besluit.licentie.houder,
        template_base="licenties/emails/besluit",
        context={
            "besluit": besluit,
            "licentie": besluit.licentie,
            "onderhoud": onderhoud_van(besluit.licentie),
        },
    )


@task()
@opnieuw_bij_mailfout
def send_dag_aangemeld_mail(*, aanmelding_id: int) -> None:
    aanmelding = DagAanmelding.objects.select_related("dag", "user").get(pk=aanmelding_id)
    licentiemail_versturen(
        soort=MeldingSoort.DAG_AANGEMELD,
        onderwerp=aanmelding,
        ontvanger=aanmelding.user,
        template_base="licenties/emails/dag_aangemeld",
        context={"aanmelding": aanmelding, "dag": aanmelding.dag, "positie": wachtlijstpositie(aanmelding)},
    )


@task()
@opnieuw_bij_mailfout
def send_dag_plaatsaanbod_mail(*, aanmelding_id: int) -> None:
    """Offer a freed seat with a personal link, once per offer (the expiry moment is part of the key)."""
    with transaction.atomic():
        aanmelding = (
            DagAanmelding.objects.select_for_update(of=("self",))
            .select_related("dag", "user")
            .get(pk=aanmelding_id)
        )
        if aanmelding.status != PlaatsStatus.AANGEBODEN or aanmelding.plaatsaanbod_is_verlopen():
            return
        if aanmelding.plaatsaanbod_verstuurd_op:
            return
        token = plaatsaanbod_token_maken(aanmelding)
        licentiemail_versturen(
            soort=MeldingSoort.PLAATSAANBOD,
            onderwerp=aanmelding,
            ontvanger=aanmelding.user,
            gelegenheid=f"{aanmelding.plaatsaanbod_verloopt_op:%Y%m%d%H%M}",
            template_base="licenties/emails/plaatsaanbod",
            context={
                "aanmelding": aanmelding,
                "dag": aanmelding.dag,
                "aanbod_link": absolute_url(reverse("licenties:plaatsaanbod", args=[token])),
            },
        )


@task()
@opnieuw_bij_mailfout
def send_dag_gewijzigd_mail(*, aanmelding_id: int, volgnummer: int) -> None:
    from licenties.agenda import dag_ics

    aanmelding = DagAanmelding.objects.select_related("dag", "user").get(pk=aanmelding_id)
    licentiemail_versturen(
        soort=MeldingSoort.DAG_GEWIJZIGD,
        onderwerp=aanmelding.dag,
        ontvanger=aanmelding.user,
        gelegenheid=f"v{volgnummer}",
        template_base="licenties/emails/dag_gewijzigd",
        context={"aanmelding": aanmelding, "dag": aanmelding.dag},
        attachments=[("professionaliseringsdag.ics", dag_ics(aanmelding.dag), "text/calendar")],
    )


@task()
def certificaten_vernieuwen(licentie_ids: list[int]) -> int:
    """Regenerate stored certificates whose content changed (they are also checked on every download)."""
    from licenties.certificaten import certificaat_opslaan

    licenties = list(Licentie.objects.filter(pk__in=licentie_ids).select_related("houder"))
    onderhoud = onderhoud_per_licentie(licenties)
    for licentie in licenties:
        certificaat_opslaan(licentie, onderhoud=onderhoud[licentie.pk])
    return len(licenties)


@task()
def ronde_licenties_uitgeven(*, opdracht_id: int) -> int:
    """Issue the licences of every eligible participant of an edition, keeping count for the progress bar."""
    from licenties.selectors import uitgifte_kandidaten
    from licenties.services import licentie_uitgeven

    opdracht = Uitgifteopdracht.objects.select_related("cursusronde", "aangevraagd_door").get(pk=opdracht_id)
    kandidaten = [k.aanmelding for k in uitgifte_kandidaten(opdracht.cursusronde) if k.komt_in_aanmerking]
    # Resumed after a worker was killed (portal.taken.weesrijen_herstellen): the licences this job
    # already issued are no longer candidates, but still count as done.
    uitgegeven = opdracht.uitgegeven
    Uitgifteopdracht.objects.filter(pk=opdracht.pk).update(
        totaal=uitgegeven + len(kandidaten), verwerkt=uitgegeven
    )
    for verwerkt, aanmelding in enumerate(kandidaten, start=uitgegeven + 1):
        try:
            # The count commits with the licence, so a resumed run starts from the exact number.
            with transaction.atomic():
                licentie_uitgeven(aanmelding=aanmelding, door=opdracht.aangevraagd_door)
                Uitgifteopdracht.objects.filter(pk=opdracht.pk).update(
                    verwerkt=verwerkt, uitgegeven=uitgegeven + 1
                )
            uitgegeven += 1
        except ValidationError:
            # Issued meanwhile (by someone else, or by this job before a worker was killed),
            # or no longer eligible: nothing to do.
            Uitgifteopdracht.objects.filter(pk=opdracht.pk).update(verwerkt=verwerkt)
    Uitgifteopdracht.objects.filter(pk=opdracht.pk).update(klaar_op=timezone.now())
    return uitgegeven


@task()
@opnieuw_bij_mailfout
def send_licentiebericht(*, licentie_id: int, soort: str, gelegenheid: str) -> None:
    licentie = Licentie.objects.select_related("houder").get(pk=licentie_id)
    onderhoud = onderhoud_van(licentie)
    dagen = list(komende_dagen())

    licentiemail_versturen(
        soort=soort,
        onderwerp=licentie,
        ontvanger=licentie.houder,
        gelegenheid=gelegenheid,
        template_base=f"licenties/emails/{soort}",
        context={
            "licentie": licentie,
            "onderhoud": onderhoud,
            "dagen": dagen,
            "volgende_stap": onderhoud.volgende_stap(dagen[0].datum if dagen else None),
        },
    )


@task()
def licenties_dagelijks() -> dict:
    """Daily: recompute every status (time alone changes them), then queue the licence mails due."""
    op = timezone.localdate()
    overgangen = statussen_bijwerken(op=op)
    licenties = list(Licentie.objects.select_related("houder"))
    onderhoud = onderhoud_per_licentie(licenties, op=op)
    al_verstuurd = set(
        UitgaandeMail.objects.verstuurd()
        .filter(soort__startswith="licenties.")
        .values_list("soort", "onderwerp", "gelegenheid")
    )
    verschuldigd = [
        (licentie, soort, gelegenheid)
        for licentie in licenties
        for soort, gelegenheid in verschuldigde_meldingen(onderhoud[licentie.pk], op=op)
        if (f"licenties.{soort}", onderwerp_van(licentie), gelegenheid) not in al_verstuurd
    ]
    for licentie, soort, gelegenheid in verschuldigd:
        send_licentiebericht.enqueue(licentie_id=licentie.pk, soort=soort, gelegenheid=gelegenheid)
    maandoverzicht_versturen(op=op)
    return {"overgangen": len(overgangen), "berichten": len(verschuldigd)}


def maandoverzicht_versturen(*, op: date) -> int:
    """Send the month's overview (rule 'maandoverzicht', `licenties.rules.maandoverzicht`) to every
    kerngroep member who has not had it yet."""
    overzicht = maandoverzicht(licenties_per_status(), op=op)
    context = {
        "maand": op,
        "tellingen": overzicht.tellingen,
        "totaal": overzicht.totaal,
        "overzicht_link": absolute_url(reverse("licenties_overzicht:index")),
        "aanspreeknaam": _("kerngroeplid"),
    }
    verstuurd = 0
    for lid in get_user_model().objects.filter(role_q(Role.KERNGROEP), is_active=True).distinct():
        verstuurd += licentiemail_versturen(
            soort=MeldingSoort.MAANDOVERZICHT,
            onderwerp=None,
            ontvanger=lid,
            gelegenheid=overzicht.kenmerk,
            template_base="licenties/emails/maandoverzicht",
            context=context,
        )
    return verstuurd


@task()
def dag_plaatsaanbiedingen_verlopen() -> int:
    from licenties.services import verlopen_plaatsaanbiedingen_afhandelen

    return verlopen_plaatsaanbiedingen_afhandelen()
