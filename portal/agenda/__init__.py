"""The personal calendar: one private iCal feed per person, filled by the apps.

A feature app contributes the dates of a person in its `wagtail_hooks.py`:

    @hooks.register(AGENDA_ITEMS_HOOK)
    def cursus_agenda_items(user):
        return [AgendaItem(...), ...]

so `portal` never imports a feature app. `portal.agenda.ical` turns the items into
an iCalendar file; `portal.agenda.views` serves it at `/agenda/<token>.ics`.
"""

from dataclasses import dataclass
from datetime import datetime

from wagtail import hooks

AGENDA_ITEMS_HOOK = "refit_agenda_items"


@dataclass(frozen=True)
class AgendaItem:
    """One event in a calendar feed.

    `uid` must stay the same for the same event forever (calendar apps match on it);
    `sequence` goes up whenever its time or place changes. `start` and `end` are
    aware datetimes. Nothing here may name a person other than the reader.
    """

    uid: str
    start: datetime
    end: datetime
    summary: str
    location: str = ""
    description: str = ""
    sequence: int = 0
    url: str = ""
    is_cancelled: bool = False


def agenda_items_for(user) -> list[AgendaItem]:
    """Everything the apps put in this person's calendar, earliest first."""
    items = [item for hook in hooks.get_hooks(AGENDA_ITEMS_HOOK) for item in hook(user)]
    return sorted(items, key=lambda item: (item.start, item.uid))
