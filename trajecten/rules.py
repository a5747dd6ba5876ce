"""The rules of a trajectory from domain.md, one function each, named after the rule.

Services and views call these; they do not restate them. The order of the steps
lives in `trajecten.stappen`, the programme's phases in `content.programma`.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from portal.kalender import datum_tekst, months_later, years_later
from trajecten.choices import Programma, Schooltype, Variant

VERZUIMGRENS_PROCENT = Decimal(10)
MAZL_ZIEKMELDINGEN = 4  # in twelve weeks
MAZL_AANEENGESLOTEN_DAGEN = 7
MIN_GROEP, MAX_GROEP = 4, 10
AANTAL_INTAKE_TRAINERS = 2
MIN_LEEFTIJD, MAX_LEEFTIJD = 12, 20
HERHAALDE_AFWEZIGHEID = 2


# --- Aanmelding --------------------------------------------------------------------------------


def mazl_signaal(*, ziekmeldingen_12_weken: int, aaneengesloten_ziektedagen: int) -> bool:
    """Rule 'MAZL-criteria': the 4th sick report in 12 weeks or the 7th consecutive sick school day."""
    return (
        ziekmeldingen_12_weken >= MAZL_ZIEKMELDINGEN
        or aaneengesloten_ziektedagen >= MAZL_AANEENGESLOTEN_DAGEN
    )


def programma_voor_schooltype(schooltype: str) -> str:
    """Rule 'doelgroep': PRO gets Re-Fit Do-It; (Z)ML is not a Re-Fit target group and is refused."""
    if schooltype == Schooltype.ZML:
        raise ValidationError(
            _(
                "Re-Fit is niet bedoeld voor leerlingen in het (Z)ML-onderwijs: het programma vraagt een "
                "niveau van reflectie en zelfstandig oefenen dat daar niet past. Bespreek met het "
                "samenwerkingsverband of de jeugdgezondheidszorg welke hulp wel past."
            ),
            code="zml",
        )
    if schooltype == Schooltype.PRO:
        return Programma.RE_FIT_DO_IT
    return Programma.RE_FIT


def leeftijd_op(geboortedatum: date, dag: date) -> int:
    """Age in whole years on `dag` (someone born on 29 February has their birthday on 1 March)."""
    return dag.year - geboortedatum.year - ((dag.month, dag.day) < (geboortedatum.month, geboortedatum.day))


def leeftijd_buiten_doelgroep(geboortedatum: date, *, op: date) -> str:
    """Rule 'doelgroep leeftijd': Re-Fit is for pupils of 12 to about 20 on the planned start date.

    Returns "" inside the range, otherwise the Dutch explanation. Before the training is planned
    `op` is the day of the step (aanmelding, advice): a training starts weeks after them, and the
    description says "about 20", so a pupil who turns 21 in between still fits. Outside the range
    the school confirms the aanmelding on purpose and the adviesteam records why Re-Fit still fits
    (`Advies.leeftijd_reden`): never in silence, never refused outright.
    """
    leeftijd = leeftijd_op(geboortedatum, op)
    if MIN_LEEFTIJD <= leeftijd <= MAX_LEEFTIJD:
        return ""
    return _(
        "Op %(datum)s is de leerling %(leeftijd)d jaar. Re-Fit is bedoeld voor jongeren van "
        "12 tot en met ongeveer 20 jaar."
    ) % {"datum": datum_tekst(op), "leeftijd": leeftijd}


# --- Adviesteam and intake ---------------------------------------------------------------------


def adviesteam_controleren(*, ervaren: Iterable[bool]) -> None:
    """Rule 'adviesteam': the team includes at least one ervaren trainer (licensed > 3 years).

    `ervaren` says per member whether they are one (`licenties.selectors.is_ervaren_trainer`).
    """
    if not any(ervaren):
        raise ValidationError(
            _(
                "In het adviesteam zit minstens één ervaren trainer (langer dan drie jaar een licentie). "
                "Heeft de school die niet, vraag dan een ervaren trainer van de kerngroep."
            ),
            code="geen_ervaren_trainer",
        )


def intake_trainers_controleren(*, trainers, ervaren: Iterable[bool]) -> None:
    """Rule 'intake': by two trainers, at least one of them ervaren (> 3 years licensed).

    `ervaren` says per trainer whether they are one; it is read only when there are two.
    """
    if len(set(trainers)) != AANTAL_INTAKE_TRAINERS:
        raise ValidationError(_("De intake doen precies twee trainers."), code="twee_trainers")
    if not any(ervaren):
        raise ValidationError(
            _(
                "Minstens één van de twee intaketrainers is een ervaren trainer "
                "(langer dan drie jaar een licentie)."
            ),
            code="geen_ervaren_trainer",
        )


# --- Admission checklist -----------------------------------------------------------------------


@dataclass(frozen=True)
class Regeluitkomst:
    regel: str
    naam: str
    voldaan: bool
    uitleg: str


def schoolaanwezigheid(intake) -> Regeluitkomst:
    """Criterion 'schoolaanwezigheid' (all of): persistent complaints; absence > 10 % where the
    school's plan after the MAZL signal had too little effect; the complaints hinder school progress."""
    ontbreekt = []
    if not intake.aanhoudende_klachten:
        ontbreekt.append(_("er zijn geen aanhoudende lichamelijke klachten"))
    if not intake.verzuim_percentage > VERZUIMGRENS_PROCENT:
        ontbreekt.append(_("het verzuim is niet hoger dan 10 %"))
    if not intake.plan_school_onvoldoende_effect:
        ontbreekt.append(_("de aanpak van de school had wel voldoende effect"))
    if not intake.klachten_belemmeren_schoolloopbaan:
        ontbreekt.append(_("de klachten belemmeren de schoolloopbaan niet"))
    return Regeluitkomst(
        "schoolaanwezigheid",
        _("Schoolaanwezigheid"),
        not ontbreekt,
        "; ".join(ontbreekt) if ontbreekt else _("Aan alle voorwaarden is voldaan."),
    )


def inactieve_leefstijl(intake) -> Regeluitkomst:
    """Criterion 'inactieve leefstijl' (at least one of): loneliness; > 6 h a day sitting or lying;
    < 1 h a day moderate-to-intense movement."""
    voldaan = intake.eenzaamheid or intake.meer_dan_zes_uur_zitten or intake.minder_dan_uur_bewegen
    return Regeluitkomst(
        "inactieve_leefstijl",
        _("Inactieve leefstijl"),
        voldaan,
        _("Minstens één kenmerk is aanwezig.")
        if voldaan
        else _("Geen van de kenmerken (eenzaamheid, veel zitten of liggen, weinig bewegen) is aanwezig."),
    )


def commitment(intake) -> Regeluitkomst:
    """Criterion 'commitment' (all of): full participation; doing the assignments; at school ≥ 8 h a week."""
    ontbreekt = []
    if not intake.volledige_deelname:
        ontbreekt.append(_("volledig meedoen aan de bijeenkomsten is niet toegezegd"))
    if not intake.opdrachten_maken:
        ontbreekt.append(_("het maken van de opdrachten is niet toegezegd"))
    if not intake.minstens_acht_uur_op_school:
        ontbreekt.append(_("de jongere is minder dan 8 uur per week op school"))
    return Regeluitkomst(
        "commitment",
        _("Commitment"),
        not ontbreekt,
        "; ".join(ontbreekt) if ontbreekt else _("Aan alle voorwaarden is voldaan."),
    )


def _contra(regel: str, naam: str, aanwezig: bool) -> Regeluitkomst:
    return Regeluitkomst(
        regel,
        naam,
        not aanwezig,
        _("Deze contra-indicatie is aanwezig.") if aanwezig else _("Niet aanwezig."),
    )


def contra_onvoldoende_motivatie(intake) -> Regeluitkomst:
    """Contra-indication: insufficient motivation after the intake."""
    return _contra("onvoldoende_motivatie", _("Onvoldoende motivatie"), intake.onvoldoende_motivatie)


def contra_lichamelijk_niet_mogelijk(intake) -> Regeluitkomst:
    """Contra-indication: cannot take part physically (intensive hospital track, upcoming operation)."""
    return _contra(
        "lichamelijk_niet_mogelijk",
        _("Lichamelijk niet mogelijk mee te doen"),
        intake.lichamelijk_niet_mogelijk,
    )


def contra_geen_schoolaanwezigheid(intake) -> Regeluitkomst:
    """Contra-indication: no school attendance at all (fully at home)."""
    return _contra("geen_schoolaanwezigheid", _("Helemaal niet op school"), intake.geen_schoolaanwezigheid)


def contra_psychopathologie_in_behandeling(intake) -> Regeluitkomst:
    """Contra-indication: severe psychopathology under specialised treatment, Re-Fit in the way."""
    return _contra(
        "psychopathologie_in_behandeling",
        _("Ernstige psychopathologie in specialistische behandeling"),
        intake.psychopathologie_in_behandeling,
    )


def contra_psychopathologie_onbehandeld(intake) -> Regeluitkomst:
    """Contra-indication: apparent severe psychopathology without diagnosis or treatment."""
    return _contra(
        "psychopathologie_onbehandeld",
        _("Vermoeden van ernstige psychopathologie zonder behandeling"),
        intake.psychopathologie_onbehandeld,
    )


def contra_zml_onderwijs(intake) -> Regeluitkomst:
    """Contra-indication: (Z)ML education (PRO gets Re-Fit Do-It)."""
    return _contra("zml_onderwijs", _("(Z)ML-onderwijs"), intake.zml_onderwijs)


CRITERIA = (schoolaanwezigheid, inactieve_leefstijl, commitment)
CONTRA_INDICATIES = (
    contra_onvoldoende_motivatie,
    contra_lichamelijk_niet_mogelijk,
    contra_geen_schoolaanwezigheid,
    contra_psychopathologie_in_behandeling,
    contra_psychopathologie_onbehandeld,
    contra_zml_onderwijs,
)


@dataclass(frozen=True)
class Toelatingsadvies:
    toegelaten: bool
    criteria: list[Regeluitkomst]
    contra_indicaties: list[Regeluitkomst]
    afgewezen_op: list[Regeluitkomst] = field(default_factory=list)


def toelatingsadvies(intake) -> Toelatingsadvies:
    """Rule 'toelating': all three criteria groups met and no contra-indication → admitted.

    Returns every rule with its outcome so the portal can show why; the trainers decide.
    """
    criteria = [regel(intake) for regel in CRITERIA]
    contra = [regel(intake) for regel in CONTRA_INDICATIES]
    afgewezen = [uitkomst for uitkomst in [*criteria, *contra] if not uitkomst.voldaan]
    return Toelatingsadvies(not afgewezen, criteria, contra, afgewezen)


def besluit_controleren(
    *, advies: Toelatingsadvies, toegelaten: bool, afwijkingsreden: str, vervolgadvies: str
):
    """Rule 'besluit': deviating from the computed advice needs a written reason; not admitted needs a
    follow-up advice."""
    fouten = {}
    if toegelaten != advies.toegelaten and not afwijkingsreden.strip():
        fouten["afwijkingsreden"] = _("Het besluit wijkt af van het berekende advies: schrijf op waarom.")
    if not toegelaten and not vervolgadvies.strip():
        fouten["vervolgadvies"] = _("Wie niet wordt toegelaten krijgt een onderbouwd vervolgadvies.")
    if fouten:
        raise ValidationError(fouten)


# --- Groepstraining ----------------------------------------------------------------------------


def groepssamenstelling_controleren(*, aantal_jongeren: int, aantal_trainers: int) -> None:
    """Rule 'groepstraining': a group training has 4–10 admitted youths and two trainers."""
    if not MIN_GROEP <= aantal_jongeren <= MAX_GROEP:
        raise ValidationError(
            _("Een groepstraining heeft 4 tot 10 jongeren; deze groep heeft er %(n)d.")
            % {"n": aantal_jongeren},
            code="groepsgrootte",
        )
    if aantal_trainers != 2:
        raise ValidationError(_("Een groepstraining heeft twee trainers."), code="groepstrainers")


# --- During the training -------------------------------------------------------------------------


def afwezigheid_controleren(*, aanwezig: bool, reden_afwezigheid: str) -> None:
    """Rule 'afwezigheid': an absence is recorded with its reason."""
    if not aanwezig and not reden_afwezigheid.strip():
        raise ValidationError({"reden_afwezigheid": _("Geef de reden van afwezigheid op.")})


def afwezigheidsopvolging(aantal_afwezig: int) -> str:
    """Rule 'afwezigheid': after an absence a talk follows; after repeated absence the adviesteam advises."""
    if aantal_afwezig >= HERHAALDE_AFWEZIGHEID:
        return _(
            "Dit is de tweede keer (of vaker) dat de jongere afwezig was: vraag het adviesteam om advies "
            "over doorgaan of doorverwijzen."
        )
    if aantal_afwezig == 1:
        return _("De jongere was afwezig: plan een gesprek over de afwezigheid.")
    return ""


# --- Costs and retention -------------------------------------------------------------------------


@dataclass(frozen=True)
class Kostenraming:
    regels: list[tuple[str, int, Decimal]]
    uren: int
    bedrag: Decimal


def kostenraming(instellingen, variant: str = Variant.INDIVIDUEEL) -> Kostenraming:
    """Rule 'kosten': intake phase 5 h, phase 1 10 h, phases 2–4 20 h at the hourly rate (35 h, € 3.412,50).

    A group training counts the same 35 hours per pupil. Rates come from the kerngroep's settings.
    """
    tarief = instellingen.uurtarief
    delen = [
        (_("Intakefase (intake, afstemming met school)"), instellingen.uren_intakefase),
        (_("Fase 1 (4 bijeenkomsten, afstemming, besluit)"), instellingen.uren_fase_1),
        (
            _("Fase 2 tot en met 4 (10 bijeenkomsten, afstemming, eindverslag en advies)"),
            instellingen.uren_fase_2_tot_4,
        ),
    ]
    regels = [(naam, uren, (tarief * uren).quantize(Decimal("0.01"))) for naam, uren in delen]
    return Kostenraming(regels, sum(r[1] for r in regels), sum((r[2] for r in regels), Decimal("0.00")))


def vernietigdatum(*, afgesloten_op: date, bewaartermijn_jaren: int) -> date:
    """Rule 'bewaartermijn': a closed record is destroyed a term (default 2 years) after closure."""
    return years_later(afgesloten_op, bewaartermijn_jaren)


def vervaldatum(*, laatste_activiteit_op: date, vervaltermijn_maanden: int) -> date:
    """Rule 'vervallen': an open record lapses a term (default 12 months) after its last activity."""
    return months_later(laatste_activiteit_op, vervaltermijn_maanden)
