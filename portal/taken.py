"""Queueing background work so that a crash can neither lose it nor run it for a rolled-back change.

`na_commit_inplannen` is the one way services queue follow-up work (mail, certificates). With the
database task backend the task row is written in the service's own transaction: it exists if and
only if the change commits, so a worker or web process killed between COMMIT and a separate
enqueue can no longer lose the mail. Backends outside the database (tests run tasks immediately)
queue on commit, as before.

`weesrijen_herstellen` puts tasks back in the queue that a killed worker left marked as running
(django-tasks-db never looks at them again); `manage.py taken_herstellen` calls it before each
worker start. Every task must therefore be safe to run twice: the mail tasks check their
`…Melding` record, certificates are regenerated from the data.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus

logger = logging.getLogger(__name__)


def na_commit_inplannen(taak, **kwargs) -> None:
    """Queue `taak(**kwargs)` as part of the current transaction (see the module docstring)."""
    if isinstance(task_backends[taak.backend], DatabaseBackend):
        taak.enqueue(**kwargs)
    else:
        transaction.on_commit(lambda: taak.enqueue(**kwargs))


def weesrijen_herstellen(*, werker: str | None = None, ouder_dan: timedelta | None = None) -> int:
    """Put running tasks back in the queue: last claimed by `werker`, or running longer than `ouder_dan`.

    A worker that restarts under its own stable id knows its previous run is dead, so its
    tasks are orphans; `ouder_dan` is for a worker that never comes back (choose it longer
    than the longest task). Returns how many tasks were put back.
    """
    from django_tasks_db.models import DBTaskResult
    from django_tasks_db.utils import exclusive_transaction

    if werker is None and ouder_dan is None:
        raise ValueError("Name a worker id or a minimum age.")
    grens = timezone.now() - ouder_dan if ouder_dan is not None else None
    hersteld = 0
    with exclusive_transaction(DBTaskResult.objects.db):
        for rij in DBTaskResult.objects.running().select_for_update(skip_locked=True):
            van_werker = werker is not None and (rij.worker_ids or [None])[-1] == werker
            te_oud = grens is not None and rij.started_at is not None and rij.started_at < grens
            if not (van_werker or te_oud):
                continue
            rij.status = TaskResultStatus.READY
            rij.started_at = None
            rij.save(update_fields=["status", "started_at"])
            logger.warning("Taak %s (%s) opnieuw in de wachtrij gezet", rij.pk, rij.task_path)
            hersteld += 1
    return hersteld
