"""The school's aanmelding: the identity goes encrypted into `Identiteit`, the rest to `Aanmelding`."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from portal.models import Lidmaatschap, Organisatie
from portal.roles import Role, has_role
from trajecten.audit import Actie, audit_loggen
from trajecten.models import Aanmelding, Identiteit, IdentiteitGegevens, Traject
from trajecten.rules import programma_voor_schooltype

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


def traject_aanmelden(
    *, school, identiteit: IdentiteitGegevens, aanmelding: dict, door, uitvoerder=None
) -> Traject:
    """Rule 'aanmelding': a school contact registers a pupil of their own school, with consent.

    PRO goes to Re-Fit Do-It, (Z)ML is refused before anything is stored. The school
    executes the trajectory unless the contact chooses an ambulant service (ab-dienst).
    """
    if (
        not has_role(door, Role.SCHOOLCONTACT)
        or not Lidmaatschap.objects.filter(user=door, organisatie=school).exists()
    ):
        raise ValidationError(_("Je kunt alleen leerlingen van je eigen school aanmelden."), code="school")
    if uitvoerder is not None and uitvoerder != school and uitvoerder.soort != Organisatie.Soort.AB_DIENST:
        raise ValidationError(_("De training wordt uitgevoerd door de school zelf of een ambulante dienst."))
    programma = programma_voor_schooltype(aanmelding["schooltype"])
    if not (aanmelding["toestemming_leerling"] and aanmelding["toestemming_ouders"]):
        raise ValidationError(
            _(
                "Zonder toestemming van de leerling én de ouders voor het uitwisselen van informatie "
                "kan de aanmelding niet door."
            ),
            code="toestemming",
        )
    with transaction.atomic():
        traject = Traject.objects.create(
            school=school, uitvoerder=uitvoerder or school, aangemeld_door=door, programma=programma
        )
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
