"""A real applicant in a real Chromium: the public course form, the confirmation mail, enrolled.

Issue 17 finding 2: the public form creates nothing before the address is confirmed. The mail is
read from Django's locmem outbox of this process (the live server runs in it), and its link
followed in the browser, as the applicant would. Every wait is for a page or an element, never
for time.
"""

import pytest

from cursus.models import Aanmelding
from portal.models import User
from portal.plaatsing import PlaatsStatus
from tests.browser import chromium_page, portaal_inrichten, screenshot
from tests.cursus.factories import CursusrondeFactory
from tests.journeys.world import Bezoek, link_in_mail, veld

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ADRES = "fatima@dewaterlelie.nl"


def test_an_applicant_confirms_her_address_from_the_mail_and_is_enrolled(live_server):
    portaal_inrichten()
    CursusrondeFactory(naam="Voorjaar Zwolle", capaciteit=8)

    with chromium_page() as page:
        bezoek = Bezoek(page, live_server.url)
        bezoek.ga_naar("/cursus/")
        bezoek.klik("Aanmelden voor Voorjaar Zwolle")
        veld(page, "Voornaam").fill("Fatima")
        veld(page, "Achternaam").fill("El Amrani")
        veld(page, "E-mailadres").fill(ADRES)
        veld(page, "Organisatie").fill("De Waterlelie")
        veld(page, "Pedagogisch").check()
        veld(page, "Je ervaring in het onderwijs").fill("Zorgcoördinator sinds 2019.")
        veld(page, "Je motivatie").fill("Verzuim door klachten eerder aanpakken.")
        bezoek.klik("Aanmelding versturen", rol="button")

        # The same page whatever the address; nothing is stored as an application yet.
        assert page.get_by_role("heading", name="Kijk in je mailbox").is_visible()
        screenshot(page, "aanmelden-kijk-in-je-mailbox")
        assert not Aanmelding.objects.exists() and not User.objects.filter(email=ADRES).exists()

        link = link_in_mail(aan=ADRES, onderwerp="Bevestig je e-mailadres", pad=r"/cursus/bevestigen/\S+/")
        bezoek.ga_naar(link)
        assert page.get_by_text("Bevestig je aanmelding voor cursusronde Voorjaar Zwolle.").is_visible()
        bezoek.klik("Ja, meld mij aan", rol="button")

        assert page.get_by_role("heading", name="Je aanmelding is ontvangen").is_visible()
        assert page.get_by_text("Er is een plaats voor je vrijgehouden", exact=False).is_visible()
        screenshot(page, "aanmelden-bevestigd")

        # The link works once.
        bezoek.page.goto(f"{live_server.url}{link}")
        assert page.get_by_text("Deze link is al gebruikt.").is_visible()

    aanmelding = Aanmelding.objects.get(user__email=ADRES)
    assert aanmelding.status == PlaatsStatus.GEPLAATST and aanmelding.user.first_name == "Fatima"
