"""Rule 'aanwezigheid achteraf': what happened at a meeting is recorded on or after its day, never before,
for every kind of meeting."""

from datetime import date, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError

from cursus.services import deelname
from intervisie.services import bijeenkomsten as intervisie
from licenties import services as licenties
from portal.rules import aanwezigheid_vast_te_leggen
from portal.schoolvakanties import schoolvakanties_inrichten
from tests.cursus.factories import CursusrondeFactory, bijeenkomsten
from tests.intervisie.factories import BijeenkomstFactory
from tests.licenties.factories import ProfessionaliseringsdagFactory
from tests.portal.factories import UserFactory
from tests.trajecten import factories as traject_factories
from trajecten.services.planning import training_plannen
from trajecten.services.stappen import advies_vastleggen, besluit_nemen, intake_vastleggen
from trajecten.services.verloop import bijeenkomst_vastleggen

pytestmark = pytest.mark.django_db

VANDAAG = date(2027, 1, 20)


def lesdag():
    bijeenkomst = bijeenkomsten(CursusrondeFactory(dagen=(-14, -7, 30, 60)))[0]
    return bijeenkomst, lambda: deelname.aanwezigheid_vastleggen(
        bijeenkomst=bijeenkomst, registraties=[], door=UserFactory()
    )


def professionaliseringsdag():
    dag = ProfessionaliseringsdagFactory()
    return dag, lambda: licenties.aanwezigheid_vastleggen(dag=dag, aanwezig_ids=set(), door=UserFactory())


def intervisiebijeenkomst():
    bijeenkomst = BijeenkomstFactory()
    return bijeenkomst, lambda: intervisie.aanwezigheid_vastleggen(
        bijeenkomst=bijeenkomst, registraties=[], door=UserFactory()
    )


def trajectbijeenkomst():
    """The first meeting of a planned training, as the trajecten tests reach it."""
    school = traject_factories.school()
    ervaren = traject_factories.trainer(ervaren=True, organisatie=school)
    beginner = traject_factories.trainer(ervaren=False, organisatie=school)
    coordinator = traject_factories.trainer(ervaren=True, organisatie=school, coordinator=True)
    traject = traject_factories.TrajectFactory(school=school)
    advies_vastleggen(
        traject=traject,
        positief=True,
        leden=[ervaren],
        overige_leden="jeugdarts",
        toelichting="Past.",
        gegeven_op=date(2026, 9, 10),
        door=coordinator,
    )
    intake_vastleggen(
        traject=traject,
        trainers=[ervaren, beginner],
        gegevens=dict(traject_factories.INTAKE_TOEGELATEN),
        door=coordinator,
    )
    besluit_nemen(
        traject=traject,
        toegelaten=True,
        afwijkingsreden="",
        vervolgadvies="",
        genomen_op=date(2026, 9, 25),
        door=ervaren,
    )
    schoolvakanties_inrichten()
    training_plannen(traject=traject, startdatum=date(2026, 11, 2), door=ervaren)
    bijeenkomst = traject.bijeenkomsten.get(volgnummer=1)
    return bijeenkomst, lambda: bijeenkomst_vastleggen(
        bijeenkomst=bijeenkomst,
        aanwezig=True,
        reden_afwezigheid="",
        activiteiten=[],
        notities="",
        huiswerk="",
        door=ervaren,
    )


SOORTEN = {
    "lesdag": lesdag,
    "professionaliseringsdag": professionaliseringsdag,
    "intervisiebijeenkomst": intervisiebijeenkomst,
    "trajectbijeenkomst": trajectbijeenkomst,
}


def op(afspraak, datum: date):
    """Move the meeting to `datum` past its own checks: only the recording is under test."""
    type(afspraak).objects.filter(pk=afspraak.pk).update(datum=datum)
    afspraak.refresh_from_db()


@pytest.mark.parametrize("maak", SOORTEN.values(), ids=SOORTEN.keys())
def test_attendance_is_refused_on_the_day_before_the_meeting(maak):
    afspraak, vastleggen = maak()
    op(afspraak, VANDAAG + timedelta(days=1))

    with time_machine.travel(VANDAAG, tick=False), pytest.raises(ValidationError) as fout:
        vastleggen()

    assert fout.value.code == "te_vroeg"


@pytest.mark.parametrize("dagen_geleden", [0, 1], ids=["on the day", "the day after"])
@pytest.mark.parametrize("maak", SOORTEN.values(), ids=SOORTEN.keys())
def test_attendance_is_accepted_on_the_day_of_the_meeting_and_after(maak, dagen_geleden):
    afspraak, vastleggen = maak()
    op(afspraak, VANDAAG - timedelta(days=dagen_geleden))

    with time_machine.travel(VANDAAG, tick=False):
        vastleggen()


@pytest.mark.parametrize(
    ("datum", "vast_te_leggen"),
    [(VANDAAG + timedelta(days=1), False), (VANDAAG, True), (VANDAAG - timedelta(days=1), True)],
)
def test_the_rule_itself_compares_the_meetings_day_with_today(datum, vast_te_leggen):
    assert aanwezigheid_vast_te_leggen(datum=datum, vandaag=VANDAAG) is vast_te_leggen
