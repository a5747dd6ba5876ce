"""Shared steps of journeys 4 (course) and 5 (trajectory): logging in, mail links, passing time.

The live server runs in a thread of this process, so nothing can be frozen: worlds are built
relative to today, and where a journey needs days to pass (attendance is recorded on or after
the day itself), it moves the dates of its own world back instead of moving the clock forward.
Such moves happen outside the browser block (Playwright runs the test body in a greenlet, and
a query there would open a database connection of its own).
"""

import re
from datetime import timedelta

from django.core import mail

from tests.browser import check_page, fits_width
from tests.portal.auth import current_totp_code, wacht_op_een_nieuwe_code
from tests.portal.factories import PASSWORD


class Bezoek:
    """Counts the pages checked with axe-core, so a journey can report (and assert) its coverage."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.gecontroleerd: list[str] = []

    def check(self):
        """The page the browser is on now: axe-core and console (tests.browser.check_page), and reflow
        at 320 px (WCAG 1.4.10: nothing scrolls sideways)."""
        check_page(self.page)
        viewport = self.page.viewport_size
        self.page.set_viewport_size({"width": 320, "height": viewport["height"]})
        assert fits_width(self.page), f"{self.page.url} scrolls sideways at 320 px"
        self.page.set_viewport_size(viewport)
        self.gecontroleerd.append(self.page.url.removeprefix(self.base_url))

    def ga_naar(self, pad):
        self.page.goto(f"{self.base_url}{pad}")
        self.check()

    def klik(self, naam, *, rol="link"):
        """Follow a link or press a button by its accessible name, then check where it lands."""
        with self.page.expect_navigation():
            self.page.get_by_role(rol, name=naam, exact=True).first.click()
        self.check()


def veld(scope, label: str):
    """The form field with exactly this label (Django adds a colon to a field's own label)."""
    return scope.get_by_label(re.compile(rf"^\s*{re.escape(label)}:?\s*$"))


def _code_invullen(page, secret):
    veld(page, "Code").fill(current_totp_code(secret))
    with page.expect_navigation():
        page.keyboard.press("Enter")


def inloggen(bezoek: Bezoek, user, *, secret=None, password=PASSWORD):
    """Log in through allauth; with `secret` also the authenticator step, as trainers and opleiders must.

    allauth accepts a code once per 30-second step: when it refuses one (used by an earlier login
    of the same person, or computed at a step boundary), wait for the next step, as a person would.
    """
    page = bezoek.page
    bezoek.ga_naar("/account/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Wachtwoord").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()
    if secret is not None:
        page.wait_for_url(re.compile(r"/account/2fa/authenticate/"))
        bezoek.check()
        _code_invullen(page, secret)
        if "/2fa/authenticate/" in page.url:
            wacht_op_een_nieuwe_code(secret)
            _code_invullen(page, secret)
    page.wait_for_url(re.compile(r"/dashboard/"))
    bezoek.check()


def uitloggen(bezoek: Bezoek):
    with bezoek.page.expect_navigation():
        bezoek.page.get_by_role("button", name="Uitloggen").click()


def link_in_mail(*, aan: str, onderwerp: str, pad: str) -> str:
    """The path (matching regex `pad`) of the portal link in the newest mail to `aan` about `onderwerp`."""
    mails = [m for m in mail.outbox if aan in m.to and onderwerp in m.subject]
    assert mails, [(m.to, m.subject) for m in mail.outbox]
    match = re.search(rf"https?://[^/\s]+({pad})", mails[-1].body)
    assert match, mails[-1].body
    return match.group(1)


def dagen_verstrijken(dagen: int, *querysets_en_velden):
    """Let `dagen` days pass for a world: every given date field moves that many days back.

    Pass pairs of (queryset, [field names]). Relative order, and so every rule between these
    dates, stays as it was; only 'today' has moved on.
    """
    verschil = timedelta(days=dagen)
    for queryset, velden in querysets_en_velden:
        for obj in queryset:
            for veld in velden:
                if getattr(obj, veld) is not None:
                    setattr(obj, veld, getattr(obj, veld) - verschil)
            obj.save(update_fields=velden)
