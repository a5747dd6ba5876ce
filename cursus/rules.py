"""The rules of the trainer course, one function each, named after the rule.

Services and views call these; they do not restate them.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _

from cursus.choices import Beoordeling, MeldingSoort, RondeStatus, Soort
from portal.kalender import datum_tekst
from portal.plaatsing import PlaatsStatus, check_capaciteit
from portal.rules import eindigt_na_begin, heeft_plaats

AANTAL_LESDAGEN = 2
AANTAL_INTERVISIEMOMENTEN = 2
HERINNERING_WEEK_DAGEN = 7


def planning_controleren(*, capaciteit, aanmelden_tot, afmelden_tot, bijeenkomsten) -> None:
    """Rule 'opbouw van de cursus': two lesdagen, then two intervisiemomenten, at least one seat.

    The intervisiemomenten come after both lesdagen (trainees practise in between);
    every session ends after it starts and has a place or an online link (`portal.rules.heeft_plaats`,
    named by date: one form plans all four); applying and
    cancelling close before the first lesdag. Raises one ValidationError with every
    problem, keyed by field where there is one.
    """
    fouten: dict[str, list] = {}

    def fout(veld, melding):
        fouten.setdefault(veld, []).append(melding)

    try:
        check_capaciteit(capaciteit)
    except ValidationError as error:
        for veld, meldingen in error.message_dict.items():
            for melding in meldingen:
                fout(veld, melding)

    lesdagen = sorted((b for b in bijeenkomsten if b.soort == Soort.LESDAG), key=lambda b: b.datum)
    intervisie = sorted(
        (b for b in bijeenkomsten if b.soort == Soort.INTERVISIEMOMENT), key=lambda b: b.datum
    )
    if len(lesdagen) != AANTAL_LESDAGEN or len(intervisie) != AANTAL_INTERVISIEMOMENTEN:
        fout(NON_FIELD_ERRORS, _("Een cursusronde heeft precies twee lesdagen en twee intervisiemomenten."))
    for bijeenkomst in bijeenkomsten:
        if not eindigt_na_begin(begintijd=bijeenkomst.begintijd, eindtijd=bijeenkomst.eindtijd):
            fout(
                NON_FIELD_ERRORS,
                _("Op %(datum)s ligt de eindtijd niet na de begintijd.")
                % {"datum": datum_tekst(bijeenkomst.datum)},
            )
        if not heeft_plaats(locatie=bijeenkomst.locatie, online_link=bijeenkomst.online_link):
            fout(
                NON_FIELD_ERRORS,
                _("Geef voor %(datum)s een locatie of een online link op.")
                % {"datum": datum_tekst(bijeenkomst.datum)},
            )
    if len(lesdagen) == AANTAL_LESDAGEN and lesdagen[0].datum == lesdagen[1].datum:
        fout(NON_FIELD_ERRORS, _("De twee lesdagen vallen op verschillende dagen."))
    if lesdagen and intervisie and intervisie[0].datum <= lesdagen[-1].datum:
        fout(
            NON_FIELD_ERRORS,
            _(
                "De intervisiemomenten komen na de lesdagen: het intervisiemoment van %(intervisie)s "
                "valt niet na de laatste lesdag (%(lesdag)s)."
            )
            % {"intervisie": datum_tekst(intervisie[0].datum), "lesdag": datum_tekst(lesdagen[-1].datum)},
        )
    if lesdagen and aanmelden_tot and aanmelden_tot >= lesdagen[0].datum:
        fout("aanmelden_tot", _("Aanmelden moet sluiten vóór de eerste lesdag."))
    if lesdagen and afmelden_tot and afmelden_tot >= lesdagen[0].datum:
        fout("afmelden_tot", _("Afmelden moet sluiten vóór de eerste lesdag."))
    if fouten:
        raise ValidationError(fouten)


def cursusronde_status(
    *, status: str, datums: Sequence[date], capaciteit: int, bezet: int, op: date
) -> RondeStatus:
    """Rule 'status van een cursusronde': the kerngroep plans, opens or cancels; the rest follows.

    An open edition is 'vol' when no seat is free (`bezet` of `capaciteit` taken), 'lopend' from
    its first session (`datums`) on and 'afgerond' after its last.
    """
    if status in (RondeStatus.GEPLAND, RondeStatus.GEANNULEERD):
        return RondeStatus(status)
    if datums and op > max(datums):
        return RondeStatus.AFGEROND
    if datums and op >= min(datums):
        return RondeStatus.LOPEND
    if bezet >= capaciteit:
        return RondeStatus.VOL
    return RondeStatus.OPEN


def aanmeldtermijn_open(ronde, *, op: date) -> bool:
    """Rule 'aanmelden': only for an open edition, up to and including its enrolment deadline."""
    return ronde.status == RondeStatus.OPEN and op <= ronde.aanmelden_tot


def afmeldtermijn_open(ronde, *, op: date) -> bool:
    """Rule 'afmelden': someone with a seat can cancel up to and including the cancellation deadline."""
    return op <= ronde.afmelden_tot


def telt_als_bijgewoond(aanwezigheid) -> bool:
    """Rule 'aanwezigheid': present, or absent and the session made up in another edition."""
    return aanwezigheid.aanwezig or bool(aanwezigheid.inhaal_bijeenkomst_id and aanwezigheid.ingehaald)


def inhalen_controleren(*, gemist, aanwezig: bool, inhaal, ingehaald: bool, vandaag: date) -> None:
    """Rule 'inhalen': a missed session is made up at a session of the same kind in another edition.

    `gemist` is the session missed (`aanwezig` says whether it was), `inhaal` the make-up session;
    it counts (`ingehaald`) only once that session has been, so not before its date.
    """
    if aanwezig:
        raise ValidationError(
            _("Deze bijeenkomst is bijgewoond; er valt niets in te halen."), code="aanwezig"
        )
    if inhaal.soort != gemist.soort:
        raise ValidationError(
            _("Een %(soort)s haal je in op een %(soort)s.") % {"soort": gemist.get_soort_display().lower()},
            code="soort",
        )
    if inhaal.cursusronde_id == gemist.cursusronde_id:
        raise ValidationError(_("Inhalen gebeurt in een andere cursusronde."), code="zelfde_ronde")
    if ingehaald and inhaal.datum > vandaag:
        raise ValidationError(
            _("De inhaalbijeenkomst op %(datum)s is nog niet geweest.")
            % {"datum": datum_tekst(inhaal.datum)},
            code="te_vroeg",
        )


def werkagenda_ontbrekende_onderdelen(werkagenda) -> list[str]:
    """Rule 'werkagenda indienen': every part is filled in. Returns the labels of the empty parts."""
    return [str(label) for _naam, label, tekst in werkagenda.onderdelen() if not tekst.strip()]


def aftekening_is_volledig(aftekening) -> bool:
    """Rule 'aftekening': the opleider judged every competence (behaald or aandachtspunt).

    An aandachtspunt is advice for the trainer's development, not a failure: it does
    not block the licence.
    """
    from cursus.choices import Competentie

    return {o.competentie for o in aftekening.oordelen.all()} >= set(Competentie.values)


@dataclass(frozen=True)
class Geschiktheid:
    """Whether a participant may receive the licence, and if not, what is missing (Dutch sentences)."""

    ontbreekt: tuple[str, ...]

    @property
    def komt_in_aanmerking(self) -> bool:
        return not self.ontbreekt


def geschiktheid_voor_licentie(aanmelding) -> Geschiktheid:
    """Rule 'afronding van de trainerscursus': who completes the course may receive the licence.

    Complete means: a deelnemer (admitted, with a seat) who attended both lesdagen and
    both intervisiemomenten (a missed one made up in another edition counts), submitted
    the werkagenda, and was signed off by the opleider on every competence. Issuing the
    licence itself belongs to `licenties`, which asks this function.
    """
    ontbreekt = []
    if aanmelding.status != PlaatsStatus.GEPLAATST or aanmelding.beoordeling != Beoordeling.TOEGELATEN:
        ontbreekt.append(_("Geen deelnemer van deze cursusronde: toegelaten én geplaatst zijn beide nodig."))
    aanwezigheden = {a.bijeenkomst_id: a for a in aanmelding.aanwezigheden.all()}
    for bijeenkomst in aanmelding.cursusronde.gesorteerde_bijeenkomsten():
        naam = {"bijeenkomst": bijeenkomst.label.lower(), "datum": datum_tekst(bijeenkomst.datum)}
        aanwezigheid = aanwezigheden.get(bijeenkomst.pk)
        if aanwezigheid is None:
            ontbreekt.append(_("Aanwezigheid op %(bijeenkomst)s (%(datum)s) is nog niet vastgelegd.") % naam)
        elif not telt_als_bijgewoond(aanwezigheid):
            if aanwezigheid.inhaal_bijeenkomst_id:
                ontbreekt.append(
                    _("%(bijeenkomst)s (%(datum)s) gemist; de inhaalbijeenkomst is nog niet bijgewoond.")
                    % naam
                )
            else:
                ontbreekt.append(_("%(bijeenkomst)s (%(datum)s) gemist en niet ingehaald.") % naam)
    werkagenda = getattr(aanmelding, "werkagenda", None)
    if werkagenda is None or werkagenda.ingediend_op is None:
        ontbreekt.append(_("De werkagenda is nog niet ingediend."))
    aftekening = getattr(aanmelding, "aftekening", None)
    if aftekening is None or not aftekening_is_volledig(aftekening):
        ontbreekt.append(_("De opleider heeft de competenties nog niet afgetekend."))
    return Geschiktheid(ontbreekt=tuple(s[0].upper() + s[1:] for s in ontbreekt))


def verschuldigde_herinnering(datum: date, *, op: date) -> MeldingSoort | None:
    """Rule 'herinneringen': a reminder a week before and a day before each course date.

    Read as 'within a week' and 'the day before (or the day itself)', so a reminder
    still goes out when the daily job missed a day or someone was placed late. That
    each goes out only once is recorded per participant (`Melding`).
    """
    dagen = (datum - op).days
    if 0 <= dagen <= 1:
        return MeldingSoort.HERINNERING_DAG
    if 1 < dagen <= HERINNERING_WEEK_DAGEN:
        return MeldingSoort.HERINNERING_WEEK
    return None
