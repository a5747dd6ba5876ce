"""Journey 3, the kerngroep: a manual update through the 'vier ogen' workflow, and issuing licences.

One member edits a theme page and submits it; a second member approves it in the Wagtail
workflow and issues the licences of a finished course edition; a trainer who had read the page
sees it as changed on the dashboard and under 'Wat is er nieuw'; anyone can verify a new licence.
"""

import re

import pytest

from content.models import Wijziging
from content.services import markeer_gelezen
from licenties.models import Licentie
from tests.browser import check_page, chromium_page, screenshot
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, over
from tests.journeys.world import check_admin_page, inloggen, kerngroeplid, trainer, trainerskompas, uitloggen
from tests.licenties.factories import geschikte_deelnemer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NIEUWE_SPREUK = "Wie zijn emmer kent, weet wanneer hij overloopt."
NOTITIE = "Nieuwe spreuk bij het thema Erkenning."


def actie(page, naam):
    """A button of the page editor's action menu, opening the menu when the action is inside it."""
    knop = page.get_by_role("button", name=naam, exact=True)
    if not knop.is_visible():
        bewaren = page.get_by_role("button", name="Bewaar concept")
        menu = page.locator(".w-dropdown-button").filter(has=bewaren)
        menu.get_by_role("button", name="Meer acties").click()
    with page.expect_navigation():  # the editor's form is posted; let it finish before going on
        knop.click()


@pytest.fixture
def wereld(settings):
    # Wagtail 8 autosaves the editor after typing; an autosave still running when the member
    # submits is answered with a 400 (the page is in moderation by then), which the console
    # check would count. The journey is about the workflow, so autosave is off here.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    kompas = trainerskompas(fasen=(1,))
    lezer, lezer_secret = trainer(first_name="Tara")
    markeer_gelezen(user=lezer, page=kompas["themas"]["Erkenning"])
    auteur, auteur_secret = kerngroeplid(first_name="Karin", email="karin@kerngroep.nl")
    tweede, tweede_secret = kerngroeplid(first_name="Bram", email="bram@kerngroep.nl")
    ronde = CursusrondeFactory(
        naam="Voorjaar", dagen=(-120, -113, -60, -30), aanmelden_tot=over(-140), afmelden_tot=over(-130)
    )
    geschikt = [geschikte_deelnemer(ronde), geschikte_deelnemer(ronde)]
    AanmeldingFactory(cursusronde=ronde)  # followed the course but has not finished it yet
    return {
        **kompas,
        "lezer": (lezer, lezer_secret),
        "auteur": (auteur, auteur_secret),
        "tweede": (tweede, tweede_secret),
        "ronde": ronde,
        "geschikt": geschikt,
    }


def test_kerngroep_publishes_an_update_with_four_eyes_and_issues_licences_that_verify(live_server, wereld):
    base = live_server.url
    erkenning = wereld["themas"]["Erkenning"]
    eerste_deelnemer = wereld["geschikt"][0].user.get_full_name()

    with chromium_page() as page:
        # The first member edits the theme page and submits it for approval.
        inloggen(page, base, *wereld["auteur"])
        page.goto(f"{base}/admin/pages/{erkenning.pk}/edit/")
        check_admin_page(page)
        page.get_by_role("textbox", name="Spreuk").fill(NIEUWE_SPREUK)
        page.get_by_role("textbox", name="Wat is er veranderd?").fill(NOTITIE)
        actie(page, "Stuur door naar Trainerskompas: vier ogen")
        page.wait_for_load_state()
        assert "ter goedkeuring ingediend" in page.locator(".messages").inner_text()
        check_admin_page(page)
        page.goto(f"{base}/dashboard/")
        check_page(page)
        uitloggen(page)

        # A second member approves; the workflow publishes the page.
        inloggen(page, base, *wereld["tweede"])
        page.goto(f"{base}/admin/pages/{erkenning.pk}/edit/")
        check_admin_page(page)
        screenshot(page, "journey-3-goedkeuren")
        # Approving publishes (the label says only 'Goedkeuren': an approval counts for the version
        # it was given, WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT).
        actie(page, "Goedkeuren")
        page.wait_for_load_state()
        check_admin_page(page)

        # The same member issues the licences of the finished edition.
        page.goto(f"{base}/admin/licentie-uitgifte/")
        check_admin_page(page)
        page.get_by_role("link", name="Voorjaar").click()
        page.wait_for_load_state()
        check_admin_page(page)
        assert page.get_by_text("2 deelnemers kunnen een licentie krijgen.").is_visible()
        page.get_by_role("button", name="Alle geschikte deelnemers uitgeven").click()
        page.wait_for_url(re.compile(r"/admin/licentie-uitgifte/voortgang/\d+/"))
        check_admin_page(page)
        voortgang = page.locator("[role=status][aria-live=polite]")
        assert "2 licenties uitgegeven." in voortgang.inner_text()
        page.get_by_role("link", name="Terug naar de deelnemers").click()
        page.wait_for_load_state()
        check_admin_page(page)
        rij = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name=eerste_deelnemer))
        nummer = rij.get_by_role("link", name=re.compile(r"^RF-")).inner_text()
        screenshot(page, "journey-3-licenties")
        page.goto(f"{base}/dashboard/")
        check_page(page)
        uitloggen(page)

        # A trainer who had read the page sees it as changed, and the note under 'Wat is er nieuw'.
        inloggen(page, base, *wereld["lezer"])
        gewijzigd = page.get_by_role("heading", name="Gewijzigd sinds je het las")
        assert gewijzigd.is_visible()
        screenshot(page, "journey-3-dashboard-gewijzigd")
        page.locator(".panel").filter(has=gewijzigd).get_by_role("link", name="Erkenning").click()
        page.wait_for_load_state()
        check_page(page)
        assert NIEUWE_SPREUK in page.locator("main").inner_text()
        page.goto(f"{base}{wereld['kompas'].url}wat-is-er-nieuw/")
        check_page(page)
        assert page.get_by_text(NOTITIE).is_visible()
        screenshot(page, "journey-3-wat-is-er-nieuw")
        uitloggen(page)

        # Anyone can check the new licence number.
        page.goto(f"{base}/licentie/verifieer/")
        check_page(page)
        page.get_by_label("Licentienummer").fill(nummer)
        page.get_by_role("button", name="Controleren").click()
        page.wait_for_load_state()
        check_page(page)
        assert page.get_by_text("Deze licentie is geldig.").is_visible()
        assert page.get_by_text(eerste_deelnemer).is_visible()
        screenshot(page, "journey-3-verificatie")

    erkenning.refresh_from_db()
    assert erkenning.specific.spreuk == NIEUWE_SPREUK
    assert Wijziging.objects.get(notitie=NOTITIE).revision_id == erkenning.live_revision_id
    licentie = Licentie.objects.get(nummer=nummer)
    assert licentie.houder == wereld["geschikt"][0].user and licentie.uitgegeven_door == wereld["tweede"][0]
    assert Licentie.objects.filter(aanmelding__cursusronde=wereld["ronde"]).count() == 2
