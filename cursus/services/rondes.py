"""Planning an edition: the kerngroep's writes from the Wagtail admin."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cursus.models import Aanmelding, Aanwezigheid, Bijeenkomst, Cursusronde
from cursus.rules import planning_controleren
from cursus.services.meldingen import datumwijziging_melden, plaatsaanbiedingen_melden
from portal import plaatsing


def cursusronde_opslaan(*, ronde: Cursusronde, door) -> Cursusronde:
    """Save a new or changed edition with its sessions (an unsaved cluster, e.g. from the admin form).

    Rules: planning_controleren (two lesdagen before two intervisiemomenten, at least
    one seat); capacity never below the seats already taken; a session with recorded
    attendance is never deleted. A session whose date, time or place changed gets a
    higher iCalendar SEQUENCE and its participants a mail with the new .ics. Extra
    capacity goes to the waiting list at once.
    """
    bijeenkomsten = list(ronde.bijeenkomsten.all())
    planning_controleren(
        capaciteit=ronde.capaciteit,
        aanmelden_tot=ronde.aanmelden_tot,
        afmelden_tot=ronde.afmelden_tot,
        bijeenkomsten=bijeenkomsten,
    )
    verplaatst = []
    with transaction.atomic():
        is_nieuw = ronde.pk is None
        if not is_nieuw:
            plaatsing.evenement_vergrendelen(ronde)
            bezet = plaatsing.bezette_plaatsen(ronde, Aanmelding)
            if ronde.capaciteit < bezet:
                raise ValidationError(
                    {
                        "capaciteit": _(
                            "Er zijn al %(bezet)d plaatsen bezet of aangeboden; "
                            "minder plaatsen dan dat kan niet."
                        )
                        % {"bezet": bezet}
                    }
                )
            vorige = {b.pk: b for b in Bijeenkomst.objects.filter(cursusronde=ronde)}
            verwijderd = set(vorige) - {b.pk for b in bijeenkomsten if b.pk}
            if Aanwezigheid.objects.filter(
                Q(bijeenkomst__in=verwijderd) | Q(inhaal_bijeenkomst__in=verwijderd)
            ).exists():
                raise ValidationError(
                    {
                        NON_FIELD_ERRORS: _(
                            "Voor een bijeenkomst die je wilt verwijderen is al aanwezigheid vastgelegd. "
                            "Verzet de datum in plaats daarvan."
                        )
                    }
                )
            for bijeenkomst in bijeenkomsten:
                if bijeenkomst.pk in vorige and bijeenkomst.is_verplaatst(vorige[bijeenkomst.pk]):
                    bijeenkomst.sequence = vorige[bijeenkomst.pk].sequence + 1
                    verplaatst.append(bijeenkomst)
        ronde.save()
        log(ronde, "cursus.cursusronde.aangemaakt" if is_nieuw else "cursus.cursusronde.gewijzigd", user=door)
        for bijeenkomst in verplaatst:
            log(
                ronde,
                "cursus.cursusronde.verplaatst",
                user=door,
                data={"bijeenkomst": bijeenkomst.pk, "sequence": bijeenkomst.sequence},
            )
        datumwijziging_melden(bijeenkomsten=verplaatst)
        plaatsaanbiedingen_melden(plaatsing.wachtlijst_doorschuiven(ronde, Aanmelding))
    return ronde
