"""Rule 'vier ogen' in a real browser: the author's editor has no 'Publiceren', and two kerngroep
members bring a change to a page of the manual live through the workflow.

(Journey 3, `tests/journeys/test_kerngroep.py`, does the same for a theme page; this one takes the
recurring topic 'de emmer'.)"""

import pytest

from content.models import OnderwerpPage
from tests.browser import chromium_page, screenshot
from tests.journeys.world import check_admin_page, inloggen, kerngroeplid, trainerskompas, uitloggen

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NIEUW = "Wat erin gaat, moet er ook weer uit kunnen."


def meer_acties(page):
    """Open the editor's action menu (the actions behind 'Bewaar concept')."""
    bewaren = page.get_by_role("button", name="Bewaar concept")
    page.locator(".w-dropdown-button").filter(has=bewaren).get_by_role("button", name="Meer acties").click()


def actie(page, naam):
    knop = page.get_by_role("button", name=naam, exact=True)
    if not knop.is_visible():
        meer_acties(page)
    with page.expect_navigation():  # the editor's form is posted; let it finish before going on
        knop.click()
    page.wait_for_load_state()


@pytest.fixture
def wereld(settings):
    # Wagtail autosaves the editor while typing; a save still running at submission is answered
    # with a 400 that the console check would count. This test is about the workflow.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    kompas = trainerskompas(fasen=(1,))
    return {
        "emmer": kompas["emmer"],
        "auteur": kerngroeplid(first_name="Karin", email="karin@kerngroep.nl"),
        "tweede": kerngroeplid(first_name="Bram", email="bram@kerngroep.nl"),
    }


def test_the_author_cannot_publish_and_a_second_member_brings_the_change_live(live_server, wereld):
    base = live_server.url
    edit = f"{base}/admin/pages/{wereld['emmer'].pk}/edit/"

    with chromium_page() as page:
        inloggen(page, base, *wereld["auteur"])
        page.goto(edit)
        check_admin_page(page)
        meer_acties(page)
        doorsturen = page.get_by_role("button", name="Stuur door naar Trainerskompas: vier ogen")
        doorsturen.wait_for(state="visible")
        assert page.get_by_role("button", name="Publiceren", exact=True).count() == 0
        assert page.locator('[name="action-publish"]').count() == 0
        screenshot(page, "vier-ogen-auteur-zonder-publiceren")
        page.keyboard.press("Escape")
        doorsturen.wait_for(state="hidden")  # the menu is closed again before the form is filled
        page.get_by_role("textbox", name="Samenvatting").fill(NIEUW)
        actie(page, "Stuur door naar Trainerskompas: vier ogen")
        assert "ter goedkeuring ingediend" in page.locator(".messages").inner_text()
        check_admin_page(page)

        # Submitted: the author still has no way to approve or publish it.
        page.goto(edit)
        check_admin_page(page)
        for naam in ("Goedkeuren", "Publiceren"):
            assert page.get_by_role("button", name=naam, exact=True).count() == 0
        page.goto(f"{base}/dashboard/")  # logging out is in the portal's header
        uitloggen(page)

        inloggen(page, base, *wereld["tweede"])
        page.goto(edit)
        check_admin_page(page)
        assert page.locator('[name="action-publish"]').count() == 0
        screenshot(page, "vier-ogen-tweede-keurt-goed")
        actie(page, "Goedkeuren")
        check_admin_page(page)

    emmer = OnderwerpPage.objects.get(pk=wereld["emmer"].pk)
    assert emmer.live and emmer.samenvatting == NIEUW
    assert not emmer.has_unpublished_changes
