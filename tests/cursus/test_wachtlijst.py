"""Rule 'wachtlijst': a freed seat is offered to whoever waited longest, for 48 hours, then passes on."""

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from cursus.choices import Beoordeling
from cursus.models import Aanmelding
from cursus.services.aanmelden import (
    aanmelding_afmelden,
    aanmelding_indienen,
    plaatsaanbod_aannemen,
    verlopen_plaatsaanbiedingen_verwerken,
)
from cursus.tasks import send_plaatsaanbod_mail
from portal.plaatsing import PlaatsStatus
from portal.roles import Role, has_role
from tests.cursus.factories import CursusrondeFactory, aanvraag
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def wachtrij(na_commit):
    """One seat, taken by `eerste`; `tweede` and `derde` wait in that order. Then `eerste` cancels."""
    ronde = CursusrondeFactory(capaciteit=1)
    with na_commit():
        eerste, tweede, derde = (
            aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=UserFactory()) for _ in range(3)
        )
    mail.outbox.clear()
    with na_commit():
        aanmelding_afmelden(aanmelding=eerste, door=eerste.user)
    return SimpleNamespace(ronde=ronde, eerste=eerste, tweede=tweede, derde=derde)


def status(aanmelding) -> str:
    return Aanmelding.objects.get(pk=aanmelding.pk).status


def link_uit_mail(message) -> str:
    return re.search(r"http://testserver(/cursus/plaats/[^/\s]+/)", message.body).group(1)


def na(**tijd):
    return time_machine.travel(timezone.now() + timedelta(**tijd), tick=False)


def test_a_freed_seat_is_offered_to_the_first_in_line_by_mail(wachtrij):
    tweede = Aanmelding.objects.get(pk=wachtrij.tweede.pk)

    assert status(wachtrij.eerste) == PlaatsStatus.AFGEMELD
    assert tweede.status == PlaatsStatus.AANGEBODEN
    assert status(wachtrij.derde) == PlaatsStatus.WACHTLIJST
    verwacht = timezone.now() + timedelta(hours=48)
    assert abs(tweede.plaatsaanbod_verloopt_op - verwacht) < timedelta(minutes=1)
    message = mail.outbox[-1]
    assert message.to == [tweede.user.email]
    assert message.subject == "[Re-Fit] Er is een plaats voor je vrij in de trainerscursus"
    assert "/cursus/plaats/" in message.body and message.alternatives[0].mimetype == "text/html"


def test_accepting_the_offer_within_48_hours_gives_the_seat(wachtrij, client):
    link = link_uit_mail(mail.outbox[-1])

    with na(hours=47):
        response = client.post(link, {"antwoord": "aannemen"})

    assert response.status_code == 302
    assert status(wachtrij.tweede) == PlaatsStatus.GEPLAATST
    assert "Je hebt een plaats" in client.get(link).text


def test_an_expired_offer_passes_to_the_next_in_line(wachtrij, na_commit):
    with na(hours=48, minutes=1), na_commit():
        verlopen_plaatsaanbiedingen_verwerken()

    assert status(wachtrij.tweede) == PlaatsStatus.VERLOPEN
    assert status(wachtrij.derde) == PlaatsStatus.AANGEBODEN
    assert mail.outbox[-1].to == [wachtrij.derde.user.email]


def test_the_hourly_job_does_nothing_twice(wachtrij, na_commit):
    with na(hours=49), na_commit():
        assert verlopen_plaatsaanbiedingen_verwerken() == 1
        assert verlopen_plaatsaanbiedingen_verwerken() == 0

    assert [m.to for m in mail.outbox].count([wachtrij.derde.user.email]) == 1


def test_accepting_an_expired_offer_is_refused_and_changes_nothing(wachtrij, ongewijzigd):
    with na(hours=49), ongewijzigd(), pytest.raises(ValidationError, match="Dit aanbod is verlopen"):
        plaatsaanbod_aannemen(aanmelding=wachtrij.tweede)


def test_the_offer_link_after_expiry_explains_and_changes_nothing(wachtrij, ongewijzigd, client):
    link = link_uit_mail(mail.outbox[-1])

    with na(hours=49), ongewijzigd():
        response = client.post(link, {"antwoord": "aannemen"})

    assert response.status_code == 400
    assert "Dit aanbod is verlopen" in response.text


def test_declining_passes_the_seat_on_at_once(wachtrij, na_commit, client):
    with na_commit():
        client.post(link_uit_mail(mail.outbox[-1]), {"antwoord": "afslaan"})

    assert status(wachtrij.tweede) == PlaatsStatus.AFGEMELD
    assert status(wachtrij.derde) == PlaatsStatus.AANGEBODEN


def test_the_offer_lasts_as_long_as_configured(na_commit, settings):
    settings.REFIT_PLAATSAANBOD_UREN = 24
    ronde = CursusrondeFactory(capaciteit=1)
    eerste, tweede = (
        aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=UserFactory()) for _ in range(2)
    )
    aanmelding_afmelden(aanmelding=eerste, door=eerste.user)

    with na(hours=25):
        verlopen_plaatsaanbiedingen_verwerken()

    assert status(tweede) == PlaatsStatus.VERLOPEN


def test_the_offer_mail_is_sent_once_even_when_the_task_runs_twice(wachtrij):
    send_plaatsaanbod_mail.enqueue(aanmelding_id=wachtrij.tweede.pk)

    assert len(mail.outbox) == 1


def test_an_admitted_person_who_takes_an_offered_seat_becomes_cursist(wachtrij):
    Aanmelding.objects.filter(pk=wachtrij.tweede.pk).update(beoordeling=Beoordeling.TOEGELATEN)

    plaatsaanbod_aannemen(aanmelding=wachtrij.tweede)

    assert Aanmelding.objects.get(pk=wachtrij.tweede.pk).is_deelnemer
    assert has_role(wachtrij.tweede.user, Role.CURSIST)


def test_an_unknown_offer_link_gives_404(client):
    assert client.get("/cursus/plaats/verzonnen/").status_code == 404


def test_a_new_applicant_never_jumps_the_waiting_list(wachtrij):
    nieuw = aanmelding_indienen(cursusronde=wachtrij.ronde, aanvraag=aanvraag(), door=UserFactory())

    assert nieuw.status == PlaatsStatus.WACHTLIJST
