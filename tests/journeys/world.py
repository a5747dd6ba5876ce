"""The world a journey walks through, built from the app factories (never from demo_data), and the
steps every journey takes in it: logging in and out, following mail links, passing time.

Browser journeys run against `live_server` with `django_db(transaction=True)`: build the world
before the browser opens and check the database after it closes (Playwright runs the test body
in a greenlet; a query in between would open a connection of its own).

The live server runs in a thread of this process, so nothing can be frozen: worlds are built
relative to today, and where a journey needs days to pass (attendance is recorded on or after
the day itself), it moves the dates of its own world back instead of moving the clock forward
(`dagen_verstrijken`). Such moves happen outside the browser block, for the same reason.
"""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

from tests.browser import accessibility_violations, check_page, fits_width, portaal_inrichten
from tests.content.factories import activiteit, bibliotheek, fase, onderwerp, thema
from tests.licenties.factories import LicentieFactory, bijgewoond
from tests.portal.auth import current_totp_code, wacht_op_een_nieuwe_code
from tests.portal.factories import PASSWORD, UserFactory, activate_totp

FASEN = {
    1: ("Erkennen", ("Introductie", "Erkenning", "Voelen", "Vertalen")),
    2: ("Stabiliteit en rust", ("Vertrouwen", "Valkuilen", "Kwaliteiten", "Grenzen")),
    3: ("Verandering", ("Regie", "Mogelijkheden", "Lef", "Presentatie")),
    4: ("Integratie en toekomst", ("Perspectief", "Experimenteren", "Trots", "Balans")),
}


def trainerskompas(*, fasen=(1, 3)):
    """The manual with the given phases, each with its four themes, the topic 'de emmer' and the library.

    Returns a dict: "kompas", "bibliotheek", "emmer", "fasen" {nummer: FasePage} and
    "themas" {title: ThemaPage}. Theme 'Erkenning' explains the bucket and links to the topic.
    """
    from content.inrichting import kerngroep_rechten_inrichten, kompas_inrichten

    portaal_inrichten()
    kompas = kompas_inrichten()
    kerngroep_rechten_inrichten()
    emmer = onderwerp(kompas)
    fase_pages, themas = {}, {}
    for nummer in fasen:
        naam, titels = FASEN[nummer]
        fase_pages[nummer] = fase(kompas, nummer, naam)
        for titel in titels:
            if titel == "Erkenning":
                themas[titel] = thema(
                    fase_pages[nummer],
                    titel,
                    theorie="De emmer loopt over als er meer spanning in komt dan eruit kan.",
                    onderwerp=emmer,
                )
            else:
                themas[titel] = thema(fase_pages[nummer], titel, theorie=f"Theorie bij {titel.lower()}.")
    return {
        "kompas": kompas,
        "bibliotheek": bibliotheek(kompas),
        "emmer": emmer,
        "fasen": fase_pages,
        "themas": themas,
    }


def lef_activiteiten(world):
    """Phase 3 activities for theme Lef: two short group activities, a long one and an individual one."""
    bieb, lef = world["bibliotheek"], world["themas"]["Lef"]
    groep = {"themas": [lef], "onderdelen": ["groep:groepsactiviteiten"], "setting": "groep"}
    return {
        "lef_vragen": activiteit(
            bieb, "Lef-vragen in de kring", duur=15, aanpak="cgt", tekst="Laf, lef of roekeloos?", **groep
        ),
        "lef_bal": activiteit(
            bieb, "Lef met de bal", duur=10, aanpak="cgt", materialen=["bal"], tekst="Gooi en vraag.", **groep
        ),
        "lef_theater": activiteit(
            bieb, "Lef-theater", duur=45, aanpak="act", tekst="Speel een lastige situatie na.", **groep
        ),
        "lef_dagboek": activiteit(
            bieb, "Lef-dagboek", themas=[lef], onderdelen=["ind:opdrachten"], duur=30, aanpak="act"
        ),
    }


def met_totp(user):
    """Give `user` an authenticator app; returns (user, secret)."""
    return user, activate_totp(user)


def trainer(*, jaren_licentie=1, **fields):
    """A licensed trainer with an authenticator app and a professionalisation day this year.

    Returns (user, totp_secret). `jaren_licentie` > 3 makes an 'ervaren trainer'.
    """
    vandaag = timezone.localdate()
    user = UserFactory(roles=["trainer"], **fields)
    LicentieFactory(houder=user, behaald_op=vandaag - timedelta(days=365 * jaren_licentie + 30))
    bijgewoond(user, vandaag - timedelta(days=1))
    return met_totp(user)


def kerngroeplid(**fields):
    """A kerngroep member with an authenticator app; returns (user, totp_secret)."""
    return met_totp(UserFactory(roles=["kerngroep"], **fields))


def link_uit_mail(pad_patroon: str, base_url: str) -> str:
    """The portal link (path matching `pad_patroon`) in the last mail, on the live server."""
    match = re.search(rf"https?://[^/\s]+({pad_patroon})", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return f"{base_url}{match.group(1)}"


def twee_staps_code(page, secret):
    """Enter the authenticator code; when allauth refuses it (used or at a step boundary), wait a step."""
    for _poging in range(2):
        page.get_by_label("Code").fill(current_totp_code(secret))
        with page.expect_navigation():
            page.keyboard.press("Enter")
        page.wait_for_load_state()
        if "/2fa/authenticate/" not in page.url:
            return
        wacht_op_een_nieuwe_code(secret)
    raise AssertionError("authenticator code refused twice")


def inloggen(page, base_url, user, secret=None, *, password=PASSWORD, check=check_page):
    """Log in through allauth in the browser (with the TOTP step when `secret` is given).

    `check` runs on every page passed (the login form, the code form, the dashboard).
    """
    page.goto(f"{base_url}/account/login/")
    check(page)
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    if secret is not None:
        page.wait_for_url(re.compile(r"/account/2fa/authenticate/"))
        check(page)
        twee_staps_code(page, secret)
    page.wait_for_url(re.compile(r"/dashboard/"))
    check(page)


def uitloggen(page):
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_load_state()


class Bezoek:
    """A journey's walk: checks every page it lands on and counts them, so a journey can report (and
    assert) its coverage."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.gecontroleerd: list[str] = []

    def check(self, _page=None):
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

    def inloggen(self, user, *, secret=None, password=PASSWORD):
        """`inloggen`, checking every page of the login as this walk checks its pages."""
        inloggen(self.page, self.base_url, user, secret, password=password, check=self.check)

    def uitloggen(self):
        uitloggen(self.page)


def veld(scope, label: str):
    """The form field with exactly this label (Django adds a colon to a field's own label)."""
    return scope.get_by_label(re.compile(rf"^\s*{re.escape(label)}:?\s*$"))


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
            for veld_naam in velden:
                if getattr(obj, veld_naam) is not None:
                    setattr(obj, veld_naam, getattr(obj, veld_naam) - verschil)
            obj.save(update_fields=velden)


# axe rules that fail on markup Wagtail's admin renders itself, which the project cannot change.
# Ignored only on /admin/ pages; each entry names the upstream cause.
WAGTAIL_ADMIN_AXE_UITZONDERINGEN: dict[str, str] = {
    "aria-input-field-name": (
        "Wagtail's Draftail rich-text editor: its contenteditable has role=textbox but no accessible "
        "name (the field's <label> points at the hidden input that Wagtail submits)"
    ),
}


def check_admin_page(page):
    """`check_page` for the Wagtail admin: the same checks, minus the listed upstream admin issues."""
    page.wait_for_load_state("load")
    assert "/admin/" in page.url, page.url
    violations = [
        v
        for v in accessibility_violations(page)
        if v.split(" ", 1)[0] not in WAGTAIL_ADMIN_AXE_UITZONDERINGEN
    ]
    assert not violations, f"{page.url}:\n" + "\n".join(violations)
    errors, page.console_errors[:] = list(page.console_errors), []
    assert not errors, f"{page.url}: console errors {errors}"


_FOCUS_NAAM = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const rect = el.getBoundingClientRect();
  const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
  const naam = label || el.getAttribute("aria-label") || el.innerText || el.value || "";
  return {naam: naam.replace(/\\s+/g, " ").trim(), zichtbaar: rect.width > 0 && rect.height > 0};
}"""


def tab_naar(page, naam, *, max_tabs=120):
    """Press Tab until the focused element's name (label, aria-label or text) matches `naam`.

    `naam` is an exact string or a compiled pattern (searched). The focused element must be
    visible: keyboard users see where they are.
    """
    for _tab in range(max_tabs):
        page.keyboard.press("Tab")
        focus = page.evaluate(_FOCUS_NAAM)
        if focus is None:
            continue
        gevonden = focus["naam"].rstrip(":*").strip()  # Django's label suffix, a required marker
        if naam == gevonden if isinstance(naam, str) else naam.search(gevonden):
            assert focus["zichtbaar"], f"focus on an invisible element: {focus['naam']}"
            return
    raise AssertionError(f"{naam!r} not reached with Tab on {page.url}")


def tab_en_enter(page, naam):
    """Move the focus to `naam` with Tab and activate it with Enter; waits for the next page."""
    tab_naar(page, naam)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()
