"""Rule 'chronologische volgorde': every step out of order is refused with a Dutch reason."""

from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError

from tests.trajecten import factories as f
from trajecten.choices import Status, Uitkomst
from trajecten.services.stappen import advies_vastleggen, besluit_nemen, intake_vastleggen
from trajecten.stappen import OVERGANGEN, Stap, Wie, stap_controleren

pytestmark = pytest.mark.django_db

# Every (step, ending) of the table by a person, against every status it is not declared from.
STAPPEN_VAN_PERSONEN = {(o.stap, o.uitkomst) for o in OVERGANGEN if o.wie in (Wie.DOSSIER, Wie.COORDINATOR)}
BUITEN_DE_VOLGORDE = [
    (stap, uitkomst, status)
    for stap, uitkomst in sorted(STAPPEN_VAN_PERSONEN)
    for status in Status
    if not any(o.stap == stap and o.uitkomst == uitkomst and status in o.van for o in OVERGANGEN)
]


@pytest.mark.parametrize(("stap", "uitkomst", "status"), BUITEN_DE_VOLGORDE)
def test_a_step_out_of_order_is_refused(stap, uitkomst, status):
    """The status is checked first: whoever asks, a step out of order is refused for that reason."""
    with pytest.raises(ValidationError) as fout:
        stap_controleren(f.TrajectFactory.build(status=status), stap, door=None, uitkomst=uitkomst)
    assert fout.value.code == "volgorde"
    assert "kan nu niet" in fout.value.messages[0]


def test_the_order_is_aanmelding_advies_intake_besluit_planning_afsluiting(school):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    volgorde = [Status.AANGEMELD, Status.GEADVISEERD, Status.INTAKE_GEDAAN, Status.TOEGELATEN]
    for status, stap in zip(volgorde, [Stap.ADVIES, Stap.INTAKE, Stap.BESLUIT, Stap.PLANNEN], strict=True):
        stap_controleren(f.TrajectFactory(school=school, status=status), stap, door=coordinator)
    gepland = f.TrajectFactory(school=school, status=Status.GEPLAND)
    stap_controleren(gepland, Stap.AFSLUITEN, door=coordinator, uitkomst=Uitkomst.NIET_GESTART)


@pytest.mark.parametrize("wie", ["schoolcontact", "andere trainer", "kerngroep", "niemand"])
def test_a_step_by_someone_outside_the_case_record_is_refused(traject, school, wie):
    from tests.portal.factories import UserFactory

    door = {
        "schoolcontact": lambda: f.schoolcontact(school),
        "andere trainer": lambda: f.trainer(organisatie=f.school()),
        "kerngroep": lambda: UserFactory(roles=["kerngroep"]),
        "niemand": lambda: None,
    }[wie]()

    with pytest.raises(ValidationError) as fout:
        stap_controleren(traject, Stap.ADVIES, door=door)
    assert fout.value.code == "niet_bevoegd"


def test_an_intake_before_the_advies_is_refused_and_changes_nothing(traject, ervaren, beginner, coordinator):
    with pytest.raises(ValidationError, match="eerst geeft het adviesteam een advies"):
        intake_vastleggen(
            traject=traject,
            trainers=[ervaren, beginner],
            gegevens=dict(f.INTAKE_TOEGELATEN),
            door=coordinator,
        )

    traject.refresh_from_db()
    assert traject.status == Status.AANGEMELD and not hasattr(traject, "intake")


def test_a_besluit_before_the_intake_is_refused(geadviseerd, ervaren):
    with pytest.raises(ValidationError, match="eerst volgt de intake"):
        besluit_nemen(
            traject=geadviseerd,
            toegelaten=True,
            afwijkingsreden="",
            vervolgadvies="",
            genomen_op=date(2026, 9, 25),
            door=ervaren,
        )


def test_a_second_advies_is_refused(geadviseerd, ervaren, coordinator):
    with pytest.raises(ValidationError, match="kan nu niet"):
        advies_vastleggen(
            traject=geadviseerd,
            positief=True,
            leden=[ervaren],
            overige_leden="",
            toelichting="Nog eens.",
            gegeven_op=date(2026, 9, 11),
            door=coordinator,
        )


def test_an_adviesteam_without_an_experienced_trainer_is_refused(traject, beginner, coordinator):
    with pytest.raises(ValidationError, match="ervaren trainer"):
        advies_vastleggen(
            traject=traject,
            positief=True,
            leden=[beginner],
            overige_leden="",
            toelichting="Past.",
            gegeven_op=date(2026, 9, 10),
            door=coordinator,
        )


@time_machine.travel(date(2026, 9, 10), tick=False)
def test_a_negative_advies_closes_as_not_admitted_with_a_bewaartermijn(traject, ervaren, coordinator):
    advies_vastleggen(
        traject=traject,
        positief=False,
        leden=[ervaren],
        overige_leden="",
        toelichting="Eerst GGZ.",
        gegeven_op=date(2026, 9, 10),
        door=coordinator,
    )

    traject.refresh_from_db()
    assert traject.status == Status.AFGESLOTEN and traject.uitkomst == Uitkomst.NIET_TOEGELATEN
    assert traject.vernietigen_op == date(2028, 9, 10)


def test_an_intake_by_two_trainers_one_of_them_experienced(geadviseerd, beginner, school, coordinator):
    tweede_beginner = f.trainer(ervaren=False, organisatie=school)

    with pytest.raises(ValidationError, match="ervaren trainer"):
        intake_vastleggen(
            traject=geadviseerd,
            trainers=[beginner, tweede_beginner],
            gegevens=dict(f.INTAKE_TOEGELATEN),
            door=coordinator,
        )
    with pytest.raises(ValidationError, match="precies twee"):
        intake_vastleggen(
            traject=geadviseerd, trainers=[beginner], gegevens=dict(f.INTAKE_TOEGELATEN), door=coordinator
        )


def test_the_intake_makes_the_intake_trainers_the_trainers_of_the_traject(na_intake, ervaren, beginner):
    assert set(na_intake.trainers.all()) == {ervaren, beginner}
    assert na_intake.status == Status.INTAKE_GEDAAN


def test_a_besluit_to_admit_and_not_to_admit(na_intake, ervaren):
    besluit_nemen(
        traject=na_intake,
        toegelaten=False,
        afwijkingsreden="Twijfel over belasting.",
        vervolgadvies="Fysiotherapie.",
        genomen_op=date(2026, 9, 25),
        door=ervaren,
    )

    na_intake.refresh_from_db()
    assert na_intake.uitkomst == Uitkomst.NIET_TOEGELATEN and na_intake.vervolgadvies == "Fysiotherapie."
