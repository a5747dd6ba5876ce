"""Journey 4, the course: apply to a full edition, wait, get the freed seat, take it, be marked present.

One test in a real Chromium against the live server. Every page is checked with axe-core and
for console errors; the key screens are saved (`make screenshots`). Mail goes through Django's
locmem backend of this process, so the seat offer is read from `mail.outbox` and its link
followed in the browser, as the applicant would.
"""

import pytest
from django.utils import timezone

from cursus.choices import Beoordeling
from cursus.models import Aanmelding, Aanwezigheid, Cursusronde
from portal.plaatsing import PlaatsStatus
from tests.browser import chromium_page, fits_width, portaal_inrichten, screenshot
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, bijeenkomsten
from tests.journeys.world import Bezoek, dagen_verstrijken, link_in_mail, veld
from tests.portal.factories import UserFactory, activate_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WACHTWOORD = "herfst-kompas-lantaarn-73"


def test_applicant_on_the_waiting_list_takes_the_freed_seat_and_is_marked_present(live_server):
    portaal_inrichten()
    opleider = UserFactory(roles=["opleider"], first_name="Olga", last_name="Opleider")
    opleider_secret = activate_totp(opleider)
    ronde = CursusrondeFactory(naam="Najaar Utrecht", capaciteit=1, opleiders=[opleider])
    zittend = AanmeldingFactory(
        cursusronde=ronde, user=UserFactory(roles=["cursist"], first_name="Sem", last_name="Zittend")
    )

    with chromium_page() as page:
        bezoek = Bezoek(page, live_server.url)

        # The edition is full: whoever applies now joins the waiting list.
        bezoek.ga_naar("/cursus/")
        assert page.get_by_text("Vol: je komt op de wachtlijst").is_visible()
        screenshot(page, "journey-4-cursusrondes")
        bezoek.klik("Aanmelden voor Najaar Utrecht")
        veld(page, "Voornaam").fill("Noor")
        veld(page, "Achternaam").fill("Nieuw")
        veld(page, "E-mailadres").fill("noor@hetanker.nl")
        veld(page, "Organisatie").fill("Het Anker")
        veld(page, "Pedagogisch").check()
        veld(page, "Je ervaring in het onderwijs").fill("Mentor in de onderbouw sinds 2018.")
        veld(page, "Je motivatie").fill("Leerlingen met klachten weer naar school helpen.")
        page.set_viewport_size({"width": 320, "height": 800})
        assert fits_width(page), "the application form scrolls sideways at 320 px"
        screenshot(page, "journey-4-aanmelden-320px")
        page.set_viewport_size({"width": 1280, "height": 900})
        bezoek.klik("Aanmelding versturen", rol="button")
        assert page.get_by_role("heading", name="Kijk in je mailbox").is_visible()
        # Nothing happens before she confirms her address from the mail.
        bezoek.ga_naar(
            link_in_mail(
                aan="noor@hetanker.nl", onderwerp="Bevestig je e-mailadres", pad=r"/cursus/bevestigen/\S+/"
            )
        )
        bezoek.klik("Ja, meld mij aan", rol="button")
        assert "op plek 1" in page.get_by_role("main").inner_text()
        screenshot(page, "journey-4-wachtlijst")

        # The opleider admits the applicant; there is still no seat, so she stays on the waiting list.
        bezoek.inloggen(opleider, secret=opleider_secret)
        bezoek.ga_naar("/cursus/rondes/")
        bezoek.klik("Najaar Utrecht")
        bezoek.klik("Noor Nieuw")
        veld(page, "Toelaten").check()
        bezoek.klik("Besluit vastleggen", rol="button")
        wachtlijst = page.get_by_role("region", name="Wachtlijst")
        assert "Noor Nieuw – Toegelaten" in wachtlijst.inner_text()
        bezoek.uitloggen()

        # The seated participant cancels before the deadline; the seat is offered to the first in line.
        bezoek.inloggen(zittend.user)
        bezoek.ga_naar("/cursus/mijn-cursus/")
        bezoek.klik("Afmelden voor deze cursusronde")
        bezoek.klik("Ja, meld me af", rol="button")
        assert page.get_by_text("Je bent afgemeld voor cursusronde Najaar Utrecht.").is_visible()
        bezoek.uitloggen()

        # The offer mail's link: she takes the seat without logging in.
        aanbod = link_in_mail(
            aan="noor@hetanker.nl", onderwerp="plaats voor je vrij", pad=r"/cursus/plaats/\S+/"
        )
        bezoek.ga_naar(aanbod)
        assert page.get_by_role("button", name="Ja, ik neem de plaats aan").is_visible()
        screenshot(page, "journey-4-plaatsaanbod")
        bezoek.klik("Ja, ik neem de plaats aan", rol="button")
        assert page.get_by_text("Je hebt de plaats aangenomen. Welkom in de cursus!").is_visible()

        # Admitted and seated, she is a cursist now: the invitation sets her password.
        bezoek.ga_naar(
            link_in_mail(aan="noor@hetanker.nl", onderwerp="uitnodiging", pad=r"/uitnodiging/[^/\s]+/")
        )
        veld(page, "Kies een wachtwoord").fill(WACHTWOORD)
        veld(page, "Herhaal het wachtwoord").fill(WACHTWOORD)
        bezoek.klik("Account aanmaken", rol="button")
        bezoek.ga_naar("/cursus/mijn-cursus/")
        cursus = page.get_by_role("region", name="Cursusronde Najaar Utrecht").inner_text()
        assert "Geplaatst" in cursus and "Toegelaten" in cursus
        screenshot(page, "journey-4-mijn-cursus")
        eerste_dag = bezoek.gecontroleerd[:]

    noor = Aanmelding.objects.get(user__email="noor@hetanker.nl")
    assert (noor.status, noor.beoordeling) == (PlaatsStatus.GEPLAATST, Beoordeling.TOEGELATEN)
    assert Aanmelding.objects.get(pk=zittend.pk).status == PlaatsStatus.AFGEMELD

    # Weeks pass until the first lesdag: attendance is recorded on or after the day itself.
    lesdag = bijeenkomsten(ronde)[0]
    dagen_verstrijken(
        (lesdag.datum - timezone.localdate()).days,
        (Cursusronde.objects.filter(pk=ronde.pk), ["aanmelden_tot", "afmelden_tot"]),
        (ronde.bijeenkomsten.all(), ["datum"]),
    )

    with chromium_page() as page:
        bezoek = Bezoek(page, live_server.url)
        bezoek.inloggen(opleider, secret=opleider_secret)
        bezoek.ga_naar(f"/cursus/rondes/{ronde.pk}/")
        bezoek.klik("Aanwezigheid lesdag 1")
        deelnemer = page.get_by_role("group", name="Noor Nieuw")
        veld(deelnemer, "Aanwezig").check()
        page.set_viewport_size({"width": 320, "height": 800})
        assert fits_width(page), "the attendance screen scrolls sideways at 320 px"
        screenshot(page, "journey-4-aanwezigheid-320px")
        page.set_viewport_size({"width": 1280, "height": 900})
        bezoek.klik("Aanwezigheid opslaan", rol="button")
        assert page.get_by_text("De aanwezigheid is vastgelegd.").is_visible()
        screenshot(page, "journey-4-ronde-na-aanwezigheid")
        tweede_dag = bezoek.gecontroleerd[:]

    registratie = Aanwezigheid.objects.get(aanmelding=noor, bijeenkomst=lesdag)
    assert registratie.aanwezig and registratie.vastgelegd_door == opleider
    # Only the seated participant is on the list: the one who cancelled is not.
    assert Aanwezigheid.objects.filter(bijeenkomst=lesdag).count() == 1
    print(f"journey 4: {len(eerste_dag) + len(tweede_dag)} pages checked with axe-core")
