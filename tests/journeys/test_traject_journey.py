"""Journey 5, the trajectory: from the school's aanmelding to the eindverslag PDF.

One test in a real Chromium against the live server: a school contact registers a pupil; the
coordinating (ervaren) trainer records the adviesteam's advice and the intake with its checklist,
decides, plans the 14 weeks around a school holiday, records an absence and produces the
eindverslag PDF; the school contact then sees the status and nothing of the case record.
Every page is checked with axe-core and for console errors; key screens are saved.
"""

import io
import itertools
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from portal.models.organisaties import Regio
from portal.schoolvakanties import vakanties
from tests.browser import chromium_page, fits_width, portaal_inrichten, screenshot
from tests.journeys.world import Bezoek, dagen_verstrijken, veld
from tests.portal.factories import activate_totp
from tests.trajecten import factories as f
from trajecten.choices import BijeenkomstStatus, Status
from trajecten.models import Bijeenkomst, Traject, Voortgangsbericht

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LEERLING = ("Fenna", "Rietveld")
AFWEZIGHEID = "Ziek thuis met buikpijn"
INTAKE_TEKST = "Buikpijn sinds groep 8; veel op de bank."
# The admission checklist as the trainers tick it: every criterion met, no contra-indication.
CRITERIA = (
    "Aanhoudende lichamelijke klachten (verklaard of niet)",
    "De aanpak van de school (na het MAZL-signaal) had te weinig effect",
    "De klachten belemmeren de schoolloopbaan",
    "Meer dan 6 uur per dag zitten of liggen",
    "Doet volledig mee aan de bijeenkomsten",
    "Maakt de opdrachten",
    "Is minstens 8 uur per week op school",
)


def benoemd(user, voornaam, achternaam):
    user.first_name, user.last_name = voornaam, achternaam
    user.save(update_fields=["first_name", "last_name"])
    return user


def aanmelding_invullen(page):
    vandaag = timezone.localdate()
    veld(page, "Voornaam leerling").fill(LEERLING[0])
    veld(page, "Achternaam leerling").fill(LEERLING[1])
    veld(page, "Geboortedatum").fill("2011-03-14")
    veld(page, "Naam ouder of verzorger").fill("Marieke Rietveld")
    veld(page, "Telefoon ouder of verzorger").fill("06-12345678")
    veld(page, "Klas en niveau").fill("3 havo")
    veld(page, "Voortgezet onderwijs").check()
    veld(page, "Reden van aanmelding").fill("Veel afwezig door buikpijn; de mentor maakt zich zorgen.")
    veld(page, "Buikpijn").check()
    veld(page, "Vermoeidheid").check()
    veld(page, "Verzuim in procenten van de lestijd").fill("18.5")
    veld(page, "Ziekmeldingen in de laatste 12 weken").fill("5")
    veld(page, "Langste aaneengesloten ziekteperiode (schooldagen)").fill("3")
    veld(page, "Aanpak van de school tot nu toe").fill("Gesprekken met mentor en jeugdarts.")
    veld(page, "Effect van die aanpak").fill("Weinig effect.")
    veld(page, "Toestemming van de leerling").check()
    veld(page, "Toestemming van de ouders").check()
    veld(page, "Toestemming gegeven op").fill((vandaag - timedelta(days=3)).isoformat())
    veld(page, "Toestemming vastgelegd door").fill("Zorgcoördinator")


def test_trajectory_from_aanmelding_to_eindverslag_with_the_school_seeing_only_the_status(live_server):
    portaal_inrichten()
    school = f.school(regio=Regio.MIDDEN, naam="Het Baken College")
    contact = benoemd(f.schoolcontact(school), "Sanne", "Zorg")
    ervaren = benoemd(f.trainer(ervaren=True, organisatie=school, coordinator=True), "Eva", "Ervaren")
    beginner = benoemd(f.trainer(ervaren=False, organisatie=school), "Bram", "Beginner")
    secret = activate_totp(ervaren)
    vandaag = timezone.localdate()

    with chromium_page() as page:
        bezoek = Bezoek(page, live_server.url)

        # The school contact registers a pupil through the online form.
        bezoek.inloggen(contact)
        bezoek.ga_naar("/trajecten/")
        bezoek.klik("Leerling aanmelden")
        aanmelding_invullen(page)
        page.set_viewport_size({"width": 320, "height": 800})
        assert fits_width(page), "the aanmelding form scrolls sideways at 320 px"
        screenshot(page, "journey-5-aanmelding-320px")
        page.set_viewport_size({"width": 1280, "height": 900})
        bezoek.klik("Aanmelding versturen", rol="button")
        kop = page.get_by_role("heading", level=1).inner_text()
        assert kop.startswith("Aanmelding T-"), kop
        code = kop.removeprefix("Aanmelding ")
        bezoek.uitloggen()

        # The coordinating trainer: adviesteam advice, intake with checklist, besluit.
        bezoek.inloggen(ervaren, secret=secret)
        bezoek.ga_naar("/trajecten/")
        bezoek.klik(code)
        assert " ".join(LEERLING) in page.get_by_role("main").inner_text()
        bezoek.klik("advies vastleggen")
        veld(page, "Positief: door naar de intake").check()
        page.get_by_role("group", name="Leden van het adviesteam met een account").get_by_label(
            "Eva Ervaren"
        ).check()
        veld(page, "Overige leden (functies, geen namen)").fill("jeugdarts, zorgcoördinator")
        veld(page, "Toelichting").fill("Past bij Re-Fit: klachten en verzuim, school wil meewerken.")
        bezoek.klik("Vastleggen", rol="button")
        assert page.get_by_text("Het advies is vastgelegd.").is_visible()

        bezoek.klik("intake vastleggen")
        intaketrainers = page.get_by_role("group", name="De twee intaketrainers")
        intaketrainers.get_by_label("Eva Ervaren").check()
        intaketrainers.get_by_label("Bram Beginner").check()
        veld(page, "Ziekte en ziektebeleving").fill(INTAKE_TEKST)
        veld(page, "Dagelijks leven (school en thuis)").fill("Halve dagen op school, middagen thuis.")
        veld(page, "Verleden (onderzoek en eerdere hulpverlening)").fill("Huisarts en kinderarts.")
        veld(page, "Verwachtingen").fill("Weer hele weken naar school.")
        for criterium in CRITERIA:
            veld(page, criterium).check()
        screenshot(page, "journey-5-intake")
        bezoek.klik("Vastleggen", rol="button")

        bezoek.klik("besluit nemen")
        veld(page, "Starten met Re-Fit").check()
        bezoek.klik("Vastleggen", rol="button")
        assert page.get_by_text("Het besluit is vastgelegd.").is_visible()

        # Planning from today: the 14 school weeks always cross a holiday, which the planner skips.
        bezoek.klik("training plannen")
        veld(page, "Startdatum (dag van de eerste bijeenkomst)").fill(vandaag.isoformat())
        bezoek.klik("Vastleggen", rol="button")
        voorstel = page.get_by_role("table", name="Bijeenkomsten")
        # 14 weeks, ijkmoment, eindgesprek; the holiday weeks in between are rows of their own.
        assert voorstel.locator("tbody tr:not([data-overgeslagen])").count() == 14 + 2
        assert voorstel.locator("tbody tr[data-overgeslagen]").count() >= 1
        screenshot(page, "journey-5-planning")
        bezoek.klik("Deze planning vastleggen", rol="button")
        assert page.get_by_text("De training is gepland.").is_visible()
        screenshot(page, "journey-5-traject")
        eerste_deel = bezoek.gecontroleerd[:]

    traject = Traject.objects.get(code=code)
    assert traject.status == Status.GEPLAND  # planned; it starts when its first meeting is held
    assert set(traject.trainers.all()) == {ervaren, beginner}
    weken = list(traject.bijeenkomsten.exclude(week=None).order_by("datum").values_list("datum", flat=True))
    vakantie = vakanties(Regio.MIDDEN, weken[0], weken[-1])
    assert vakantie, "the 14 weeks cross no holiday: the journey would not prove the planner"
    for periode in vakantie:
        assert not [d for d in weken if periode.begin <= d <= periode.eind], periode
    assert any((b - a).days > 7 for a, b in itertools.pairwise(weken)), "no week skipped"

    # Let the days pass until the second meeting (the first may still be ahead in a holiday).
    tweede = traject.bijeenkomsten.order_by("datum", "volgnummer")[1]
    dagen_verstrijken(
        max(0, (tweede.datum - vandaag).days),
        (Bijeenkomst.objects.filter(traject=traject), ["datum"]),
        (Voortgangsbericht.objects.filter(traject=traject), ["gepland_op"]),
        (Traject.objects.filter(pk=traject.pk), ["startdatum"]),
    )

    with chromium_page() as page:
        bezoek = Bezoek(page, live_server.url)
        bezoek.inloggen(ervaren, secret=secret)
        bezoek.ga_naar(f"/trajecten/{code}/")

        # The pupil misses the first meeting: recorded with a reason, and a talk is prompted.
        with page.expect_navigation():
            page.get_by_role("row").filter(has_text="Introductie").get_by_role("link").click()
        bezoek.check()
        veld(page, "De jongere was afwezig").check()
        veld(page, "Reden van afwezigheid").fill(AFWEZIGHEID)
        bezoek.klik("Vastleggen", rol="button")
        opvolging = "De jongere was afwezig: plan een gesprek over de afwezigheid."
        assert page.get_by_text(opvolging).first.is_visible()

        # The second meeting is held: the training has started (and counts as reach).
        with page.expect_navigation():
            page.get_by_role("row").filter(has_text="Erkenning").get_by_role("link").click()
        bezoek.check()
        veld(page, "Gehouden").check()
        bezoek.klik("Vastleggen", rol="button")
        assert page.get_by_text("De bijeenkomst is vastgelegd.").is_visible()

        # The eindverslag: a version, its preview, and the PDF.
        bezoek.klik("eindverslag")
        veld(page, "Hoe de jongere begon").fill("Veel thuis, weinig energie.")
        veld(page, "Welke ontwikkeling de trainers zagen").fill("Meer ritme, weer hele dagen op school.")
        veld(page, "Aandachtspunten voor de jongere").fill("Rust inplannen na gym.")
        veld(page, "Aandachtspunten voor de ouders").fill("Blijf het weekritme steunen.")
        veld(page, "Aandachtspunten voor de school").fill("Een vaste rustplek.")
        veld(page, "Overdracht aan school").fill("Ze wil dat de mentor weet dat ze een rustplek gebruikt.")
        bezoek.klik("Opslaan als nieuwe versie", rol="button")
        screenshot(page, "journey-5-eindverslag")
        with page.expect_download() as download:
            page.get_by_role("link", name="Download als PDF").click()
        pdf = download.value
        inhoud = pdf.path().read_bytes()
        assert pdf.suggested_filename == f"eindverslag-{code}-v1.pdf"
        bezoek.uitloggen()

        # The school contact sees the status (and what the pupil shares), never the case record.
        bezoek.inloggen(contact)
        bezoek.ga_naar("/trajecten/")
        bezoek.klik(code)
        status = page.get_by_role("main").inner_text()
        assert "In training" in status
        for geheim in (LEERLING[1], AFWEZIGHEID, INTAKE_TEKST, "Eva Ervaren"):
            assert geheim not in status, geheim
        screenshot(page, "journey-5-status-school")
        for pad in ("intake/", "planning/", "eindverslag/", "eindverslag/1.pdf"):
            assert page.request.get(f"{live_server.url}/trajecten/{code}/{pad}").status == 404, pad
        tweede_deel = bezoek.gecontroleerd[:]

    assert inhoud.startswith(b"%PDF")
    tekst = "".join(p.extract_text() for p in PdfReader(io.BytesIO(inhoud)).pages)
    assert code in tekst
    afwezig = traject.bijeenkomsten.get(status=BijeenkomstStatus.AFWEZIG)
    assert afwezig.reden_afwezigheid == AFWEZIGHEID
    assert traject.eindverslagen.count() == 1
    traject.refresh_from_db()
    assert traject.status == Status.IN_TRAINING and traject.gestart_in_schooljaar
    print(f"journey 5: {len(eerste_deel) + len(tweede_deel)} pages checked with axe-core")
