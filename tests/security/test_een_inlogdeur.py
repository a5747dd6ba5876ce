"""Promise: every way to log in goes through allauth, with its rate limits, its lockout and the two steps.

The test looks for doors by itself, so that a door a package adds later is found too: every pattern
of the URLconf (`urlconf.url_routes()`, at the matrix's example paths where the table has them and
at a path built from the pattern otherwise) gets credentials of every shape — login/password,
username/password, email/password, the password alone, as a form and as JSON, in the query string
and in the body of every method its view takes. Three visitors try:

- someone who knows the password of a kerngroep member (also superuser) with an authenticator app:
  no answer may leave a session with a full login, and afterwards neither the dashboard, the Wagtail
  admin nor the Django admin opens;
- someone who knows the password of an address allauth has locked after five wrong passwords: no
  door lets it in;
- a staff member, logged in, who knows that superuser's password: no door turns the session into
  the superuser's.

A session counts as a login when it holds `_auth_user_id` (Django's `login()`), and every call of
`login()` is caught through the `user_logged_in` signal, wherever it comes from.
"""

import json
from collections import Counter
from importlib import import_module
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.signals import user_logged_in
from django.test import Client
from django.urls import resolve

from portal.roles import Role
from tests.portal.factories import PASSWORD, UserFactory, activate_totp
from tests.security.test_url_matrix import in_world, world  # noqa: F401 - the matrix's world
from tests.security.url_table import TABLE
from tests.security.urlconf import url_routes

# Access rules are code, not database guarantees: CI walks them once, on SQLite (.ci/run).
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]

LOGIN = "/account/login/"
TE_VEEL = "Te veel inlogpogingen. Probeer het later nogmaals."
# What a full login would open; each must send a visitor without one to the login page.
ACHTER_DE_DEUR = ("/dashboard/", "/admin/", "/django-admin/")
# Figures of the last search, for the report.
TELLING = Counter()
PATRONEN = set()


def credential_shapes(email: str) -> dict[str, dict[str, str]]:
    """Every shape a login form of Django, Wagtail or allauth asks for."""
    return {
        "login+password": {"login": email, "password": PASSWORD},
        "username+password": {"username": email, "password": PASSWORD},
        "email+password": {"email": email, "password": PASSWORD},
        "password": {"password": PASSWORD},
    }


def doors(w) -> list[tuple[str, str, frozenset[str]]]:
    """(route, path, methods) for every pattern: the table's example paths, else one built from it."""
    examples = {}
    for entry in TABLE:
        for path in entry.paths(w):
            path = path.split("?")[0]
            # `ResolverMatch.route` drops the "^" of regex patterns below an include.
            examples.setdefault(resolve(path).route.replace("^", ""), []).append(path)
    found = []
    for route in url_routes():
        for path in dict.fromkeys(examples.get(route.route.replace("^", ""), [route.path])):
            found.append((route.route, path, route.methods))
    return found


def requests_with_credentials(email: str, methods):
    """(method, shape, keyword arguments for the test client) for every way to hand over a credential."""
    shapes = credential_shapes(email)
    alles = {key: value for shape in shapes.values() for key, value in shape.items()}
    if "POST" in methods:
        for name, data in shapes.items():
            yield "POST", name, {"data": data}
        yield "POST", "json", {"data": json.dumps(alles), "content_type": "application/json"}
    if "GET" in methods:
        yield "GET", "query", {"data": alles}
    form = {"data": urlencode(alles), "content_type": "application/x-www-form-urlencoded"}
    for method in ("PUT", "PATCH", "DELETE"):
        if method in methods:
            yield method, "form", form


def logged_in_user_id(client) -> str | None:
    """The user of the client's session, read without creating a session."""
    cookie = client.cookies.get(settings.SESSION_COOKIE_NAME)
    if cookie is None or not cookie.value:
        return None
    return import_module(settings.SESSION_ENGINE).SessionStore(cookie.value).get(SESSION_KEY)


def doors_that_log_in(w, email: str, new_client, *, eigen_id: str | None = None) -> list[str]:
    """Try every door with `email`'s password; the doors after which the session was someone else's.

    `new_client` makes the visitor: anonymous (`eigen_id` None) or logged in as someone else.
    """
    logins = []

    def caught(sender, request, user, **kwargs):
        logins.append(f"{request.method} {request.path}")

    def opnieuw():
        client = new_client()
        logins.clear()  # force_login of the visitor's own session is not a door
        return client

    user_logged_in.connect(caught, dispatch_uid="een-inlogdeur")
    gevonden = []
    TELLING.clear()
    PATRONEN.clear()
    try:
        client = opnieuw()
        for route, path, methods in doors(w):
            TELLING["paden"] += 1
            PATRONEN.add(route)
            for method, shape, kwargs in requests_with_credentials(email, methods):
                TELLING["verzoeken"] += 1
                response = getattr(client, method.lower())(path, **kwargs)
                sessie = logged_in_user_id(client)
                if logins or sessie not in (None, eigen_id):
                    gevonden.append(
                        f"{method} {path} [{route}] ({shape}) → {response.status_code}: "
                        f"ingelogd als {sessie}{' via ' + ', '.join(logins) if logins else ''}"
                    )
                    logins.clear()
                if sessie != eigen_id:  # the next door starts as the visitor started (a logout too)
                    client = opnieuw()
        if eigen_id is None:
            for path in ACHTER_DE_DEUR:
                response = client.get(path, follow=True)
                if response.request["PATH_INFO"] != LOGIN:
                    gevonden.append(f"na alle deuren: GET {path} → {response.request['PATH_INFO']}")
    finally:
        user_logged_in.disconnect(dispatch_uid="een-inlogdeur")
    return gevonden


def rapporteer(capsys, bezoeker: str, gevonden: list[str]) -> None:
    """The figures of one search, for docs/security.md ('Eén inlogdeur'), in pytest's output."""
    with capsys.disabled():
        print(
            f"\ninlogdeuren ({bezoeker}): {len(PATRONEN)} patronen, {TELLING['paden']} paden, "
            f"{TELLING['verzoeken']} verzoeken met een wachtwoord, {len(gevonden)} keer ingelogd"
        )


def bezoeker(user=None):
    """A browser of its own: anonymous, or logged in as `user`. A crash is a 500, not an exception."""

    def new_client():
        client = Client(raise_request_exception=False)
        if user is not None:
            client.force_login(user)
        return client

    return new_client


@pytest.fixture
def kerngroep_met_authenticator():
    user = UserFactory(roles=[Role.KERNGROEP], is_staff=True, is_superuser=True)
    activate_totp(user)
    return user


@pytest.fixture
def vergrendeld_adres():
    """A cursist (no second step: only the lockout stands in the way) after five wrong passwords."""
    user = UserFactory(roles=[Role.CURSIST])
    raden = Client(REMOTE_ADDR="192.0.2.66")
    for _ in range(5):
        raden.post("/account/login/", {"login": user.email, "password": "fout-geraden"})
    response = Client().post("/account/login/", {"login": user.email, "password": PASSWORD})
    assert TE_VEEL in response.text, "allauth zou het adres nu vergrendeld moeten hebben"
    return user


def test_no_door_gives_a_session_without_the_second_step(
    capsys,
    in_world,  # noqa: F811
    kerngroep_met_authenticator,
):
    gevonden = doors_that_log_in(in_world, kerngroep_met_authenticator.email, bezoeker())
    rapporteer(capsys, "anoniem, wachtwoord van een superuser met authenticator", gevonden)

    assert not gevonden, "inloggen zonder tweede stap:\n" + "\n".join(gevonden)


def test_no_door_lets_in_an_address_allauth_has_locked(capsys, in_world, vergrendeld_adres):  # noqa: F811
    gevonden = doors_that_log_in(in_world, vergrendeld_adres.email, bezoeker())
    rapporteer(capsys, "anoniem, vergrendeld adres", gevonden)

    assert not gevonden, "inloggen ondanks de vergrendeling:\n" + "\n".join(gevonden)


def test_no_door_turns_a_session_into_someone_elses(
    capsys,
    in_world,  # noqa: F811
    kerngroep_met_authenticator,
):
    """Logged in already (a staff member without a role that needs two steps), with a superuser's
    password: no door switches the session to the superuser, who would skip their second step."""
    medewerker = UserFactory(roles=[Role.CURSIST], is_staff=True)

    gevonden = doors_that_log_in(
        in_world, kerngroep_met_authenticator.email, bezoeker(medewerker), eigen_id=str(medewerker.pk)
    )
    rapporteer(capsys, "ingelogde medewerker, wachtwoord van een superuser", gevonden)

    assert not gevonden, "sessie overgenomen:\n" + "\n".join(gevonden)
