"""Periodic jobs: one mechanism for all of them.

Each app registers its jobs under `PERIODIC_TASKS_HOOK` with a frequency.
`manage.py periodieke_taken --frequentie uurlijks|dagelijks` puts the due jobs
on the queue; cron or a systemd timer calls it (docs/deployment.md), and the
worker (`manage.py db_worker`) runs them. Every job must be safe to run twice.
"""

from dataclasses import dataclass
from enum import StrEnum

from wagtail import hooks

PERIODIC_TASKS_HOOK = "refit_periodic_tasks"


class Frequentie(StrEnum):
    UURLIJKS = "uurlijks"
    DAGELIJKS = "dagelijks"


@dataclass(frozen=True)
class PeriodicTask:
    name: str
    frequentie: Frequentie
    task: object  # a django_tasks Task without arguments


def periodic_tasks(frequentie: Frequentie) -> list[PeriodicTask]:
    jobs = [job for hook in hooks.get_hooks(PERIODIC_TASKS_HOOK) for job in hook()]
    return [job for job in jobs if job.frequentie == frequentie]
