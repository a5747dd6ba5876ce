"""The school's aanmelding: the identity goes encrypted into `Identiteit`, the rest to `Aanmelding`."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import Organisatie
from trajecten.audit import Actie, audit_loggen
from trajecten.models import Aanmelding, Identiteit, IdentiteitGegevens, Traject
from trajecten.rules import leeftijd_buiten_doelgroep, programma_voor_schooltype
from trajecten.services.overgang import bewaartermijn_bijwerken, weigering_loggen
from trajecten.stappen import OVERGANGEN, Stap, Wie, bevoegd

AANMELDING_VELDEN = [
    "klas",
    "schooltype",
    "reden",
    "klachten",
    "klachten_anders",
    "verzuim_percentage",
    "ziekmeldingen_12_weken",
    "aaneengesloten_ziektedagen",
    "plan_school",
    "effect_plan",
    "toestemming_leerling",
    "toestemming_ouders",
    "toestemming_op",
    "toestemming_vastgelegd_door",
]
AANMELDEN = next(o for o in OVERGANGEN if o.stap == Stap.AANMELDEN)


def traject_aanmelden(
    *,
    school,
    identiteit: IdentiteitGegevens,
    aanmelding: dict,
    door,
    uitvoerder=None,
    buiten_leeftijd_bevestigd: bool = False,
) -> Traject:
    """Rule 'aanmelding': a school contact registers a pupil of their own school, with consent.

    PRO goes to Re-Fit Do-It, (Z)ML is refused before anything is stored. A pupil outside the
    target age (rule 'doelgroep leeftijd') is registered only when the school confirms it knows;
    the adviesteam then records why Re-Fit still fits. The school executes the trajectory unless
    the contact chooses an ambulant service (ab-dienst). From this day on the record has a destroy
    date (rule 'bewaartermijn').
    """
    with weigering_loggen(Stap.AANMELDEN, door=door), transaction.atomic():
        if not bevoegd(Wie.SCHOOL, door, school=school):
            raise ValidationError(
                _("Je kunt alleen leerlingen van je eigen school aanmelden."), code="school"
            )
        if (
            uitvoerder is not None
            and uitvoerder != school
            and uitvoerder.soort != Organisatie.Soort.AB_DIENST
        ):
            raise ValidationError(
                _("De training wordt uitgevoerd door de school zelf of een ambulante dienst.")
            )
        programma = programma_voor_schooltype(aanmelding["schooltype"])
        if not (aanmelding["toestemming_leerling"] and aanmelding["toestemming_ouders"]):
            raise ValidationError(
                _(
                    "Zonder toestemming van de leerling én de ouders voor het uitwisselen van informatie "
                    "kan de aanmelding niet door."
                ),
                code="toestemming",
            )
        leeftijd = leeftijd_buiten_doelgroep(identiteit.geboortedatum, op=timezone.localdate())
        if leeftijd and not buiten_leeftijd_bevestigd:
            melding = _(
                "Meldt u de leerling toch aan, bevestig dat dan hieronder; het adviesteam legt vast "
                "waarom Re-Fit past."
            )
            raise ValidationError(
                {"geboortedatum": ValidationError(f"{leeftijd} {melding}", code="leeftijd")}
            )
        traject = Traject(
            school=school,
            uitvoerder=uitvoerder or school,
            aangemeld_door=door,
            programma=programma,
            status=AANMELDEN.naar,
        )
        bewaartermijn_bijwerken(traject, vandaag=timezone.localdate())
        traject.save()
        record = Identiteit(traject=traject)
        record.gegevens = identiteit
        record.save()
        Aanmelding.objects.create(traject=traject, **{veld: aanmelding[veld] for veld in AANMELDING_VELDEN})
        audit_loggen(
            user=door,
            actie=Actie.AANGEMELD,
            traject=traject,
            velden=["voornaam", "achternaam", "geboortedatum", "ouders", *AANMELDING_VELDEN],
        )
    return traject
