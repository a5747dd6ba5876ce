"""Journey 1, a new trainer: from the invitation to reading, searching and printing phase 1.

Run twice: once with the mouse at desktop width (screenshots for the docs), and once with the
keyboard only at 320 px width, where every page must reflow without sideways scrolling.
"""

import re

import pytest
from allauth.mfa.models import Authenticator

from content.models import Leesvoortgang
from portal.accounts.services import uitnodiging_versturen
from portal.models import User
from portal.roles import Role, roles_of
from tests.browser import check_page, chromium_page, fits_width, screenshot
from tests.journeys.world import kerngroeplid, link_uit_mail, tab_en_enter, tab_naar, trainerskompas
from tests.portal.auth import current_totp_code, wacht_op_een_nieuwe_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WACHTWOORD = "zomer-fiets-lantaarn-42"


@pytest.fixture
def wereld(request):
    """The manual (all four phases for the screenshots; phase 1 for the keyboard run) and an inviter."""
    kompas = trainerskompas(fasen=getattr(request, "param", (1,)))
    kerngroep, _secret = kerngroeplid()
    return {**kompas, "kerngroep": kerngroep}


def uitnodigen(wereld, email):
    uitnodiging_versturen(
        email=email, voornaam="Noor", achternaam="Nieuw", rol=Role.TRAINER, door=wereld["kerngroep"]
    )


@pytest.mark.parametrize("wereld", [(1, 2, 3, 4)], indirect=True, ids=["vier-fasen"])
def test_new_trainer_accepts_the_invitation_sets_up_mfa_and_studies_phase_one(live_server, wereld):
    uitnodigen(wereld, "noor@school.nl")
    url = link_uit_mail(r"/uitnodiging/[^/\s]+/", live_server.url)
    fase1 = wereld["fasen"][1]
    themas = ["Introductie", "Erkenning", "Voelen", "Vertalen"]

    with chromium_page() as page:
        # The invitation: choose a password.
        page.goto(url)
        check_page(page)
        assert page.get_by_role("heading", level=1).inner_text() == "Welkom bij het Re-Fit portaal"
        page.get_by_label("Kies een wachtwoord").fill(WACHTWOORD)
        page.get_by_label("Herhaal het wachtwoord").fill(WACHTWOORD)
        page.get_by_role("button", name="Account aanmaken").click()

        # A trainer works with others' data: two-step login is set up before anything else.
        page.wait_for_load_state()
        if "/account/reauthenticate/" in page.url:
            check_page(page)
            page.get_by_label("Wachtwoord").fill(WACHTWOORD)
            page.get_by_role("button", name="Bevestig").click()
        page.wait_for_url(re.compile(r"/account/2fa/totp/activate/"))
        check_page(page)
        screenshot(page, "journey-1-mfa-instellen")
        secret = page.locator("#authenticator_secret").input_value()
        for _poging in range(2):  # a code from the last instant of its 30-second step is refused
            page.get_by_label("Code uit je authenticator-app").fill(current_totp_code(secret))
            with page.expect_navigation():
                page.get_by_role("button", name="Activeren").click()
            if "/2fa/totp/activate/" not in page.url:
                break
            wacht_op_een_nieuwe_code(secret)
        check_page(page)

        # The compass figure: four phases, their weeks and themes.
        page.goto(f"{live_server.url}/kompas/")
        check_page(page)
        figuur = page.get_by_role("navigation", name="Kompas: fasen en thema’s")
        assert "week 1–4" in figuur.inner_text() and "week 12–14" in figuur.inner_text()
        screenshot(page, "journey-1-kompas")
        figuur.get_by_role("link", name=re.compile("Erkennen")).click()
        page.wait_for_url(f"**{fase1.url}")
        check_page(page)

        # Phase 1 theme by theme: mark as read and go on; once back and forth with previous/next.
        page.get_by_role("button", name="Gelezen, naar de volgende").click()
        for titel in themas:
            page.wait_for_load_state()
            check_page(page)
            assert page.get_by_role("heading", level=1).inner_text() == f"Thema: {titel}"
            if titel == "Erkenning":
                assert page.get_by_text("De emmer loopt over").is_visible()
                screenshot(page, "journey-1-thema")
                verder = page.get_by_role("navigation", name="Verder lezen")
                verder.get_by_role("link", name=re.compile("Vorige")).click()
                page.wait_for_load_state()
                check_page(page)
                assert page.get_by_role("heading", level=1).inner_text() == "Thema: Introductie"
                assert page.get_by_text("Gelezen", exact=True).is_visible()
                verder.get_by_role("link", name=re.compile("Volgende")).click()
                page.wait_for_load_state()
                check_page(page)
            if titel == themas[-1]:
                page.get_by_role("button", name="Markeer als gelezen").click()
            else:
                page.get_by_role("button", name="Gelezen, naar de volgende").click()
        page.wait_for_load_state()
        check_page(page)
        assert page.get_by_text("Je hebt 5 van de 20 pagina's gelezen.").is_visible()

        # Search for a metaphor.
        page.get_by_label("Zoek in het trainerskompas").fill("emmer")
        page.get_by_role("search").get_by_role("button", name="Zoeken").click()
        page.wait_for_load_state()
        check_page(page)
        resultaten = page.locator(".zoekresultaten")
        assert resultaten.get_by_role("link", name="De emmer").is_visible()
        assert resultaten.get_by_role("link", name="Erkenning").is_visible()
        screenshot(page, "journey-1-zoeken")

        # The phase 1 PDF.
        page.goto(f"{live_server.url}{fase1.url}")
        check_page(page)
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Deze pagina als PDF").click()
        download = download_info.value
        assert download.suggested_filename == "trainerskompas-fase-1-erkennen.pdf"
        with open(download.path(), "rb") as pdf:
            assert pdf.read(5) == b"%PDF-"

    noor = User.objects.get(email="noor@school.nl")
    assert roles_of(noor) == {Role.TRAINER}
    assert Authenticator.objects.filter(user=noor, type=Authenticator.Type.TOTP).exists()
    gelezen = set(Leesvoortgang.objects.filter(user=noor).values_list("page__title", flat=True))
    assert gelezen == {fase1.title, *themas}


def bekeken(page):
    """Every page of the keyboard run: accessible, no console errors, no sideways scrolling at 320 px."""
    check_page(page)
    assert fits_width(page), f"{page.url} scrolls sideways at 320 px"


def test_new_trainer_journey_works_with_the_keyboard_only_at_320_px(live_server, wereld):
    uitnodigen(wereld, "kees@school.nl")
    url = link_uit_mail(r"/uitnodiging/[^/\s]+/", live_server.url)
    fase1 = wereld["fasen"][1]
    themas = ["Introductie", "Erkenning", "Voelen", "Vertalen"]

    with chromium_page(width=320, height=640) as page:
        page.goto(url)
        bekeken(page)
        tab_naar(page, "Kies een wachtwoord")
        page.keyboard.type(WACHTWOORD)
        tab_naar(page, "Herhaal het wachtwoord")
        page.keyboard.type(WACHTWOORD)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        page.wait_for_load_state()
        if "/account/reauthenticate/" in page.url:
            bekeken(page)
            tab_naar(page, "Wachtwoord")
            page.keyboard.type(WACHTWOORD)
            with page.expect_navigation():
                page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/account/2fa/totp/activate/"))
        bekeken(page)
        secret = page.locator("#authenticator_secret").input_value()  # read off the screen
        for _poging in range(2):  # a code from the last instant of its 30-second step is refused
            tab_naar(page, "Code uit je authenticator-app")
            page.keyboard.press("Control+A")
            page.keyboard.type(current_totp_code(secret))
            with page.expect_navigation():
                page.keyboard.press("Enter")
            if "/2fa/totp/activate/" not in page.url:
                break
            wacht_op_een_nieuwe_code(secret)
        bekeken(page)

        # From the dashboard to the compass figure and into phase 1.
        if "/dashboard/" not in page.url:
            page.goto(f"{live_server.url}/dashboard/")
            bekeken(page)
        tab_en_enter(page, "Naar het kompas")
        bekeken(page)
        screenshot(page, "journey-1-kompas-320px")
        tab_en_enter(page, re.compile(r"^1 Erkennen"))
        assert page.url.endswith(fase1.url)
        bekeken(page)

        # Theme by theme with 'read, next', once back with 'previous' and forward with 'next'.
        tab_en_enter(page, "Gelezen, naar de volgende")
        for titel in themas:
            bekeken(page)
            assert page.get_by_role("heading", level=1).inner_text() == f"Thema: {titel}"
            if titel == "Erkenning":
                tab_en_enter(page, "Vorige Introductie")
                bekeken(page)
                tab_en_enter(page, "Volgende Erkenning")
                bekeken(page)
            tab_en_enter(page, "Markeer als gelezen" if titel == themas[-1] else "Gelezen, naar de volgende")
        bekeken(page)
        assert page.get_by_text("Je hebt 5 van de 5 pagina's gelezen.").is_visible()

        # Search, open the topic, back to phase 1 through the compass, print it.
        tab_naar(page, "Zoek in het trainerskompas")
        page.keyboard.type("emmer")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        bekeken(page)
        tab_en_enter(page, "De emmer")
        bekeken(page)
        tab_en_enter(page, re.compile(r"^1 Erkennen"))
        bekeken(page)
        tab_naar(page, "Deze pagina als PDF")
        with page.expect_download() as download_info:
            page.keyboard.press("Enter")
        with open(download_info.value.path(), "rb") as pdf:
            assert pdf.read(5) == b"%PDF-"

    kees = User.objects.get(email="kees@school.nl")
    assert Authenticator.objects.filter(user=kees, type=Authenticator.Type.TOTP).exists()
    assert Leesvoortgang.objects.filter(user=kees).count() == 5
