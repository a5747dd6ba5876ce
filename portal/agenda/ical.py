"""AgendaItems to iCalendar (RFC 5545), the one place where calendar files are made."""

import re
from collections.abc import Iterable
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from icalendar import Calendar, Event
from icalendar.enums import STATUS

from portal.agenda import AgendaItem

PRODID = "-//Re-Fit//Re-Fit portaal//NL"
# Calendar apps that subscribe to a feed ask again after this long.
REFRESH_INTERVAL = timedelta(hours=6)
# RFC 5545 allows no control characters in text but the tab; icalendar escapes line breaks itself.
# The byte-order mark (U+FEFF, invisible) goes too: icalendar drops it at the start of a value, so a
# title of only that character would arrive empty.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")


def ical_text(text: str) -> str:
    """Text typed into the portal (a theme, a place, an agenda) as calendar apps may read it."""
    return CONTROL_CHARACTERS.sub("", text)


def calendar_from_items(items: Iterable[AgendaItem], *, name: str, uid: str) -> Calendar:
    """A published calendar with every item as an event in Europe/Amsterdam time.

    Times carry TZID=Europe/Amsterdam with a matching VTIMEZONE, so a course day at
    9:30 stays at 9:30 across daylight saving time in every calendar app. `name`
    is shown by calendar apps: never put a person's name in it.
    """
    zone = ZoneInfo(settings.TIME_ZONE)
    items = sorted(items, key=lambda item: (item.start, item.uid))
    calendar = Calendar.new(
        name=name, uid=uid, prodid=PRODID, method="PUBLISH", refresh_interval=REFRESH_INTERVAL
    )
    calendar.add("X-WR-TIMEZONE", settings.TIME_ZONE)
    calendar.add("X-PUBLISHED-TTL", REFRESH_INTERVAL)
    for item in items:
        calendar.add_component(
            Event.new(
                uid=item.uid,
                start=item.start.astimezone(zone),
                end=item.end.astimezone(zone),
                summary=ical_text(item.summary),
                location=ical_text(item.location) or None,
                description=ical_text(item.description) or None,
                url=item.url or None,
                sequence=item.sequence,
                status=STATUS.CANCELLED if item.is_cancelled else STATUS.CONFIRMED,
            )
        )
    if items:
        # The time zone definition only needs to cover the dates in this file.
        calendar.add_missing_timezones(
            first_date=items[0].start.date() - timedelta(days=366),
            last_date=items[-1].end.date() + timedelta(days=366),
        )
    return calendar


def ics_response(calendar: Calendar, *, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response
