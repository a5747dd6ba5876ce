"""Attendance: per member on the day, all or nothing, never for a non-member; and the count the
licence reads through the hook, in one query however many trainers."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from wagtail import hooks

from cursus.choices import Soort
from cursus.models import Aanwezigheid as CursusAanwezigheid
from intervisie.choices import BijeenkomstStatus
from intervisie.models import Aanwezigheid
from intervisie.services.bijeenkomsten import Registratie, aanwezigheid_vastleggen
from licenties.status import INTERVISIE_AANWEZIGHEID_HOOK, intervisie_per_houder
from tests.cursus.factories import AanmeldingFactory, bijeenkomsten
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, over, trainer

pytestmark = pytest.mark.django_db


@pytest.fixture
def groep():
    groep = IntervisiegroepFactory()
    groep.leden = [trainer(), trainer()]
    for user in groep.leden:
        lid(groep, user)
    return groep


def test_the_facilitator_records_attendance_for_every_member(groep, kerngroep):
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=over(-1))
    aanwezigheid_vastleggen(
        bijeenkomst=bijeenkomst,
        registraties=[Registratie(groep.leden[0].pk, True), Registratie(groep.leden[1].pk, False)],
        door=kerngroep,
    )
    assert dict(Aanwezigheid.objects.values_list("user_id", "aanwezig")) == {
        groep.leden[0].pk: True,
        groep.leden[1].pk: False,
    }


def test_attendance_for_a_non_member_is_refused_and_nothing_is_saved(groep, kerngroep, ongewijzigd):
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=over(-1))
    with (
        ongewijzigd(),
        pytest.raises(ValidationError, match=r"alleen vast voor wie op .* lid was van de groep"),
    ):
        aanwezigheid_vastleggen(
            bijeenkomst=bijeenkomst,
            registraties=[Registratie(groep.leden[0].pk, True), Registratie(trainer().pk, True)],
            door=kerngroep,
        )


def test_attendance_is_not_recorded_before_the_meeting(groep, kerngroep, ongewijzigd):
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=over(3))
    with ongewijzigd(), pytest.raises(ValidationError, match="op of na de dag van de bijeenkomst"):
        aanwezigheid_vastleggen(
            bijeenkomst=bijeenkomst, registraties=[Registratie(groep.leden[0].pk, True)], door=kerngroep
        )


def test_the_facilitator_page_refuses_a_non_member_with_a_dutch_message(
    ingelogd_als, groep, opleider, ongewijzigd
):
    groep.facilitatoren.add(opleider)
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=over(-1))
    data = {
        "aanwezigheid": "1",
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-user": str(trainer().pk),
        "form-0-aanwezig": "ja",
    }
    client = ingelogd_als(opleider)
    with ongewijzigd():
        response = client.post(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/aanwezigheid/", data)
    assert response.status_code == 400
    assert "Er is niets opgeslagen." in response.content.decode()


def test_only_the_facilitator_or_kerngroep_opens_the_attendance_page(ingelogd_als, groep):
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=over(-1))
    assert (
        ingelogd_als(groep.leden[0])
        .get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/aanwezigheid/")
        .status_code
        == 404
    )


def test_the_licence_hook_counts_meetings_per_year_including_the_courses_intervisiemomenten(groep, kerngroep):
    user = groep.leden[0]
    for datum, aanwezig in [(date(2025, 3, 4), True), (date(2025, 9, 9), True), (date(2026, 1, 20), False)]:
        b = BijeenkomstFactory(groep=groep, datum=datum)
        Aanwezigheid.objects.create(bijeenkomst=b, user=user, aanwezig=aanwezig)
    geannuleerd = BijeenkomstFactory(
        groep=groep, datum=date(2025, 11, 4), status=BijeenkomstStatus.GEANNULEERD
    )
    Aanwezigheid.objects.create(bijeenkomst=geannuleerd, user=user, aanwezig=True)
    # The trainer course: both intervisiemomenten attended, the lesdagen do not count.
    aanmelding = AanmeldingFactory(user=user)
    for b in bijeenkomsten(aanmelding.cursusronde):
        CursusAanwezigheid.objects.create(aanmelding=aanmelding, bijeenkomst=b, aanwezig=True)
    cursusjaren = [
        b.datum.year for b in bijeenkomsten(aanmelding.cursusronde) if b.soort == Soort.INTERVISIEMOMENT
    ]

    verwacht = {2025: 2}
    for jaar in cursusjaren:
        verwacht[jaar] = verwacht.get(jaar, 0) + 1
    assert intervisie_per_houder({user.pk})[user.pk] == verwacht
    assert groep.leden[1].pk not in intervisie_per_houder({groep.leden[1].pk})


def test_the_hook_uses_one_query_however_many_trainers(groep, django_assert_num_queries):
    for _ in range(5):
        extra = trainer()
        lid(IntervisiegroepFactory(), extra)
        b = BijeenkomstFactory(datum=date(2025, 5, 6))
        Aanwezigheid.objects.create(bijeenkomst=b, user=extra, aanwezig=True)
    alle = hooks.get_hooks(INTERVISIE_AANWEZIGHEID_HOOK)
    assert len(alle) == 1
    with django_assert_num_queries(1):
        alles = alle[0](None)
    assert len(alles) == 5
    ids = set(alles) | {groep.leden[0].pk}
    with django_assert_num_queries(1):
        alle[0](ids)
    with django_assert_num_queries(0):
        assert alle[0](set()) == {}
