"""Rule: whoever can open case records is logged out after 30 idle minutes (portal.sessions)."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from portal.sessions import LAST_ACTIVITY_KEY
from tests.portal.auth import log_in
from tests.portal.factories import UserFactory, activate_totp

pytestmark = pytest.mark.django_db

START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
MELDING = "Je bent uitgelogd omdat je 30 minuten niets hebt gedaan."


@pytest.fixture
def klok():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def ingelogd(client, *roles):
    user = UserFactory(roles=list(roles))
    if "cursist" not in roles:
        activate_totp(user)  # roles with case access must have it; MFA is not what is tested here
    client.force_login(user)
    return user


@pytest.mark.parametrize("role", ["trainer", "schoolcontact", "opleider", "kerngroep"])
def test_roles_with_case_access_are_logged_out_after_30_idle_minutes(client, klok, role):
    ingelogd(client, role)
    assert client.get("/dashboard/").status_code == 200

    klok.shift(timedelta(minutes=30, seconds=1))
    response = client.get("/trajecten/")

    assert response.status_code == 302
    assert response.url == "/account/login/?next=/trajecten/"
    assert "_auth_user_id" not in client.session
    assert client.get("/dashboard/").status_code == 302


def test_the_login_page_says_in_dutch_why_you_were_logged_out(client, klok):
    ingelogd(client, "trainer")
    client.get("/dashboard/")

    klok.shift(timedelta(minutes=45))
    response = client.get("/trajecten/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/account/login/")
    assert MELDING in response.text


def test_29_idle_minutes_are_not_enough_and_each_request_restarts_the_clock(client, klok):
    ingelogd(client, "trainer")
    client.get("/dashboard/")

    for _ in range(4):  # two hours of work, a request every 29 minutes
        klok.shift(timedelta(minutes=29))
        assert client.get("/trajecten/").status_code == 200

    assert "_auth_user_id" in client.session


def test_a_cursist_keeps_the_working_day_session(client, klok):
    ingelogd(client, "cursist")
    client.get("/dashboard/")

    klok.shift(timedelta(hours=2))

    assert client.get("/dashboard/").status_code == 200
    assert LAST_ACTIVITY_KEY not in client.session


def test_the_session_is_written_at_most_once_a_minute(client, klok):
    ingelogd(client, "trainer")
    client.get("/dashboard/")
    eerste = client.session[LAST_ACTIVITY_KEY]

    klok.shift(timedelta(seconds=59))
    response = client.get("/dashboard/")

    # Unchanged session: not saved, so no new cookie either.
    assert client.session[LAST_ACTIVITY_KEY] == eerste
    assert "sessionid" not in response.cookies

    klok.shift(timedelta(seconds=2))
    response = client.get("/dashboard/")

    assert client.session[LAST_ACTIVITY_KEY] == eerste + 61
    assert "sessionid" in response.cookies


def test_the_idle_time_is_a_setting(client, klok, settings):
    settings.REFIT_SESSIE_INACTIEF_MINUTEN = 5
    ingelogd(client, "schoolcontact")
    client.get("/dashboard/")

    klok.shift(timedelta(minutes=4))
    assert client.get("/dashboard/").status_code == 200
    klok.shift(timedelta(minutes=5, seconds=1))
    response = client.get("/dashboard/", follow=True)

    assert "Je bent uitgelogd omdat je 5 minuten niets hebt gedaan." in response.text


def test_an_open_wagtail_editor_pinging_in_the_background_does_not_keep_the_session_alive(client, klok):
    ingelogd(client, "kerngroep")
    client.get("/admin/")

    for _ in range(10):  # Wagtail pings while the edit page is open
        klok.shift(timedelta(minutes=3, seconds=30))
        client.post("/admin/editing-sessions/ping/wagtailcore/page/1/1/")
    klok.shift(timedelta(minutes=1))

    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_ping_that_reports_unsaved_edits_counts_as_work(client, klok):
    ingelogd(client, "kerngroep")
    client.get("/admin/")

    for _ in range(10):
        klok.shift(timedelta(minutes=3, seconds=30))
        client.post("/admin/editing-sessions/ping/wagtailcore/page/1/1/", {"is_editing": "1"})
    klok.shift(timedelta(minutes=1))

    assert client.get("/admin/").status_code == 200


def test_after_the_timeout_logging_in_again_starts_a_fresh_session(client, klok):
    user = UserFactory(roles=["trainer"])
    secret = activate_totp(user)
    log_in(client, user, totp_secret=secret)
    client.get("/dashboard/")
    klok.shift(timedelta(minutes=31))
    assert client.get("/dashboard/").status_code == 302

    klok.shift(timedelta(seconds=30))  # the next TOTP step: a new code
    log_in(client, user, totp_secret=secret)

    assert client.get("/trajecten/").status_code == 200
    assert client.session[LAST_ACTIVITY_KEY] == int(datetime.now(tz=UTC).timestamp())
