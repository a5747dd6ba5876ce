"""Liveness (/gezondheid/) and readiness (/gereed/): what they check, what they never reveal."""

import time

import pytest
import time_machine
from django.core.management import call_command
from django.db import OperationalError
from django_tasks import task

from portal import health
from tests.portal.auth import log_in
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def queued_tasks(settings, monkeypatch):
    """Tasks wait in the database for `db_worker`, as in production. The worker runs in this
    process here (call_command), so the test cache does reach it."""
    settings.TASKS = DATABASE_TASKS
    monkeypatch.setattr(health, "cache_reaches_worker", lambda: True)
    # A task takes its class from the backend configured when it is defined: define it again.
    monkeypatch.setattr(health, "worker_heartbeat", task(priority=100)(health.worker_heartbeat.func))


def test_liveness_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/gezondheid/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_readiness_reports_database_cache_and_worker(client):
    response = client.get("/gereed/")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["ok"] for name, check in body["checks"].items()} == {
        "database": True,
        "cache": True,
        "worker": True,
        "auditspoor": True,  # trajecten's check (tests/trajecten/test_auditspoor_rechten.py)
    }
    # Tests run tasks at once, so the heartbeat the probe asked for has already beaten.
    assert body["checks"]["worker"]["heartbeat_age_s"] == 0
    assert "no-store" in response["Cache-Control"]


def test_readiness_fails_without_database_and_does_not_reveal_why(client, monkeypatch):
    def unreachable():
        raise OperationalError('connection to server at "db.intern" failed: FATAL: role "refit"')

    monkeypatch.setattr(health, "check_database", unreachable)

    response = client.get("/gereed/")

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == {"ok": False, "error": "OperationalError"}
    assert b"db.intern" not in response.content and b"refit" not in response.content


def test_readiness_fails_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }

    response = client.get("/gereed/")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"]["ok"] is True
    assert checks["cache"]["ok"] is False
    assert checks["worker"]["ok"] is False  # its heartbeat lives in the cache


@pytest.mark.usefixtures("queued_tasks")
@pytest.mark.django_db(transaction=True)  # the worker closes the connection between tasks
def test_readiness_fails_when_the_worker_leaves_a_heartbeat_waiting_too_long(client):
    start = time.time()

    with time_machine.travel(start, tick=False):
        first = client.get("/gereed/").json()["checks"]["worker"]
    # Queued, not yet answered: the benefit of the doubt, also after a night without probes.
    assert first["ok"] is True, first
    assert first["heartbeat_age_s"] is None and first["waiting_s"] == 0

    with time_machine.travel(start + health.HEARTBEAT_MAX_WAIT - 1, tick=False):
        assert client.get("/gereed/").status_code == 200

    with time_machine.travel(start + health.HEARTBEAT_MAX_WAIT + 1, tick=False):
        response = client.get("/gereed/")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["error"] == "no heartbeat"

    # The worker comes back and answers the waiting heartbeat: ready again.
    with time_machine.travel(start + health.HEARTBEAT_MAX_WAIT + 2, tick=False):
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
        response = client.get("/gereed/")
    assert response.status_code == 200
    assert response.json()["checks"]["worker"]["heartbeat_age_s"] == 0
    assert response.json()["checks"]["worker"]["waiting_s"] is None


@pytest.mark.usefixtures("queued_tasks")
def test_readiness_queues_one_heartbeat_at_a_time(client):
    from django_tasks_db.models import DBTaskResult

    for _ in range(3):
        client.get("/gereed/")

    assert DBTaskResult.objects.filter(task_path="portal.health.worker_heartbeat").count() == 1


@pytest.mark.usefixtures("queued_tasks")
@pytest.mark.django_db(transaction=True)  # the worker closes the connection between tasks
def test_a_fresh_heartbeat_is_not_asked_again(client):
    from django_tasks_db.models import DBTaskResult

    client.get("/gereed/")
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    response = client.get("/gereed/")

    assert response.json()["checks"]["worker"]["waiting_s"] is None
    assert DBTaskResult.objects.filter(task_path="portal.health.worker_heartbeat").count() == 1


def test_readiness_skips_the_worker_when_the_cache_cannot_reach_it(client, settings):
    settings.TASKS = DATABASE_TASKS  # a worker process beside a per-process cache: the demo

    worker = client.get("/gereed/").json()["checks"]["worker"]

    assert worker["ok"] is True and worker["skipped"]


@pytest.mark.parametrize("path", ["/gezondheid/", "/gereed/"])
def test_probes_are_open_to_a_session_that_still_owes_its_second_step(client, path):
    user = UserFactory(roles=["trainer"])
    log_in(client, user)  # a trainer without authenticator app: held at the MFA set-up elsewhere

    response = client.get(path)

    assert response.status_code == 200
    assert user.email.encode() not in response.content


@pytest.mark.parametrize("path", ["/gezondheid/", "/gereed/"])
def test_probes_only_read(client, path):
    assert client.post(path).status_code == 405
