"""Liveness and readiness for load balancers, process managers and monitoring.

`/gezondheid/` answers as long as the process can run Python: no database, no cache, so a
database outage does not make a process manager restart healthy web processes.
`/gereed/` checks what a request needs: the database, the cache, and that the task worker
(`manage.py db_worker`) still picks up work. Both answer JSON without personal data or
configuration, are open without login and are never cached.

The worker heartbeat. django-tasks-db keeps no table of live workers, so readiness asks the
worker for a sign of life through the queue itself: when the last heartbeat is older than
`HEARTBEAT_INTERVAL`, the probe queues `worker_heartbeat` (at most one at a time); the worker
stamps the time in the shared cache when it runs it. The worker counts as down once a requested
heartbeat has waited longer than `HEARTBEAT_MAX_WAIT`. Waiting, not the age of the last beat, is
what fails: after a quiet night without probes the first probe must not fail a healthy worker.
With a probe every 10–30 seconds the reported age stays around a minute.

Apps add checks of their own under `READINESS_CHECKS_HOOK`: a function returning
`[(name, check)]`, where `check()` raises when the app is not ready (e.g. trajecten: the database
role could change the audit trail). They answer like the database check: `ok`, ms, the error's type.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks import task, task_backends
from django_tasks.backends.immediate import ImmediateBackend
from wagtail import hooks

# Seconds after which a probe asks the worker for a new heartbeat.
HEARTBEAT_INTERVAL = 60
# Seconds a requested heartbeat may wait for the worker before readiness fails. Longer than the
# longest ordinary task (a PDF batch), so a single busy worker is not reported as down.
HEARTBEAT_MAX_WAIT = 300

HEARTBEAT_KEY = "refit:werker:hartslag"
HEARTBEAT_REQUESTED_KEY = "refit:werker:hartslag-gevraagd"
# A request whose task was lost (e.g. a database restore) must not block readiness forever.
HEARTBEAT_REQUEST_TTL = 24 * 60 * 60

READINESS_CHECKS_HOOK = "refit_readiness_checks"


@task(priority=100)
def worker_heartbeat() -> None:
    """Record that a worker is picking up tasks (see the module docstring)."""
    cache.set(HEARTBEAT_KEY, time.time(), timeout=None)
    cache.delete(HEARTBEAT_REQUESTED_KEY)


def _timed(check) -> dict:
    start = time.perf_counter()
    try:
        check()
    except Exception as error:  # any failure means "not ready"
        # Only the exception's type: messages can name hosts, users or file paths.
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True, "ms": round((time.perf_counter() - start) * 1000, 1)}


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    key = f"refit:gereed:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=30)
    try:
        if cache.get(key) != "1":
            raise LookupError("cache lost a value it just stored")
    finally:
        cache.delete(key)


def app_checks() -> list[tuple[str, object]]:
    """The readiness checks apps registered (see the module docstring)."""
    return [check for hook in hooks.get_hooks(READINESS_CHECKS_HOOK) for check in hook()]


def _age(timestamp: float | None, now: float) -> int | None:
    return None if timestamp is None else max(0, round(now - timestamp))


def cache_reaches_worker() -> bool:
    """False when the worker runs in another process and the cache is per process (the demo)."""
    return not isinstance(caches["default"], LocMemCache) or isinstance(
        task_backends["default"], ImmediateBackend
    )


def check_worker() -> dict:
    if not cache_reaches_worker():
        return {"skipped": "cache is not shared with the worker"}
    interval = getattr(settings, "REFIT_WORKER_HEARTBEAT_INTERVAL", HEARTBEAT_INTERVAL)
    max_wait = getattr(settings, "REFIT_WORKER_HEARTBEAT_MAX_WAIT", HEARTBEAT_MAX_WAIT)
    now = time.time()
    last = cache.get(HEARTBEAT_KEY)
    if (last is None or now - last > interval) and cache.add(
        HEARTBEAT_REQUESTED_KEY, now, timeout=HEARTBEAT_REQUEST_TTL
    ):
        try:
            worker_heartbeat.enqueue()
        except Exception:
            cache.delete(HEARTBEAT_REQUESTED_KEY)  # the next probe asks again
            raise
        last = cache.get(HEARTBEAT_KEY)  # an immediate backend has already run it
    waiting = _age(cache.get(HEARTBEAT_REQUESTED_KEY), now)
    state = {"heartbeat_age_s": _age(last, now), "waiting_s": waiting, "max_wait_s": max_wait}
    if waiting is not None and waiting > max_wait:
        raise _WorkerSilent(state)
    return state


class _WorkerSilent(Exception):
    def __init__(self, state: dict):
        super().__init__("worker did not answer the heartbeat")
        self.state = state


@never_cache
@require_safe
def gezondheid(request):
    """Liveness: the process runs. Touches nothing outside it."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def gereed(request):
    """Readiness: database, cache, task worker and the apps' checks; 503 when one of them fails."""
    checks = {"database": _timed(check_database), "cache": _timed(check_cache)}
    checks.update((name, _timed(check)) for name, check in app_checks())
    start = time.perf_counter()
    try:
        worker = {"ok": True, **check_worker()}
    except _WorkerSilent as silent:
        worker = {"ok": False, "error": "no heartbeat", **silent.state}
    except Exception as error:  # e.g. the cache or the queue is unreachable
        worker = {"ok": False, "error": type(error).__name__}
    worker["ms"] = round((time.perf_counter() - start) * 1000, 1)
    checks["worker"] = worker
    ready = all(check["ok"] for check in checks.values())
    return JsonResponse({"status": "ok" if ready else "fail", "checks": checks}, status=200 if ready else 503)
