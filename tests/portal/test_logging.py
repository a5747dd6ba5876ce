"""Rule: logs name people by id only; query strings and secret tokens never reach a log line."""

import io
import json
import logging

import pytest

from portal.logging import JsonLinesFormatter, RequestContextFilter
from tests.portal.auth import log_in
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_lines():
    """The JSON lines production would write, for everything logged during the test."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLinesFormatter())
    handler.addFilter(RequestContextFilter())
    root, access_log = logging.getLogger(), logging.getLogger("portal.request")
    root.addHandler(handler)
    access_log.setLevel(logging.INFO)  # the test settings log warnings only
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)
    access_log.setLevel(logging.NOTSET)


def access_lines(lines):
    return [line for line in lines if line["logger"] == "portal.request"]


def test_an_email_address_in_the_query_string_stays_out_of_the_log(client, log_lines):
    client.get("/account/login/?email=jan.jansen%40school.nl&next=/dashboard/")
    client.get("/bestaat-niet/?zoek=jan.jansen@school.nl")  # Django logs the 404 itself too

    lines = log_lines()
    assert "jan.jansen" not in json.dumps(lines)
    [login, missing] = access_lines(lines)
    assert login["path"] == "/account/login/" and login["status"] == 200
    assert missing["path"] == "/bestaat-niet/" and missing["status"] == 404
    assert any(line["logger"] == "django.request" for line in lines)


def test_the_user_is_logged_by_id_never_by_name_or_address(client, log_lines):
    user = UserFactory(roles=["cursist"])
    log_in(client, user)

    client.get("/dashboard/")

    lines = log_lines()
    dashboard = next(line for line in access_lines(lines) if line["path"] == "/dashboard/")
    assert dashboard["user_id"] == user.pk
    text = json.dumps(lines, ensure_ascii=False)
    assert user.email not in text and user.last_name not in text


def test_secret_tokens_in_the_path_are_hidden(client, log_lines):
    token = "Zk3vQ9pX2mR7tL4wN8bJ6hC1"

    client.get(f"/uitnodiging/{token}/")

    [line] = access_lines(log_lines())
    assert line["path"] == "/uitnodiging/…/"
    assert token not in json.dumps(log_lines())


def test_every_line_of_a_request_carries_its_request_id(client, log_lines):
    response = client.get("/bestaat-niet/", headers={"X-Request-ID": "nginx-3f2a9c1e7b"})

    assert response["X-Request-ID"] == "nginx-3f2a9c1e7b"
    lines = log_lines()
    assert {line["logger"] for line in lines} >= {"portal.request", "django.request"}
    assert {line["request_id"] for line in lines} == {"nginx-3f2a9c1e7b"}


def test_a_request_id_that_could_carry_text_is_replaced(client, log_lines):
    response = client.get("/gezondheid/", headers={"X-Request-ID": "jan.jansen@school.nl"})

    assert response["X-Request-ID"] != "jan.jansen@school.nl"
    assert len(response["X-Request-ID"]) == 32


def test_health_probes_are_logged_only_when_they_fail(client, log_lines, monkeypatch):
    from portal import health

    client.get("/gezondheid/")
    client.get("/gereed/")
    assert access_lines(log_lines()) == []

    monkeypatch.setattr(health, "check_database", lambda: 1 / 0)
    client.get("/gereed/")
    [line] = access_lines(log_lines())
    assert line["path"] == "/gereed/" and line["status"] == 503
