"""The calendar: a private feed per person, a public .ics per edition.

Stable UIDs, Europe/Amsterdam time with VTIMEZONE, SEQUENCE up when a date moves.
"""

from datetime import time
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from cursus.choices import RondeStatus
from cursus.services.rondes import cursusronde_opslaan
from portal.models import AgendaAbonnement
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten, over
from tests.portal.factories import activate_totp

pytestmark = pytest.mark.django_db


def feed_van(client, user) -> tuple[str, Calendar]:
    """Open /agenda/ as `user`, then fetch the feed the way a calendar app does: without login."""
    client.force_login(user)
    assert client.get("/agenda/").status_code == 200
    pad = f"/agenda/{AgendaAbonnement.objects.get(user=user).token}.ics"
    client.logout()
    response = client.get(pad)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return pad, Calendar.from_ical(response.content)


def test_a_participant_subscribes_to_their_dates_in_amsterdam_time(client):
    aanmelding = AanmeldingFactory()
    _pad, calendar = feed_van(client, aanmelding.user)

    events = calendar.events
    assert [e.uid for e in events] == [b.uid for b in bijeenkomsten(aanmelding.cursusronde)]
    eerste = events[0]
    assert eerste.start == bijeenkomsten(aanmelding.cursusronde)[0].start
    assert eerste.start.tzinfo == ZoneInfo("Europe/Amsterdam")
    assert eerste["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert eerste.start.time() == time(9, 30)
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Amsterdam"]
    assert calendar.get_missing_tzids() == set()
    assert eerste.summary == "Lesdag 1 trainerscursus Re-Fit"


def test_the_feed_names_no_person(client):
    aanmelding = AanmeldingFactory()
    _pad, calendar = feed_van(client, aanmelding.user)

    tekst = calendar.to_ical().decode()
    assert calendar["X-WR-CALNAME"] == "Re-Fit"
    assert aanmelding.user.first_name not in tekst and aanmelding.user.last_name not in tekst
    assert aanmelding.user.email not in tekst


def test_uids_stay_the_same_and_sequence_rises_when_a_date_moves(client, kerngroep):
    aanmelding = AanmeldingFactory()
    ronde = aanmelding.cursusronde
    pad, voor = feed_van(client, aanmelding.user)
    lesdag = bijeenkomsten(ronde)[0]
    lesdag.datum = over(32)
    ronde.bijeenkomsten.add(lesdag)
    cursusronde_opslaan(ronde=ronde, door=kerngroep)

    na = Calendar.from_ical(client.get(pad).content)

    assert [e.uid for e in na.events] == [e.uid for e in voor.events]
    assert [e.sequence for e in voor.events] == [0, 0, 0, 0]
    assert [e.sequence for e in na.events] == [1, 0, 0, 0]
    assert na.events[0].start.date() == over(32)


def test_an_opleider_sees_every_session_of_their_editions(client, opleider):
    ronde = CursusrondeFactory(opleiders=[opleider])
    CursusrondeFactory()  # someone else's
    activate_totp(opleider)

    _pad, calendar = feed_van(client, opleider)

    assert {e.uid for e in calendar.events} == {b.uid for b in bijeenkomsten(ronde)}


def test_only_participants_get_the_dates_not_the_waiting_list(client):
    wachtend = AanmeldingFactory(status=PlaatsStatus.WACHTLIJST)

    _pad, calendar = feed_van(client, wachtend.user)

    assert calendar.events == []


def test_an_unknown_token_gives_404(client):
    assert client.get("/agenda/niet-bestaand-token.ics").status_code == 404


def test_resetting_the_address_makes_the_old_one_useless(client):
    aanmelding = AanmeldingFactory()
    pad, _calendar = feed_van(client, aanmelding.user)
    client.force_login(aanmelding.user)

    response = client.post("/agenda/vernieuwen/")

    assert response.status_code == 302
    nieuw = AgendaAbonnement.objects.get(user=aanmelding.user).token
    assert len(nieuw) >= 43 and nieuw not in pad
    client.logout()
    assert client.get(pad).status_code == 404
    assert client.get(f"/agenda/{nieuw}.ics").status_code == 200


def test_the_agenda_page_needs_a_login(client):
    assert client.get("/agenda/").status_code == 302


def test_each_edition_has_a_public_ics(client):
    ronde = CursusrondeFactory(naam="Voorjaar 2027")
    AanmeldingFactory(cursusronde=ronde)

    response = client.get(f"/cursus/{ronde.pk}/agenda.ics")

    calendar = Calendar.from_ical(response.content)
    assert calendar["X-WR-CALNAME"] == "Re-Fit trainerscursus Voorjaar 2027"
    assert [e.uid for e in calendar.events] == [b.uid for b in bijeenkomsten(ronde)]
    assert calendar.timezones[0].tz_name == "Europe/Amsterdam"


def test_a_planned_edition_has_no_public_ics_yet(client):
    ronde = CursusrondeFactory(status=RondeStatus.GEPLAND)

    assert client.get(f"/cursus/{ronde.pk}/agenda.ics").status_code == 404


def test_a_cancelled_edition_shows_its_dates_as_cancelled(client):
    aanmelding = AanmeldingFactory(cursusronde=CursusrondeFactory(status=RondeStatus.GEANNULEERD))

    _pad, calendar = feed_van(client, aanmelding.user)

    assert {str(e["STATUS"]) for e in calendar.events} == {"CANCELLED"}


def test_a_make_up_session_in_another_edition_is_in_the_feed(client):
    from cursus.models import Aanwezigheid

    aanmelding = AanmeldingFactory(
        cursusronde=CursusrondeFactory(
            dagen=(-14, -7, 30, 60), aanmelden_tot=over(-30), afmelden_tot=over(-20)
        )
    )
    inhaal = bijeenkomsten(CursusrondeFactory())[1]
    Aanwezigheid.objects.create(
        aanmelding=aanmelding,
        bijeenkomst=bijeenkomsten(aanmelding.cursusronde)[1],
        aanwezig=False,
        reden_afwezig="Ziek",
        inhaal_bijeenkomst=inhaal,
    )

    _pad, calendar = feed_van(client, aanmelding.user)

    assert inhaal.uid in {e.uid for e in calendar.events}
