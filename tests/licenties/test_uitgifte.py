"""Issuing licences: only to eligible participants, one per participation, numbers unique and never reused."""

import re
import threading
from datetime import date

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection

from cursus.models import Aanwezigheid
from licenties.models import Licentie, LicentieStatus
from licenties.services import licentie_registreren, licentie_uitgeven, licentienummer_toekennen
from portal.roles import Role, has_role
from tests.licenties.factories import geschikte_deelnemer
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_an_eligible_participant_gets_a_licence_the_trainer_role_and_a_mail(
    kerngroep, django_capture_on_commit_callbacks
):
    aanmelding = geschikte_deelnemer()

    with django_capture_on_commit_callbacks(execute=True):
        licentie = licentie_uitgeven(aanmelding=aanmelding, door=kerngroep)

    assert re.fullmatch(r"RF-\d{4}-\d{4}", licentie.nummer)
    assert licentie.cursusronde == aanmelding.cursusronde
    assert licentie.status == LicentieStatus.ACTIEF
    assert has_role(Licentie.objects.get(pk=licentie.pk).houder, Role.TRAINER)
    assert len(mail.outbox) == 1 and licentie.nummer in mail.outbox[0].subject
    assert aanmelding.user.get_full_name() not in mail.outbox[0].subject


def test_a_participant_who_is_not_eligible_gets_no_licence_and_hears_why(kerngroep):
    aanmelding = geschikte_deelnemer()
    Aanwezigheid.objects.filter(aanmelding=aanmelding).first().delete()

    with pytest.raises(ValidationError, match="niet in aanmerking"):
        licentie_uitgeven(aanmelding=aanmelding, door=kerngroep)
    assert not Licentie.objects.exists()


def test_issuing_twice_for_the_same_participation_is_refused(kerngroep):
    aanmelding = geschikte_deelnemer()
    licentie_uitgeven(aanmelding=aanmelding, door=kerngroep)

    with pytest.raises(ValidationError, match="al uitgegeven"):
        licentie_uitgeven(aanmelding=aanmelding, door=kerngroep)
    assert Licentie.objects.count() == 1


def test_numbers_count_up_per_programme_and_year():
    assert licentienummer_toekennen("re_fit", 2026) == "RF-2026-0001"
    assert licentienummer_toekennen("re_fit", 2026) == "RF-2026-0002"
    assert licentienummer_toekennen("re_fit_do_it", 2026) == "RFD-2026-0001"
    assert licentienummer_toekennen("re_fit", 2027) == "RF-2027-0001"


def test_a_licence_from_before_the_portal_keeps_its_own_year_and_cannot_lie_in_the_future(kerngroep):
    trainer = UserFactory()
    licentie = licentie_registreren(
        houder=trainer, programma="re_fit", behaald_op=date(2019, 4, 5), door=kerngroep
    )
    assert licentie.nummer == "RF-2019-0001"

    with pytest.raises(ValidationError):
        licentie_registreren(
            houder=UserFactory(), programma="re_fit", behaald_op=date(2099, 1, 1), door=kerngroep
        )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_issuings_get_twenty_distinct_numbers():
    kerngroep = UserFactory(roles=["kerngroep"])
    trainers = UserFactory.create_batch(20)
    errors = []
    barrier = threading.Barrier(20)

    def issue(trainer):
        try:
            barrier.wait()
            licentie_registreren(
                houder=trainer, programma="re_fit", behaald_op=date(2026, 6, 1), door=kerngroep
            )
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=issue, args=(trainer,)) for trainer in trainers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    numbers = sorted(Licentie.objects.values_list("nummer", flat=True))
    assert numbers == [f"RF-2026-{n:04d}" for n in range(1, 21)]
