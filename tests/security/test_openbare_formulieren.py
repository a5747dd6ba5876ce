"""Every public form that sends mail keeps the rule of `portal.openbare_formulieren` (issue 17, finding 2).

The public POST doors are found, not listed by hand: every pattern of the URLconf whose declared
outcome for an anonymous POST (`url_table`, which the permission matrix checks request by request)
is not a refusal. Each such door is either

- marked `@openbaar_formulier` and has a scenario below, proving per door: the answer for a known
  address equals the one for an unknown address; the submission after the limit (per address and
  per client address) is refused with a Dutch message and sends no mail; no mail holds text the
  visitor typed; or
- declared in `ZONDER_MAIL` with its reason, and proven to send nothing to an address the visitor
  typed: every form on its page is filled in (addresses with the attacker's, text fields with a
  marker) and sent.

A new public POST view fails here until it is one of the two.
"""

import re
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core import mail
from django.db import transaction
from django.test import Client
from django.urls import resolve
from django.utils import timezone
from wagtail.models import get_page_models

from portal.openbare_formulieren import openbaar_formulier_van
from tests.security import world as wereld
from tests.security.url_table import TABLE
from tests.security.url_table import uitkomsten as gedeclareerde_uitkomsten
from tests.security.urlconf import url_routes
from tests.security.world import ANONIEM

pytestmark = pytest.mark.django_db

AANVALLER = "doelwit@voorbeeld.nl"
MARKER = "Gratis-prijs-klik-hier"
# Outcomes that keep an anonymous POST out (the Django admin's gate and its password change lead to
# allauth's login and allauth's password change, which needs a login).
WEIGERINGEN = {
    "login",
    "mfa",
    "403",
    "404",
    "405",
    "redirect:/django-admin/login/",
    "redirect:/account/password/change/",
}

# Public POST doors that send no mail to an address the visitor chooses, and why.
ZONDER_MAIL = {
    r"^((?:[\w\-]+/)*)$": "Wagtail's pages: no form pages (test below); a POST shows the page",
    "sitemap.xml": "a feed",
    "documenten/^(\\d+)/(.*)$": "a document download",
    "account/login/": "allauth: mails only its own verification, after the right password",
    "account/logout/": "ends a session",
    "account/signup/": "closed: nobody signs up on their own (portal.accounts.adapter)",
    "account/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": "sets a password from a mail",
    "uitnodiging/<str:token>/": "the link from an invitation: mails nobody",
    "agenda/<str:token>.ics": "a feed",
    "cursus/": "a page",
    "cursus/<int:pk>/agenda.ics": "a feed",
    "cursus/<int:pk>/bevestig-je-adres/": "a page",
    "cursus/bevestigen/<str:token>/": "the link from the confirmation mail: mails only that address",
    "cursus/plaats/<str:token>/": "the link from an offer mail: mails only people on the list",
    "licentie/plaats/<str:token>/": "the link from an offer mail: mails only people on the list",
    "licentie/verifieer/": "a lookup (GET), rate limited",
    "licentie/verifieer/<str:nummer>": "a lookup, rate limited",
}


def openbare_postroutes() -> dict[str, object]:
    """Route → view of every pattern an anonymous visitor may POST to (per the checked url_table).

    Per example path, as the matrix requests it: a token route is public when its real token is.
    """
    routes = {}
    for route in url_routes():
        entries = [
            e for e in TABLE if e.pattern == route.route or (e.prefix and route.route.startswith(e.pattern))
        ]
        assert entries, f"{route.route} staat niet in tests/security/url_table.py"
        for voorbeelden in {e.voorbeelden for e in entries}:
            per_pad = [e for e in entries if e.voorbeelden == voorbeelden]
            if per_pad[0].prefix and not any(
                "{" not in v and resolve(urlsplit(v).path).route == route.route for v in voorbeelden
            ):
                continue  # a prefix entry's examples stand for other patterns below it
            accepted = frozenset(per_pad[0].accepts) if per_pad[0].accepts else route.methods
            if set(gedeclareerde_uitkomsten(per_pad, "POST", ANONIEM, accepted)) - WEIGERINGEN:
                routes.setdefault(route.route, route.callback)
    return routes


def test_every_public_post_door_is_a_guarded_mail_form_or_declared_free_of_mail():
    routes = openbare_postroutes()
    onbekend = [
        r for r, view in routes.items() if openbaar_formulier_van(view) is None and r not in ZONDER_MAIL
    ]
    zonder_scenario = [r for r, view in routes.items() if openbaar_formulier_van(view) and r not in SCENARIOS]
    assert not onbekend, f"openbare POST zonder @openbaar_formulier of reden in ZONDER_MAIL: {onbekend}"
    assert not zonder_scenario, f"openbaar formulier zonder scenario in deze test: {zonder_scenario}"
    assert set(SCENARIOS) | set(ZONDER_MAIL) <= set(routes), "een route die niet (meer) openbaar is"


def test_no_page_type_is_a_form_page():
    """A Wagtail form page would be a public mail form the decorator cannot guard."""
    from wagtail.contrib.forms.models import FormMixin

    assert not [m.__name__ for m in get_page_models() if issubclass(m, FormMixin)]


# --- the guarded forms ------------------------------------------------------------------------------
def cursus_aanmelden(w):
    return f"/cursus/{w.ronde.pk}/aanmelden/", lambda email: {
        "voornaam": MARKER,
        "achternaam": MARKER,
        "email": email,
        "organisatie": MARKER,
        "achtergrond": "anders",
        "achtergrond_toelichting": MARKER,
        "ervaring_onderwijs": MARKER,
        "motivatie": MARKER,
    }


def wachtwoord_vergeten(w):
    return "/account/password/reset/", lambda email: {"email": email}


# Route → (world → (path, address → form data)), with MARKER in every free-text field.
SCENARIOS = {
    "cursus/<int:pk>/aanmelden/": cursus_aanmelden,
    "account/password/reset/": wachtwoord_vergeten,
}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    klok = time_machine.travel(
        timezone.make_aware(datetime.combine(wereld.VANDAAG, datetime.min.time().replace(hour=10))), tick=True
    )
    with klok, django_db_blocker.unblock(), transaction.atomic():
        yield wereld.build_world()
        transaction.set_rollback(True)


def antwoord(response) -> tuple:
    tekst = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.text)
    return response.redirect_chain, response.status_code, tekst


def geen_vrije_tekst_in_mail():
    for bericht in mail.outbox:
        inhoud = bericht.subject + bericht.body + "".join(str(a[0]) for a in bericht.alternatives)
        assert MARKER not in inhoud, f"vrije tekst van de bezoeker in een mail aan {bericht.to}"


@pytest.mark.parametrize("route", sorted(SCENARIOS))
def test_the_answer_for_a_known_address_equals_the_answer_for_an_unknown_one(
    route, world, django_capture_on_commit_callbacks
):
    path, data = SCENARIOS[route](world)
    bekend = world.users[wereld.TRAINER].email

    with django_capture_on_commit_callbacks(execute=True):
        voor_bekend = Client(REMOTE_ADDR="10.9.0.1").post(path, data(bekend), follow=True)
    with django_capture_on_commit_callbacks(execute=True):
        voor_onbekend = Client(REMOTE_ADDR="10.9.0.2").post(
            path, data("nog-onbekend@voorbeeld.nl"), follow=True
        )

    assert antwoord(voor_bekend) == antwoord(voor_onbekend)
    assert voor_bekend.status_code == 200
    assert sorted(m.to[0] for m in mail.outbox) == sorted([bekend, "nog-onbekend@voorbeeld.nl"])
    geen_vrije_tekst_in_mail()


@pytest.mark.parametrize("route", sorted(SCENARIOS))
def test_the_submission_past_the_limit_per_address_is_refused_in_dutch_and_mails_nothing(
    route, world, django_capture_on_commit_callbacks
):
    path, data = SCENARIOS[route](world)
    limiet = openbaar_formulier_van(openbare_postroutes()[route]).per_adres
    for n in range(limiet.aantal):
        with django_capture_on_commit_callbacks(execute=True):
            assert Client(REMOTE_ADDR=f"10.8.0.{n}").post(path, data(AANVALLER)).status_code != 429
    verstuurd = len(mail.outbox)

    with django_capture_on_commit_callbacks(execute=True):
        te_veel = Client(REMOTE_ADDR="10.8.1.1").post(path, data(AANVALLER))

    assert te_veel.status_code == 429
    assert "Je hebt dit formulier te vaak verstuurd" in te_veel.text and te_veel["Retry-After"]
    assert len(mail.outbox) == verstuurd
    geen_vrije_tekst_in_mail()


@pytest.mark.parametrize("route", sorted(SCENARIOS))
def test_the_submission_past_the_limit_per_client_address_is_refused_in_dutch_and_mails_nothing(
    route, world, django_capture_on_commit_callbacks
):
    path, data = SCENARIOS[route](world)
    limiet = openbaar_formulier_van(openbare_postroutes()[route]).per_ip
    client = Client(REMOTE_ADDR="10.7.0.1")
    for n in range(limiet.aantal):
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(path, data(f"adres{n}@voorbeeld.nl")).status_code != 429
    verstuurd = len(mail.outbox)

    with django_capture_on_commit_callbacks(execute=True):
        te_veel = client.post(path, data("nog-een@voorbeeld.nl"))

    assert te_veel.status_code == 429 and "Je hebt dit formulier te vaak verstuurd" in te_veel.text
    assert len(mail.outbox) == verstuurd


# --- the doors declared free of mail ----------------------------------------------------------------
class Formulieren(HTMLParser):
    """The POST forms of a page, each as its field names with a value an attacker would send."""

    def __init__(self):
        super().__init__()
        self.formulieren: list[dict[str, str]] = []
        self._huidig = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "get").lower() == "post":
            self._huidig = {}
            self.formulieren.append(self._huidig)
        elif self._huidig is not None and tag in ("input", "textarea", "select") and attrs.get("name"):
            naam, soort = attrs["name"], attrs.get("type", "text")
            if soort == "email" or "email" in naam:
                self._huidig[naam] = AANVALLER
            elif soort in ("hidden", "submit", "radio", "checkbox") and attrs.get("value"):
                self._huidig.setdefault(naam, attrs["value"])
            elif tag != "select":
                self._huidig[naam] = MARKER

    def handle_endtag(self, tag):
        if tag == "form":
            self._huidig = None


def voorbeeldpaden(route: str, w) -> list[str]:
    return [
        path for entry in TABLE if entry.pattern == route and "GET" in entry.method for path in entry.paths(w)
    ]


@pytest.mark.parametrize("route", sorted(ZONDER_MAIL))
def test_a_door_declared_free_of_mail_mails_nothing_to_the_address_a_visitor_types(
    route, world, django_capture_on_commit_callbacks
):
    paden = voorbeeldpaden(route, world)
    assert paden, f"geen voorbeeldpad voor {route} in url_table"
    for path in paden:
        client = Client(REMOTE_ADDR="10.6.0.1")
        pagina = client.get(path)
        lezer = Formulieren()
        if pagina.get("Content-Type", "").startswith("text/html"):
            lezer.feed(pagina.content.decode(errors="replace"))
        for velden in [*lezer.formulieren, {"email": AANVALLER, "tekst": MARKER}]:
            with django_capture_on_commit_callbacks(execute=True):
                response = client.post(path, velden)
            assert response.status_code < 500, (path, velden)
    assert not [m for m in mail.outbox if AANVALLER in m.to], f"{route} mailt een getypt adres"
    geen_vrije_tekst_in_mail()
