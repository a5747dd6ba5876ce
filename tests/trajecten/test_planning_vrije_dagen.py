"""Rule 'planning' and every free day: no meeting on a weekend, a public holiday or a school holiday of
the region; skipped weeks and moved meetings are shown; the end-before-holiday check looks at week 14."""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.programma import FASEN
from portal.models import Schoolvakantie
from portal.models.organisaties import Regio
from portal.schoolvakanties import schoolvakanties_inrichten
from tests.portal.vrije_dagen import feestdag
from trajecten.choices import BijeenkomstSoort, Variant
from trajecten.planning import SCHOOLWEKEN_EINDE_VOOR_VAKANTIE, planning_maken
from trajecten.services.planning import training_plannen

pytestmark = pytest.mark.django_db

TRAINING = {BijeenkomstSoort.INDIVIDUEEL, BijeenkomstSoort.GROEP}


@pytest.fixture(autouse=True)
def _vakanties():
    schoolvakanties_inrichten()


def maandag_van(dag: date) -> date:
    return dag - timedelta(days=dag.weekday())


def in_schoolvakantie(regio, dag: date) -> Schoolvakantie | None:
    return Schoolvakantie.objects.filter(regio=regio, begin__lte=dag, eind__gte=dag).first()


def trainingsweken(planning):
    return [b for b in planning.bijeenkomsten if b.week and b.soort in TRAINING]


# --- named cases --------------------------------------------------------------------------------


def test_no_meeting_on_tweede_paasdag_it_moves_to_the_tuesday():
    # Midden, Mondays from 2 March 2026: week 6 is the week of Tweede Paasdag (6 April).
    planning = planning_maken(regio=Regio.MIDDEN, startdatum=date(2026, 3, 2))

    datums = {b.datum for b in planning.bijeenkomsten}
    assert date(2026, 4, 6) not in datums
    week6 = next(b for b in trainingsweken(planning) if b.week == 6)
    assert week6.datum == date(2026, 4, 7)
    assert week6.verschoven_van == date(2026, 4, 6) and week6.vrije_dag == "Tweede paasdag"
    assert any("Tweede paasdag" in regel and "week 6" in regel for regel in planning.uitleg)


def test_no_meeting_on_tweede_pinksterdag():
    planning = planning_maken(regio=Regio.MIDDEN, startdatum=date(2026, 3, 2))

    assert date(2026, 5, 25) not in {b.datum for b in planning.bijeenkomsten}
    assert date(2026, 5, 26) in {b.datum for b in trainingsweken(planning)}
    assert any("Tweede pinksterdag" in regel for regel in planning.uitleg)


def test_no_meeting_on_hemelvaartsdag_it_moves_to_the_friday():
    planning = planning_maken(regio=Regio.MIDDEN, startdatum=date(2026, 3, 5))

    datums = {b.datum for b in planning.bijeenkomsten}
    assert date(2026, 5, 14) not in datums and date(2026, 5, 15) in datums
    assert any("Hemelvaartsdag" in regel for regel in planning.uitleg)


def test_no_meeting_on_koningsdag_even_beyond_the_known_school_holidays():
    # 2031-2032 has no school holidays in the calendar yet; Koningsdag 2032 is a Tuesday.
    planning = planning_maken(regio=Regio.NOORD, startdatum=date(2032, 3, 2))

    assert planning.gegevens_ontbreken
    datums = {b.datum for b in planning.bijeenkomsten}
    assert date(2032, 4, 27) not in datums and date(2032, 4, 28) in datums
    assert any("Koningsdag" in regel for regel in planning.uitleg)


def test_no_meeting_on_christmas_or_nieuwjaarsdag_beyond_the_known_school_holidays():
    # Thursdays around Christmas 2031: the 25th and the 26th are both free, so the meeting comes a day early.
    planning = planning_maken(regio=Regio.NOORD, startdatum=date(2031, 11, 6))

    datums = {b.datum for b in planning.bijeenkomsten}
    assert not {date(2031, 12, 25), date(2031, 12, 26), date(2032, 1, 1)} & datums
    assert {date(2031, 12, 24), date(2032, 1, 2)} <= datums


def test_bevrijdingsdag_is_free_in_2025_and_a_meeting_day_in_2026():
    in_2025 = planning_maken(regio=Regio.MIDDEN, startdatum=date(2025, 3, 3))  # Mondays
    in_2026 = planning_maken(regio=Regio.MIDDEN, startdatum=date(2026, 3, 3))  # Tuesdays

    assert date(2025, 5, 5) not in {b.datum for b in in_2025.bijeenkomsten}
    assert date(2025, 5, 6) in {b.datum for b in in_2025.bijeenkomsten}
    assert date(2026, 5, 5) in {b.datum for b in in_2026.bijeenkomsten}


def test_a_holiday_week_is_shown_as_skipped_with_the_week_that_moves():
    planning = planning_maken(regio=Regio.MIDDEN, startdatum=date(2026, 3, 2))

    mei = next(o for o in planning.overgeslagen if o.naam == "meivakantie")
    assert (mei.van, mei.tot, mei.week) == (date(2026, 4, 20), date(2026, 4, 27), 8)
    assert any(
        "Week 8 valt in de meivakantie" in regel and "schuift op" in regel for regel in planning.uitleg
    )


def test_the_end_before_the_christmas_holiday_is_checked_at_week_14_not_at_the_eindgesprek():
    # Noord from 7 September 2026: week 14 is the week of 14 December, the last before the kerstvakantie
    # (19 December - 3 January). The eindgesprek moves past the holiday to January, yet the training
    # itself ends just before it.
    planning = planning_maken(regio=Regio.NOORD, startdatum=date(2026, 9, 7))

    week14 = next(b for b in trainingsweken(planning) if b.week == 14)
    assert maandag_van(week14.datum) == date(2026, 12, 14)
    assert planning.bijeenkomsten[-1].datum == date(2027, 1, 4)
    assert planning.vakantie_na_einde == "Kerstvakantie"
    assert any("vlak voor" in melding for melding in planning.waarschuwingen)
    assert any("eindgesprek" in regel and "kerstvakantie" in regel for regel in planning.uitleg)


def test_two_school_weeks_between_week_14_and_a_holiday_is_still_just_before():
    # Noord from 24 August 2026: week 14 is the week of 30 November; the weeks of 7 December (the
    # eindgesprek) and 14 December lie between it and the kerstvakantie.
    planning = planning_maken(regio=Regio.NOORD, startdatum=date(2026, 8, 24))

    week14 = next(b for b in trainingsweken(planning) if b.week == 14)
    assert maandag_van(week14.datum) == date(2026, 11, 30)
    assert planning.vakantie_na_einde == "Kerstvakantie"


def test_three_school_weeks_between_week_14_and_a_holiday_is_not_just_before():
    # Noord from 17 August 2026: week 14 is the week of 23 November.
    planning = planning_maken(regio=Regio.NOORD, startdatum=date(2026, 8, 17))

    week14 = next(b for b in trainingsweken(planning) if b.week == 14)
    assert maandag_van(week14.datum) == date(2026, 11, 23)
    assert planning.vakantie_na_einde == ""


# --- every start date, every region -------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start=st.dates(min_value=date(2025, 8, 1), max_value=date(2029, 3, 31)),
    regio=st.sampled_from(list(Regio)),
    variant=st.sampled_from(list(Variant)),
)
def test_every_planning_avoids_every_free_day_and_keeps_its_phases(start, regio, variant):
    planning = planning_maken(regio=regio, startdatum=start, variant=variant)

    # No planned meeting on a free day.
    for item in planning.bijeenkomsten:
        assert item.datum.weekday() < 5, item
        assert not feestdag(item.datum), item
        assert in_schoolvakantie(regio, item.datum) is None, item
    # Fourteen weeks, each in its own school week, in order; never before the chosen start.
    weken = trainingsweken(planning)
    assert [b.week for b in weken] == list(range(1, 15))
    assert len({maandag_van(b.datum) for b in weken}) == 14
    assert [b.datum for b in weken] == sorted(b.datum for b in weken)
    assert weken[0].datum >= start
    # Every phase has its length.
    assert [sum(1 for b in weken if b.fase == fase.nummer) for fase in FASEN] == [4, 4, 3, 3]
    # A meeting off the usual weekday says why.
    gewoon = min(start.weekday(), 4) if start.weekday() < 5 else 0
    for item in planning.bijeenkomsten:
        if item.datum.weekday() != gewoon:
            assert item.verschoven_van is not None and item.vrije_dag, item
    # Every week without a meeting between the start and the eindgesprek is shown as skipped.
    eindgesprek = planning.bijeenkomsten[-1]
    met_bijeenkomst = {maandag_van(b.datum) for b in planning.bijeenkomsten}
    overgeslagen = {
        o.van + timedelta(weeks=n)
        for o in planning.overgeslagen
        for n in range((o.tot - o.van).days // 7 + 1)
    }
    maandag = maandag_van(weken[0].datum)
    while maandag < maandag_van(eindgesprek.datum):
        assert maandag in met_bijeenkomst or maandag in overgeslagen, maandag
        maandag += timedelta(weeks=1)
    # The end of the training is week 14, checked against the next holiday of the region: "just
    # before" when at most two whole weeks (Monday to Friday) lie between them.
    week14 = maandag_van(weken[-1].datum)
    volgende = (
        Schoolvakantie.objects.filter(regio=regio, begin__gt=week14 + timedelta(days=4))
        .order_by("begin")
        .first()
    )
    tussen = volgende and sum(1 for n in range(1, 60) if week14 + timedelta(weeks=n, days=4) < volgende.begin)
    vlak_voor = volgende is not None and tussen <= SCHOOLWEKEN_EINDE_VOOR_VAKANTIE
    if not planning.gegevens_ontbreken:
        assert bool(planning.vakantie_na_einde) == vlak_voor
    assert eindgesprek.datum > weken[-1].datum


# --- a meeting moved by hand --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("datum", "melding"),
    [
        ("2026-12-23", "De bijeenkomst op woensdag 23 december 2026 valt in de kerstvakantie."),
        ("2027-03-29", "De bijeenkomst op maandag 29 maart 2027 valt op Tweede paasdag, een feestdag."),
        ("2026-11-15", "De bijeenkomst op zondag 15 november 2026 valt in het weekend."),
    ],
)
def test_a_meeting_moved_to_a_free_day_is_moved_with_a_warning(
    toegelaten, ervaren, ingelogd_als, datum, melding
):
    training_plannen(traject=toegelaten, startdatum=date(2026, 11, 2), door=ervaren)
    bijeenkomst = toegelaten.bijeenkomsten.get(volgnummer=2)

    response = ingelogd_als(ervaren).post(
        f"/trajecten/{toegelaten.code}/bijeenkomsten/{bijeenkomst.pk}/verplaatsen/",
        {"datum": datum},
        follow=True,
    )

    bijeenkomst.refresh_from_db()
    assert bijeenkomst.datum == date.fromisoformat(datum)  # a warning, not a refusal
    assert melding in response.text
