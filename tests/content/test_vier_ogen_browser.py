"""Rule 'vier ogen' in a real browser: the author's editor has no 'Publiceren', and two kerngroep
members bring a change to an activity live through the workflow."""

import pytest

from content.models import ActiviteitPage
from tests.browser import chromium_page, screenshot
from tests.content.factories import activiteit
from tests.journeys.world import check_admin_page, inloggen, kerngroeplid, trainerskompas, uitloggen

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NIEUW = "Teken samen de emmer en bespreek wat erin zit."


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
    emmer = activiteit(kompas["bibliotheek"], "De emmer tekenen", themas=[kompas["themas"]["Erkenning"]])
    return {
        "activiteit": emmer,
        "auteur": kerngroeplid(first_name="Karin", email="karin@kerngroep.nl"),
        "tweede": kerngroeplid(first_name="Bram", email="bram@kerngroep.nl"),
    }


def test_the_author_cannot_publish_and_a_second_member_brings_the_change_live(live_server, wereld):
    base = live_server.url
    edit = f"{base}/admin/pages/{wereld['activiteit'].pk}/edit/"

    with chromium_page() as page:
        inloggen(page, base, *wereld["auteur"])
        page.goto(edit)
        check_admin_page(page)
        meer_acties(page)
        assert page.get_by_role("button", name="Stuur door naar Trainerskompas: vier ogen").is_visible()
        assert page.get_by_role("button", name="Publiceren", exact=True).count() == 0
        assert page.locator('[name="action-publish"]').count() == 0
        screenshot(page, "vier-ogen-auteur-zonder-publiceren")
        page.keyboard.press("Escape")
        page.get_by_role("textbox", name="Korte beschrijving").fill(NIEUW)
        actie(page, "Stuur door naar Trainerskompas: vier ogen")
        assert "ter goedkeuring ingediend" in page.locator(".messages").inner_text()
        check_admin_page(page)

        # Submitted: the author still has no way to approve or publish it.
        page.goto(edit)
        check_admin_page(page)
        for naam in ("Goedkeuren", "Publiceren"):
            assert page.get_by_role("button", name=naam, exact=True).count() == 0
        uitloggen(page)

        inloggen(page, base, *wereld["tweede"])
        page.goto(edit)
        check_admin_page(page)
        assert page.locator('[name="action-publish"]').count() == 0
        screenshot(page, "vier-ogen-tweede-keurt-goed")
        actie(page, "Goedkeuren")
        check_admin_page(page)

    activiteit = ActiviteitPage.objects.get(pk=wereld["activiteit"].pk)
    assert activiteit.live and activiteit.korte_beschrijving == NIEUW
    assert not activiteit.has_unpublished_changes
