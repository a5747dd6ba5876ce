"""The school-holiday calendar: the published data, the planning rules and the kerngroep's upkeep."""

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

import pytest
from wagtail.models import ModelLogEntry

from portal.inrichting import setup_steps
from portal.kalender import schooljaar_van, schooljaar_vanaf
from portal.models import Schoolvakantie
from portal.models.organisaties import Regio
from portal.schoolvakanties import (
    VakantieKalender,
    beginjaar_van_schooljaar,
    gepubliceerde_schoolvakanties,
    is_vakantieweek,
    kalender_dekt,
    ontbrekende_schooljaren,
    schoolvakanties_inrichten,
    vakantie_op,
    vakanties,
)
from tests.portal.factories import UserFactory

SCHOOLJAREN = ["2025-2026", "2026-2027", "2027-2028", "2028-2029"]
Soort = Schoolvakantie.Soort
SCHOOLVAKANTIES = gepubliceerde_schoolvakanties()


@pytest.fixture
def kalender_ingericht(db):
    schoolvakanties_inrichten()


def vakantie(schooljaar, soort, regio) -> Schoolvakantie:
    return Schoolvakantie.objects.get(schooljaar=schooljaar, soort=soort, regio=regio)


def maandagen(tekst: str) -> list[date]:
    return [date.fromisoformat(dag) for dag in tekst.split()]


# --- the published data -------------------------------------------------------------------------


def test_every_school_year_has_every_holiday_in_every_region():
    sleutels = Counter((p.schooljaar, p.soort, p.regio) for p in SCHOOLVAKANTIES)

    assert set(sleutels) == {
        (jaar, soort, regio) for jaar in SCHOOLJAREN for soort in Soort.values for regio in Regio.values
    }
    assert set(sleutels.values()) == {1}


def test_every_holiday_begins_on_a_saturday_and_ends_on_a_sunday():
    for periode in SCHOOLVAKANTIES:
        assert periode.begin.weekday() == 5, periode
        assert periode.eind.weekday() == 6, periode


def test_every_holiday_begins_in_its_own_school_year():
    for periode in SCHOOLVAKANTIES:
        assert schooljaar_van(periode.begin) == periode.schooljaar, periode


def test_holidays_of_one_region_never_overlap():
    for regio in Regio:
        perioden = sorted((p for p in SCHOOLVAKANTIES if p.regio == regio), key=lambda p: p.begin)
        for eerder, later in pairwise(perioden):
            assert eerder.eind < later.begin, (eerder, later)


def test_every_published_holiday_passes_the_admin_validation(kalender_ingericht):
    for rij in Schoolvakantie.objects.all():
        rij.full_clean()


def test_kerstvakantie_and_meivakantie_are_the_same_in_every_region():
    for soort in (Soort.KERSTVAKANTIE, Soort.MEIVAKANTIE):
        for jaar in SCHOOLJAREN:
            data = {(p.begin, p.eind) for p in SCHOOLVAKANTIES if p.schooljaar == jaar and p.soort == soort}
            assert len(data) == 1, (jaar, soort)


def test_meivakantie_is_the_fixed_week_plus_the_advised_week():
    for periode in SCHOOLVAKANTIES:
        if periode.soort == Soort.MEIVAKANTIE:
            assert periode.eind - periode.begin == timedelta(days=15), periode


def test_zomervakantie_lasts_six_weeks_and_starts_a_week_apart_per_region():
    for jaar in SCHOOLJAREN:
        zomers = [p for p in SCHOOLVAKANTIES if p.schooljaar == jaar and p.soort == Soort.ZOMERVAKANTIE]
        assert all(p.eind - p.begin == timedelta(days=43) for p in zomers), jaar
        assert sorted(p.begin for p in zomers)[1:] == [
            min(p.begin for p in zomers) + timedelta(weeks=1),
            min(p.begin for p in zomers) + timedelta(weeks=2),
        ], jaar


def test_herfstvakantie_differs_between_regions_as_the_rijksoverheid_publishes(kalender_ingericht):
    def herfst(jaar):
        return {regio: vakantie(jaar, Soort.HERFSTVAKANTIE, regio).begin for regio in Regio}

    assert herfst("2025-2026") == {
        Regio.NOORD: date(2025, 10, 18),
        Regio.MIDDEN: date(2025, 10, 18),
        Regio.ZUID: date(2025, 10, 11),
    }
    assert herfst("2026-2027") == {
        Regio.NOORD: date(2026, 10, 10),
        Regio.MIDDEN: date(2026, 10, 17),
        Regio.ZUID: date(2026, 10, 17),
    }
    assert herfst("2027-2028") == {
        Regio.NOORD: date(2027, 10, 16),
        Regio.MIDDEN: date(2027, 10, 16),
        Regio.ZUID: date(2027, 10, 23),
    }
    assert herfst("2028-2029") == {
        Regio.NOORD: date(2028, 10, 14),
        Regio.MIDDEN: date(2028, 10, 21),
        Regio.ZUID: date(2028, 10, 21),
    }


# --- setup ---------------------------------------------------------------------------------------


def test_the_setup_step_is_registered_for_every_installation():
    assert schoolvakanties_inrichten in [stap for _label, stap in setup_steps()]


def test_setup_is_idempotent_and_keeps_what_the_kerngroep_corrected(db):
    assert schoolvakanties_inrichten() == 60
    gecorrigeerd = vakantie("2026-2027", Soort.VOORJAARSVAKANTIE, Regio.ZUID)
    gecorrigeerd.begin, gecorrigeerd.eind = date(2027, 2, 6), date(2027, 2, 14)  # the carnival week
    gecorrigeerd.save()
    vakantie("2025-2026", Soort.ZOMERVAKANTIE, Regio.NOORD).delete()

    assert schoolvakanties_inrichten() == 1
    assert schoolvakanties_inrichten() == 0

    assert Schoolvakantie.objects.count() == 60
    gecorrigeerd.refresh_from_db()
    assert (gecorrigeerd.begin, gecorrigeerd.eind) == (date(2027, 2, 6), date(2027, 2, 14))
    assert vakantie("2025-2026", Soort.ZOMERVAKANTIE, Regio.NOORD).begin == date(2026, 7, 4)


# --- reading the calendar ------------------------------------------------------------------------


def test_school_year_runs_from_1_august_to_31_july():
    assert schooljaar_van(date(2025, 8, 1)) == "2025-2026"
    assert schooljaar_van(date(2026, 7, 31)) == "2025-2026"
    assert schooljaar_van(date(2026, 8, 1)) == "2026-2027"
    assert schooljaar_van(date(2026, 1, 15)) == "2025-2026"


def test_the_school_year_rule_in_sql_agrees_with_the_rule_in_python(kalender_ingericht):
    """The reach report groups per school year in the database: it must draw the line on 1 August too.

    The holidays begin in October, December, February, April or May, and July (the summer holiday,
    which belongs to the school year that is ending)."""
    in_sql = Schoolvakantie.objects.annotate(beginjaar=beginjaar_van_schooljaar("begin")).values_list(
        "begin", "beginjaar"
    )
    assert {begin.month for begin, _jaar in in_sql} >= {7, 10, 12}
    assert [(begin, schooljaar_vanaf(jaar)) for begin, jaar in in_sql] == [
        (begin, schooljaar_van(begin)) for begin, _jaar in in_sql
    ]


def test_vakanties_returns_holidays_overlapping_the_closed_range_by_begin(
    kalender_ingericht, django_assert_num_queries
):
    with django_assert_num_queries(1):
        gevonden = vakanties(Regio.MIDDEN, date(2025, 10, 26), date(2025, 12, 20))

    # Both ends count: the last day of the herfstvakantie and the first of the kerstvakantie.
    assert [v.soort for v in gevonden] == [Soort.HERFSTVAKANTIE, Soort.KERSTVAKANTIE]
    assert vakanties(Regio.MIDDEN, date(2025, 10, 27), date(2025, 12, 19)) == []
    assert vakanties("zuid", date(2025, 10, 20), date(2025, 10, 26)) == []


def test_vakantie_op_includes_first_and_last_free_day(kalender_ingericht):
    herfst = vakantie("2025-2026", Soort.HERFSTVAKANTIE, Regio.NOORD)

    assert vakantie_op(Regio.NOORD, date(2025, 10, 18)) == herfst
    assert vakantie_op(Regio.NOORD, date(2025, 10, 26)) == herfst
    assert vakantie_op(Regio.NOORD, date(2025, 10, 27)) is None
    assert vakantie_op(Regio.ZUID, date(2025, 10, 20)) is None


def test_a_week_inside_a_holiday_is_a_holiday_week_and_the_weeks_around_it_are_not(kalender_ingericht):
    assert not is_vakantieweek(Regio.MIDDEN, date(2025, 10, 13))
    assert is_vakantieweek(Regio.MIDDEN, date(2025, 10, 20))
    assert not is_vakantieweek(Regio.MIDDEN, date(2025, 10, 27))
    # Zuid had its herfstvakantie a week earlier.
    assert is_vakantieweek(Regio.ZUID, date(2025, 10, 13))
    assert not is_vakantieweek(Regio.ZUID, date(2025, 10, 20))


def test_three_free_weekdays_make_a_holiday_week_two_do_not(db):
    # Periods the kerngroep might enter that do not run Saturday to Sunday.
    Schoolvakantie.objects.create(
        schooljaar="2030-2031",
        soort=Soort.HERFSTVAKANTIE,
        regio=Regio.NOORD,
        begin=date(2030, 10, 16),  # Wednesday: Wed, Thu, Fri free
        eind=date(2030, 10, 20),
    )
    Schoolvakantie.objects.create(
        schooljaar="2030-2031",
        soort=Soort.HERFSTVAKANTIE,
        regio=Regio.MIDDEN,
        begin=date(2030, 10, 17),  # Thursday: Thu, Fri free
        eind=date(2030, 10, 20),
    )

    assert is_vakantieweek(Regio.NOORD, date(2030, 10, 14))
    assert not is_vakantieweek(Regio.MIDDEN, date(2030, 10, 14))


def test_a_holiday_week_needs_a_monday(kalender_ingericht):
    kalender = VakantieKalender(Regio.NOORD, date(2025, 10, 1))

    with pytest.raises(ValueError, match="geen maandag"):
        kalender.is_vakantieweek(date(2025, 10, 21))


# From 9 February 2026: the voorjaarsvakantie differs per region, both meivakantie weeks are shared.
NOORD_VANAF_9_FEBRUARI = maandagen(
    "2026-02-09 2026-02-16 2026-03-02 2026-03-09 2026-03-16 2026-03-23 2026-03-30 "
    "2026-04-06 2026-04-13 2026-05-04 2026-05-11 2026-05-18 2026-05-25 2026-06-01"
)
MIDDEN_EN_ZUID_VANAF_9_FEBRUARI = maandagen(
    "2026-02-09 2026-02-23 2026-03-02 2026-03-09 2026-03-16 2026-03-23 2026-03-30 "
    "2026-04-06 2026-04-13 2026-05-04 2026-05-11 2026-05-18 2026-05-25 2026-06-01"
)


@pytest.mark.parametrize(
    ("regio", "verwacht"),
    [
        (Regio.NOORD, NOORD_VANAF_9_FEBRUARI),
        (Regio.MIDDEN, MIDDEN_EN_ZUID_VANAF_9_FEBRUARI),
        (Regio.ZUID, MIDDEN_EN_ZUID_VANAF_9_FEBRUARI),
    ],
)
def test_schoolweken_skip_the_holiday_weeks_of_the_region(
    kalender_ingericht, django_assert_num_queries, regio, verwacht
):
    with django_assert_num_queries(1):
        kalender = VakantieKalender(regio, date(2026, 2, 9))
        weken = kalender.schoolweken(date(2026, 2, 9), 14)

    assert weken == verwacht


@pytest.mark.parametrize(
    ("regio", "zomerweken"),
    [
        (Regio.NOORD, maandagen("2026-07-06 2026-08-10")),
        (Regio.MIDDEN, maandagen("2026-07-20 2026-08-24")),
        (Regio.ZUID, maandagen("2026-07-13 2026-08-17")),
    ],
)
def test_schoolweken_across_the_summer_skip_exactly_its_six_weeks(kalender_ingericht, regio, zomerweken):
    eerste, laatste = zomerweken
    kalender = VakantieKalender(regio, date(2026, 6, 1))

    weken = kalender.schoolweken(date(2026, 6, 29), 4)

    alle_maandagen = [date(2026, 6, 29) + timedelta(weeks=n) for n in range(12)]
    overgeslagen = [m for m in alle_maandagen if weken[0] <= m <= weken[-1] and m not in weken]
    assert overgeslagen == [eerste + timedelta(weeks=n) for n in range(6)]
    assert overgeslagen[-1] == laatste


def test_volgende_schoolweek_skips_the_kerstvakantie(kalender_ingericht):
    kalender = VakantieKalender(Regio.NOORD, date(2025, 12, 1))

    assert kalender.volgende_schoolweek(date(2025, 12, 15)) == date(2025, 12, 15)
    assert kalender.volgende_schoolweek(date(2025, 12, 22)) == date(2026, 1, 5)


def test_eerstvolgende_vakantie_is_the_next_one_to_begin(kalender_ingericht):
    kalender = VakantieKalender(Regio.ZUID, date(2025, 9, 1))

    assert kalender.eerstvolgende_vakantie(date(2025, 9, 1)).soort == Soort.HERFSTVAKANTIE
    # During the herfstvakantie the next one is the kerstvakantie.
    assert kalender.eerstvolgende_vakantie(date(2025, 10, 15)).soort == Soort.KERSTVAKANTIE
    assert kalender.vakantie_op(date(2025, 10, 15)).soort == Soort.HERFSTVAKANTIE


def test_the_calendar_refuses_questions_outside_what_it_read(kalender_ingericht):
    kalender = VakantieKalender(Regio.NOORD, date(2025, 9, 1), date(2025, 12, 31))

    with pytest.raises(ValueError, match="buiten de gelezen periode"):
        kalender.schoolweken(date(2025, 12, 1), 14)


def test_kalender_dekt_the_shipped_years_and_not_beyond(kalender_ingericht):
    assert kalender_dekt(Regio.MIDDEN, date(2025, 8, 1), date(2029, 7, 31))
    assert not kalender_dekt(Regio.MIDDEN, date(2029, 6, 1), date(2029, 12, 1))
    assert ontbrekende_schooljaren(Regio.MIDDEN, date(2029, 6, 1), date(2030, 9, 1)) == [
        "2029-2030",
        "2030-2031",
    ]


def test_a_school_year_missing_one_holiday_is_not_covered(kalender_ingericht):
    vakantie("2026-2027", Soort.MEIVAKANTIE, Regio.ZUID).delete()

    assert ontbrekende_schooljaren(Regio.ZUID, date(2026, 9, 1), date(2027, 1, 1)) == ["2026-2027"]
    assert kalender_dekt(Regio.NOORD, date(2026, 9, 1), date(2027, 1, 1))


# --- kerngroep upkeep in the Wagtail admin ------------------------------------------------------


@pytest.fixture
def kerngroep_client(client, db, ingelogd_als):
    kerngroep = UserFactory(roles=["kerngroep"])
    ingelogd_als(kerngroep)
    return client


def formulier(**wijzigingen):
    velden = {
        "schooljaar": "2029-2030",
        "soort": "herfstvakantie",
        "regio": "noord",
        "begin": "2029-10-20",
        "eind": "2029-10-28",
    }
    velden.update(wijzigingen)
    return velden


def test_kerngroep_lists_and_filters_holidays(kerngroep_client, kalender_ingericht):
    response = kerngroep_client.get("/admin/schoolvakanties/", {"schooljaar": "2026-2027", "regio": "zuid"})

    assert response.status_code == 200
    rijen = list(response.context["object_list"])
    assert len(rijen) == 5
    assert {(r.schooljaar, r.regio) for r in rijen} == {("2026-2027", "zuid")}


def test_kerngroep_adds_a_holiday(kerngroep_client):
    response = kerngroep_client.post("/admin/schoolvakanties/new/", formulier())

    assert response.status_code == 302
    nieuw = Schoolvakantie.objects.get()
    assert ModelLogEntry.objects.filter(object_id=str(nieuw.pk), action="wagtail.create").exists()
    assert (nieuw.schooljaar, nieuw.begin, nieuw.eind) == (
        "2029-2030",
        date(2029, 10, 20),
        date(2029, 10, 28),
    )


def test_kerngroep_corrects_a_holiday(kerngroep_client, kalender_ingericht):
    rij = vakantie("2026-2027", Soort.VOORJAARSVAKANTIE, Regio.ZUID)

    response = kerngroep_client.post(
        f"/admin/schoolvakanties/edit/{rij.pk}/",
        formulier(
            schooljaar="2026-2027",
            soort="voorjaarsvakantie",
            regio="zuid",
            begin="06-02-2027",
            eind="14-02-2027",
        ),
    )

    assert response.status_code == 302
    rij.refresh_from_db()
    assert (rij.begin, rij.eind) == (date(2027, 2, 6), date(2027, 2, 14))


def test_end_before_begin_is_refused_in_dutch_and_saves_nothing(kerngroep_client):
    response = kerngroep_client.post(
        "/admin/schoolvakanties/new/", formulier(begin="2029-10-27", eind="2029-10-21")
    )

    assert response.status_code == 200
    assert "De laatste vrije dag ligt vóór de eerste vrije dag" in response.content.decode()
    assert not Schoolvakantie.objects.exists()


def test_overlap_in_the_same_region_is_refused_in_dutch_and_saves_nothing(kerngroep_client):
    Schoolvakantie.objects.create(**formulier(begin=date(2029, 10, 20), eind=date(2029, 10, 28)))

    response = kerngroep_client.post(
        "/admin/schoolvakanties/new/",
        formulier(soort="voorjaarsvakantie", begin="2029-10-27", eind="2029-11-04"),
    )

    assert response.status_code == 200
    assert "overlapt met Herfstvakantie 2029-2030, regio Noord" in response.content.decode()
    assert Schoolvakantie.objects.count() == 1


def test_overlap_with_another_region_is_allowed(kerngroep_client, kalender_ingericht):
    vakantie("2025-2026", Soort.HERFSTVAKANTIE, Regio.ZUID).delete()

    response = kerngroep_client.post(
        "/admin/schoolvakanties/new/",
        formulier(schooljaar="2025-2026", regio="zuid", begin="2025-10-18", eind="2025-10-26"),
    )

    assert response.status_code == 302


def test_a_holiday_begins_on_saturday_and_ends_on_sunday_in_the_admin(kerngroep_client):
    response = kerngroep_client.post(
        "/admin/schoolvakanties/new/", formulier(begin="2029-10-22", eind="2029-10-26")
    )

    inhoud = response.content.decode()
    assert "Een schoolvakantie begint op een zaterdag" in inhoud
    assert "Een schoolvakantie eindigt op een zondag" in inhoud
    assert not Schoolvakantie.objects.exists()


def test_a_second_row_for_the_same_year_kind_and_region_is_refused(kerngroep_client, kalender_ingericht):
    response = kerngroep_client.post(
        "/admin/schoolvakanties/new/",
        formulier(schooljaar="2025-2026", begin="2026-06-06", eind="2026-06-14"),
    )

    assert "Deze vakantie bestaat al voor dit schooljaar en deze regio" in response.content.decode()
    assert Schoolvakantie.objects.count() == 60


@pytest.mark.parametrize("rol", ["trainer", "opleider", "cursist", "schoolcontact"])
def test_other_roles_cannot_reach_or_change_the_calendar(client, kalender_ingericht, rol, ingelogd_als):
    gebruiker = UserFactory(roles=[rol])
    ingelogd_als(gebruiker)
    rij = vakantie("2025-2026", Soort.HERFSTVAKANTIE, Regio.NOORD)

    assert client.get("/admin/schoolvakanties/").status_code in (302, 403)
    client.post("/admin/schoolvakanties/new/", formulier())
    client.post(f"/admin/schoolvakanties/edit/{rij.pk}/", formulier(begin="2025-10-04", eind="2025-10-12"))
    client.post(f"/admin/schoolvakanties/delete/{rij.pk}/")

    assert Schoolvakantie.objects.count() == 60
    rij.refresh_from_db()
    assert rij.begin == date(2025, 10, 18)
