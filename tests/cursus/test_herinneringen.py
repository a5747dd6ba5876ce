"""Rule 'herinneringen': a reminder 7 days and 1 day before each session, each exactly once."""

from datetime import datetime, time, timedelta
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cursus.choices import MeldingSoort, RondeStatus
from cursus.rules import verschuldigde_herinnering
from cursus.tasks import herinneringen_versturen
from portal.models import UitgaandeMail
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten

pytestmark = pytest.mark.django_db


def om_zeven_uur(dag):
    """The daily job runs early in the morning."""
    return timezone.make_aware(datetime.combine(dag, time(7, 0)))


def dagelijkse_job():
    call_command("periodieke_taken", "--frequentie", "dagelijks", stdout=StringIO())


@pytest.fixture
def ronde_met_deelnemer():
    ronde = CursusrondeFactory()
    return ronde, AanmeldingFactory(cursusronde=ronde), bijeenkomsten(ronde)[0]


def test_seven_days_before_a_session_a_reminder_goes_out_once(ronde_met_deelnemer, na_commit):
    _ronde, deelnemer, lesdag = ronde_met_deelnemer

    with time_machine.travel(om_zeven_uur(lesdag.datum - timedelta(days=7)), tick=False), na_commit():
        dagelijkse_job()
        dagelijkse_job()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [deelnemer.user.email]
    assert message.subject.startswith("[Re-Fit] Herinnering: lesdag 1 van de trainerscursus op")
    assert "09:30" in message.body and message.alternatives[0].mimetype == "text/html"


def test_one_day_before_a_second_reminder_goes_out_once(ronde_met_deelnemer, na_commit):
    _ronde, _deelnemer, lesdag = ronde_met_deelnemer

    for dagen_voor in (7, 6, 2, 1, 1, 0):
        with (
            time_machine.travel(om_zeven_uur(lesdag.datum - timedelta(days=dagen_voor)), tick=False),
            na_commit(),
        ):
            herinneringen_versturen.enqueue()

    soorten = [
        s.removeprefix("cursus.") for s in UitgaandeMail.objects.over(lesdag).values_list("soort", flat=True)
    ]
    assert sorted(soorten) == [MeldingSoort.HERINNERING_DAG, MeldingSoort.HERINNERING_WEEK]
    assert len([m for m in mail.outbox if "lesdag 1" in m.subject]) == 2


def test_no_reminder_for_the_waiting_list_or_a_cancelled_edition(na_commit):
    ronde = CursusrondeFactory()
    AanmeldingFactory(cursusronde=ronde, status=PlaatsStatus.WACHTLIJST)
    geannuleerd = CursusrondeFactory(status=RondeStatus.GEANNULEERD)
    AanmeldingFactory(cursusronde=geannuleerd)

    with (
        time_machine.travel(om_zeven_uur(bijeenkomsten(ronde)[0].datum - timedelta(days=1)), tick=False),
        na_commit(),
    ):
        dagelijkse_job()

    assert mail.outbox == []


@pytest.mark.parametrize(
    ("dagen_voor", "verwacht"),
    [
        (8, None),
        (7, MeldingSoort.HERINNERING_WEEK),
        (2, MeldingSoort.HERINNERING_WEEK),
        (1, MeldingSoort.HERINNERING_DAG),
        (0, MeldingSoort.HERINNERING_DAG),
        (-1, None),
    ],
)
def test_which_reminder_is_due(dagen_voor, verwacht):
    vandaag = timezone.localdate()

    assert verschuldigde_herinnering(vandaag + timedelta(days=dagen_voor), op=vandaag) == verwacht
