"""The trajectory's life in a real browser: the age rule at the aanmelding, and closing only with the
endings the state machine allows (issue 18, findings 1 and 3), on a desktop and on a phone.

- A school contact registers a pupil born in 2003: the form explains the age and asks to confirm.
- The coordinator closes a training planned for next month: only 'niet gestart' and 'gestopt wegens
  afwezigheid' are offered, never 'afgerond'.
- The coordinator tries 'afgerond' on a training with one meeting held and an eindverslag written:
  refused with the reason, nothing closed.
"""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from portal.models.organisaties import Regio
from portal.schoolvakanties import schoolvakanties_inrichten
from tests.browser import chromium_page, fits_width, portaal_inrichten, screenshot
from tests.journeys.test_traject_journey import aanmelding_invullen, benoemd
from tests.journeys.world import Bezoek, veld
from tests.portal.factories import activate_totp
from tests.trajecten import factories as f
from trajecten.choices import Status
from trajecten.models import AuditRegel, Traject
from trajecten.services.afsluiting import eindverslag_opslaan
from trajecten.services.planning import training_plannen
from trajecten.services.stappen import advies_vastleggen, besluit_nemen, intake_vastleggen
from trajecten.services.verloop import bijeenkomst_vastleggen

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def toegelaten_traject(school, coordinator, ervaren, beginner):
    traject = f.TrajectFactory(school=school)
    vandaag = timezone.localdate()
    advies_vastleggen(
        traject=traject,
        positief=True,
        leden=[ervaren],
        overige_leden="jeugdarts",
        toelichting="Past.",
        gegeven_op=vandaag,
        door=coordinator,
    )
    intake_vastleggen(
        traject=traject,
        trainers=[ervaren, beginner],
        gegevens={**f.INTAKE_TOEGELATEN, "datum": vandaag},
        door=coordinator,
    )
    besluit_nemen(
        traject=traject,
        toegelaten=True,
        afwijkingsreden="",
        vervolgadvies="",
        genomen_op=vandaag,
        door=ervaren,
    )
    return traject


def maandag(dag: date) -> date:
    return dag - timedelta(days=dag.weekday())


def test_age_at_the_aanmelding_and_closing_only_as_the_lifecycle_allows(live_server):
    portaal_inrichten()
    schoolvakanties_inrichten()
    school = f.school(regio=Regio.MIDDEN, naam="Het Baken College")
    contact = benoemd(f.schoolcontact(school), "Sanne", "Zorg")
    coordinator = benoemd(f.trainer(ervaren=True, organisatie=school, coordinator=True), "Cor", "Coördinator")
    ervaren = benoemd(f.trainer(ervaren=True, organisatie=school), "Eva", "Ervaren")
    beginner = benoemd(f.trainer(ervaren=False, organisatie=school), "Bram", "Beginner")
    secret = activate_totp(coordinator)
    vandaag = timezone.localdate()

    gepland = toegelaten_traject(school, coordinator, ervaren, beginner)
    training_plannen(traject=gepland, startdatum=maandag(vandaag) + timedelta(weeks=5), door=ervaren)
    begonnen = toegelaten_traject(school, coordinator, ervaren, beginner)
    # Planned from two weeks ago, so its first meeting can be recorded as held today.
    training_plannen(traject=begonnen, startdatum=maandag(vandaag) - timedelta(weeks=2), door=ervaren)
    eerste = begonnen.bijeenkomsten.order_by("datum").first()
    bijeenkomst_vastleggen(
        bijeenkomst=eerste,
        aanwezig=True,
        reden_afwezigheid="",
        activiteiten=[],
        notities="",
        huiswerk="",
        door=ervaren,
    )
    eindverslag_opslaan(traject=begonnen, gegevens={**f.EINDVERSLAG, "eindgesprek_op": vandaag}, door=ervaren)

    with chromium_page() as page:
        bezoek = Bezoek(page, live_server.url)

        # The school registers a pupil born in 2003: a clear message and a confirmation, not silence.
        bezoek.inloggen(contact)
        bezoek.ga_naar("/trajecten/aanmelden/")
        aanmelding_invullen(page)
        veld(page, "Geboortedatum").fill("2003-05-01")
        bezoek.klik("Aanmelding versturen", rol="button")
        melding = page.get_by_text("Re-Fit is bedoeld voor jongeren van 12 tot en met ongeveer 20 jaar.")
        assert melding.is_visible()
        bevestiging = veld(
            page, "Ik meld deze leerling bewust aan, ook al valt de leeftijd buiten 12 tot en met 20 jaar"
        )
        assert bevestiging.is_visible() and not Traject.objects.filter(aangemeld_door=contact).exists()
        screenshot(page, "levensloop-leeftijd-aanmelding")
        page.set_viewport_size({"width": 360, "height": 740})
        bevestiging.scroll_into_view_if_needed()
        assert bevestiging.is_visible() and fits_width(page), "the age message on a phone"
        screenshot(page, "levensloop-leeftijd-aanmelding-telefoon")
        page.set_viewport_size({"width": 1280, "height": 900})
        bevestiging.check()
        bezoek.klik("Aanmelding versturen", rol="button")
        assert page.get_by_role("heading", level=1).inner_text().startswith("Aanmelding T-")
        bezoek.uitloggen()

        # Planned for next month: only the endings before the start are offered.
        bezoek.inloggen(coordinator, secret=secret)
        bezoek.ga_naar(f"/trajecten/{gepland.code}/")
        bezoek.klik("traject afsluiten")
        keuzes = page.get_by_role("group", name="Hoe eindigt het traject?").get_by_role("radio")
        labels = [keuzes.nth(i).evaluate("e => e.labels[0].innerText.trim()") for i in range(keuzes.count())]
        assert labels == [
            "Niet gestart: de jongere begint niet aan de training",
            "Gestopt wegens herhaalde afwezigheid",
        ], labels
        screenshot(page, "levensloop-afsluiten-gepland")

        # Started, one meeting held, eindverslag written: 'afgerond' is refused with the reason.
        bezoek.ga_naar(f"/trajecten/{begonnen.code}/afsluiten/")
        veld(page, "Afgerond: de training is gelopen, met eindgesprek en eindverslag").check()
        veld(page, "Schoolaanwezigheid aan het eind (%, bij afgerond)").fill("90")
        bezoek.klik("Vastleggen", rol="button")
        weigering = page.get_by_text("Afronden kan pas als de training gelopen heeft")
        assert weigering.is_visible()
        assert "het ijkmoment (einde fase 1) is nog niet gehouden" in weigering.inner_text()
        screenshot(page, "levensloop-afgerond-geweigerd")
        page.set_viewport_size({"width": 360, "height": 740})
        weigering.scroll_into_view_if_needed()
        assert fits_width(page), "the refusal scrolls sideways on a phone"
        screenshot(page, "levensloop-afgerond-geweigerd-telefoon")

    assert Traject.objects.get(pk=begonnen.pk).status == Status.IN_TRAINING
    assert Traject.objects.get(pk=gepland.pk).status == Status.GEPLAND
    assert AuditRegel.objects.filter(code=begonnen.code, actie="trajecten.stap.geweigerd").count() == 1
    nieuw = Traject.objects.get(aangemeld_door=contact)
    assert nieuw.status == Status.AANGEMELD and nieuw.vernietigen_op is not None
