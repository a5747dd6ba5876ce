"""The admission checklist: each criterion and contra-indication of domain.md, by name."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError

from tests.trajecten.factories import INTAKE_TOEGELATEN
from trajecten.choices import Programma, Schooltype
from trajecten.rules import (
    besluit_controleren,
    commitment,
    inactieve_leefstijl,
    mazl_signaal,
    programma_voor_schooltype,
    schoolaanwezigheid,
    toelatingsadvies,
)


def intake(**afwijkend):
    return SimpleNamespace(**{**INTAKE_TOEGELATEN, **afwijkend})


def test_toelating_every_criterion_and_no_contra_indicatie_gives_admit():
    advies = toelatingsadvies(intake())

    assert advies.toegelaten and advies.afgewezen_op == []


@pytest.mark.parametrize(
    "veld",
    ["aanhoudende_klachten", "plan_school_onvoldoende_effect", "klachten_belemmeren_schoolloopbaan"],
)
def test_school_attendance_asks_for_every_condition(veld):
    uitkomst = schoolaanwezigheid(intake(**{veld: False}))

    assert not uitkomst.voldaan
    assert not toelatingsadvies(intake(**{veld: False})).toegelaten


@pytest.mark.parametrize(("percentage", "voldaan"), [(Decimal("10.0"), False), (Decimal("10.1"), True)])
def test_school_attendance_absence_above_ten_percent(percentage, voldaan):
    assert schoolaanwezigheid(intake(verzuim_percentage=percentage)).voldaan is voldaan


@pytest.mark.parametrize("veld", ["eenzaamheid", "meer_dan_zes_uur_zitten", "minder_dan_uur_bewegen"])
def test_an_inactive_lifestyle_one_sign_is_enough(veld):
    geen = {"eenzaamheid": False, "meer_dan_zes_uur_zitten": False, "minder_dan_uur_bewegen": False}

    assert inactieve_leefstijl(intake(**{**geen, veld: True})).voldaan
    assert not inactieve_leefstijl(intake(**geen)).voldaan


@pytest.mark.parametrize("veld", ["volledige_deelname", "opdrachten_maken", "minstens_acht_uur_op_school"])
def test_commitment_asks_for_every_promise(veld):
    assert not commitment(intake(**{veld: False})).voldaan


@pytest.mark.parametrize(
    "contra_indicatie",
    [
        "onvoldoende_motivatie",
        "lichamelijk_niet_mogelijk",
        "geen_schoolaanwezigheid",
        "psychopathologie_in_behandeling",
        "psychopathologie_onbehandeld",
        "zml_onderwijs",
    ],
)
def test_a_contra_indicatie_excludes(contra_indicatie):
    advies = toelatingsadvies(intake(**{contra_indicatie: True}))

    assert not advies.toegelaten
    assert [u.regel for u in advies.afgewezen_op] == [contra_indicatie]


def test_the_toelating_advice_names_the_rule_that_failed():
    advies = toelatingsadvies(intake(opdrachten_maken=False, zml_onderwijs=True))

    assert [u.regel for u in advies.afgewezen_op] == ["commitment", "zml_onderwijs"]
    assert "opdrachten" in advies.afgewezen_op[0].uitleg


@pytest.mark.parametrize(
    ("ziekmeldingen", "dagen", "signaal"), [(4, 0, True), (3, 6, False), (0, 7, True), (3, 7, True)]
)
def test_mazl_signal_fourth_sick_report_or_seventh_day(ziekmeldingen, dagen, signaal):
    assert mazl_signaal(ziekmeldingen_12_weken=ziekmeldingen, aaneengesloten_ziektedagen=dagen) is signaal


def test_doelgroep_pro_gets_re_fit_do_it_and_zml_is_refused():
    assert programma_voor_schooltype(Schooltype.VO) == Programma.RE_FIT
    assert programma_voor_schooltype(Schooltype.PRO) == Programma.RE_FIT_DO_IT
    with pytest.raises(ValidationError, match="niet bedoeld"):
        programma_voor_schooltype(Schooltype.ZML)


def test_a_besluit_that_departs_from_the_advies_asks_for_a_reason():
    advies = toelatingsadvies(intake(onvoldoende_motivatie=True))

    with pytest.raises(ValidationError) as fout:
        besluit_controleren(advies=advies, toegelaten=True, afwijkingsreden="", vervolgadvies="")
    assert "afwijkingsreden" in fout.value.message_dict
    besluit_controleren(
        advies=advies, toegelaten=True, afwijkingsreden="Motivatie groeide.", vervolgadvies=""
    )


def test_a_besluit_not_to_admit_asks_for_a_vervolgadvies():
    with pytest.raises(ValidationError) as fout:
        besluit_controleren(
            advies=toelatingsadvies(intake()), toegelaten=False, afwijkingsreden="Twijfel.", vervolgadvies=" "
        )
    assert "vervolgadvies" in fout.value.message_dict
