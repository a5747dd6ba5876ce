"""Professionalisation days: the course's seat mechanism, priority, attendance, calendar."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from licenties.models import BesluitSoort, DagAanmelding, LicentieStatus
from licenties.services import (
    aanwezigheid_vastleggen,
    besluit_nemen,
    dag_aanmelden,
    dag_afmelden,
    dag_gewijzigd,
)
from portal.agenda import agenda_items_for
from portal.plaatsing import PlaatsStatus, wachtenden
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory, bijgewoond
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_june():
    """Days in these tests fall in the same calendar year as 'today'."""
    with time_machine.travel(datetime(2026, 6, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False):
        yield


def trainer(*, needs_the_day: bool):
    """A trainer whose licence does (or does not) depend on attending a day this year."""
    vandaag = timezone.localdate()
    licentie = LicentieFactory(behaald_op=date(vandaag.year - 3, 5, 1))
    bijgewoond(licentie.houder, date(vandaag.year - 1, 3, 20))
    if not needs_the_day:
        bijgewoond(licentie.houder, vandaag - timedelta(days=1))
    return licentie.houder


def test_registering_takes_a_seat_and_mails_a_confirmation(django_capture_on_commit_callbacks):
    dag = ProfessionaliseringsdagFactory(capaciteit=2)
    houder = trainer(needs_the_day=True)

    with django_capture_on_commit_callbacks(execute=True):
        aanmelding = dag_aanmelden(dag=dag, door=houder)

    assert aanmelding.status == PlaatsStatus.GEPLAATST
    assert len(mail.outbox) == 1 and "Aangemeld" in mail.outbox[0].subject


def test_whose_licence_depends_on_the_day_goes_first_on_the_waiting_list():
    dag = ProfessionaliseringsdagFactory(capaciteit=1)
    dag_aanmelden(dag=dag, door=trainer(needs_the_day=False))
    eerder = dag_aanmelden(dag=dag, door=trainer(needs_the_day=False))
    later_maar_nodig = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))

    assert later_maar_nodig.voorrang and not eerder.voorrang
    assert list(wachtenden(dag, DagAanmelding)) == [later_maar_nodig, eerder]


def test_a_freed_seat_is_offered_to_the_first_in_line_by_mail(django_capture_on_commit_callbacks):
    dag = ProfessionaliseringsdagFactory(capaciteit=1)
    eerste = dag_aanmelden(dag=dag, door=trainer(needs_the_day=False))
    wachtende = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        dag_afmelden(aanmelding=eerste, door=eerste.user)

    wachtende.refresh_from_db()
    assert wachtende.status == PlaatsStatus.AANGEBODEN
    assert [m.to for m in mail.outbox] == [[wachtende.user.email]]
    assert "/licentie/plaats/" in mail.outbox[0].body


def test_the_offered_seat_is_taken_from_the_mail_link_without_logging_in(
    client, django_capture_on_commit_callbacks
):
    dag = ProfessionaliseringsdagFactory(capaciteit=1)
    eerste = dag_aanmelden(dag=dag, door=trainer(needs_the_day=False))
    wachtende = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    with django_capture_on_commit_callbacks(execute=True):
        dag_afmelden(aanmelding=eerste, door=eerste.user)
    link = re.search(r"http://testserver(/licentie/plaats/[^/\s]+/)", mail.outbox[-1].body).group(1)

    response = client.post(link)

    assert response.status_code == 302 and response.url == link
    wachtende.refresh_from_db()
    assert wachtende.status == PlaatsStatus.GEPLAATST
    assert "Je plaats op deze dag is bevestigd." in client.get(link).text


def test_bad_registrations_are_refused_in_dutch_and_change_nothing():
    dag = ProfessionaliseringsdagFactory()
    houder = trainer(needs_the_day=True)
    dag_aanmelden(dag=dag, door=houder)

    with pytest.raises(ValidationError, match="al aangemeld"):
        dag_aanmelden(dag=dag, door=houder)
    with pytest.raises(ValidationError, match="met een licentie"):
        dag_aanmelden(dag=dag, door=UserFactory())
    gesloten = ProfessionaliseringsdagFactory(aanmelden_tot=timezone.localdate() - timedelta(days=1))
    with pytest.raises(ValidationError, match="aanmeldtermijn is verstreken"):
        dag_aanmelden(dag=gesloten, door=houder)
    assert DagAanmelding.objects.filter(dag__in=[dag, gesloten]).count() == 1


def test_a_suspended_trainer_cannot_register(kerngroep):
    houder = trainer(needs_the_day=True)
    besluit_nemen(
        licentie=houder.licenties.get(),
        soort=BesluitSoort.SCHORSING,
        reden="In onderzoek.",
        ingangsdatum=timezone.localdate(),
        door=kerngroep,
    )

    with pytest.raises(ValidationError, match="geschorst of ingetrokken"):
        dag_aanmelden(dag=ProfessionaliseringsdagFactory(), door=houder)


def test_recorded_attendance_counts_for_the_licence(kerngroep):
    vandaag = timezone.localdate()
    licentie = LicentieFactory(behaald_op=date(vandaag.year - 3, 5, 1))
    assert licentie.status == LicentieStatus.VERLOPEN
    dag = ProfessionaliseringsdagFactory(datum=vandaag + timedelta(days=20))
    aanmelding = dag_aanmelden(dag=dag, door=licentie.houder)
    afwezig = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    dag.__class__.objects.filter(pk=dag.pk).update(datum=vandaag)
    dag.refresh_from_db()

    aanwezigheid_vastleggen(dag=dag, aanwezig_ids={aanmelding.pk}, door=kerngroep)

    licentie.refresh_from_db()
    assert licentie.status == LicentieStatus.ACTIEF
    afwezig.refresh_from_db()
    assert afwezig.aanwezig is False


def test_attendance_before_the_day_or_for_someone_without_a_seat_is_refused(kerngroep):
    dag = ProfessionaliseringsdagFactory(capaciteit=1)
    dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    wachtend = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))

    with pytest.raises(ValidationError, match="op of na de dag zelf"):
        aanwezigheid_vastleggen(dag=dag, aanwezig_ids=set(), door=kerngroep)
    dag.__class__.objects.filter(pk=dag.pk).update(datum=timezone.localdate())
    dag.refresh_from_db()
    with pytest.raises(ValidationError, match="met een plaats"):
        aanwezigheid_vastleggen(dag=dag, aanwezig_ids={wachtend.pk}, door=kerngroep)
    assert not DagAanmelding.objects.filter(dag=dag).exclude(aanwezig=None).exists()


def test_a_seated_day_is_in_the_personal_feed_and_a_move_raises_its_sequence(
    kerngroep, django_capture_on_commit_callbacks
):
    dag = ProfessionaliseringsdagFactory()
    houder = trainer(needs_the_day=True)
    dag_aanmelden(dag=dag, door=houder)
    [item] = [i for i in agenda_items_for(houder) if i.uid.startswith(f"professionaliseringsdag-{dag.pk}@")]
    assert item.sequence == 0 and houder.get_full_name() not in item.summary + item.description

    dag.datum += timedelta(days=7)
    dag.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        dag_gewijzigd(dag=dag, velden={"datum"}, door=kerngroep)

    [item] = [i for i in agenda_items_for(houder) if i.uid.startswith(f"professionaliseringsdag-{dag.pk}@")]
    assert item.sequence == 1 and item.start.date() == dag.datum
    assert len(mail.outbox) == 1
    ics = icalendar.Calendar.from_ical(mail.outbox[0].attachments[0][1])
    [event] = ics.walk("VEVENT")
    assert event["SEQUENCE"] == 1 and event.decoded("DTSTART").date() == dag.datum


def test_extra_seats_go_to_the_waiting_list_at_once(kerngroep, django_capture_on_commit_callbacks):
    dag = ProfessionaliseringsdagFactory(capaciteit=1)
    dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    wachtende = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    mail.outbox.clear()

    dag.capaciteit = 2
    dag.save()
    with django_capture_on_commit_callbacks(execute=True):
        dag_gewijzigd(dag=dag, velden={"capaciteit"}, door=kerngroep)

    wachtende.refresh_from_db()
    assert wachtende.status == PlaatsStatus.AANGEBODEN
    assert [m.to for m in mail.outbox] == [[wachtende.user.email]]


def test_cancelling_a_day_ends_its_registrations_and_tells_everyone(
    kerngroep, django_capture_on_commit_callbacks
):
    dag = ProfessionaliseringsdagFactory(capaciteit=1)
    geplaatst = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    wachtend = dag_aanmelden(dag=dag, door=trainer(needs_the_day=True))
    mail.outbox.clear()

    dag.status = "geannuleerd"
    dag.save()
    with django_capture_on_commit_callbacks(execute=True):
        dag_gewijzigd(dag=dag, velden={"status"}, door=kerngroep)

    assert {a.status for a in DagAanmelding.objects.filter(pk__in=[geplaatst.pk, wachtend.pk])} == {
        PlaatsStatus.VERVALLEN
    }
    assert len(mail.outbox) == 2 and all("geannuleerd" in m.subject for m in mail.outbox)
    [item] = [
        i for i in agenda_items_for(geplaatst.user) if i.uid.startswith(f"professionaliseringsdag-{dag.pk}@")
    ]
    assert item.is_cancelled
