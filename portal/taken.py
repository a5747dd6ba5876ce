"""Queueing background work so that a crash can neither lose it nor run it for a rolled-back change.

`na_commit_inplannen` is the one way services queue follow-up work (mail, certificates). With the
database task backend the task row is written in the service's own transaction: it exists if and
only if the change commits, so a worker or web process killed between COMMIT and a separate
enqueue can no longer lose the mail. Backends outside the database (tests run tasks immediately)
queue on commit, as before.

`mislukte_taak_opnieuw_inplannen` is the kerngroep's button in 'Mislukte taken': the same task with
the same arguments, queued afresh.

`weesrijen_herstellen` puts tasks back in the queue that a killed worker left marked as running
(django-tasks-db never looks at them again); `manage.py taken_herstellen` calls it before each
worker start. Every task must therefore be safe to run twice: the mail tasks send through the
outbox (`portal.mail.eenmalig_versturen`, `portal.UitgaandeMail`), which sends each mail once;
certificates are regenerated from the data.
"""

import logging
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import Task, TaskResultStatus
from wagtail.log_actions import log

from portal.mail import vanaf_eerste_poging

logger = logging.getLogger(__name__)


def na_commit_inplannen(taak, *args, **kwargs) -> None:
    """Queue `taak(*args, **kwargs)` as part of the current transaction (see the module docstring)."""
    if isinstance(task_backends[taak.backend], DatabaseBackend):
        taak.enqueue(*args, **kwargs)
    else:
        transaction.on_commit(lambda: taak.enqueue(*args, **kwargs))


def mislukte_taak_opnieuw_inplannen(*, resultaat, door) -> None:
    """Queue a failed task again with its own arguments, and take the failure off the list.

    A mail task starts again at its first attempt, so it gets all its retries back. The new row
    and the removal of the old one commit together: a double click queues the task once. A task
    whose code no longer exists raises ValidationError and changes nothing.
    """
    from django_tasks_db.models import DBTaskResult

    with transaction.atomic():
        resultaat = DBTaskResult.objects.failed().select_for_update().filter(pk=resultaat.pk).first()
        if resultaat is None:
            raise ValidationError(_("Deze taak staat niet meer bij de mislukte taken."), code="weg")
        try:
            taak = import_string(resultaat.task_path)
        except ImportError:
            taak = None
        if not isinstance(taak, Task):
            raise ValidationError(
                _("De taak %(taak)s bestaat niet meer in deze versie van het portaal; er is niets gewijzigd.")
                % {"taak": resultaat.task_path},
                code="onbekende_taak",
            )
        taak = taak.using(priority=resultaat.priority, queue_name=resultaat.queue_name)
        na_commit_inplannen(
            taak,
            *resultaat.args_kwargs["args"],
            **vanaf_eerste_poging(taak, resultaat.args_kwargs["kwargs"]),
        )
        log(
            resultaat,
            "portal.taak.opnieuw_ingepland",
            user=door,
            title=resultaat.task_path,
            data={"taak": resultaat.task_path},
        )
        resultaat.delete()


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
