"""Rules about licences, each in one place and named after the rule.

Pure functions over the evidence: `licenties.status` gathers the evidence for one or
ten thousand licences and calls these.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from licenties.models import BesluitSoort, Licentie, LicentieStatus, MeldingSoort
from portal.kalender import datum_tekst, months_later, years_later
from portal.plaatsing import check_capaciteit
from portal.rules import plaats_controleren

ERVAREN_NA_JAREN = 3


@dataclass(frozen=True)
class Bewijs:
    """Everything the upkeep rule looks at for one licence."""

    behaald_op: date
    # Dates of professionalisation days the holder attended.
    dagen: tuple[date, ...] = ()
    # Intervisie meetings attended, per calendar year.
    intervisie_per_jaar: dict[int, int] | None = None
    # The kerngroep's decisions, as (soort, ingangsdatum), in the order they were taken.
    besluiten: tuple[tuple[str, date], ...] = ()


@dataclass(frozen=True)
class Onderhoud:
    """The outcome of the upkeep rule for one licence on one day, with the reasons in plain Dutch."""

    status: LicentieStatus
    # Last day the licence is valid without a further professionalisation day.
    geldig_tot: date
    # After this day a licence that is in (or heading for) respijt is verlopen.
    respijt_tot: date
    laatst_voldaan_jaar: int
    dit_jaar_voldaan: bool
    laatste_dag: date | None
    besluit: tuple[str, date] | None
    op: date

    @property
    def is_geldig(self) -> bool:
        return self.status in (
            LicentieStatus.ACTIEF,
            LicentieStatus.VERLOOPT_BINNENKORT,
            LicentieStatus.IN_RESPIJT,
        )

    def uitleg(self) -> str:
        """Why the status is what it is."""
        tot = datum_tekst(self.geldig_tot)
        match self.status:
            case LicentieStatus.GESCHORST:
                return _("De kerngroep heeft deze licentie geschorst met ingang van %(datum)s.") % {
                    "datum": datum_tekst(self.besluit[1])
                }
            case LicentieStatus.INGETROKKEN:
                return _("De kerngroep heeft deze licentie ingetrokken met ingang van %(datum)s.") % {
                    "datum": datum_tekst(self.besluit[1])
                }
            case LicentieStatus.IN_RESPIJT:
                return _(
                    "In %(jaar)s is geen professionaliseringsdag bijgewoond. De licentie liep daarom af op "
                    "%(tot)s; tot en met %(respijt)s geldt een respijtperiode."
                ) % {"jaar": self.geldig_tot.year, "tot": tot, "respijt": datum_tekst(self.respijt_tot)}
            case LicentieStatus.VERLOPEN:
                return _(
                    "De licentie is verlopen: na %(tot)s is geen professionaliseringsdag bijgewoond, "
                    "ook niet in de respijtperiode tot en met %(respijt)s."
                ) % {"tot": tot, "respijt": datum_tekst(self.respijt_tot)}
        if self.dit_jaar_voldaan:
            return _("Je voldoet aan de eis voor %(jaar)s. De licentie is geldig tot en met %(tot)s.") % {
                "jaar": self.op.year,
                "tot": tot,
            }
        return _(
            "De licentie is geldig tot en met %(tot)s. Om hem daarna te houden, woon je in %(jaar)s "
            "minstens één professionaliseringsdag bij."
        ) % {"tot": tot, "jaar": self.geldig_tot.year}

    def volgende_stap(self, eerstvolgende_dag: date | None = None) -> str:
        """Exactly what the holder must do next (`eerstvolgende_dag`: the first day open for registration)."""
        moet_nog = self.is_geldig and self.status != LicentieStatus.IN_RESPIJT and not self.dit_jaar_voldaan
        if moet_nog and eerstvolgende_dag and eerstvolgende_dag.year > self.geldig_tot.year:
            return _(
                "In %(jaar)s is er geen professionaliseringsdag meer. Meld je aan voor de eerstvolgende dag, "
                "%(dag)s: in de respijtperiode tot en met %(respijt)s telt die alsnog, en daarna is je "
                "licentie weer actief."
            ) % {
                "jaar": self.geldig_tot.year,
                "dag": datum_tekst(eerstvolgende_dag),
                "respijt": datum_tekst(self.respijt_tot),
            }
        match self.status:
            case LicentieStatus.GESCHORST | LicentieStatus.INGETROKKEN:
                return _("Neem contact op met de kerngroep als je vragen hebt over dit besluit.")
            case LicentieStatus.IN_RESPIJT:
                return _(
                    "Meld je aan voor een professionaliseringsdag vóór %(respijt)s; zodra je aanwezig bent "
                    "geweest, is de licentie weer actief."
                ) % {"respijt": datum_tekst(self.respijt_tot)}
            case LicentieStatus.VERLOPEN:
                return _(
                    "Woon een professionaliseringsdag bij; daarmee wordt de licentie weer actief. "
                    "Je kunt ook de kerngroep vragen om herstel."
                )
        if self.dit_jaar_voldaan:
            return _("Je hoeft dit jaar niets meer te doen. Volgend jaar woon je weer één dag bij.")
        return _("Meld je aan voor een professionaliseringsdag in %(jaar)s.") % {"jaar": self.geldig_tot.year}


def jaar_is_voldaan(jaar: int, bewijs: Bewijs, regel, *, op: date) -> bool:
    """Rule 'jaarlijkse eis': a year counts when a professionalisation day was attended in it.

    The year the licence was obtained counts as fulfilled, as does a year in which the
    kerngroep restored the licence. When the rule makes intervisie compulsory, a year
    also needs that many intervisie meetings.
    """
    if jaar == bewijs.behaald_op.year:
        return True
    if any(soort == BesluitSoort.HERSTEL and d.year == jaar and d <= op for soort, d in bewijs.besluiten):
        return True
    if not any(d.year == jaar and d <= op for d in bewijs.dagen):
        return False
    if regel.intervisie_verplicht:
        return (bewijs.intervisie_per_jaar or {}).get(jaar, 0) >= regel.intervisie_minimum_per_jaar
    return True


def geldend_besluit(besluiten: Iterable[tuple[str, date]], *, op: date) -> tuple[str, date] | None:
    """Rule 'schorsing en intrekking': the latest of these decisions in force wins; an opheffing ends it."""
    geldend = None
    for soort, ingangsdatum in besluiten:
        if ingangsdatum > op or soort == BesluitSoort.HERSTEL:
            continue
        geldend = None if soort == BesluitSoort.OPHEFFING else (soort, ingangsdatum)
    return geldend


def licentie_onderhoud(bewijs: Bewijs, regel, *, op: date) -> Onderhoud:
    """Rule 'onderhoud van de licentie' (domain brief: one professionalisation day a year).

    A year in which the holder fulfilled the yearly requirement keeps the licence valid
    through 31 December of the following year: that following year is the time to attend
    the next day. Without it the licence goes into respijt (grace, `regel.respijt_maanden`)
    and then lapses. Attending a day later makes it active again, since that year is then
    the last one fulfilled. Before the deadline year's warning month it is 'actief',
    from then 'verloopt binnenkort'. A kerngroep suspension or withdrawal overrides all.
    """
    laatst_voldaan = max(
        (
            jaar
            for jaar in range(bewijs.behaald_op.year, op.year + 1)
            if jaar_is_voldaan(jaar, bewijs, regel, op=op)
        ),
        default=bewijs.behaald_op.year,
    )
    geldig_tot = date(laatst_voldaan + 1, 12, 31)
    respijt_tot = months_later(geldig_tot, regel.respijt_maanden)
    besluit = geldend_besluit(bewijs.besluiten, op=op)
    if besluit and besluit[0] == BesluitSoort.SCHORSING:
        status = LicentieStatus.GESCHORST
    elif besluit and besluit[0] == BesluitSoort.INTREKKING:
        status = LicentieStatus.INGETROKKEN
    elif op > respijt_tot:
        status = LicentieStatus.VERLOPEN
    elif op > geldig_tot:
        status = LicentieStatus.IN_RESPIJT
    elif geldig_tot.year == op.year and op.month >= regel.waarschuwen_vanaf_maand:
        status = LicentieStatus.VERLOOPT_BINNENKORT
    else:
        status = LicentieStatus.ACTIEF
    bijgewoond = [d for d in bewijs.dagen if d <= op]
    return Onderhoud(
        status=status,
        geldig_tot=geldig_tot,
        respijt_tot=respijt_tot,
        laatst_voldaan_jaar=laatst_voldaan,
        dit_jaar_voldaan=laatst_voldaan == op.year,
        laatste_dag=max(bijgewoond, default=None),
        besluit=besluit,
        op=op,
    )


def dag_planning_controleren(*, datum, aanmelden_tot, locatie, online_link, capaciteit):
    """Rule 'professionaliseringsdag plannen': enrolment closing before the day, a place or a link
    (`portal.rules.plaats_controleren`), and at least one seat. Raises one ValidationError keyed by field.

    That the day ends after it starts is every appointment's rule (`portal.rules.eindigt_na_begin`),
    checked by the model's `clean`."""
    fouten = {}
    if datum and aanmelden_tot and aanmelden_tot >= datum:
        fouten["aanmelden_tot"] = _("Aanmelden moet sluiten vóór de dag zelf.")
    try:
        plaats_controleren(locatie=locatie, online_link=online_link)
    except ValidationError as error:
        fouten.update(error.error_dict)
    try:
        check_capaciteit(capaciteit)
    except ValidationError as error:
        fouten.update(error.error_dict)
    if fouten:
        raise ValidationError(fouten)


def heeft_voorrang(onderhoud: Onderhoud, *, dagjaar: int) -> bool:
    """Rule 'voorrang op de wachtlijst': whose licence would go into respijt or lapse without this day.

    That is: the licence is not valid beyond the day's year, or it is already in
    respijt or lapsed. A suspended or withdrawn licence gets no priority.
    """
    if onderhoud.status in (LicentieStatus.GESCHORST, LicentieStatus.INGETROKKEN):
        return False
    return onderhoud.geldig_tot.year <= dagjaar or not onderhoud.is_geldig


def is_ervaren(eerste_behaald_op: date | None, onderhoud: Onderhoud | None, *, op: date) -> bool:
    """Rule 'ervaren trainer': licensed for more than three years, and licensed now.

    Needed on every adviesteam and for one of the two intake trainers. Counted from the
    first licence; a lapsed, suspended or withdrawn licence makes nobody an ervaren trainer.
    """
    if eerste_behaald_op is None or onderhoud is None or not onderhoud.is_geldig:
        return False
    return op > years_later(eerste_behaald_op, ERVAREN_NA_JAREN)


def heeft_ervaring(licenties: list[tuple[Licentie, Onderhoud]], *, op: date) -> bool:
    """Rule 'ervaren trainer' for a person, from their licences and each one's upkeep (see `is_ervaren`).

    `licenties.selectors.is_ervaren_trainer` reads them from the database for one person.
    """
    if not licenties:
        return False
    eerste = min(licentie.behaald_op for licentie, _onderhoud in licenties)
    return any(is_ervaren(eerste, onderhoud, op=op) for _licentie, onderhoud in licenties)


# --- Kerngroep decisions ---------------------------------------------------------------------


def besluit_controleren(*, soort: str, status: str, behaald_op: date, ingangsdatum: date, reden: str) -> None:
    """Rule 'besluiten van de kerngroep': each decision fits the licence's state and has a reason.

    `status` is the licence's status on the later of the day it takes effect and today.
    """
    fouten = {}
    if not reden.strip():
        fouten["reden"] = _("Geef de reden van het besluit; de trainer krijgt die te lezen.")
    if ingangsdatum < behaald_op:
        fouten["ingangsdatum"] = _("De ingangsdatum ligt vóór de datum waarop de licentie is behaald.")
    if fouten:
        raise ValidationError(fouten)
    geblokkeerd = status in (LicentieStatus.GESCHORST, LicentieStatus.INGETROKKEN)
    if soort in (BesluitSoort.SCHORSING, BesluitSoort.INTREKKING) and status == LicentieStatus.INGETROKKEN:
        raise ValidationError(_("Deze licentie is al ingetrokken."), code="al_ingetrokken")
    if soort == BesluitSoort.SCHORSING and status == LicentieStatus.GESCHORST:
        raise ValidationError(_("Deze licentie is al geschorst."), code="al_geschorst")
    if soort == BesluitSoort.OPHEFFING and not geblokkeerd:
        raise ValidationError(
            _("Er is geen schorsing of intrekking om op te heffen."), code="niets_op_te_heffen"
        )
    if soort == BesluitSoort.HERSTEL and status != LicentieStatus.VERLOPEN:
        raise ValidationError(
            _("Alleen een verlopen licentie kan worden hersteld; deze is %(status)s.")
            % {"status": LicentieStatus(status).label.lower()},
            code="niet_verlopen",
        )


# --- Mails about a licence ---------------------------------------------------------------------

# How long after entering respijt or lapsing the mail about it still goes out: a new
# installation does not mail about licences that lapsed years ago.
MELDEN_BINNEN_DAGEN = 31


def verschuldigde_herinnering(onderhoud: Onderhoud, *, op: date) -> MeldingSoort | None:
    """Rule 'herinneringen': on 1 September and 1 November to whoever still needs this year's day.

    Read as 'from that date on', so a reminder still goes when the daily job missed a
    day; only the latest one due is sent. Suspended or withdrawn licences get none, and
    respijt and lapse have their own mail.
    """
    if onderhoud.status not in (LicentieStatus.ACTIEF, LicentieStatus.VERLOOPT_BINNENKORT):
        return None
    if onderhoud.dit_jaar_voldaan or onderhoud.geldig_tot.year != op.year:
        return None
    if op >= date(op.year, 11, 1):
        return MeldingSoort.HERINNERING_NOVEMBER
    if op >= date(op.year, 9, 1):
        return MeldingSoort.HERINNERING_SEPTEMBER
    return None


def verschuldigde_meldingen(onderhoud: Onderhoud, *, op: date) -> list[tuple[str, str]]:
    """(soort, gelegenheid) of every licence mail due today about one licence; the outbox sends each
    once per licence and occasion."""
    meldingen = []
    herinnering = verschuldigde_herinnering(onderhoud, op=op)
    if herinnering:
        meldingen.append((herinnering, str(op.year)))
    if (
        onderhoud.status == LicentieStatus.IN_RESPIJT
        and (op - onderhoud.geldig_tot).days <= MELDEN_BINNEN_DAGEN
    ):
        meldingen.append((MeldingSoort.IN_RESPIJT, str(onderhoud.geldig_tot)))
    if (
        onderhoud.status == LicentieStatus.VERLOPEN
        and (op - onderhoud.respijt_tot).days <= MELDEN_BINNEN_DAGEN
    ):
        meldingen.append((MeldingSoort.VERLOPEN, str(onderhoud.respijt_tot)))
    return meldingen


@dataclass(frozen=True)
class Maandoverzicht:
    # One per calendar month: the key under which each kerngroep member gets it once.
    kenmerk: str
    tellingen: list[tuple[str, int]]
    totaal: int


def maandoverzicht(per_status: dict[str, int], *, op: date) -> Maandoverzicht:
    """Rule 'maandoverzicht': once a month every kerngroep member gets the licences per status,
    every status listed (also when none has it), and the total."""
    return Maandoverzicht(
        kenmerk=f"{op:%Y-%m}",
        tellingen=[(LicentieStatus(s).label, per_status.get(s, 0)) for s in LicentieStatus.values],
        totaal=sum(per_status.values()),
    )
