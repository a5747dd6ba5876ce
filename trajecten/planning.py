"""The planner: 14 weekly meetings on school days, the ijkmoment, the eindgesprek and the progress
messages, with warnings, the free days it went around, and a better start date.

Phases and themes come from `content.programma`; the free days (weekends, public holidays, school
holidays of the region) from `portal.schoolvakanties`, the calendar every planner of the portal uses.
This module computes a proposal and writes nothing; `services.planning` stores it.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import ClassVar

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from content.programma import FASEN, TOTAAL_WEKEN, fase_van_week
from portal.kalender import datum_met_weekdag, datum_tekst, maandag_van
from portal.schoolvakanties import WEEKDAGEN, VakantieKalender, kalender_dekt
from trajecten.choices import BijeenkomstSoort, Ontvanger, Variant

# Rule 'planning' (domain.md): avoid holidays in phase 2, when the rust-activiteitenschema starts,
# and do not end just before a holiday. The training ends with week 14; the eindgesprek after it may
# be pushed past a holiday, the training itself is over by then. "Just before" is: at most this many
# school weeks lie between week 14 and the holiday (the week of the eindgesprek and one more), so
# nothing of the ending would survive the break.
SCHOOLWEKEN_EINDE_VOOR_VAKANTIE = 2
# Rule 'voortgangsberichten': parents and school hear from the trainer at least every two weeks.
BERICHT_ELKE_WEKEN = 2
ZOEK_BETERE_START_WEKEN = 26
RISICOFASE = 2
VRIJDAG = 4


@dataclass(frozen=True)
class PlanItem:
    is_overgeslagen: ClassVar[bool] = False

    volgnummer: int
    week: int | None
    soort: str
    datum: date
    fase: int | None
    thema: str
    # Set when the usual weekday was a free day and the meeting moved to another day of its week.
    verschoven_van: date | None = None
    vrije_dag: str = ""


@dataclass(frozen=True)
class OvergeslagenWeken:
    """Consecutive holiday weeks without a meeting (`van` and `tot` are their Mondays); the training
    week `week` (None: the eindgesprek) moves to the first school week after them."""

    is_overgeslagen: ClassVar[bool] = True

    van: date
    tot: date
    naam: str
    week: int | None
    naar: date

    @property
    def tot_en_met(self) -> date:
        """The last day of the skipped weeks (their Friday)."""
        return self.tot + timedelta(days=VRIJDAG)


@dataclass
class Planning:
    regio: str
    variant: str
    gevraagde_start: date
    bijeenkomsten: list[PlanItem]
    berichten: list[tuple[date, str]]
    overgeslagen: list[OvergeslagenWeken] = field(default_factory=list)
    vakantie_in_risicofase: list[str] = field(default_factory=list)
    vakantie_na_einde: str = ""
    gegevens_ontbreken: bool = False
    voorstel: date | None = None

    @property
    def start(self) -> date:
        return self.bijeenkomsten[0].datum

    @property
    def einde(self) -> date:
        return self.bijeenkomsten[-1].datum

    @property
    def is_goed(self) -> bool:
        return not (self.vakantie_in_risicofase or self.vakantie_na_einde or self.gegevens_ontbreken)

    @property
    def waarschuwingen(self) -> list[str]:
        meldingen = []
        if self.gegevens_ontbreken:
            meldingen.append(
                _(
                    "Voor (een deel van) deze periode zijn geen schoolvakanties bekend: "
                    "controleer de planning zelf."
                )
            )
        for naam in self.vakantie_in_risicofase:
            meldingen.append(
                _("De %(vakantie)s valt in fase 2, als het rust-activiteitenschema begint.")
                % {"vakantie": naam}
            )
        if self.vakantie_na_einde:
            meldingen.append(
                _("De training eindigt vlak voor de %(vakantie)s.") % {"vakantie": self.vakantie_na_einde}
            )
        return meldingen

    @property
    def uitleg(self) -> list[str]:
        """The free days the planning went around, in date order, as the trainer reads them."""
        regels: list[tuple[date, str]] = []
        for blok in self.overgeslagen:
            waarden = {
                "vakantie": blok.naam,
                "week": blok.week,
                "van": date_format(blok.van, "j F"),
                "tot": date_format(blok.tot, "j F"),
                "naar": datum_tekst(blok.naar),
            }
            if blok.week is None:
                tekst = (
                    _("Het eindgesprek valt in de %(vakantie)s; schuift op naar de week van %(naar)s.")
                    % waarden
                )
            elif blok.van == blok.tot:
                tekst = (
                    _(
                        "Week %(week)d valt in de %(vakantie)s (week van %(van)s); "
                        "schuift op naar de week van %(naar)s."
                    )
                    % waarden
                )
            else:
                tekst = (
                    _(
                        "Week %(week)d valt in de %(vakantie)s (weken van %(van)s tot en met %(tot)s); "
                        "schuift op naar de week van %(naar)s."
                    )
                    % waarden
                )
            regels.append((blok.van, tekst))
        gezien = set()
        for item in self.bijeenkomsten:
            if item.verschoven_van is None or item.verschoven_van in gezien:
                continue  # the ijkmoment shares its day with the meeting of week 4
            gezien.add(item.verschoven_van)
            waarden = {
                "dag": datum_met_weekdag(item.verschoven_van),
                "vrij": item.vrije_dag,
                "week": item.week,
                "nieuw": datum_met_weekdag(item.datum),
            }
            if item.week is None:
                tekst = _("%(dag)s: %(vrij)s. Het eindgesprek is op %(nieuw)s.") % waarden
            else:
                tekst = _("%(dag)s: %(vrij)s. De bijeenkomst van week %(week)d is op %(nieuw)s.") % waarden
            regels.append((item.verschoven_van, tekst[0].upper() + tekst[1:]))
        return [tekst for _dag, tekst in sorted(regels, key=lambda regel: regel[0])]

    @property
    def rijen(self) -> list[PlanItem | OvergeslagenWeken]:
        """Meetings and skipped holiday weeks in date order, for the planning table."""
        return sorted(
            [*self.bijeenkomsten, *self.overgeslagen],
            key=lambda rij: rij.datum if isinstance(rij, PlanItem) else rij.van,
        )


def schoolweken_tussen(vrijdag: date, vakantie_begin: date) -> int:
    """The whole weeks between the Friday that ends one week and the first day of a holiday: 0 when
    the holiday starts that weekend."""
    return ((vakantie_begin - vrijdag).days - 1) // 7


def themas_per_week(fase) -> list[str]:
    """A phase's four themes over its weeks: one a week, the last week takes the rest (3-week phases)."""
    themas = list(fase.themas)
    verdeling = [themas[i] for i in range(fase.weken - 1)]
    verdeling.append(" / ".join(themas[fase.weken - 1 :]))
    return verdeling


def _kalender(regio, van: date) -> VakantieKalender:
    return VakantieKalender(regio, van, van + timedelta(weeks=TOTAAL_WEKEN * 2 + ZOEK_BETERE_START_WEKEN + 8))


def _eerste_week(kalender: VakantieKalender, startdatum: date) -> tuple[date, int]:
    """The Monday to plan from and the weekday of the meetings: the start date's own weekday; a start
    on a Saturday or Sunday means the Monday after. A meeting never comes before the start date, so a
    week whose school days all lie before it (Friday start on Tweede kerstdag) is not used."""
    if startdatum.weekday() >= WEEKDAGEN:
        startdatum = maandag_van(startdatum) + timedelta(weeks=1)
    maandag = maandag_van(startdatum)
    if not kalender.is_vakantieweek(maandag) and not kalender.schooldag_in_week(
        maandag, startdatum.weekday(), niet_voor=startdatum
    ):
        maandag += timedelta(weeks=1)
    return maandag, startdatum.weekday()


class _Weekplanner:
    """Walks the school weeks of one region: each meeting in its own week, holiday weeks recorded."""

    def __init__(self, kalender: VakantieKalender, weekdag: int, niet_voor: date):
        self.kalender = kalender
        self.weekdag = weekdag
        self.niet_voor = niet_voor
        self.overgeslagen: list[OvergeslagenWeken] = []

    def week(self, maandag: date, week: int | None) -> date:
        """The first school week from `maandag`; the holiday weeks before it are recorded."""
        schoolweek = self.kalender.volgende_schoolweek(maandag)
        while maandag < schoolweek:
            tot = maandag
            naam = self.kalender.vrij_in_week(maandag).naam
            while (
                tot + timedelta(weeks=1) < schoolweek
                and self.kalender.vrij_in_week(tot + timedelta(weeks=1)).naam == naam
            ):
                tot += timedelta(weeks=1)
            self.overgeslagen.append(OvergeslagenWeken(maandag, tot, naam, week, schoolweek))
            maandag = tot + timedelta(weeks=1)
        return schoolweek

    def dag(self, maandag: date) -> tuple[date, date | None, str]:
        """The meeting day of the week from `maandag`, and what it moved from (and why)."""
        gewoon = maandag + timedelta(days=self.weekdag)
        dag = self.kalender.schooldag_in_week(maandag, self.weekdag, niet_voor=self.niet_voor)
        if dag == gewoon:
            return dag, None, ""
        vrij = self.kalender.vrije_dag(gewoon)
        return dag, gewoon, vrij.naam if vrij else ""


def _plan(kalender: VakantieKalender, regio, startdatum: date, variant: str) -> Planning:
    eerste, weekdag = _eerste_week(kalender, startdatum)
    planner = _Weekplanner(kalender, weekdag, niet_voor=startdatum)
    items: list[PlanItem] = []
    themas = {f.nummer: themas_per_week(f) for f in FASEN}
    weken: list[date] = []
    maandag = eerste
    for week in range(1, TOTAAL_WEKEN + 1):
        maandag = planner.week(maandag, week)
        weken.append(maandag)
        dag, verschoven_van, vrij = planner.dag(maandag)
        fase = fase_van_week(week)
        if variant == Variant.GROEP:
            # Group variant: group meetings (2.5 h, two trainers) alternate with individual talks.
            soort = BijeenkomstSoort.GROEP if week % 2 else BijeenkomstSoort.INDIVIDUEEL
        else:
            soort = BijeenkomstSoort.INDIVIDUEEL
        thema = themas[fase.nummer][week - fase.eerste_week]
        items.append(PlanItem(len(items) + 1, week, soort, dag, fase.nummer, thema, verschoven_van, vrij))
        if week == FASEN[0].laatste_week:
            # Ijkmoment at the end of phase 1; in the group variant a parent meeting.
            tussen = (
                BijeenkomstSoort.OUDERBIJEENKOMST if variant == Variant.GROEP else BijeenkomstSoort.IJKMOMENT
            )
            items.append(PlanItem(len(items) + 1, week, tussen, dag, fase.nummer, "", verschoven_van, vrij))
        maandag += timedelta(weeks=1)
    slot = BijeenkomstSoort.OUDERBIJEENKOMST if variant == Variant.GROEP else BijeenkomstSoort.EINDGESPREK
    na_afloop = planner.week(maandag, None)
    dag, verschoven_van, vrij = planner.dag(na_afloop)
    items.append(PlanItem(len(items) + 1, None, slot, dag, None, "", verschoven_van, vrij))

    berichten = [
        (items_week.datum, ontvanger)
        for items_week in items
        if items_week.week
        and items_week.week % BERICHT_ELKE_WEKEN == 0
        and items_week.soort != BijeenkomstSoort.IJKMOMENT
        and items_week.soort != BijeenkomstSoort.OUDERBIJEENKOMST
        for ontvanger in (Ontvanger.OUDERS, Ontvanger.SCHOOL)
    ]
    planning = Planning(regio, variant, startdatum, items, berichten, overgeslagen=planner.overgeslagen)

    fase2 = [w for w in range(1, TOTAAL_WEKEN + 1) if fase_van_week(w).nummer == RISICOFASE]
    begin2, eind2 = weken[fase2[0] - 1], weken[fase2[-1] - 1] + timedelta(days=6)
    planning.vakantie_in_risicofase = [
        v.get_soort_display() for v in kalender.vakanties if v.begin <= eind2 and v.eind >= begin2
    ]
    # The training ends with week 14, not with the eindgesprek after it (which a holiday may push on).
    einde_training = weken[-1] + timedelta(days=VRIJDAG)
    volgende = kalender.eerstvolgende_vakantie(einde_training)
    if volgende and schoolweken_tussen(einde_training, volgende.begin) <= SCHOOLWEKEN_EINDE_VOOR_VAKANTIE:
        planning.vakantie_na_einde = volgende.get_soort_display()
    planning.gegevens_ontbreken = not kalender_dekt(
        regio,
        weken[0],
        max(planning.einde, einde_training + timedelta(weeks=SCHOOLWEKEN_EINDE_VOOR_VAKANTIE + 1)),
    )
    return planning


def planning_maken(*, regio, startdatum: date, variant: str = Variant.INDIVIDUEEL) -> Planning:
    """Rule 'planning': 14 meetings in school weeks from the start date, never on a free day.

    Phase 1 weeks 1–4 with the ijkmoment at its end, phase 2 weeks 5–8, phase 3 weeks 9–11,
    phase 4 weeks 12–14, then the eindgesprek in the next school week; a progress message to
    parents and to school every two weeks. Each meeting is on the start date's weekday; a holiday
    week is skipped (the week shifts), a public holiday on that weekday moves the meeting to the
    nearest school day of its week (`VakantieKalender.schooldag_in_week`); both are listed in
    `Planning.uitleg`. Warns for a holiday in phase 2 and for a training whose week 14 ends just
    before a holiday, and proposes the first later start date without either.
    """
    kalender = _kalender(regio, maandag_van(startdatum))
    planning = _plan(kalender, regio, startdatum, variant)
    if not planning.is_goed and not planning.gegevens_ontbreken:
        for n in range(1, ZOEK_BETERE_START_WEKEN + 1):
            kandidaat = startdatum + timedelta(weeks=n)
            try:
                alternatief = _plan(kalender, regio, kandidaat, variant)
            except ValueError:  # beyond the calendar that was read
                break
            if alternatief.is_goed:
                planning.voorstel = alternatief.start
                break
    return planning
