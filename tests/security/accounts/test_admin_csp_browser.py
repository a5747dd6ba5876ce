"""In Chromium: the Wagtail admin works under a CSP without 'unsafe-inline', with no refusal.

Every screen is checked twice over: the browser's console (a refused inline script shows up as an
error there) and a `securitypolicyviolation` listener installed before any page script runs.
Each widget that used to start from an inline script is also used, to prove it still starts.
"""

from contextlib import contextmanager

import pytest

from tests.browser import chromium_page, portaal_inrichten
from tests.content.factories import klein_kompas
from tests.licenties.factories import LicentieFactory
from tests.portal.factories import UserFactory, activate_totp

# serialized_rollback: the page tree root that the migrations made is back for every test.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LISTEN_FOR_VIOLATIONS = """
window.refitCspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const { violatedDirective, blockedURI, sourceFile, lineNumber } = event;
  window.refitCspViolations.push(`${violatedDirective} ${blockedURI} ${sourceFile}:${lineNumber}`);
});
"""


@pytest.fixture
def admin_sessie(client):
    """A logged-in superuser (kerngroep, with TOTP) as a session cookie for the browser."""
    user = UserFactory(roles=["kerngroep"], is_superuser=True, is_staff=True)
    activate_totp(user)
    client.force_login(user)
    return client.cookies["sessionid"].value


@contextmanager
def admin_page(live_server, sessie):
    with chromium_page() as page:
        page.on("dialog", lambda dialog: dialog.accept())  # "leave this page?" after an edit
        page.add_init_script(LISTEN_FOR_VIOLATIONS)
        page.context.add_cookies([{"name": "sessionid", "value": sessie, "url": live_server.url}])
        page.base = live_server.url
        yield page


def visit(page, path):
    response = page.goto(page.base + path)
    assert response.status == 200, path
    assert (
        "'unsafe-inline'"
        not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    )
    page.wait_for_load_state("load")


def assert_no_refusals(page, where):
    violations = page.evaluate("window.refitCspViolations")
    errors, page.console_errors[:] = list(page.console_errors), []
    assert not violations, f"{where}: CSP violations {violations}"
    assert not errors, f"{where}: console errors {errors}"


def test_the_admin_runs_under_the_strict_policy_without_a_single_refusal(live_server, admin_sessie):
    # The world first: Playwright runs the test body in a greenlet, where a query would open a
    # connection of its own.
    portaal_inrichten()
    kompas = klein_kompas()
    LicentieFactory()
    thema = kompas["erkenning"]
    lot_titel = thema.lot_verhaal.titel
    with admin_page(live_server, admin_sessie) as page:
        walk_through_the_admin(page, kompas, thema, lot_titel)


def walk_through_the_admin(page, kompas, thema, lot_titel):
    for path in ("/admin/", "/admin/pages/", f"/admin/pages/{kompas['kompas'].pk}/"):
        visit(page, path)
        assert_no_refusals(page, path)

    # A page edit form: rich text (Draftail), StreamField, and the image chooser of a new block.
    visit(page, f"/admin/pages/{thema.pk}/edit/")
    page.locator(".Draftail-Editor").first.wait_for()
    theorie = page.locator("[data-contentpath='theorie']").first
    theorie.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name="Afbeelding").click()
    page.locator('[data-contentpath="afbeelding"] .chooser__choose-button').last.click()
    page.locator(".modal .modal-content #id_q").wait_for()
    assert_no_refusals(page, "page edit form with the image chooser open")

    # A new page: the snippet chooser (an inline script in Wagtail) opens its modal.
    visit(page, f"/admin/pages/add/content/themapage/{kompas['fase'].pk}/")
    page.locator("#id_lot_verhaal-chooser .chooser__choose-button").click()
    page.locator(".modal").get_by_text(lot_titel).first.wait_for()
    assert_no_refusals(page, "new page form with the snippet chooser open")

    for path in ("/admin/snippets/content/lotverhaal/", "/admin/licenties/", "/admin/images/"):
        visit(page, path)
        assert_no_refusals(page, path)

    # InlinePanel with date and time pickers: the picker opens, "add" adds a form.
    visit(page, "/admin/cursusrondes/new/")
    # Each started picker adds its calendar to the page: four course days, three pickers each.
    assert page.locator(".xdsoft_datetimepicker").count() >= 4 * 3
    page.locator("#id_bijeenkomsten-0-datum").click()
    page.locator(".xdsoft_datetimepicker:visible").first.wait_for()
    assert_no_refusals(page, "/admin/cursusrondes/new/")

    visit(page, "/admin/organisaties/new/")
    page.locator("#id_lidmaatschappen-ADD").click()
    page.locator("#inline_child_lidmaatschappen-0").wait_for()
    assert page.locator("#id_lidmaatschappen-TOTAL_FORMS").input_value() == "1"
    assert_no_refusals(page, "/admin/organisaties/new/ after adding a member")
