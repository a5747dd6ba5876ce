from datetime import date

import pytest

from tests.trajecten import factories as f
from trajecten.services.stappen import advies_vastleggen, besluit_nemen, intake_vastleggen


@pytest.fixture
def school():
    return f.school()


@pytest.fixture
def ervaren(school):
    return f.trainer(ervaren=True, organisatie=school)


@pytest.fixture
def beginner(school):
    return f.trainer(ervaren=False, organisatie=school)


@pytest.fixture
def coordinator(school):
    """The coordinating trainer of the school: records the adviesteam's advice and the intake."""
    return f.trainer(ervaren=True, organisatie=school, coordinator=True)


@pytest.fixture
def traject(school):
    return f.TrajectFactory(school=school)


@pytest.fixture
def geadviseerd(traject, ervaren, coordinator):
    advies_vastleggen(
        traject=traject,
        positief=True,
        leden=[ervaren],
        overige_leden="jeugdarts",
        toelichting="Past.",
        gegeven_op=date(2026, 9, 10),
        door=coordinator,
    )
    traject.refresh_from_db()
    return traject


@pytest.fixture
def na_intake(geadviseerd, ervaren, beginner, coordinator):
    intake_vastleggen(
        traject=geadviseerd,
        trainers=[ervaren, beginner],
        gegevens=dict(f.INTAKE_TOEGELATEN),
        door=coordinator,
    )
    geadviseerd.refresh_from_db()
    return geadviseerd


@pytest.fixture
def toegelaten(na_intake, ervaren):
    besluit_nemen(
        traject=na_intake,
        toegelaten=True,
        afwijkingsreden="",
        vervolgadvies="",
        genomen_op=date(2026, 9, 25),
        door=ervaren,
    )
    na_intake.refresh_from_db()
    return na_intake
