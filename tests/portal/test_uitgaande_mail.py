"""The outbox: a mail recorded under a key goes out once, whoever sends it and however often."""

import threading

import pytest
from django.core import mail
from django.db import connection, transaction

from portal.mail import eenmalig_versturen, nog_te_versturen, uitgaande_mail_vastleggen, versturen
from portal.models import UitgaandeMail
from tests.portal.factories import UserFactory
from tests.security.faults.werker import DICHTE_POORT
from tests.wachten import wacht_tot

TEMPLATE = "emails/adres_bevestigen"


def sturen(ontvanger, *, onderwerp=None, gelegenheid=""):
    return eenmalig_versturen(
        soort="portal.proef",
        onderwerp=onderwerp,
        ontvanger=ontvanger,
        gelegenheid=gelegenheid,
        template_base=TEMPLATE,
        context={},
    )


@pytest.mark.django_db
def test_a_second_send_of_the_same_key_does_nothing():
    ontvanger = UserFactory()

    assert sturen(ontvanger) is True
    assert sturen(ontvanger) is False

    assert [bericht.to for bericht in mail.outbox] == [[ontvanger.email]]
    assert UitgaandeMail.objects.verstuurd().count() == 1


@pytest.mark.django_db
def test_another_subject_recipient_or_occasion_is_another_mail():
    ontvanger, ander = UserFactory(), UserFactory()

    assert sturen(ontvanger, onderwerp=ander, gelegenheid="2026")
    assert sturen(ontvanger, onderwerp=ander, gelegenheid="2027")
    assert sturen(ontvanger, onderwerp=ontvanger, gelegenheid="2026")
    assert sturen(ander, onderwerp=ander, gelegenheid="2026")

    assert len(mail.outbox) == 4
    assert UitgaandeMail.objects.over(ander).count() == 3


@pytest.mark.django_db
def test_a_recorded_mail_waits_unsent_until_its_task_sends_it_once():
    ontvanger = UserFactory()
    uitgaand, nieuw = uitgaande_mail_vastleggen(soort="portal.proef", onderwerp=None, ontvanger=ontvanger)
    _zelfde, opnieuw = uitgaande_mail_vastleggen(soort="portal.proef", onderwerp=None, ontvanger=ontvanger)
    assert (nieuw, opnieuw) == (True, False)
    assert mail.outbox == [] and uitgaand.verstuurd_op is None

    for _poging in range(2):
        with transaction.atomic():
            te_versturen = nog_te_versturen(uitgaand.pk)
            if te_versturen:
                versturen(te_versturen, template_base=TEMPLATE, context={})

    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_a_mail_that_fails_to_send_stays_unsent(settings):
    settings.MAILERS = DICHTE_POORT
    ontvanger = UserFactory()

    with pytest.raises(OSError):
        sturen(ontvanger)

    assert not UitgaandeMail.objects.verstuurd().exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_sending_the_same_mail_at_once_send_it_once():
    """Worker A holds the mail recorded and locked; worker B starts the same send meanwhile and must
    wait for A, then find it sent. A sends only once PostgreSQL shows B waiting for A's lock."""
    ontvanger = UserFactory()
    a_heeft_slot, b_pid, uitslagen = threading.Event(), [], {}

    def b_wacht_op_een_slot() -> bool:
        if not b_pid:
            return False
        with connection.cursor() as cursor:
            cursor.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", b_pid)
            rij = cursor.fetchone()
        return rij is not None and rij[0] == "Lock"

    def werker_a():
        try:
            with transaction.atomic():
                uitgaand, _nieuw = uitgaande_mail_vastleggen(
                    soort="portal.proef", onderwerp=None, ontvanger=ontvanger
                )
                uitgaand = nog_te_versturen(uitgaand.pk)
                a_heeft_slot.set()
                wacht_tot(b_wacht_op_een_slot, "werker B wacht op het slot van werker A")
                versturen(uitgaand, template_base=TEMPLATE, context={})
            uitslagen["a"] = True
        finally:
            connection.close()

    def werker_b():
        try:
            wacht_tot(a_heeft_slot.is_set, "werker A heeft de mail vastgelegd en op slot")
            connection.ensure_connection()
            b_pid.append(connection.connection.info.backend_pid)
            uitslagen["b"] = sturen(ontvanger)
        finally:
            connection.close()

    werkers = [threading.Thread(target=werker_a), threading.Thread(target=werker_b)]
    for werker in werkers:
        werker.start()
    for werker in werkers:
        werker.join()

    assert uitslagen == {"a": True, "b": False}
    assert len(mail.outbox) == 1
    assert UitgaandeMail.objects.count() == 1
