"""The one home of a trajectory's life: a declared state machine.

States are `choices.Status`, endings `choices.Uitkomst`. `OVERGANGEN` lists every step that writes
to a trajectory: from which states, to which state, who may take it, with which ending and under
which precondition. Nothing else moves a trajectory: every service asks `stap_controleren` (through
`services.overgang.stap_zetten`) before it writes, and a step outside the table is refused with a
Dutch reason. Views and forms ask `mag_stap` and `uitkomsten` to know what to offer. The table is
shown in docs/trajecten.md.

Rules from domain.md kept here, each in one function below:
- 'chronologische volgorde': aanmelding → advies → intake → besluit → planning → training → afsluiting;
- 'gestart': the training started when its first training meeting was held (`training_gestart`);
- 'afgerond': only after the training ran (`training_gelopen`);
- 'stoppen': at the ijkmoment once held, or after repeated absence, always with a follow-up advice;
  before the training starts the only endings are 'niet toegelaten', 'niet gestart', 'gestopt wegens
  afwezigheid' and 'vervallen'.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from trajecten.choices import BijeenkomstSoort, BijeenkomstStatus, Status, Uitkomst
from trajecten.rules import HERHAALDE_AFWEZIGHEID, vervaldatum


class Stap(StrEnum):
    AANMELDEN = "aanmelden"
    ADVIES = "advies"
    INTAKE = "intake"
    BESLUIT = "besluit"
    PLANNEN = "plannen"
    BIJEENKOMST = "bijeenkomst"  # record or move a meeting
    STARTEN = "starten"  # taken by recording the first held training meeting
    BERICHT = "bericht"
    BIJLAGE = "bijlage"
    EINDVERSLAG = "eindverslag"
    AFSLUITEN = "afsluiten"  # close with an ending the trainer chooses
    VERVALLEN = "vervallen"  # the daily job: no activity for the kerngroep's term
    VERNIETIGEN = "vernietigen"  # the daily job after the retention term, or erasure on request


class Wie(StrEnum):
    SCHOOL = "school"  # the contact of the registering school
    DOSSIER = "dossier"  # an assigned trainer, or the coordinator of the executing organisation
    COORDINATOR = "coordinator"  # the coordinator only: the rights of pupil and parents
    SYSTEEM = "systeem"  # the daily job; no person


OPEN = frozenset(
    {
        Status.AANGEMELD,
        Status.GEADVISEERD,
        Status.INTAKE_GEDAAN,
        Status.TOEGELATEN,
        Status.GEPLAND,
        Status.IN_TRAINING,
    }
)
VOOR_DE_START = OPEN - {Status.IN_TRAINING}
MET_PLANNING = frozenset({Status.GEPLAND, Status.IN_TRAINING})

# Which meeting is which. The group variant's parent meetings take the place of the ijkmoment
# (end of phase 1, in week 4) and of the eindgesprek (after week 14, no week).
TRAININGSBIJEENKOMST = Q(soort__in=[BijeenkomstSoort.INDIVIDUEEL, BijeenkomstSoort.GROEP], week__isnull=False)
IJKMOMENT = Q(soort=BijeenkomstSoort.IJKMOMENT) | Q(
    soort=BijeenkomstSoort.OUDERBIJEENKOMST, week__isnull=False
)
EINDGESPREK = Q(soort=BijeenkomstSoort.EINDGESPREK) | Q(
    soort=BijeenkomstSoort.OUDERBIJEENKOMST, week__isnull=True
)
GEHOUDEN = Q(status=BijeenkomstStatus.GEHOUDEN)
LAATSTE_FASE = 4


# --- Preconditions: each returns "" when met, otherwise the Dutch reason -----------------------


def training_gestart(traject) -> str:
    """Rule 'gestart' (reach): the training started when a training meeting (week 1–14) was held."""
    if traject.bijeenkomsten.filter(TRAININGSBIJEENKOMST & GEHOUDEN).exists():
        return ""
    return _("De training is nog niet begonnen: er is nog geen bijeenkomst gehouden.")


def ijkmoment_gehouden(traject) -> str:
    """Rule 'stoppen na het ijkmoment': the decision is taken at the ijkmoment, so it must have been held."""
    if traject.bijeenkomsten.filter(IJKMOMENT & GEHOUDEN).exists():
        return ""
    return _("Stoppen na het ijkmoment kan pas als het ijkmoment (einde fase 1) is gehouden.")


def herhaald_afwezig(traject) -> str:
    """Rule 'afwezigheid': stopping for absence only after repeated absence (at least twice)."""
    if traject.bijeenkomsten.filter(status=BijeenkomstStatus.AFWEZIG).count() >= HERHAALDE_AFWEZIGHEID:
        return ""
    return _("Stoppen wegens afwezigheid kan pas na herhaalde afwezigheid (minstens twee keer).")


def training_gelopen(traject) -> str:
    """Rule 'afgerond': the training ran. It started, the ijkmoment (end of phase 1) was held, the
    last phase started (a meeting of phase 4 was held) and the eindgesprek was held."""
    bijeenkomsten = traject.bijeenkomsten
    ontbreekt = []
    if training_gestart(traject):
        ontbreekt.append(_("de training is nog niet begonnen"))
    if not bijeenkomsten.filter(IJKMOMENT & GEHOUDEN).exists():
        ontbreekt.append(_("het ijkmoment (einde fase 1) is nog niet gehouden"))
    if not bijeenkomsten.filter(TRAININGSBIJEENKOMST & GEHOUDEN, fase=LAATSTE_FASE).exists():
        ontbreekt.append(_("er is nog geen bijeenkomst van fase 4 gehouden"))
    if not bijeenkomsten.filter(EINDGESPREK & GEHOUDEN).exists():
        ontbreekt.append(_("het eindgesprek is nog niet gehouden"))
    if not ontbreekt:
        return ""
    return _("Afronden kan pas als de training gelopen heeft: %(ontbreekt)s.") % {
        "ontbreekt": "; ".join(ontbreekt)
    }


def zonder_activiteit(traject) -> str:
    """Rule 'vervallen': an open record without activity for the kerngroep's term lapses."""
    from trajecten.models import TrajectInstellingen

    termijn = TrajectInstellingen.load().vervaltermijn_maanden
    if vervaldatum(laatste_activiteit_op=traject.laatste_activiteit_op, vervaltermijn_maanden=termijn) <= (
        timezone.localdate()
    ):
        return ""
    return _("Dit traject is nog niet zo lang zonder activiteit dat het vervalt.")


def bewaartermijn_verstreken(traject) -> str:
    """Rule 'bewaartermijn': a closed record is destroyed on its destroy date, not before."""
    if traject.vernietigen_op is not None and traject.vernietigen_op <= timezone.localdate():
        return ""
    return _("De bewaartermijn van dit traject is nog niet voorbij.")


# --- The table ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Overgang:
    stap: Stap
    van: frozenset[Status]
    naar: Status | None  # None: the status stays
    wie: Wie
    uitkomst: str = ""
    voorwaarde: Callable[..., str] | None = None
    vervolgadvies: bool = False  # the ending needs a written follow-up advice


OVERGANGEN: tuple[Overgang, ...] = (
    Overgang(Stap.AANMELDEN, frozenset(), Status.AANGEMELD, Wie.SCHOOL),
    Overgang(Stap.ADVIES, frozenset({Status.AANGEMELD}), Status.GEADVISEERD, Wie.DOSSIER),
    Overgang(
        Stap.ADVIES,
        frozenset({Status.AANGEMELD}),
        Status.AFGESLOTEN,
        Wie.DOSSIER,
        Uitkomst.NIET_TOEGELATEN,
        vervolgadvies=True,
    ),
    Overgang(Stap.INTAKE, frozenset({Status.GEADVISEERD}), Status.INTAKE_GEDAAN, Wie.DOSSIER),
    Overgang(Stap.BESLUIT, frozenset({Status.INTAKE_GEDAAN}), Status.TOEGELATEN, Wie.DOSSIER),
    Overgang(
        Stap.BESLUIT,
        frozenset({Status.INTAKE_GEDAAN}),
        Status.AFGESLOTEN,
        Wie.DOSSIER,
        Uitkomst.NIET_TOEGELATEN,
        vervolgadvies=True,
    ),
    Overgang(Stap.PLANNEN, frozenset({Status.TOEGELATEN}), Status.GEPLAND, Wie.DOSSIER),
    Overgang(Stap.BIJEENKOMST, MET_PLANNING, None, Wie.DOSSIER),
    Overgang(
        Stap.STARTEN,
        frozenset({Status.GEPLAND}),
        Status.IN_TRAINING,
        Wie.DOSSIER,
        voorwaarde=training_gestart,
    ),
    Overgang(Stap.BERICHT, MET_PLANNING, None, Wie.DOSSIER),
    Overgang(Stap.BIJLAGE, OPEN, None, Wie.DOSSIER),
    Overgang(Stap.EINDVERSLAG, frozenset({Status.IN_TRAINING}), None, Wie.DOSSIER),
    Overgang(
        Stap.AFSLUITEN,
        VOOR_DE_START,
        Status.AFGESLOTEN,
        Wie.DOSSIER,
        Uitkomst.NIET_GESTART,
        vervolgadvies=True,
    ),
    Overgang(
        Stap.AFSLUITEN,
        MET_PLANNING,
        Status.AFGESLOTEN,
        Wie.DOSSIER,
        Uitkomst.GESTOPT_AFWEZIGHEID,
        herhaald_afwezig,
        vervolgadvies=True,
    ),
    Overgang(
        Stap.AFSLUITEN,
        frozenset({Status.IN_TRAINING}),
        Status.AFGESLOTEN,
        Wie.DOSSIER,
        Uitkomst.GESTOPT_IJKMOMENT,
        ijkmoment_gehouden,
        vervolgadvies=True,
    ),
    Overgang(
        Stap.AFSLUITEN,
        frozenset({Status.IN_TRAINING}),
        Status.AFGESLOTEN,
        Wie.DOSSIER,
        Uitkomst.AFGEROND,
        training_gelopen,
    ),
    Overgang(Stap.VERVALLEN, OPEN, Status.AFGESLOTEN, Wie.SYSTEEM, Uitkomst.VERVALLEN, zonder_activiteit),
    Overgang(
        Stap.VERNIETIGEN,
        frozenset({Status.AFGESLOTEN}),
        Status.VERNIETIGD,
        Wie.SYSTEEM,
        voorwaarde=bewaartermijn_verstreken,
    ),
    # The right to erasure: the coordinator destroys a record on request, open or closed.
    Overgang(Stap.VERNIETIGEN, OPEN | {Status.AFGESLOTEN}, Status.VERNIETIGD, Wie.COORDINATOR),
)

STAP_NAMEN = {
    Stap.AANMELDEN: gettext_lazy("De aanmelding"),
    Stap.ADVIES: gettext_lazy("Het advies van het adviesteam"),
    Stap.INTAKE: gettext_lazy("De intake"),
    Stap.BESLUIT: gettext_lazy("Het besluit"),
    Stap.PLANNEN: gettext_lazy("Het plannen van de training"),
    Stap.BIJEENKOMST: gettext_lazy("Een bijeenkomst vastleggen"),
    Stap.STARTEN: gettext_lazy("Het starten van de training"),
    Stap.BERICHT: gettext_lazy("Een voortgangsbericht vastleggen"),
    Stap.BIJLAGE: gettext_lazy("Een bijlage toevoegen"),
    Stap.EINDVERSLAG: gettext_lazy("Het eindverslag"),
    Stap.AFSLUITEN: gettext_lazy("Het afsluiten van het traject"),
    Stap.VERVALLEN: gettext_lazy("Het laten vervallen van het traject"),
    Stap.VERNIETIGEN: gettext_lazy("Het vernietigen van de gegevens"),
}

# Where a trajectory stands, as the reason given when a step does not fit.
NU = {
    Status.AANGEMELD: gettext_lazy("eerst geeft het adviesteam een advies"),
    Status.GEADVISEERD: gettext_lazy("eerst volgt de intake door twee trainers"),
    Status.INTAKE_GEDAAN: gettext_lazy("eerst nemen de trainers een besluit over de toelating"),
    Status.TOEGELATEN: gettext_lazy("eerst wordt de training gepland"),
    Status.GEPLAND: gettext_lazy(
        "de training is nog niet begonnen; dat gebeurt als de eerste bijeenkomst is gehouden"
    ),
    Status.IN_TRAINING: gettext_lazy("de training loopt al"),
    Status.AFGESLOTEN: gettext_lazy("het traject is afgesloten"),
    Status.VERNIETIGD: gettext_lazy("de gegevens van dit traject zijn vernietigd"),
}

ALLEEN = {
    Wie.SCHOOL: gettext_lazy("alleen de contactpersoon van de school meldt een leerling aan"),
    Wie.DOSSIER: gettext_lazy(
        "alleen de trainers van dit traject en de coördinator van de uitvoerende organisatie zetten deze stap"
    ),
    Wie.COORDINATOR: gettext_lazy("alleen de coördinator van de uitvoerende organisatie doet dit"),
    Wie.SYSTEEM: gettext_lazy("dit doet het portaal zelf, met de dagelijkse bewaartaak"),
}


# --- Asking the machine ------------------------------------------------------------------------


def bevoegd(wie: Wie, door, traject=None, *, school=None) -> bool:
    """Rule 'wie zet welke stap': the same scopes as the case pages (`TrajectQuerySet.zichtbaar_voor`)."""
    from portal.models import Lidmaatschap
    from portal.roles import Role, has_role
    from trajecten.models import Traject

    if wie == Wie.SYSTEEM:
        return door is None
    if door is None or not door.is_authenticated:
        return False
    if wie == Wie.SCHOOL:
        return (
            has_role(door, Role.SCHOOLCONTACT)
            and Lidmaatschap.objects.filter(user=door, organisatie=school).exists()
        )
    zichtbaar = Traject.objects.zichtbaar_voor(door).filter(pk=traject.pk)
    if wie == Wie.COORDINATOR:
        zichtbaar = zichtbaar.als_coordinator(door)
    return zichtbaar.exists()


def _naam(stap: Stap, uitkomst: str) -> str:
    if stap == Stap.AFSLUITEN and uitkomst in Uitkomst.values:
        return _("Afsluiten als ‘%(uitkomst)s’") % {"uitkomst": Uitkomst(uitkomst).label}
    return str(STAP_NAMEN[stap])


def stap_controleren(traject, stap: Stap, *, door, uitkomst: str = "") -> Overgang:
    """The one check before every write: is `stap` (with this ending) allowed from the trajectory's
    status, may `door` take it, and does its precondition hold? Returns the transition to apply;
    otherwise raises ValidationError with the Dutch reason (and nothing has been written)."""
    kandidaten = [o for o in OVERGANGEN if o.stap == stap and o.uitkomst == uitkomst]
    if not kandidaten:
        raise ValidationError(_("Kies hoe het traject eindigt."), code="uitkomst")
    volgens_status = [o for o in kandidaten if traject.status in o.van]
    if not volgens_status:
        raise ValidationError(waarom_niet(traject, stap, uitkomst), code="volgorde")
    mogelijk = [o for o in volgens_status if bevoegd(o.wie, door, traject)]
    if not mogelijk:
        raise ValidationError(
            _("%(stap)s kan niet door jou: %(alleen)s.")
            % {"stap": _naam(stap, uitkomst), "alleen": ALLEEN[volgens_status[0].wie]},
            code="niet_bevoegd",
        )
    overgang = mogelijk[0]
    if overgang.voorwaarde is not None and (reden := overgang.voorwaarde(traject)):
        raise ValidationError(reden, code=overgang.voorwaarde.__name__)
    return overgang


def waarom_niet(traject, stap: Stap, uitkomst: str = "") -> str:
    """The Dutch reason a step does not fit the trajectory's status: what has to happen first."""
    return _("%(stap)s kan nu niet: %(nu)s.") % {"stap": _naam(stap, uitkomst), "nu": NU[traject.status]}


def overgaan(traject, overgang: Overgang) -> None:
    """Apply a checked transition: the new status and, for an ending, the outcome."""
    if overgang.naar is not None:
        traject.status = overgang.naar
    if overgang.uitkomst:
        traject.uitkomst = overgang.uitkomst


def mag_stap(traject, stap: Stap) -> bool:
    """Does the trajectory's status allow `stap` (with any ending)? For links and forms; the full
    check, with person and precondition, is `stap_controleren`."""
    return any(o.stap == stap and traject.status in o.van for o in OVERGANGEN)


def uitkomsten(traject) -> list[str]:
    """The endings a trainer can choose when closing from the current status (the close form's choices)."""
    return [
        o.uitkomst
        for o in OVERGANGEN
        if o.stap == Stap.AFSLUITEN and o.wie == Wie.DOSSIER and traject.status in o.van
    ]


def vervolgadvies_nodig(uitkomst: str) -> bool:
    """Rule 'vervolgadvies': every ending before or instead of finishing comes with a follow-up advice."""
    return any(o.uitkomst == uitkomst and o.vervolgadvies for o in OVERGANGEN)
