"""Access per role over every URL of the portal (issue 9): one declared table, checked request by request.

- Every URL pattern of the URLconf (walked recursively, the Wagtail admin, the Django admin,
  allauth and the Wagtail page tree included) has an entry in `url_table.TABLE`, or the test fails
  naming the pattern.
- Every example path is requested as each of the nine roles with every method (GET, HEAD,
  OPTIONS, POST, PUT, PATCH, DELETE) and must give the declared outcome (`url_table.uitkomsten`:
  declared per entry, or following from the methods the view takes).
- A refused unsafe method (POST, PUT, PATCH, DELETE answered with 4xx or a login/MFA redirect)
  writes nothing to the database: every statement is watched (`connection.execute_wrapper`).
- Private data carries a unique marker (`world.MARKERS`); no response body (HTML, CSV, iCal, JSON,
  text of a PDF) shows a marker to a role outside its audience, whatever the method.

Figures for docs/security.md are printed at the end of the run ("toegang per rol").
"""

import copy
import io
import json
import os
import time
from collections import Counter
from datetime import datetime
from urllib.parse import urlsplit

import pytest
import time_machine
from django.db import connection, transaction
from django.test import Client, override_settings
from django.urls import resolve
from django.utils import timezone

from licenties.selectors import is_ervaren_trainer
from tests.security import world as wereld
from tests.security.url_table import TABLE, Entry, uitkomsten
from tests.security.urlconf import METHODS, UNSAFE, accepted_methods, url_patterns

# Access rules are code, not database guarantees: CI walks them once, on SQLite (.ci/run).
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]

LOGIN = "/account/login/"
MFA_SETUP = "/account/2fa/totp/activate/"


def entry_for(route: str) -> Entry | None:
    for entry in TABLE:
        if route == entry.pattern or (entry.prefix and route.startswith(entry.pattern)):
            return entry
    return None


# --- figures for the report ------------------------------------------------------------------------
class Telling:
    def __init__(self):
        self.uitkomsten = Counter()
        self.per_methode = Counter()
        self.per_rol = Counter()
        self.geweigerd_onveranderd = 0
        self.paden = set()
        self.markercontroles = 0
        self.duur = Counter()

    def regels(self) -> list[str]:
        if not self.per_rol:
            return []
        patronen = url_patterns()
        rollen = len(self.per_rol)
        regels = [
            f"URL-patronen in de URLconf: {len(patronen)} "
            f"({sum(1 for p in patronen if p.startswith('admin/'))} Wagtail-admin, "
            f"{sum(1 for p in patronen if p.startswith('django-admin/'))} Django-admin)",
            f"tabelregels: {len(TABLE)}; concrete URL's (pad + methode): {len(self.paden)}",
            f"rollen: {rollen}; verzoeken (URL × rol): {sum(self.per_rol.values())}",
            "per methode: " + ", ".join(f"{m} {self.per_methode[m]}" for m in METHODS),
            "uitkomsten: " + ", ".join(f"{k} {v}" for k, v in sorted(self.uitkomsten.items())),
            f"geweigerde POST/PUT/PATCH/DELETE zonder schrijfopdracht: {self.geweigerd_onveranderd}",
            f"markercontroles (antwoord × privé-merkteken buiten de doelgroep): {self.markercontroles}",
            f"tijd in verzoeken: {sum(self.duur.values()):.1f} s; traagst: "
            + ", ".join(f"{pad} {sec:.1f} s" for pad, sec in self.duur.most_common(3)),
        ]
        return regels


TELLING = Telling()


class Samenvatting:
    """A plugin for this run: prints the figures in pytest's terminal summary (after all output)."""

    def pytest_terminal_summary(self, terminalreporter):
        regels = TELLING.regels()
        if not regels:
            return
        terminalreporter.section("toegang per rol")
        for regel in regels:
            terminalreporter.write_line(regel)
        if bestand := os.environ.get("REFIT_MATRIX_TELLING"):
            with open(bestand, "w", encoding="utf-8") as uit:
                json.dump({"regels": regels, "uitkomsten": dict(TELLING.uitkomsten)}, uit, indent=1)


@pytest.fixture(scope="module", autouse=True)
def samenvatting(request):
    if not request.config.pluginmanager.has_plugin("refit-matrix-samenvatting"):
        request.config.pluginmanager.register(Samenvatting(), "refit-matrix-samenvatting")


# --- the world: built once for the module, one logged-in client per role ---------------------------
@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built inside a transaction that is rolled back when the module ends, at a fixed date."""
    media = tmp_path_factory.mktemp("matrix-media")
    bestanden = override_settings(MEDIA_ROOT=media / "media", PRIVATE_MEDIA_ROOT=media / "private")
    klok = time_machine.travel(
        timezone.make_aware(datetime.combine(wereld.VANDAAG, datetime.min.time().replace(hour=10))), tick=True
    )
    with bestanden, klok, django_db_blocker.unblock(), transaction.atomic():
        w = wereld.build_world()
        w.objects["media"] = media
        w.objects["clients"] = {wereld.ANONIEM: Client()}
        for rol, user in w.users.items():
            # Past two-step login: the middleware asks only for an activated authenticator.
            w.clients[rol] = Client()
            w.clients[rol].force_login(user)
        yield w
        transaction.set_rollback(True)


@pytest.fixture
def in_world(world, settings):
    """The world's files for one test (the suite's autouse fixture moves media per test)."""
    settings.MEDIA_ROOT = world.media / "media"
    settings.PRIVATE_MEDIA_ROOT = world.media / "private"
    return world


# --- one request -----------------------------------------------------------------------------------
def outcome(response) -> str:
    if response.status_code in (301, 302, 303, 307, 308):
        pad = urlsplit(response["Location"]).path
        if pad == LOGIN:
            return "login"
        if pad == MFA_SETUP:
            return "mfa"
        return f"redirect:{pad}"
    return str(response.status_code)


def matches(expected: str, actual: str) -> bool:
    return actual == expected or (expected == "redirect" and actual.startswith("redirect:"))


def body_text(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith("application/pdf") and content.startswith(b"%PDF"):
        from pypdf import PdfReader

        try:
            return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)
        except Exception:  # a stub PDF (an uploaded attachment) has no text to read
            return content.decode("latin-1")
    return content.decode("utf-8", errors="replace")


# Writes a refused request may still make: the session (touched on every request); rows made on
# first use whatever the request (Wagtail's user profile, the editor's subscription to a page's
# comments, the intervisie settings); and the audit trail, which records every refused look at a
# case record on purpose.
ONSCHULDIG = (
    '"django_session"',
    '"wagtailusers_userprofile"',
    '"wagtailcore_pagesubscription"',
    '"intervisie_intervisieinstellingen"',
    '"trajecten_auditregel"',
)
WEIGERINGEN = ("login", "mfa", "400", "403", "404", "405", "409", "410", "429")


class Schrijfopdrachten:
    """Every INSERT, UPDATE or DELETE the database receives during one request."""

    def __init__(self):
        self.sql = []

    def __call__(self, execute, sql, params, many, context):
        woord = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if woord in ("INSERT", "UPDATE", "DELETE") and not any(tabel in sql for tabel in ONSCHULDIG):
            self.sql.append(sql[:100])
        return execute(sql, params, many, context)


def request_as(client, method: str, path: str, data: dict | None = None):
    """One request in a savepoint that is rolled back, the client's cookies restored: the world and
    the role's session stay as they were (a POST to a logout page must not log the role out)."""
    cookies = copy.deepcopy(client.cookies)
    schrijf = Schrijfopdrachten()
    with transaction.atomic(), connection.execute_wrapper(schrijf):
        try:
            response = client.generic(method, path, **_body(method, data))
        except Exception as error:  # a 500 is a finding, reported with the rest
            response = None
            fout = f"500 ({type(error).__name__}: {error})"
        else:
            fout = None
        text = body_text(response) if response is not None else ""
        transaction.set_rollback(True)
    client.cookies = cookies
    return response, fout, text, schrijf.sql


def _body(method: str, data: dict | None) -> dict:
    """A form body as a browser sends it (POST's declared fields); other methods carry none."""
    if method == "POST":
        from django.test.client import MULTIPART_CONTENT, encode_multipart

        boundary = "RefitMatrix"
        return {
            "data": encode_multipart(boundary, data or {}),
            "content_type": f"{MULTIPART_CONTENT.split(';')[0]}; boundary={boundary}",
        }
    return {}


def paths_with_entries(w) -> dict[str, list[Entry]]:
    """Each example path with the entries that list it (one per declared method group)."""
    paden: dict[str, list[Entry]] = {}
    for entry in TABLE:
        for path in entry.paths(w):
            paden.setdefault(path, []).append(entry)
    return paden


def methods_taken(path: str, entries: list[Entry]) -> frozenset[str]:
    declared = next((entry.accepts for entry in entries if entry.accepts is not None), None)
    return declared if declared is not None else accepted_methods(resolve(urlsplit(path).path).func)


# --- the tests -------------------------------------------------------------------------------------
def test_every_url_pattern_has_an_entry_in_the_table():
    missing = [route for route in url_patterns() if entry_for(route) is None]

    assert not missing, "URL-patronen zonder regel in tests/security/url_table.py:\n" + "\n".join(missing)


def test_every_table_entry_matches_a_pattern_and_its_examples_resolve_to_it(in_world):
    routes = set(url_patterns())
    wrong = []
    for entry in TABLE:
        if not entry.prefix and entry.pattern not in routes:
            wrong.append(f"{entry.pattern}: geen patroon in de URLconf")
        for path in entry.paths(in_world):
            # `ResolverMatch.route` drops the "^" of regex patterns below an include.
            route, pattern = (
                resolve(urlsplit(path).path).route.replace("^", ""),
                entry.pattern.replace("^", ""),
            )
            if not (route.startswith(pattern) if entry.prefix else route == pattern):
                wrong.append(f"{path} valt onder {route!r}, niet onder {entry.pattern!r}")

    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("rol", wereld.ROLLEN)
def test_each_role_gets_exactly_the_declared_access_and_never_sees_private_data_of_others(
    in_world, rol, settings
):
    # Seven methods on one page within a minute would run into allauth's limits (5 password changes
    # a minute): the limits have tests of their own (tests/security/accounts/test_inlog_limieten.py).
    settings.ACCOUNT_RATE_LIMITS = False
    client = in_world.clients[rol]
    verschillen = []
    for path, entries in paths_with_entries(in_world).items():
        accepted = methods_taken(path, entries)
        for method in METHODS:
            expected = uitkomsten(entries, method, rol, accepted)
            data = next((e.form(in_world) for e in entries if method in e.method), None)
            begin = time.perf_counter()
            response, fout, text, writes = request_as(client, method, path, data)
            TELLING.duur[f"{method} {path}"] += time.perf_counter() - begin
            actual = fout or outcome(response)
            TELLING.per_rol[rol] += 1
            TELLING.per_methode[method] += 1
            TELLING.paden.add((method, path))
            TELLING.uitkomsten[actual.split(":")[0].split(" ")[0]] += 1
            pattern = entries[0].pattern
            if not any(matches(e, actual) for e in expected):
                verschillen.append(
                    f"{method} {path} [{pattern}]: verwacht {' of '.join(expected)}, kreeg {actual}"
                )
            if method in UNSAFE and actual.split(":")[0] in WEIGERINGEN:
                if writes:
                    verschillen.append(f"{method} {path}: geweigerd ({actual}) maar schreef {writes}")
                else:
                    TELLING.geweigerd_onveranderd += 1
            for marker, doelgroep in wereld.MARKERS.items():
                if rol in doelgroep:
                    continue
                TELLING.markercontroles += 1
                if marker in text:
                    verschillen.append(f"{method} {path}: privé-merkteken {marker!r} zichtbaar voor {rol}")

    assert not verschillen, f"{len(verschillen)} afwijkingen voor {rol}:\n" + "\n".join(verschillen)


def test_markers_are_shown_to_their_audience_so_the_leak_check_can_find_them(in_world):
    """The leak check only proves something if each marker does appear where it belongs."""
    w = in_world
    plekken = {
        wereld.LEERLINGNAAM: (wereld.TRAINER, f"/trajecten/{w.traject.code}/"),
        wereld.TRAJECTNOTITIE: (
            wereld.TRAINER,
            f"/trajecten/{w.traject.code}/bijeenkomsten/{w.traject_bijeenkomst.pk}/",
        ),
        wereld.EINDVERSLAG: (wereld.TRAINER, f"/trajecten/{w.traject.code}/eindverslag/1/"),
        wereld.TRAINER_EMAIL: (wereld.KERNGROEP, "/admin/users/"),
        wereld.CASUSTEKST: (wereld.TRAINER, f"/intervisie/casussen/{w.casus.pk}/"),
        wereld.KOMPASTEKST: (wereld.CURSIST, w.hoofdstuk.url),
        wereld.WERKAGENDA: (wereld.OPLEIDER, f"/cursus/aanmeldingen/{w.cursus_aanmelding.pk}/werkagenda/"),
    }
    assert set(plekken) == set(wereld.MARKERS)
    for marker, (rol, path) in plekken.items():
        response, fout, text, _writes = request_as(w.clients[rol], "GET", path)
        assert fout is None and response.status_code == 200, (path, fout or response.status_code)
        assert marker in text, f"{marker!r} niet te zien voor {rol} op {path}"


def test_the_world_holds_the_roles_the_matrix_names(in_world):
    """The rows mean what they say: ervaren by real licence history, MFA set up where the role needs it."""
    from portal.middleware import has_totp
    from portal.roles import requires_mfa

    users = in_world.users
    assert is_ervaren_trainer(users[wereld.ERVAREN]) and is_ervaren_trainer(users[wereld.ANDERE_TRAINER])
    assert not is_ervaren_trainer(users[wereld.TRAINER])
    assert requires_mfa(users[wereld.ZONDER_MFA]) and not has_totp(users[wereld.ZONDER_MFA])
    for rol in wereld.ROLLEN[1:-1]:
        assert has_totp(users[rol]) == requires_mfa(users[rol]), rol
    assert not any(user.is_staff or user.is_superuser for user in users.values())
