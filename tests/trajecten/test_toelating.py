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


def test_toelating_alle_criteria_en_geen_contra_indicatie_geeft_toelaten():
    advies = toelatingsadvies(intake())

    assert advies.toegelaten and advies.afgewezen_op == []


@pytest.mark.parametrize(
    "veld",
    ["aanhoudende_klachten", "plan_school_onvoldoende_effect", "klachten_belemmeren_schoolloopbaan"],
)
def test_schoolaanwezigheid_vraagt_alle_voorwaarden(veld):
    uitkomst = schoolaanwezigheid(intake(**{veld: False}))

    assert not uitkomst.voldaan
    assert not toelatingsadvies(intake(**{veld: False})).toegelaten


@pytest.mark.parametrize(("percentage", "voldaan"), [(Decimal("10.0"), False), (Decimal("10.1"), True)])
def test_schoolaanwezigheid_verzuim_boven_tien_procent(percentage, voldaan):
    assert schoolaanwezigheid(intake(verzuim_percentage=percentage)).voldaan is voldaan


@pytest.mark.parametrize("veld", ["eenzaamheid", "meer_dan_zes_uur_zitten", "minder_dan_uur_bewegen"])
def test_inactieve_leefstijl_een_kenmerk_is_genoeg(veld):
    geen = {"eenzaamheid": False, "meer_dan_zes_uur_zitten": False, "minder_dan_uur_bewegen": False}

    assert inactieve_leefstijl(intake(**{**geen, veld: True})).voldaan
    assert not inactieve_leefstijl(intake(**geen)).voldaan


@pytest.mark.parametrize("veld", ["volledige_deelname", "opdrachten_maken", "minstens_acht_uur_op_school"])
def test_commitment_vraagt_alle_toezeggingen(veld):
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
def test_contra_indicatie_sluit_uit(contra_indicatie):
    advies = toelatingsadvies(intake(**{contra_indicatie: True}))

    assert not advies.toegelaten
    assert [u.regel for u in advies.afgewezen_op] == [contra_indicatie]


def test_toelatingsadvies_noemt_welke_regel_faalde():
    advies = toelatingsadvies(intake(opdrachten_maken=False, zml_onderwijs=True))

    assert [u.regel for u in advies.afgewezen_op] == ["commitment", "zml_onderwijs"]
    assert "opdrachten" in advies.afgewezen_op[0].uitleg


@pytest.mark.parametrize(
    ("ziekmeldingen", "dagen", "signaal"), [(4, 0, True), (3, 6, False), (0, 7, True), (3, 7, True)]
)
def test_mazl_signaal_vierde_ziekmelding_of_zevende_dag(ziekmeldingen, dagen, signaal):
    assert mazl_signaal(ziekmeldingen_12_weken=ziekmeldingen, aaneengesloten_ziektedagen=dagen) is signaal


def test_doelgroep_pro_krijgt_re_fit_do_it_en_zml_wordt_geweigerd():
    assert programma_voor_schooltype(Schooltype.VO) == Programma.RE_FIT
    assert programma_voor_schooltype(Schooltype.PRO) == Programma.RE_FIT_DO_IT
    with pytest.raises(ValidationError, match="niet bedoeld"):
        programma_voor_schooltype(Schooltype.ZML)


def test_besluit_afwijken_van_het_advies_vraagt_een_reden():
    advies = toelatingsadvies(intake(onvoldoende_motivatie=True))

    with pytest.raises(ValidationError) as fout:
        besluit_controleren(advies=advies, toegelaten=True, afwijkingsreden="", vervolgadvies="")
    assert "afwijkingsreden" in fout.value.message_dict
    besluit_controleren(
        advies=advies, toegelaten=True, afwijkingsreden="Motivatie groeide.", vervolgadvies=""
    )


def test_besluit_niet_toelaten_vraagt_een_vervolgadvies():
    with pytest.raises(ValidationError) as fout:
        besluit_controleren(
            advies=toelatingsadvies(intake()), toegelaten=False, afwijkingsreden="Twijfel.", vervolgadvies=" "
        )
    assert "vervolgadvies" in fout.value.message_dict
