"""Telling a planner that a date picked by hand is a free day: a warning, never a refusal.

Course days, intervisie meetings and professionalisation days are planned by hand, and a trainer may
move a trajectory's meeting. On a free day (rule 'vrije dagen', `portal.schoolvakanties`) the form
saves and says so in Dutch, after saving and whenever the edit form is opened again, so the planner
can decide to move it. Every planner uses this one module, so the warning reads the same everywhere.
"""

from collections.abc import Iterable
from datetime import date

from django.contrib import messages

from portal.schoolvakanties import vrije_dag_waarschuwing


def vrije_dagen_melden(request, datums: Iterable[tuple[str, date]], regios=()) -> list[str]:
    """A warning message for each (what, date) on a weekend or a public holiday, or in a school
    holiday of one of `regios` (for a meeting at a school)."""
    meldingen = [
        tekst
        for wat, dag in datums
        if dag and (tekst := vrije_dag_waarschuwing(wat=wat, dag=dag, regios=regios)) is not None
    ]
    for tekst in meldingen:
        messages.warning(request, tekst)
    return meldingen


class VrijeDagenMeldenMixin:
    """For Wagtail create and edit views of dated events. The view defines `vrije_dagen_van(obj)`,
    which names the dates to check as (what, date) pairs, e.g. [("Lesdag 1", date(2027, 1, 1))]."""

    def save_action(self):
        response = super().save_action()
        vrije_dagen_melden(self.request, self.vrije_dagen_van(self.object))
        return response

    def get_context_data(self, **kwargs):
        # Opening an existing event's form again: the warning stays until the date is moved.
        if self.request.method == "GET" and getattr(self, "object", None) is not None and self.object.pk:
            vrije_dagen_melden(self.request, self.vrije_dagen_van(self.object))
        return super().get_context_data(**kwargs)
