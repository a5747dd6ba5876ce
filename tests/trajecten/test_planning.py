"""Rule 'planning': 14 meetings in school weeks, holidays per region skipped, warnings and a better start."""

from datetime import date, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError

from content.programma import fase_van_week
from portal.models import Schoolvakantie
from portal.models.organisaties import Regio
from portal.schoolvakanties import schoolvakanties_inrichten
from tests.trajecten import factories as f
from trajecten.choices import BijeenkomstSoort, Ontvanger, Status, Variant
from trajecten.models import Groepstraining
from trajecten.planning import planning_maken
from trajecten.services.planning import bijeenkomst_verplaatsen, groepstraining_plannen, training_plannen

pytestmark = pytest.mark.django_db

HERFST_2026 = {
    Regio.NOORD: date(2026, 10, 12),
    Regio.MIDDEN: date(2026, 10, 19),
    Regio.ZUID: date(2026, 10, 19),
}


@pytest.fixture(autouse=True)
def _vakanties():
    schoolvakanties_inrichten()


def in_vakantie(regio, dag):
    return Schoolvakantie.objects.filter(regio=regio, begin__lte=dag, eind__gte=dag).exists()


@pytest.mark.parametrize("regio", list(Regio))
def test_the_planning_skips_the_autumn_holiday_of_the_region(regio):
    planning = planning_maken(regio=regio, startdatum=date(2026, 9, 1))

    weken = [b for b in planning.bijeenkomsten if b.week and b.soort == BijeenkomstSoort.INDIVIDUEEL]
    assert len(weken) == 14
    assert [b.week for b in weken] == list(range(1, 15))
    assert all(b.datum.weekday() == 1 for b in planning.bijeenkomsten)  # the chosen weekday: Tuesday
    assert not any(in_vakantie(regio, b.datum) for b in planning.bijeenkomsten)
    herfstweek = HERFST_2026[regio]
    assert herfstweek + timedelta(days=1) not in {b.datum for b in planning.bijeenkomsten}
    # the week before and after the holiday both have a meeting: nothing else is skipped
    assert {herfstweek - timedelta(days=6), herfstweek + timedelta(days=8)} <= {b.datum for b in weken}


@pytest.mark.parametrize("regio", list(Regio))
def test_the_planning_warns_of_a_holiday_in_phase_2_and_suggests_a_better_start(regio):
    planning = planning_maken(regio=regio, startdatum=date(2026, 9, 1))

    assert planning.vakantie_in_risicofase == ["Herfstvakantie"]
    assert any("fase 2" in melding for melding in planning.waarschuwingen)
    assert planning.voorstel is not None and planning.voorstel > date(2026, 9, 1)
    beter = planning_maken(regio=regio, startdatum=planning.voorstel)
    assert beter.is_goed and beter.waarschuwingen == []


def test_the_planning_warns_when_the_training_ends_just_before_a_holiday():
    # Midden, start 2 March 2027: the eindgesprek falls shortly before the summer of 17 July.
    planning = planning_maken(regio=Regio.MIDDEN, startdatum=date(2027, 3, 16))

    assert planning.vakantie_na_einde == "Zomervakantie"
    assert any("vlak voor" in melding for melding in planning.waarschuwingen)


def test_phases_and_themes_follow_the_programme_with_ijkmoment_and_eindgesprek():
    planning = planning_maken(regio=Regio.MIDDEN, startdatum=date(2026, 11, 2))

    for item in planning.bijeenkomsten:
        if item.week:
            assert item.fase == fase_van_week(item.week).nummer
    weken = {b.week: b for b in planning.bijeenkomsten if b.soort == BijeenkomstSoort.INDIVIDUEEL}
    assert weken[1].thema == "Introductie" and weken[5].thema == "Vertrouwen"
    assert weken[11].thema == "Lef / Presentatie" and weken[14].thema == "Trots / Balans"
    ijkmoment = next(b for b in planning.bijeenkomsten if b.soort == BijeenkomstSoort.IJKMOMENT)
    assert ijkmoment.datum == weken[4].datum
    eindgesprek = planning.bijeenkomsten[-1]
    assert eindgesprek.soort == BijeenkomstSoort.EINDGESPREK and eindgesprek.datum > weken[14].datum


def test_voortgangsberichten_to_parents_and_school_at_least_every_two_weeks():
    planning = planning_maken(regio=Regio.ZUID, startdatum=date(2026, 11, 2))

    for ontvanger in (Ontvanger.OUDERS, Ontvanger.SCHOOL):
        dagen = [dag for dag, aan in planning.berichten if aan == ontvanger]
        assert len(dagen) == 7
        start = planning.start
        # no gap of more than two school weeks (holiday weeks do not count as a gap)
        assert (dagen[0] - start).days <= 14 + 21


def test_a_planning_without_holiday_data_warns():
    planning = planning_maken(regio=Regio.NOORD, startdatum=date(2029, 6, 4))

    assert planning.gegevens_ontbreken
    assert any("geen schoolvakanties bekend" in melding for melding in planning.waarschuwingen)


@time_machine.travel(date(2026, 8, 20), tick=False)
def test_planning_the_training_saves_it_as_planned_but_not_yet_started(toegelaten, ervaren):
    training_plannen(traject=toegelaten, startdatum=date(2026, 9, 1), door=ervaren)

    toegelaten.refresh_from_db()
    assert toegelaten.status == Status.GEPLAND and toegelaten.gestart_in_schooljaar == ""
    assert toegelaten.startdatum == date(2026, 9, 1)
    assert toegelaten.bijeenkomsten.count() == 16
    assert toegelaten.voortgangsberichten.count() == 14
    with pytest.raises(ValidationError, match="kan nu niet"):
        training_plannen(traject=toegelaten, startdatum=date(2026, 9, 1), door=ervaren)


def test_planning_the_training_before_the_besluit_is_refused(na_intake, ervaren):
    with pytest.raises(ValidationError, match="eerst nemen de trainers een besluit"):
        training_plannen(traject=na_intake, startdatum=date(2026, 9, 1), door=ervaren)


def test_a_trainer_moves_a_bijeenkomst_and_the_theme_stays(toegelaten, ervaren):
    training_plannen(traject=toegelaten, startdatum=date(2026, 11, 2), door=ervaren)
    bijeenkomst = toegelaten.bijeenkomsten.get(volgnummer=2)

    bijeenkomst_verplaatsen(bijeenkomst=bijeenkomst, datum=date(2026, 11, 12), door=ervaren)

    bijeenkomst.refresh_from_db()
    assert bijeenkomst.datum == date(2026, 11, 12) and bijeenkomst.verplaatst_van == date(2026, 11, 9)
    assert bijeenkomst.thema == "Erkenning"


def test_a_groepstraining_alternates_group_meetings_with_conversations_and_two_parent_meetings(
    school, ervaren, beginner, coordinator
):
    groep = Groepstraining.objects.create(uitvoerder=school)
    groep.trainers.set([ervaren, beginner])
    for _ in range(4):
        f.TrajectFactory(school=school, groep=groep, status=Status.TOEGELATEN)

    groepstraining_plannen(groep=groep, startdatum=date(2026, 11, 2), door=coordinator)

    traject = groep.trajecten.first()
    soorten = list(traject.bijeenkomsten.values_list("soort", flat=True))
    assert soorten.count(BijeenkomstSoort.GROEP) == 7 and soorten.count(BijeenkomstSoort.INDIVIDUEEL) == 7
    assert soorten.count(BijeenkomstSoort.OUDERBIJEENKOMST) == 2
    assert traject.variant == Variant.GROEP and set(traject.trainers.all()) == {ervaren, beginner}


def test_a_groepstraining_has_four_to_ten_young_people(school, ervaren, beginner, coordinator):
    groep = Groepstraining.objects.create(uitvoerder=school)
    groep.trainers.set([ervaren, beginner])
    for _ in range(3):
        f.TrajectFactory(school=school, groep=groep, status=Status.TOEGELATEN)

    with pytest.raises(ValidationError, match="4 tot 10"):
        groepstraining_plannen(groep=groep, startdatum=date(2026, 11, 2), door=coordinator)


def test_the_coordinator_forms_a_group_and_plans_it(school, ervaren, beginner, ingelogd_als):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    trajecten = [f.TrajectFactory(school=school, status=Status.TOEGELATEN) for _ in range(4)]
    client = ingelogd_als(coordinator)

    te_klein = client.post(
        "/trajecten/groepen/",
        {
            "trajecten": [t.pk for t in trajecten[:3]],
            "trainers": [ervaren.pk, beginner.pk],
            "startdatum": "2026-11-03",
        },
    )
    assert "4 tot 10" in te_klein.text and not Groepstraining.objects.exists()

    antwoord = client.post(
        "/trajecten/groepen/",
        {
            "trajecten": [t.pk for t in trajecten],
            "trainers": [ervaren.pk, beginner.pk],
            "startdatum": "2026-11-03",
        },
    )

    assert antwoord.status_code == 302
    groep = Groepstraining.objects.get()
    assert groep.trajecten.filter(status=Status.GEPLAND, variant=Variant.GROEP).count() == 4
