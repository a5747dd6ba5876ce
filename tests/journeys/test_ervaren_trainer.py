"""Journey 2, an experienced trainer: library filters, a session plan for week 10, a professionalisation day.

The trainer picks short group activities for theme Lef in phase 3, plans two of them into the
group meeting of week 10, sees the planned time against the 150 minutes of a group meeting,
prints the plan, registers for a professionalisation day and finds it in the personal iCal feed.
"""

import re

import icalendar
import pytest

from content.models import Sessieplan
from licenties.models import DagAanmelding
from tests.browser import check_page, chromium_page, screenshot
from tests.journeys.world import inloggen, lef_activiteiten, trainer, trainerskompas
from tests.licenties.factories import ProfessionaliseringsdagFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def wereld():
    kompas = trainerskompas(fasen=(1, 3))
    activiteiten = lef_activiteiten(kompas)
    ervaren, secret = trainer(jaren_licentie=5, first_name="Evi", email="evi@school.nl")
    dag = ProfessionaliseringsdagFactory(thema="Schoolverzuim en somatische klachten")
    return {**kompas, **activiteiten, "trainer": ervaren, "secret": secret, "dag": dag}


def test_experienced_trainer_plans_week_ten_from_the_library_and_registers_for_a_day(live_server, wereld):
    base = live_server.url
    dag = wereld["dag"]

    with chromium_page() as page:
        inloggen(page, base, wereld["trainer"], wereld["secret"])

        # A session plan for the group meeting of week 10 (phase 3), theme Lef.
        page.goto(f"{base}/kompas/planner/")
        check_page(page)
        page.get_by_role("link", name="Nieuw sessieplan").click()
        page.wait_for_load_state()
        check_page(page)
        page.get_by_label("Titel").fill("Week 10: lef in de groep")
        page.get_by_label("Soort bijeenkomst").select_option(value="groep")
        page.get_by_label("Week").fill("10")
        page.get_by_label("Thema").select_option(label="Lef")
        page.get_by_role("button", name="Plan maken").click()
        page.wait_for_url(re.compile(r"/kompas/planner/\d+/$"))
        check_page(page)
        assert page.get_by_text("Gepland: 0 van 150 minuten.").is_visible()

        # The library, filtered to short group activities for Lef in phase 3.
        page.goto(f"{base}/kompas/activiteiten/")
        page.wait_for_load_state()
        check_page(page)
        filters = page.locator("#filters")
        for groep, keuze in (
            ("Fase", "Fase 3: Verandering"),
            ("Thema", "Lef"),
            ("Setting", re.compile(r"^\s*Groep\b")),  # not 'Individueel en groep'
            ("Duur", "tot 10 min"),
            ("Duur", "11–20 min"),
        ):
            filters.get_by_role("group", name=groep).get_by_label(keuze).check()
        resultaten = page.locator("#resultaten")
        resultaten.get_by_role("heading", name="2 activiteiten").wait_for()
        check_page(page)
        gevonden = resultaten.locator(".activiteit-kaart h3").all_inner_texts()
        assert sorted(gevonden) == ["Lef met de bal", "Lef-vragen in de kring"]
        assert "fase=3" in page.url and "setting=groep" in page.url
        page.evaluate("window.scrollTo(0, 0)")  # the title, the first filters and the results
        screenshot(page, "journey-2-bibliotheek")
        gefilterd = page.url

        # Both into the plan's group activities, from the activity pages.
        for titel in ("Lef-vragen in de kring", "Lef met de bal"):
            page.goto(gefilterd)
            page.locator("#resultaten").get_by_role("link", name=titel).click()
            page.wait_for_load_state()
            check_page(page)
            page.get_by_label("Zet in sessieplan").select_option(label="Groepsactiviteiten")
            page.get_by_role("button", name="Toevoegen").click()
            page.wait_for_url(re.compile(r"/kompas/planner/\d+/$"))
            check_page(page)
            assert page.get_by_text(f"{titel} staat in je plan.").is_visible()

        # The time total against the 150 minutes of a group meeting.
        tijd = page.get_by_role("status").filter(has_text="Gepland")
        assert "Gepland: 25 van 150 minuten." in tijd.inner_text()
        screenshot(page, "journey-2-planner")
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Afdrukken als PDF").click()
        with open(download_info.value.path(), "rb") as pdf:
            assert pdf.read(5) == b"%PDF-"

        # A professionalisation day: register, then find it in the personal calendar feed.
        page.goto(f"{base}/licentie/")
        check_page(page)
        page.get_by_role("button", name=re.compile(r"^Aanmelden voor ")).click()
        page.wait_for_load_state()
        check_page(page)
        assert page.get_by_text("Je bent aangemeld", exact=True).is_visible()
        screenshot(page, "journey-2-licentie")
        page.get_by_role("link", name="persoonlijke agenda").click()
        page.wait_for_load_state()
        check_page(page)
        feed_url = page.get_by_label("Adres van je persoonlijke agenda").input_value()
        response = page.request.get(feed_url)
        assert response.ok and response.headers["content-type"].startswith("text/calendar")
        agenda = icalendar.Calendar.from_ical(response.body())

    events = [e for e in agenda.walk("VEVENT") if "Professionaliseringsdag" in str(e["SUMMARY"])]
    assert dag.datum in [e.decoded("DTSTART").date() for e in events]
    assert "evi" not in feed_url.lower() and "school.nl" not in feed_url
    plan = Sessieplan.objects.get(trainer=wereld["trainer"])
    assert (plan.week, plan.thema.title, plan.soort) == (10, "Lef", "groep")
    assert sorted(plan.items.values_list("activiteit__title", flat=True)) == [
        "Lef met de bal",
        "Lef-vragen in de kring",
    ]
    assert DagAanmelding.objects.get(dag=dag).user == wereld["trainer"]
