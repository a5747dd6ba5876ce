"""Rule 'jaarplan': four meetings a school year, one per period, never in a holiday week of any
member's region; rule 'geen bijeenkomst achteraf' for meetings outside the plan."""

from datetime import date, datetime, time, timedelta
from itertools import combinations
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from intervisie.jaarplan import jaarplan_opstellen
from intervisie.models import Intervisiebijeenkomst
from intervisie.services.bijeenkomsten import (
    Planning,
    bijeenkomst_plannen,
    bijeenkomst_wijzigen,
    jaarplan_maken,
)
from portal.models.organisaties import Regio
from portal.schoolvakanties import VakantieKalender
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, trainer
from tests.portal.vrije_dagen import waarom_vrij

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
VOOR_HET_SCHOOLJAAR = datetime(2027, 7, 1, 12, tzinfo=AMSTERDAM)


def is_vakantieweek_ergens(dag: date, regios) -> bool:
    maandag = dag - timedelta(days=dag.weekday())
    return any(
        VakantieKalender(r, maandag, maandag + timedelta(days=6)).is_vakantieweek(maandag) for r in regios
    )


@pytest.mark.parametrize("regios", [{Regio.NOORD}, {Regio.ZUID}, {Regio.NOORD, Regio.MIDDEN, Regio.ZUID}])
def test_four_meetings_one_per_period_never_in_a_holiday_week_of_any_region(vakanties, regios):
    plan = jaarplan_opstellen(schooljaar="2027-2028", regios=regios, weekdag=1, vanaf=date(2027, 7, 1))

    assert len(plan.datums) == 4
    assert all(d.weekday() == 1 for d in plan.datums)
    assert all(date(2027, 8, 1) <= d <= date(2028, 7, 31) for d in plan.datums)
    assert not any(is_vakantieweek_ergens(d, regios) for d in plan.datums)
    # One per period: autumn, before Christmas, winter, spring.
    assert plan.datums[0].month in (9, 10)
    assert plan.datums[1] < date(2027, 12, 18) < plan.datums[2] < date(2028, 2, 19) < plan.datums[3]


def test_a_thursday_group_does_not_meet_on_hemelvaartsdag(vakanties):
    plan = jaarplan_opstellen(schooljaar="2025-2026", regios={Regio.MIDDEN}, weekdag=3, vanaf=date.min)

    assert date(2026, 5, 14) not in plan.datums
    assert len(plan.datums) == 4 and all(d.weekday() == 3 for d in plan.datums)


def test_no_year_plan_meeting_falls_on_a_free_day_of_any_members_region(vakanties):
    """Every shipped school year, every set of regions, every weekday: weekends, public holidays and
    school holidays of each region are avoided."""
    for schooljaar in ("2025-2026", "2026-2027", "2027-2028", "2028-2029"):
        for aantal in (1, 2, 3):
            for regios in combinations(Regio, aantal):
                for weekdag in range(5):
                    plan = jaarplan_opstellen(
                        schooljaar=schooljaar, regios=set(regios), weekdag=weekdag, vanaf=date.min
                    )
                    assert len(plan.datums) == 4, (schooljaar, regios, weekdag, plan.uitleg)
                    for datum in plan.datums:
                        assert datum.weekday() == weekdag
                        assert not waarom_vrij(datum, regios), (schooljaar, regios)


def test_a_national_group_avoids_the_holidays_of_all_its_members_regions(vakanties, kerngroep):
    groep = IntervisiegroepFactory()
    lid(groep, trainer(regio=Regio.NOORD))
    lid(groep, trainer(regio=Regio.ZUID))
    with time_machine.travel(VOOR_HET_SCHOOLJAAR, tick=False):
        bijeenkomsten = jaarplan_maken(groep=groep, schooljaar="2027-2028", door=kerngroep)

    assert len(bijeenkomsten) == 4
    assert all(b.in_jaarplan and b.online_link == groep.online_link for b in bijeenkomsten)
    assert all(b.begintijd == groep.begintijd for b in bijeenkomsten)
    assert not any(is_vakantieweek_ergens(b.datum, [Regio.NOORD, Regio.ZUID]) for b in bijeenkomsten)
    # The northern autumn holiday is a week earlier than the southern one; neither is used.
    assert (
        "Noord, Zuid"
        in jaarplan_opstellen(
            schooljaar="2027-2028", regios={Regio.NOORD, Regio.ZUID}, weekdag=1, vanaf=date(2027, 7, 1)
        ).uitleg[0]
    )


def test_a_plan_made_during_the_year_covers_only_what_is_left(vakanties, kerngroep):
    groep = IntervisiegroepFactory()
    with time_machine.travel(datetime(2028, 1, 10, 12, tzinfo=AMSTERDAM), tick=False):
        bijeenkomsten = jaarplan_maken(groep=groep, schooljaar="2027-2028", door=kerngroep)
    assert len(bijeenkomsten) == 2
    assert all(b.datum >= date(2028, 1, 10) for b in bijeenkomsten)


def test_without_holiday_data_no_plan_is_made_and_nothing_changes(vakanties, kerngroep, ongewijzigd):
    groep = IntervisiegroepFactory()
    with ongewijzigd(), pytest.raises(ValidationError, match="2031-2032 zijn de schoolvakanties nog niet"):
        jaarplan_maken(groep=groep, schooljaar="2031-2032", door=kerngroep)


def test_a_second_plan_for_the_same_year_is_refused(vakanties, kerngroep, ongewijzigd):
    groep = IntervisiegroepFactory()
    with time_machine.travel(VOOR_HET_SCHOOLJAAR, tick=False):
        jaarplan_maken(groep=groep, schooljaar="2027-2028", door=kerngroep)
        with (
            ongewijzigd(),
            pytest.raises(ValidationError, match="heeft al bijeenkomsten in schooljaar 2027-2028"),
        ):
            jaarplan_maken(groep=groep, schooljaar="2027-2028", door=kerngroep)


def planning(datum: date) -> Planning:
    return Planning(
        datum=datum, begintijd=time(15, 30), eindtijd=time(17, 30), online_link="https://meet.example/x"
    )


def test_a_meeting_in_the_past_outside_the_year_plan_is_refused(kerngroep, ongewijzigd):
    groep = IntervisiegroepFactory()
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=AMSTERDAM), tick=False):
        with (
            ongewijzigd(),
            pytest.raises(ValidationError, match="ligt in het verleden en hoort niet bij het jaarplan"),
        ):
            bijeenkomst_plannen(groep=groep, planning=planning(date(2027, 2, 20)), door=kerngroep)
        bijeenkomst_plannen(groep=groep, planning=planning(date(2027, 3, 1)), door=kerngroep)
    assert Intervisiebijeenkomst.objects.count() == 1


def test_a_year_plan_meeting_in_the_past_keeps_its_date_but_cannot_be_moved_further_back(
    kerngroep, ongewijzigd
):
    bijeenkomst = BijeenkomstFactory(datum=date(2027, 2, 9), in_jaarplan=True)
    with time_machine.travel(datetime(2027, 3, 1, 12, tzinfo=AMSTERDAM), tick=False):
        # Correcting the agenda of a past meeting of the plan is fine.
        bijeenkomst_wijzigen(
            bijeenkomst=bijeenkomst,
            planning=Planning(
                **{
                    **planning(date(2027, 2, 9)).__dict__,
                    "online_link": bijeenkomst.online_link,
                    "agenda": "Nieuwe agenda",
                }
            ),
            door=kerngroep,
        )
        with ongewijzigd(), pytest.raises(ValidationError, match="ligt in het verleden"):
            bijeenkomst_wijzigen(bijeenkomst=bijeenkomst, planning=planning(date(2027, 2, 2)), door=kerngroep)


def test_a_meeting_needs_a_link_or_a_place(kerngroep, ongewijzigd):
    groep = IntervisiegroepFactory()
    zonder = Planning(datum=date.today() + timedelta(days=10), begintijd=time(15), eindtijd=time(17))
    with ongewijzigd(), pytest.raises(ValidationError, match="locatie of een online link"):
        bijeenkomst_plannen(groep=groep, planning=zonder, door=kerngroep)
