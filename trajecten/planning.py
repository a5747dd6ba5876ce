"""The planner: 14 weekly meetings around the school holidays, the ijkmoment, the eindgesprek and
the progress messages, with warnings and a better start date.

Phases and themes come from `content.programma`; the holidays from `portal.schoolvakanties`.
This module computes a proposal and writes nothing; `services.planning` stores it.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from content.programma import FASEN, TOTAAL_WEKEN, fase_van_week
from portal.schoolvakanties import VakantieKalender, kalender_dekt
from trajecten.choices import BijeenkomstSoort, Ontvanger, Variant

# Rule 'planning' (domain.md): avoid holidays in phase 2, when the rust-activiteitenschema starts,
# and do not end just before a holiday. "Just before" is: a holiday begins within this many days
# after the eindgesprek, so nothing of the ending would survive the break.
DAGEN_EINDE_VOOR_VAKANTIE = 14
# Rule 'voortgangsberichten': parents and school hear from the trainer at least every two weeks.
BERICHT_ELKE_WEKEN = 2
ZOEK_BETERE_START_WEKEN = 26
RISICOFASE = 2


@dataclass(frozen=True)
class PlanItem:
    volgnummer: int
    week: int | None
    soort: str
    datum: date
    fase: int | None
    thema: str


@dataclass
class Planning:
    regio: str
    variant: str
    gevraagde_start: date
    bijeenkomsten: list[PlanItem]
    berichten: list[tuple[date, str]]
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


def maandag_van(dag: date) -> date:
    return dag - timedelta(days=dag.weekday())


def themas_per_week(fase) -> list[str]:
    """A phase's four themes over its weeks: one a week, the last week takes the rest (3-week phases)."""
    themas = list(fase.themas)
    verdeling = [themas[i] for i in range(fase.weken - 1)]
    verdeling.append(" / ".join(themas[fase.weken - 1 :]))
    return verdeling


def _kalender(regio, van: date) -> VakantieKalender:
    return VakantieKalender(regio, van, van + timedelta(weeks=TOTAAL_WEKEN * 2 + ZOEK_BETERE_START_WEKEN + 8))


def _plan(kalender: VakantieKalender, regio, startdatum: date, variant: str) -> Planning:
    dagverschil = timedelta(days=min(startdatum.weekday(), 4))
    weken = kalender.schoolweken(maandag_van(startdatum), TOTAAL_WEKEN)
    na_afloop = kalender.volgende_schoolweek(weken[-1] + timedelta(weeks=1))
    items: list[PlanItem] = []
    themas = {f.nummer: themas_per_week(f) for f in FASEN}
    for week, maandag in enumerate(weken, start=1):
        fase = fase_van_week(week)
        if variant == Variant.GROEP:
            # Group variant: group meetings (2.5 h, two trainers) alternate with individual talks.
            soort = BijeenkomstSoort.GROEP if week % 2 else BijeenkomstSoort.INDIVIDUEEL
        else:
            soort = BijeenkomstSoort.INDIVIDUEEL
        thema = themas[fase.nummer][week - fase.eerste_week]
        items.append(PlanItem(len(items) + 1, week, soort, maandag + dagverschil, fase.nummer, thema))
        if week == FASEN[0].laatste_week:
            # Ijkmoment at the end of phase 1; in the group variant a parent meeting.
            tussen = (
                BijeenkomstSoort.OUDERBIJEENKOMST if variant == Variant.GROEP else BijeenkomstSoort.IJKMOMENT
            )
            items.append(PlanItem(len(items) + 1, week, tussen, maandag + dagverschil, fase.nummer, ""))
    slot = BijeenkomstSoort.OUDERBIJEENKOMST if variant == Variant.GROEP else BijeenkomstSoort.EINDGESPREK
    items.append(PlanItem(len(items) + 1, None, slot, na_afloop + dagverschil, None, ""))

    berichten = [
        (items_week.datum, ontvanger)
        for items_week in items
        if items_week.week
        and items_week.week % BERICHT_ELKE_WEKEN == 0
        and items_week.soort != BijeenkomstSoort.IJKMOMENT
        and items_week.soort != BijeenkomstSoort.OUDERBIJEENKOMST
        for ontvanger in (Ontvanger.OUDERS, Ontvanger.SCHOOL)
    ]
    planning = Planning(regio, variant, startdatum, items, berichten)

    fase2 = [w for w, m in enumerate(weken, start=1) if fase_van_week(w).nummer == RISICOFASE]
    begin2, eind2 = weken[fase2[0] - 1], weken[fase2[-1] - 1] + timedelta(days=6)
    planning.vakantie_in_risicofase = [
        v.get_soort_display() for v in kalender.vakanties if v.begin <= eind2 and v.eind >= begin2
    ]
    einde = items[-1].datum
    volgende = kalender.eerstvolgende_vakantie(einde)
    if volgende and (volgende.begin - einde).days <= DAGEN_EINDE_VOOR_VAKANTIE:
        planning.vakantie_na_einde = volgende.get_soort_display()
    planning.gegevens_ontbreken = not kalender_dekt(
        regio, weken[0], einde + timedelta(days=DAGEN_EINDE_VOOR_VAKANTIE)
    )
    return planning


def planning_maken(*, regio, startdatum: date, variant: str = Variant.INDIVIDUEEL) -> Planning:
    """Rule 'planning': 14 meetings in school weeks from the start date, holiday weeks skipped.

    Phase 1 weeks 1–4 with the ijkmoment at its end, phase 2 weeks 5–8, phase 3 weeks 9–11,
    phase 4 weeks 12–14, then the eindgesprek in the next school week; a progress message to
    parents and to school every two weeks. Warns for a holiday in phase 2 and an ending just
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


def datum_tekst(dag: date) -> str:
    return date_format(dag, "l j F Y")
