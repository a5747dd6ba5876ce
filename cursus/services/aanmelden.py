"""Applying for an edition, admission, and the seat: the course's side of `portal.plaatsing`."""

from dataclasses import asdict, dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cursus.choices import Achtergrond, Beoordeling, RondeStatus
from cursus.models import Aanmelding, Cursusronde
from cursus.rules import aanmeldtermijn_open, afmeldtermijn_open
from cursus.services.meldingen import aanmelding_loggen, plaatsaanbiedingen_melden
from portal import plaatsing
from portal.accounts.bevestigen import adres_laten_bevestigen, bevestiging_gebruiken
from portal.accounts.services import account_aanmaken_zonder_wachtwoord, activatie_uitnodiging_versturen
from portal.kalender import datum_tekst
from portal.models import Adresbevestiging
from portal.plaatsing import PlaatsStatus
from portal.roles import Role, grant_role
from portal.taken import na_commit_inplannen


@dataclass(frozen=True)
class Aanvraag:
    """What a prospective trainer tells about themselves when applying."""

    organisatie: str
    achtergrond: str
    ervaring_onderwijs: str
    motivatie: str
    achtergrond_toelichting: str = ""


def aanvraag_controleren(aanvraag: Aanvraag) -> None:
    if aanvraag.achtergrond not in Achtergrond.values:
        raise ValidationError({"achtergrond": _("Kies je achtergrond.")})
    if aanvraag.achtergrond == Achtergrond.ANDERS and not aanvraag.achtergrond_toelichting.strip():
        raise ValidationError(
            {"achtergrond_toelichting": _("Licht toe welke achtergrond je hebt als je ‘anders’ kiest.")}
        )
    for veld in ("organisatie", "ervaring_onderwijs", "motivatie"):
        if not getattr(aanvraag, veld).strip():
            raise ValidationError({veld: _("Dit veld is verplicht.")})


def aanmelding_indienen(*, cursusronde: Cursusronde, aanvraag: Aanvraag, door) -> Aanmelding:
    """`door` applies for an edition: a seat while one is free, otherwise the waiting list.

    Rules: aanmeldtermijn_open; one active application per person and edition; seats
    are never overbooked (the edition's row is locked while counting, see
    `portal.plaatsing`). The seat is held while the kerngroep or an opleider decides on
    admission. A confirmation mail follows after commit.
    """
    aanvraag_controleren(aanvraag)
    with transaction.atomic():
        ronde = plaatsing.evenement_vergrendelen(cursusronde)
        termijn_controleren(ronde)
        if Aanmelding.objects.actief().filter(cursusronde=ronde, user=door).exists():
            raise ValidationError(_("Je bent al aangemeld voor deze cursusronde."), code="dubbel")
        aanmelding = Aanmelding(
            cursusronde=ronde,
            user=door,
            organisatie=aanvraag.organisatie.strip(),
            achtergrond=aanvraag.achtergrond,
            achtergrond_toelichting=aanvraag.achtergrond_toelichting.strip(),
            ervaring_onderwijs=aanvraag.ervaring_onderwijs.strip(),
            motivatie=aanvraag.motivatie.strip(),
        )
        aangeboden = plaatsing.plaatsing_toewijzen(aanmelding)
        aanmelding_loggen(aanmelding, "cursus.aanmelding.ingediend", door=door)
        from cursus.tasks import send_aanmelding_ontvangen_mail

        na_commit_inplannen(send_aanmelding_ontvangen_mail, aanmelding_id=aanmelding.pk)
        plaatsaanbiedingen_melden(aangeboden)
    return aanmelding


def aanmelding_indienen_met_account(
    *, cursusronde: Cursusronde, aanvraag: Aanvraag, email: str, voornaam: str, achternaam: str
) -> Aanmelding:
    """Apply without being logged in: the application creates the account (see
    `portal.accounts.services.account_aanmaken_zonder_wachtwoord`). Only after the address is
    confirmed (`aanmelding_bevestigen`); the public form calls `aanmelding_aanvragen`.

    All or nothing: a refused application leaves no account behind.
    """
    with transaction.atomic():
        user = account_aanmaken_zonder_wachtwoord(email=email, voornaam=voornaam, achternaam=achternaam)
        return aanmelding_indienen(cursusronde=cursusronde, aanvraag=aanvraag, door=user)


BEVESTIGING_DOEL = "cursus.aanmelding"


def termijn_controleren(ronde: Cursusronde) -> None:
    """Rule aanmeldtermijn_open, with the message a visitor reads."""
    if not aanmeldtermijn_open(ronde, op=timezone.localdate()):
        if ronde.status == RondeStatus.OPEN:
            raise ValidationError(
                _("De aanmeldtermijn is verstreken: aanmelden kon tot en met %(datum)s.")
                % {"datum": datum_tekst(ronde.aanmelden_tot)},
                code="termijn",
            )
        raise ValidationError(_("Voor deze cursusronde kun je je niet aanmelden."), code="niet_open")


def aanmelding_aanvragen(
    *, cursusronde: Cursusronde, aanvraag: Aanvraag, email: str, voornaam: str, achternaam: str
) -> Adresbevestiging:
    """Someone without a login applies: nothing is created until the address is confirmed.

    Rule 'Openbare formulieren' (portal.openbare_formulieren): the application waits as an
    `Adresbevestiging`; its address gets a confirmation link, or, when it has a working account, a
    mail to log in first. Only what holds for every address is checked here (the form, the
    deadline), so the answer never tells whether an address is known;
    `aanmelding_bevestigen` does the rest once the link is clicked.
    """
    aanvraag_controleren(aanvraag)
    termijn_controleren(cursusronde)
    return adres_laten_bevestigen(
        doel=BEVESTIGING_DOEL,
        email=email,
        gegevens={
            "cursusronde": cursusronde.pk,
            "voornaam": voornaam,
            "achternaam": achternaam,
            "aanvraag": asdict(aanvraag),
        },
        omschrijving=_("een aanmelding voor de trainerscursus (cursusronde %(ronde)s)")
        % {"ronde": cursusronde.naam},
        link_naam="cursus:bevestigen",
        login_volgende=reverse("cursus:aanmelden", args=[cursusronde.pk]),
    )


def aanmelding_bevestigen(*, bevestiging: Adresbevestiging) -> Aanmelding:
    """The link in the confirmation mail was clicked: now the application (and account) is made.

    All or nothing: a refused application (deadline passed meanwhile, already applied) leaves
    the link unused and changes nothing. The click proved the mailbox, so the address is verified.
    """
    from allauth.account.models import EmailAddress

    with bevestiging_gebruiken(bevestiging) as bevestiging:
        gegevens = bevestiging.gegevens
        aanmelding = aanmelding_indienen_met_account(
            cursusronde=Cursusronde.objects.get(pk=gegevens["cursusronde"]),
            aanvraag=Aanvraag(**gegevens["aanvraag"]),
            email=bevestiging.email,
            voornaam=gegevens["voornaam"],
            achternaam=gegevens["achternaam"],
        )
        EmailAddress.objects.filter(user=aanmelding.user, email__iexact=bevestiging.email).update(
            verified=True
        )
    return aanmelding


def _vers(aanmelding: Aanmelding) -> Aanmelding:
    """Lock the edition, then read the application again: someone may have changed it meanwhile."""
    plaatsing.evenement_vergrendelen(aanmelding.cursusronde)
    return Aanmelding.objects.select_related("cursusronde", "user").get(pk=aanmelding.pk)


def deelname_starten(aanmelding: Aanmelding, *, door) -> None:
    """Admitted and seated: the person becomes cursist.

    The invitation to set a password goes out now and not at applying: only admitted
    participants need to log in (dates, werkagenda, trainerskompas), and a refused
    applicant should not end up with a login. Someone who already has a password (an
    existing user, or who used 'wachtwoord vergeten') just gets the role.
    """
    grant_role(aanmelding.user, Role.CURSIST)
    if not aanmelding.user.has_usable_password():
        activatie_uitnodiging_versturen(user=aanmelding.user, rol=Role.CURSIST, door=door)
    aanmelding_loggen(aanmelding, "cursus.aanmelding.deelnemer", door=door)


def _nog_te_beoordelen(aanmelding: Aanmelding) -> None:
    if aanmelding.beoordeling != Beoordeling.OPEN:
        raise ValidationError(_("Over deze aanmelding is al besloten."), code="besloten")
    if not aanmelding.is_actief:
        raise ValidationError(_("Deze aanmelding is afgemeld of vervallen; er valt niets te beoordelen."))


def aanmelding_toelaten(*, aanmelding: Aanmelding, door) -> Aanmelding:
    """The kerngroep or an opleider admits an applicant; with a seat they become a deelnemer at once.

    Admitted from the waiting list, they become a deelnemer when they accept an offered seat.
    """
    from cursus.tasks import send_besluit_mail

    with transaction.atomic():
        aanmelding = _vers(aanmelding)
        _nog_te_beoordelen(aanmelding)
        aanmelding.beoordeling = Beoordeling.TOEGELATEN
        aanmelding.beoordeeld_door, aanmelding.beoordeeld_op = door, timezone.now()
        aanmelding.save(update_fields=["beoordeling", "beoordeeld_door", "beoordeeld_op"])
        aanmelding_loggen(aanmelding, "cursus.aanmelding.toegelaten", door=door)
        if aanmelding.heeft_plaats:
            deelname_starten(aanmelding, door=door)
        na_commit_inplannen(send_besluit_mail, aanmelding_id=aanmelding.pk)
    return aanmelding


def aanmelding_afwijzen(*, aanmelding: Aanmelding, reden: str, door) -> Aanmelding:
    """Refuse an applicant with a reason they will read; their seat goes to the waiting list."""
    from cursus.tasks import send_besluit_mail

    if not reden.strip():
        raise ValidationError(
            {"reden": _("Geef een reden voor de afwijzing; de aanmelder krijgt die te lezen.")}, code="reden"
        )
    with transaction.atomic():
        aanmelding = _vers(aanmelding)
        _nog_te_beoordelen(aanmelding)
        aanmelding.beoordeling = Beoordeling.AFGEWEZEN
        aanmelding.reden_afwijzing = reden.strip()
        aanmelding.beoordeeld_door, aanmelding.beoordeeld_op = door, timezone.now()
        aanmelding.save(update_fields=["beoordeling", "reden_afwijzing", "beoordeeld_door", "beoordeeld_op"])
        aangeboden = plaatsing.plaats_vrijgeven(aanmelding, status=PlaatsStatus.VERVALLEN)
        aanmelding_loggen(aanmelding, "cursus.aanmelding.afgewezen", door=door)
        na_commit_inplannen(send_besluit_mail, aanmelding_id=aanmelding.pk)
        plaatsaanbiedingen_melden(aangeboden)
    return aanmelding


def aanmelding_afmelden(*, aanmelding: Aanmelding, door) -> Aanmelding:
    """The participant withdraws: with a seat until the cancellation deadline, from the waiting list any time.

    Rule afmeldtermijn_open. The freed seat is offered to the next in line.
    """
    with transaction.atomic():
        aanmelding = _vers(aanmelding)
        if not aanmelding.is_actief:
            raise ValidationError(_("Je bent voor deze cursusronde al afgemeld."), code="niet_actief")
        ronde = aanmelding.cursusronde
        if aanmelding.heeft_plaats and not afmeldtermijn_open(ronde, op=timezone.localdate()):
            raise ValidationError(
                _("Afmelden kon tot en met %(datum)s. Neem contact op met de kerngroep.")
                % {"datum": datum_tekst(ronde.afmelden_tot)},
                code="termijn",
            )
        aangeboden = plaatsing.plaats_vrijgeven(aanmelding, status=PlaatsStatus.AFGEMELD)
        aanmelding_loggen(aanmelding, "cursus.aanmelding.afgemeld", door=door)
        plaatsaanbiedingen_melden(aangeboden)
    return aanmelding


def plaatsaanbod_aannemen(*, aanmelding: Aanmelding) -> Aanmelding:
    """Take the seat offered from the waiting list, within its 48 hours (portal.plaatsing)."""
    with transaction.atomic():
        aanmelding = _vers(aanmelding)
        plaatsing.plaatsaanbod_accepteren(aanmelding)
        aanmelding_loggen(aanmelding, "cursus.aanmelding.plaats_aangenomen", door=aanmelding.user)
        if aanmelding.beoordeling == Beoordeling.TOEGELATEN:
            deelname_starten(aanmelding, door=None)
    return aanmelding


def plaatsaanbod_afslaan(*, aanmelding: Aanmelding) -> Aanmelding:
    """Decline the offered seat: it passes to the next in line at once."""
    with transaction.atomic():
        aanmelding = _vers(aanmelding)
        if aanmelding.status != PlaatsStatus.AANGEBODEN or aanmelding.plaatsaanbod_is_verlopen():
            raise ValidationError(_("Er staat voor jou geen plaats (meer) klaar."), code="geen_aanbod")
        aangeboden = plaatsing.plaats_vrijgeven(aanmelding, status=PlaatsStatus.AFGEMELD)
        aanmelding_loggen(aanmelding, "cursus.aanmelding.plaats_afgeslagen", door=aanmelding.user)
        plaatsaanbiedingen_melden(aangeboden)
    return aanmelding


def verlopen_plaatsaanbiedingen_verwerken() -> int:
    """The hourly job: offers older than their validity lapse, and the seat goes to the next in line."""
    aantal = 0
    for ronde_id in plaatsing.verlopen_plaatsaanbiedingen(Aanmelding):
        with transaction.atomic():
            ronde = plaatsing.evenement_vergrendelen(Cursusronde(pk=ronde_id))
            verlopen, aangeboden = plaatsing.verlopen_plaatsaanbiedingen_doorgeven(ronde, Aanmelding)
            for aanmelding in verlopen:
                aanmelding_loggen(aanmelding, "cursus.aanmelding.plaatsaanbod_verlopen")
            plaatsaanbiedingen_melden(aangeboden)
            aantal += len(verlopen)
    return aantal
