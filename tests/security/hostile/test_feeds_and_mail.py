"""Rule 'geen injectie in agenda en mail': typed text stays text in an iCal feed and in mail headers.

A title with `\\r\\nATTENDEE:` or `\\nBEGIN:VEVENT` must not add a property or an event to the
feed; a group name with `\\r\\nBcc:` must not add a header to a mail.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import transaction
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from intervisie.tasks import send_indeling_mail
from portal.agenda import AgendaItem
from portal.agenda.ical import calendar_from_items
from portal.agenda.services import agenda_abonnement_ophalen
from tests.intervisie import factories as fi
from tests.security.hostile import strategies as s
from tests.security.hostile.telling import tel
from tests.security.world import client_voor

pytestmark = pytest.mark.django_db

EVENT_EIGENSCHAPPEN = {
    "UID",
    "DTSTAMP",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "LOCATION",
    "DESCRIPTION",
    "URL",
    "SEQUENCE",
    "STATUS",
}
INJECTIE = st.one_of(st.sampled_from(s.ICAL_INJECTIE), s.tekst(), s.lange_tekst())
BEGIN = datetime(2027, 3, 1, 9, 30, tzinfo=UTC)


def opgeslagen(tekst: str, lengte: int | None = None) -> str:
    return tekst.replace("\x00", "")[:lengte] or "x"


def controleer_feed(inhoud: bytes, *, events: int) -> Calendar:
    """The feed as a calendar app reads it: the expected number of events, only our properties,
    lines folded at 75 octets, and no control character but the line ends and folding."""
    for regel in inhoud.split(b"\r\n"):
        assert len(regel) <= 75, f"regel niet gevouwen: {regel[:80]!r}"
        assert not any(b < 0x20 and b != 0x09 for b in regel), f"stuurteken in {regel[:80]!r}"
    kalender = Calendar.from_ical(inhoud)
    gevonden = kalender.walk("VEVENT")
    assert len(gevonden) == events
    for event in gevonden:
        assert set(event.keys()) <= EVENT_EIGENSCHAPPEN, set(event.keys()) - EVENT_EIGENSCHAPPEN
    return kalender


@settings(max_examples=60)
@example(titel="\ufeff", plaats="x", omschrijving="x", aantal=1)  # arrived as an empty title
@example(titel="a\ufeffb", plaats="x", omschrijving="x", aantal=1)
@given(titel=INJECTIE, plaats=INJECTIE, omschrijving=INJECTIE, aantal=st.integers(1, 3))
def test_ical_text_adds_no_properties_or_events(titel, plaats, omschrijving, aantal):
    items = [
        AgendaItem(
            uid=f"test-{i}@re-fit-portaal",
            start=BEGIN + timedelta(days=i),
            end=BEGIN + timedelta(days=i, hours=2),
            summary=titel,
            location=plaats,
            description=omschrijving,
        )
        for i in range(aantal)
    ]
    kalender = controleer_feed(calendar_from_items(items, name="Re-Fit", uid="x").to_ical(), events=aantal)
    event = kalender.walk("VEVENT")[0]
    # The text comes back as typed, minus the control characters RFC 5545 forbids and the invisible
    # byte-order mark (which icalendar would drop at the start of a value, leaving an empty title).
    verwacht = "".join(t for t in titel if t in "\t\n\r" or (t >= " " and t not in "\x7f\ufeff"))
    assert str(event["SUMMARY"]) == verwacht.replace("\r\n", "\n").replace("\r", "\n")
    tel("ical: AgendaItem-tekst", geweigerd=False)


def test_the_personal_feed_keeps_group_name_place_and_agenda_as_text():
    """End to end: what the kerngroep and a facilitator type ends up in a member's /agenda/<token>.ics."""
    facilitator = fi.trainer()
    groep = fi.IntervisiegroepFactory(facilitatoren=[facilitator])
    fi.lid(groep, facilitator)
    bijeenkomst = fi.BijeenkomstFactory(groep=groep)
    token = agenda_abonnement_ophalen(user=facilitator).token
    feed = client_voor()

    @settings(max_examples=8)
    @given(naam=INJECTIE, locatie=INJECTIE, agenda=INJECTIE)
    def feed_ophalen(naam, locatie, agenda):
        with transaction.atomic():
            type(groep).objects.filter(pk=groep.pk).update(naam=opgeslagen(naam, 100))
            type(bijeenkomst).objects.filter(pk=bijeenkomst.pk).update(
                locatie=opgeslagen(locatie, 200), agenda=opgeslagen(agenda)
            )
            response = feed.get(f"/agenda/{token}.ics")
            assert response.status_code == 200
            controleer_feed(response.content, events=1)
            tel("ical: /agenda/<token>.ics", geweigerd=False)
            transaction.set_rollback(True)

    feed_ophalen()


def test_a_group_name_with_line_breaks_adds_no_mail_headers():
    groep = fi.IntervisiegroepFactory()
    fi.BijeenkomstFactory(groep=groep)

    @settings(max_examples=10)
    @given(
        naam=st.one_of(
            st.just("Noord\r\nBcc: buitenstaander@voorbeeld.nl"), st.just("A\nSubject: x"), s.tekst()
        )
    )
    def mailen(naam):
        mail.outbox.clear()
        with transaction.atomic():
            type(groep).objects.filter(pk=groep.pk).update(naam=opgeslagen(naam, 100))
            lidmaatschap = fi.lid(groep, fi.trainer())
            send_indeling_mail.call(lidmaatschap_id=lidmaatschap.pk)
            transaction.set_rollback(True)
        assert len(mail.outbox) == 1
        bericht = mail.outbox[0].message()
        assert bericht["Bcc"] is None and bericht["Cc"] is None
        assert mail.outbox[0].recipients() == [lidmaatschap.user.email]
        onderwerp = str(bericht["Subject"])
        assert "\n" not in onderwerp and "\r" not in onderwerp
        assert len(bericht.get_all("Subject")) == 1
        tel("mail: onderwerp met groepsnaam", geweigerd=False)

    mailen()
