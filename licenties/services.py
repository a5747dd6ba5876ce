"""Writes about licences: issuing, kerngroep decisions, the upkeep rule, professionalisation days.

Each function checks its preconditions, raises ValidationError with a Dutch message
(and then changes nothing), writes an audit entry and sends mail after commit.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cursus.rules import geschiktheid_voor_licentie
from licenties.models import (
    NUMMER_VOORVOEGSEL,
    Besluit,
    BesluitSoort,
    DagAanmelding,
    DagStatus,
    Licentie,
    LicentieStatus,
    Nummerreeks,
    Onderhoudsregel,
    Professionaliseringsdag,
    Programma,
    Uitgifteopdracht,
)
from licenties.rules import besluit_controleren, heeft_voorrang
from licenties.status import onderhoud_van, statussen_bijwerken, statussen_van_houders_bijwerken
from portal import plaatsing
from portal.kalender import datum_tekst
from portal.plaatsing import PlaatsStatus
from portal.roles import Role, grant_role
from portal.rules import aanwezigheid_vast_te_leggen
from portal.taken import na_commit_inplannen


def licentie_loggen(licentie: Licentie, action: str, *, door=None, data=None) -> None:
    """Audit entries name the licence by its number, which is public anyway, never by the holder's name."""
    log(licentie, action, user=door, title=licentie.nummer, data=data)


# --- Issuing -------------------------------------------------------------------------


def licentienummer_toekennen(programma: str, jaar: int) -> str:
    """Rule 'licentienummer': prefix-year-sequence, e.g. RF-2026-0042; unique and never reused.

    The year's counter row is locked while it is raised, so concurrent issuings wait for
    each other and each gets the next number. Numbers only go up; licences are never deleted.
    """
    voorvoegsel = NUMMER_VOORVOEGSEL[Programma(programma)]
    with transaction.atomic():
        Nummerreeks.objects.bulk_create(
            [Nummerreeks(voorvoegsel=voorvoegsel, jaar=jaar)], ignore_conflicts=True
        )
        reeks = Nummerreeks.objects.select_for_update().get(voorvoegsel=voorvoegsel, jaar=jaar)
        reeks.laatste += 1
        reeks.save(update_fields=["laatste"])
    return f"{voorvoegsel}-{jaar}-{reeks.laatste:04d}"


def _licentie_aanmaken(*, houder, programma, behaald_op: date, door, aanmelding=None) -> Licentie:
    from licenties.tasks import send_licentie_uitgegeven_mail

    licentie = Licentie.objects.create(
        houder=houder,
        nummer=licentienummer_toekennen(programma, behaald_op.year),
        programma=programma,
        behaald_op=behaald_op,
        aanmelding=aanmelding,
        cursusronde=aanmelding.cursusronde if aanmelding else None,
        uitgegeven_door=door,
    )
    statussen_bijwerken([licentie])
    grant_role(houder, Role.TRAINER)
    licentie_loggen(licentie, "licenties.licentie.uitgegeven", door=door)
    na_commit_inplannen(send_licentie_uitgegeven_mail, licentie_id=licentie.pk)
    return licentie


def licentie_uitgeven(*, aanmelding, door, programma: str = Programma.RE_FIT) -> Licentie:
    """Issue the licence to a participant the course reports eligible; they become a trainer.

    Rules: only whom `cursus.rules.geschiktheid_voor_licentie` says completed the course;
    one licence per course participation (also under concurrent clicks: the database
    refuses a second one).
    """
    geschiktheid = geschiktheid_voor_licentie(aanmelding)
    if not geschiktheid.komt_in_aanmerking:
        raise ValidationError(
            _("Deze deelnemer komt (nog) niet in aanmerking voor een licentie: %(reden)s")
            % {"reden": " ".join(geschiktheid.ontbreekt)},
            code="niet_geschikt",
        )
    try:
        with transaction.atomic():
            return _licentie_aanmaken(
                houder=aanmelding.user,
                programma=programma,
                behaald_op=timezone.localdate(),
                door=door,
                aanmelding=aanmelding,
            )
    except IntegrityError:
        raise ValidationError(
            _("Voor deze cursusdeelname is de licentie al uitgegeven."), code="al_uitgegeven"
        ) from None


def licentie_registreren(*, houder, programma: str, behaald_op: date, door) -> Licentie:
    """Record a licence obtained before the portal existed (the kerngroep's own records)."""
    if behaald_op > timezone.localdate():
        raise ValidationError(
            {"behaald_op": _("De datum waarop de licentie is behaald, ligt niet in de toekomst.")}
        )
    if Licentie.objects.filter(houder=houder, programma=programma).exists():
        raise ValidationError(_("Deze trainer heeft al een licentie voor dit programma."), code="dubbel")
    with transaction.atomic():
        return _licentie_aanmaken(houder=houder, programma=programma, behaald_op=behaald_op, door=door)


def ronde_uitgifte_starten(*, cursusronde, door) -> Uitgifteopdracht:
    """Issue every eligible participant of an edition in the background; the job keeps count for progress."""
    from licenties.tasks import ronde_licenties_uitgeven

    with transaction.atomic():
        opdracht = Uitgifteopdracht.objects.create(cursusronde=cursusronde, aangevraagd_door=door)
        na_commit_inplannen(ronde_licenties_uitgeven, opdracht_id=opdracht.pk)
    return opdracht


# --- Kerngroep decisions ---------------------------------------------------------------

BESLUIT_ACTIES = {
    BesluitSoort.SCHORSING: "licenties.licentie.geschorst",
    BesluitSoort.INTREKKING: "licenties.licentie.ingetrokken",
    BesluitSoort.OPHEFFING: "licenties.licentie.opgeheven",
    BesluitSoort.HERSTEL: "licenties.licentie.hersteld",
}


def besluit_nemen(*, licentie: Licentie, soort: str, reden: str, ingangsdatum: date, door) -> Besluit:
    """Suspend, withdraw, lift or restore a licence. Recorded, audited and mailed to the holder."""
    from licenties.tasks import send_besluit_mail

    if soort not in BesluitSoort.values:
        raise ValidationError({"soort": _("Kies een besluit.")})
    with transaction.atomic():
        licentie = Licentie.objects.select_for_update().select_related("houder").get(pk=licentie.pk)
        besluit_controleren(
            soort=soort,
            status=onderhoud_van(licentie, op=max(ingangsdatum, timezone.localdate())).status,
            behaald_op=licentie.behaald_op,
            ingangsdatum=ingangsdatum,
            reden=reden,
        )
        besluit = Besluit.objects.create(
            licentie=licentie, soort=soort, reden=reden.strip(), ingangsdatum=ingangsdatum, genomen_door=door
        )
        statussen_bijwerken([licentie])
        licentie_loggen(
            licentie,
            BESLUIT_ACTIES[soort],
            door=door,
            data={"besluit": besluit.pk, "ingangsdatum": str(ingangsdatum)},
        )
        na_commit_inplannen(send_besluit_mail, besluit_id=besluit.pk)
    return besluit


# --- The upkeep rule -------------------------------------------------------------------


def onderhoudsregel_wijzigen(*, waarden: dict, toelichting: str, door) -> Onderhoudsregel:
    """Save a new version of the upkeep rule and recompute every licence with it.

    The previous version stays as the record of what applied before; the audit entry
    lists each changed setting with its old and new value.
    """
    if not toelichting.strip():
        raise ValidationError({"toelichting": _("Leg uit waarom de regel verandert; dat blijft bewaard.")})
    with transaction.atomic():
        # Lock the newest version so two editors cannot both become version n + 1.
        vorige = Onderhoudsregel.objects.select_for_update().order_by("-versie").first() or Onderhoudsregel(
            versie=0
        )
        wijzigingen = {
            naam: [vorige.waarden()[naam], waarden[naam]]
            for naam in Onderhoudsregel.INSTELLINGEN
            if naam in waarden and waarden[naam] != vorige.waarden()[naam]
        }
        if not wijzigingen:
            raise ValidationError(_("Er is niets gewijzigd aan de regel."), code="ongewijzigd")
        nieuw = Onderhoudsregel(
            **{**vorige.waarden(), **waarden},
            versie=vorige.versie + 1,
            toelichting=toelichting.strip(),
            gewijzigd_door=door,
        )
        nieuw.full_clean()
        nieuw.save()
        overgangen = statussen_bijwerken()
        log(
            nieuw,
            "licenties.onderhoudsregel.gewijzigd",
            user=door,
            data={"wijzigingen": wijzigingen, "statussen_gewijzigd": len(overgangen)},
        )
    return nieuw


# --- Professionalisation days ------------------------------------------------------------


def dag_aanmelden(*, dag: Professionaliseringsdag, door) -> DagAanmelding:
    """A licence holder registers for a day: a seat when free, otherwise the waiting list.

    Rules: the day is open and its deadline not passed; the person holds a licence that
    is not suspended or withdrawn (a lapsed licence may: attending restores it); one
    active registration per day; 'voorrang op de wachtlijst' for whom the day is needed.
    """
    from licenties.tasks import send_dag_aangemeld_mail

    licenties = list(door.licenties.all())
    if not licenties:
        raise ValidationError(
            _("Alleen trainers met een licentie kunnen zich aanmelden."), code="geen_licentie"
        )
    onderhoud = [onderhoud_van(licentie) for licentie in licenties]
    if all(o.status in (LicentieStatus.GESCHORST, LicentieStatus.INGETROKKEN) for o in onderhoud):
        raise ValidationError(
            _("Je licentie is geschorst of ingetrokken; aanmelden kan daarom niet."), code="geblokkeerd"
        )
    with transaction.atomic():
        dag = plaatsing.evenement_vergrendelen(dag)
        vandaag = timezone.localdate()
        if dag.status != DagStatus.OPEN or dag.datum <= vandaag:
            raise ValidationError(_("Voor deze dag kun je je niet (meer) aanmelden."), code="niet_open")
        if vandaag > dag.aanmelden_tot:
            raise ValidationError(
                _("De aanmeldtermijn is verstreken: aanmelden kon tot en met %(datum)s.")
                % {"datum": datum_tekst(dag.aanmelden_tot)},
                code="termijn",
            )
        if DagAanmelding.objects.actief().filter(dag=dag, user=door).exists():
            raise ValidationError(_("Je bent al aangemeld voor deze dag."), code="dubbel")
        aanmelding = DagAanmelding(
            dag=dag, user=door, voorrang=any(heeft_voorrang(o, dagjaar=dag.datum.year) for o in onderhoud)
        )
        aangeboden = plaatsing.plaatsing_toewijzen(aanmelding)
        log(aanmelding, "licenties.dag.aangemeld", user=door, title=f"Aanmelding {aanmelding.pk}")
        na_commit_inplannen(send_dag_aangemeld_mail, aanmelding_id=aanmelding.pk)
        plaatsaanbiedingen_melden(aangeboden)
    return aanmelding


def plaatsaanbiedingen_melden(aangeboden: list[DagAanmelding]) -> None:
    from licenties.tasks import send_dag_plaatsaanbod_mail

    for aanmelding in aangeboden:
        na_commit_inplannen(send_dag_plaatsaanbod_mail, aanmelding_id=aanmelding.pk)


def dag_afmelden(*, aanmelding: DagAanmelding, door) -> None:
    """Cancel a registration (until the day itself); a freed seat goes to the next on the waiting list."""
    if aanmelding.user_id != door.pk:
        raise ValidationError(_("Je kunt alleen je eigen aanmelding intrekken."), code="niet_eigen")
    with transaction.atomic():
        dag = plaatsing.evenement_vergrendelen(aanmelding.dag)
        if dag.datum <= timezone.localdate():
            raise ValidationError(
                _("Afmelden kan tot de dag zelf; neem contact op met de kerngroep."), code="te_laat"
            )
        aanmelding = DagAanmelding.objects.get(pk=aanmelding.pk)
        aangeboden = plaatsing.plaats_vrijgeven(aanmelding, status=PlaatsStatus.AFGEMELD)
        log(aanmelding, "licenties.dag.afgemeld", user=door, title=f"Aanmelding {aanmelding.pk}")
        plaatsaanbiedingen_melden(aangeboden)


def dag_plaatsaanbod_accepteren(*, aanmelding: DagAanmelding) -> DagAanmelding:
    with transaction.atomic():
        plaatsing.evenement_vergrendelen(aanmelding.dag)
        aanmelding = DagAanmelding.objects.select_related("dag").get(pk=aanmelding.pk)
        plaatsing.plaatsaanbod_accepteren(aanmelding)
        log(
            aanmelding,
            "licenties.dag.plaats_geaccepteerd",
            user=aanmelding.user,
            title=f"Aanmelding {aanmelding.pk}",
        )
    return aanmelding


def verlopen_plaatsaanbiedingen_afhandelen() -> int:
    """Periodic: let expired offers lapse and offer their seats to the next in line. Returns lapsed offers."""
    aantal = 0
    for dag_id in plaatsing.verlopen_plaatsaanbiedingen(DagAanmelding):
        with transaction.atomic():
            dag = plaatsing.evenement_vergrendelen(Professionaliseringsdag(pk=dag_id))
            verlopen, aangeboden = plaatsing.verlopen_plaatsaanbiedingen_doorgeven(dag, DagAanmelding)
            plaatsaanbiedingen_melden(aangeboden)
            aantal += len(verlopen)
    return aantal


def aanwezigheid_vastleggen(*, dag: Professionaliseringsdag, aanwezig_ids: set[int], door) -> int:
    """The kerngroep records who attended; the licences of everyone concerned are recomputed.

    Rules: only from the day itself on; only for registrations that had a seat. Every
    seated registration gets an answer (present or not), so a second save corrects the first.
    """
    if not aanwezigheid_vast_te_leggen(datum=dag.datum, vandaag=timezone.localdate()):
        raise ValidationError(_("Aanwezigheid leg je vast op of na de dag zelf."), code="te_vroeg")
    with transaction.atomic():
        dag = plaatsing.evenement_vergrendelen(dag)
        geplaatst = {a.pk: a for a in dag.aanmeldingen.filter(status=PlaatsStatus.GEPLAATST)}
        onbekend = set(aanwezig_ids) - set(geplaatst)
        if onbekend:
            raise ValidationError(
                _("Aanwezigheid kan alleen worden vastgelegd voor trainers met een plaats op deze dag."),
                code="geen_deelnemer",
            )
        nu = timezone.now()
        for aanmelding in geplaatst.values():
            aanmelding.aanwezig = aanmelding.pk in aanwezig_ids
            aanmelding.aanwezigheid_vastgelegd_door, aanmelding.aanwezigheid_vastgelegd_op = door, nu
        DagAanmelding.objects.bulk_update(
            geplaatst.values(), ["aanwezig", "aanwezigheid_vastgelegd_door", "aanwezigheid_vastgelegd_op"]
        )
        statussen_van_houders_bijwerken(a.user_id for a in geplaatst.values())
        log(dag, "licenties.dag.aanwezigheid", user=door, data={"aanwezig": len(aanwezig_ids)})
    return len(aanwezig_ids)


def dag_gewijzigd(*, dag: Professionaliseringsdag, velden: set[str], door) -> None:
    """After the kerngroep changed a day: registrants and calendars follow.

    A moved or cancelled day raises its version (calendar SEQUENCE) and is mailed to
    everyone registered; cancelling ends their registrations; extra seats go to the
    waiting list at once.
    """
    from licenties.tasks import send_dag_gewijzigd_mail

    with transaction.atomic():
        dag = plaatsing.evenement_vergrendelen(dag)
        ontvangers = list(dag.aanmeldingen.actief().values_list("pk", flat=True))
        if velden & set(dag.agendavelden):
            dag.sequence += 1
            dag.save(update_fields=["sequence"])
            for aanmelding_id in ontvangers:
                na_commit_inplannen(
                    send_dag_gewijzigd_mail, aanmelding_id=aanmelding_id, volgnummer=dag.sequence
                )
        if dag.status == DagStatus.GEANNULEERD:
            dag.aanmeldingen.actief().update(status=PlaatsStatus.VERVALLEN, beeindigd_op=timezone.now())
        elif "capaciteit" in velden:
            plaatsaanbiedingen_melden(plaatsing.wachtlijst_doorschuiven(dag, DagAanmelding))
        log(dag, "wagtail.edit", user=door, data={"velden": sorted(velden)})
