"""Rule 'afmelden': a participant can cancel up to the deadline; their seat goes to the waiting list."""

from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from cursus.services.aanmelden import aanmelding_afmelden
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory

pytestmark = pytest.mark.django_db


def test_cancelling_before_the_deadline_frees_the_seat(client):
    ronde = CursusrondeFactory(capaciteit=1)
    deelnemer = AanmeldingFactory(cursusronde=ronde)
    wachtend = AanmeldingFactory(cursusronde=ronde, status=PlaatsStatus.WACHTLIJST)
    client.force_login(deelnemer.user)

    response = client.post(f"/cursus/mijn-cursus/{deelnemer.pk}/afmelden/")

    assert response.status_code == 302
    deelnemer.refresh_from_db()
    wachtend.refresh_from_db()
    assert (deelnemer.status, wachtend.status) == (PlaatsStatus.AFGEMELD, PlaatsStatus.AANGEBODEN)


def test_cancelling_after_the_deadline_is_refused_and_changes_nothing(ongewijzigd):
    deelnemer = AanmeldingFactory()

    with (
        time_machine.travel(timezone.now() + timedelta(days=26), tick=False),
        ongewijzigd(),
        pytest.raises(ValidationError, match="Afmelden kon tot en met"),
    ):
        aanmelding_afmelden(aanmelding=deelnemer, door=deelnemer.user)


def test_the_waiting_list_can_be_left_any_time():
    wachtend = AanmeldingFactory(status=PlaatsStatus.WACHTLIJST)

    with time_machine.travel(timezone.now() + timedelta(days=26), tick=False):
        aanmelding_afmelden(aanmelding=wachtend, door=wachtend.user)

    wachtend.refresh_from_db()
    assert wachtend.status == PlaatsStatus.AFGEMELD


def test_someone_else_cannot_cancel_your_place(client):
    deelnemer = AanmeldingFactory()
    client.force_login(AanmeldingFactory().user)

    assert client.post(f"/cursus/mijn-cursus/{deelnemer.pk}/afmelden/").status_code == 404
