"""Debian's Chromium driven by Playwright; never a downloaded browser.

Journeys use `chromium_page` for a page, `check_page` after every page they visit (axe-core:
no serious or critical violations, no console errors such as CSP refusals) and `screenshot`
for the key screens. Screenshots go to $REFIT_SCREENSHOTS_DIR (`make screenshots` sets it to
docs/screenshots) and otherwise to a temporary folder, so a test run never changes the tree.
"""

import io
import os
import re
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect, sync_playwright

from tests.wachten import WACHTTIJD

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Every wait of a browser test (a click, a navigation, an `expect`) waits for its condition up to
# this one generous deadline (tests/wachten.py): a loaded machine makes a journey slower, never red.
WACHTTIJD_MS = WACHTTIJD * 1000
expect.set_options(timeout=WACHTTIJD_MS)
BLOCKING_IMPACTS = {"serious", "critical"}

_axe = Axe()


@contextmanager
def chromium_page(*, width=1280, height=900, accept_downloads=True):
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls
    # from the test itself are still synchronous and safe. Only for this block.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    locale="nl-NL",
                    timezone_id="Europe/Amsterdam",
                    accept_downloads=accept_downloads,
                )
                context.set_default_timeout(WACHTTIJD_MS)
                context.set_default_navigation_timeout(WACHTTIJD_MS)
                page = context.new_page()
                page.console_errors = []
                page.on(
                    "console",
                    lambda message: (
                        message.type == "error"
                        and page.console_errors.append(f"{message.text} ({message.location.get('url')})")
                    ),
                )
                yield page
            finally:
                browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def wait_for_animations(page, timeout=3000):
    """Let fade-ins (e.g. Wagtail's messages) finish: mid-fade text has too little contrast."""
    # An endless animation (a spinner) times out: then the page is checked as it is.
    with suppress(PlaywrightTimeoutError):
        page.wait_for_function(
            "() => document.getAnimations().every(a => a.playState !== 'running')", timeout=timeout
        )


def accessibility_violations(page):
    """axe-core's serious and critical violations on the page as it is now, as readable lines."""
    wait_for_animations(page)
    violations = _axe.run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[node['target'] for node in v['nodes']][:5]}"
        for v in violations
        if v["impact"] in BLOCKING_IMPACTS
    ]


def check_page(page):
    """Every page a journey visits: accessible (axe) and without console errors (CSP, JS)."""
    page.wait_for_load_state("load")
    violations = accessibility_violations(page)
    assert not violations, f"{page.url}:\n" + "\n".join(violations)
    errors, page.console_errors[:] = list(page.console_errors), []
    assert not errors, f"{page.url}: console errors {errors}"


def fits_width(page):
    """True when nothing makes the page scroll sideways (WCAG 1.4.10 reflow at 320 px)."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


_temporary_screenshots = None


def screenshot_dir() -> Path:
    global _temporary_screenshots
    if target := os.environ.get("REFIT_SCREENSHOTS_DIR"):
        path = Path(target)
    else:
        _temporary_screenshots = _temporary_screenshots or tempfile.mkdtemp(prefix="refit-screens-")
        path = Path(_temporary_screenshots)
    path.mkdir(parents=True, exist_ok=True)
    return path


def screenshot(page, name):
    """Save a key screen as <name>.png (lowercase, dashes)."""
    assert re.fullmatch(r"[a-z0-9-]+", name), name
    path = screenshot_dir() / f"{name}.png"
    page.screenshot(path=path, full_page=False)
    return path


def portaal_inrichten():
    """What every installation has (`manage.py inrichten`): home page, page tree, rights, holidays.

    Not the demo data. Browser tests are transactional: the database is emptied after each one,
    the migrations' rows included (Wagtail's locale, root page and root collection too), so each
    browser test starts by calling this. (`serialized_rollback` is no way out: after a plain
    transactional test, post_migrate has recreated content types with new ids and the restore
    collides with them.) Idempotent.
    """
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    if not Locale.objects.exists():
        Locale.objects.create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    call_command("inrichten", stdout=io.StringIO())
