"""Meetings in every member's personal feed: stable UID, SEQUENCE up and a mail when a meeting moves."""

from datetime import time

import pytest
from django.core import mail
from icalendar import Calendar

from intervisie.services.bijeenkomsten import Planning, bijeenkomst_annuleren, bijeenkomst_wijzigen
from portal.agenda.services import agenda_abonnement_ophalen
from portal.models import UitgaandeMail
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, over, trainer

pytestmark = pytest.mark.django_db


def feed_van(client, user) -> Calendar:
    """Fetch the feed the way a calendar app does: without login, by the secret address."""
    pad = f"/agenda/{agenda_abonnement_ophalen(user=user).token}.ics"
    response = client.get(pad)
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def intervisie_events(calendar):
    return [e for e in calendar.events if e.uid.startswith("intervisie-")]


@pytest.fixture
def groep_met_leden():
    groep = IntervisiegroepFactory(naam="Landelijk 7")
    leden = [trainer(), trainer()]
    for user in leden:
        lid(groep, user)
    return groep, leden


def test_every_member_has_the_groups_meetings_in_their_feed(client, groep_met_leden):
    groep, leden = groep_met_leden
    bijeenkomst = BijeenkomstFactory(groep=groep)
    BijeenkomstFactory()  # another group's meeting

    for user in leden:
        events = intervisie_events(feed_van(client, user))
        assert [e.uid for e in events] == [bijeenkomst.uid]
        assert events[0].summary == "Intervisie Landelijk 7"
        assert events[0].start == bijeenkomst.start


def test_the_feed_names_no_member(client, groep_met_leden):
    groep, leden = groep_met_leden
    BijeenkomstFactory(groep=groep)
    tekst = feed_van(client, leden[0]).to_ical().decode()
    for user in leden:
        assert user.last_name not in tekst and user.email not in tekst


def test_a_non_member_does_not_get_the_meetings(client, groep_met_leden):
    groep, _leden = groep_met_leden
    BijeenkomstFactory(groep=groep)
    assert intervisie_events(feed_van(client, trainer())) == []


def test_a_former_member_keeps_past_meetings_but_not_future_ones(client, groep_met_leden):
    groep, leden = groep_met_leden
    voorbij = BijeenkomstFactory(groep=groep, datum=over(-30))
    BijeenkomstFactory(groep=groep, datum=over(30))
    lidmaatschap = groep.lidmaatschappen.get(user=leden[0])
    lidmaatschap.eind_op = over(-1)
    lidmaatschap.save()

    assert [e.uid for e in intervisie_events(feed_van(client, leden[0]))] == [voorbij.uid]


def test_moving_a_meeting_raises_sequence_and_mails_members_with_the_new_ics(
    client, groep_met_leden, kerngroep, na_commit
):
    groep, leden = groep_met_leden
    bijeenkomst = BijeenkomstFactory(groep=groep)
    uid = intervisie_events(feed_van(client, leden[0]))[0].uid

    nieuw = Planning(
        datum=over(27), begintijd=time(16), eindtijd=time(18), online_link=bijeenkomst.online_link
    )
    with na_commit():
        bijeenkomst_wijzigen(bijeenkomst=bijeenkomst, planning=nieuw, door=kerngroep)

    event = intervisie_events(feed_van(client, leden[0]))[0]
    assert event.uid == uid
    assert event["SEQUENCE"] == 1
    assert event.start.date() == over(27) and event.start.time() == time(16)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in leden)
    bericht = mail.outbox[0]
    assert bericht.subject.endswith("Gewijzigd: intervisie Landelijk 7")
    bestandsnaam, inhoud, mimetype = bericht.attachments[0]
    assert bestandsnaam == f"intervisie-{bijeenkomst.pk}.ics"
    assert mimetype == "text/calendar"
    bijlage = Calendar.from_ical(inhoud)
    assert bijlage.events[0].uid == uid and bijlage.events[0]["SEQUENCE"] == 1


def test_a_new_agenda_alone_changes_no_sequence_and_sends_no_mail(
    client, groep_met_leden, kerngroep, na_commit
):
    groep, _leden = groep_met_leden
    b = BijeenkomstFactory(groep=groep)
    zelfde = Planning(
        datum=b.datum,
        begintijd=b.begintijd,
        eindtijd=b.eindtijd,
        online_link=b.online_link,
        agenda="Andere agenda",
    )
    with na_commit():
        bijeenkomst_wijzigen(bijeenkomst=b, planning=zelfde, door=kerngroep)
    b.refresh_from_db()
    assert b.sequence == 0 and b.agenda == "Andere agenda"
    assert mail.outbox == []


def test_a_cancelled_meeting_stays_in_the_feed_as_cancelled(client, groep_met_leden, kerngroep, na_commit):
    groep, leden = groep_met_leden
    bijeenkomst = BijeenkomstFactory(groep=groep)
    with na_commit():
        bijeenkomst_annuleren(bijeenkomst=bijeenkomst, door=kerngroep)

    event = intervisie_events(feed_van(client, leden[1]))[0]
    assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 1
    assert len(mail.outbox) == 2 and "Geannuleerd" in mail.outbox[0].subject


def test_the_change_mail_goes_once_per_version(groep_met_leden, kerngroep, na_commit):
    from intervisie.tasks import send_wijziging_mail

    groep, _leden = groep_met_leden
    bijeenkomst = BijeenkomstFactory(groep=groep)
    nieuw = Planning(
        datum=over(25), begintijd=time(15), eindtijd=time(17), online_link=bijeenkomst.online_link
    )
    with na_commit():
        bijeenkomst_wijzigen(bijeenkomst=bijeenkomst, planning=nieuw, door=kerngroep)
    melding = UitgaandeMail.objects.first()
    send_wijziging_mail.call(uitgaande_mail_id=melding.pk, bijeenkomst_id=bijeenkomst.pk)
    assert len(mail.outbox) == 2
