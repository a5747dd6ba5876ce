"""An appointment: one date, a start and end time, a place or an online link, and its calendar identity.

The course's sessions, the professionalisation days and the intervisie meetings are each
an `Afspraak`; what differs between them (who comes, what is said about it) stays in their app.
"""

from collections.abc import Sequence
from datetime import datetime, time
from typing import ClassVar
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.agenda import AgendaItem
from portal.rules import EINDTIJD_NIET_NA_BEGINTIJD, tijden_controleren


def eindtijd_na_begintijd(naam: str) -> models.CheckConstraint:
    """The database's guard of rule 'een afspraak eindigt na haar begin' (`portal.rules.eindigt_na_begin`),
    for a write that skips the model's `clean` (a bulk update, a script). The forms never reach it:
    `clean` reports the end time first, and Django then skips the constraints on that field."""
    return models.CheckConstraint(
        condition=models.Q(eindtijd__gt=models.F("begintijd")),
        name=naam,
        violation_error_message=EINDTIJD_NIET_NA_BEGINTIJD,
    )


class Afspraak(models.Model):
    """Date, times and place of something in people's calendars (abstract).

    `sequence` is the iCalendar SEQUENCE: it goes up when date, time or place change,
    so calendar apps replace the event they hold under the same `uid`.
    """

    # The first part of the UID, naming the kind of appointment; set by the concrete model.
    uid_prefix: ClassVar[str]
    # A change in any of these is news for a calendar app (and for the people invited).
    agendavelden: ClassVar[tuple[str, ...]] = ("datum", "begintijd", "eindtijd", "locatie", "online_link")

    datum = models.DateField(_("datum"))
    begintijd = models.TimeField(_("begintijd"))
    eindtijd = models.TimeField(_("eindtijd"))
    locatie = models.CharField(_("locatie"), max_length=200, blank=True, help_text=_("Adres of plaats."))
    online_link = models.URLField(_("online link"), blank=True)
    sequence = models.PositiveIntegerField(_("versie"), default=0, editable=False)

    class Meta:
        abstract = True
        ordering = ["datum", "begintijd"]
        constraints = [eindtijd_na_begintijd("%(app_label)s_%(class)s_eindtijd_na_begintijd")]

    def clean(self):
        super().clean()
        tijden_controleren(begintijd=self.begintijd, eindtijd=self.eindtijd)

    def moment(self, tijd: time) -> datetime:
        """`tijd` on this appointment's day, in the portal's time zone."""
        return datetime.combine(self.datum, tijd, tzinfo=ZoneInfo(settings.TIME_ZONE))

    @property
    def start(self) -> datetime:
        return self.moment(self.begintijd)

    @property
    def eind(self) -> datetime:
        return self.moment(self.eindtijd)

    @property
    def uid(self) -> str:
        """Stable for as long as the appointment exists, whatever happens to its date."""
        return f"{self.uid_prefix}-{self.pk}@re-fit-portaal"

    @property
    def plaats(self) -> str:
        return self.locatie or (gettext("Online") if self.online_link else "")

    def is_verplaatst(self, vorige: "Afspraak") -> bool:
        """Whether this version differs from `vorige` in anything a calendar app shows."""
        return any(getattr(vorige, veld) != getattr(self, veld) for veld in self.agendavelden)

    def agenda_item(
        self,
        *,
        summary: str,
        omschrijving: str,
        daarna: Sequence[str] = (),
        url: str = "",
        is_geannuleerd: bool,
    ) -> AgendaItem:
        """This appointment as a calendar event: stable UID, its SEQUENCE, the online link in the description.

        The description is `omschrijving`, the online link (if any), then the lines in `daarna`;
        without a `url` of its own the event links to the online meeting. No names of people.
        """
        regels = [omschrijving]
        if self.online_link:
            regels.append(gettext("Online: %(link)s") % {"link": self.online_link})
        regels.extend(daarna)
        return AgendaItem(
            uid=self.uid,
            start=self.start,
            end=self.eind,
            summary=summary,
            location=self.locatie or self.online_link,
            description="\n".join(regels),
            sequence=self.sequence,
            url=url or self.online_link,
            is_cancelled=is_geannuleerd,
        )
