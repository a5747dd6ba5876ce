"""Member-facing pages: "Mijn intervisiegroep", the dashboard panel, the menu item; the facilitator's
planning pages; the kerngroep's group screen in the admin."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils.html import escape

from intervisie.choices import GroepSoort
from intervisie.models import Intervisiebijeenkomst, Intervisiegroep
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, over, trainer
from tests.portal.factories import OrganisatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def groep(opleider):
    groep = IntervisiegroepFactory(naam="Landelijk 4", facilitatoren=[opleider])
    groep.leden = [trainer(), trainer()]
    for user in groep.leden:
        lid(groep, user)
    return groep


def test_my_group_shows_the_group_members_and_dates(ingelogd_als, groep):
    komend = BijeenkomstFactory(groep=groep, datum=over(14))
    response = ingelogd_als(groep.leden[0]).get("/intervisie/")
    assert response.status_code == 200
    tekst = response.content.decode()
    assert "Landelijk 4" in tekst
    assert escape(groep.leden[1].get_full_name()) in tekst
    assert f"/intervisie/bijeenkomsten/{komend.pk}/" in tekst


def test_the_dashboard_panel_and_menu_lead_to_my_group(ingelogd_als, groep):
    BijeenkomstFactory(groep=groep, datum=over(14))
    response = ingelogd_als(groep.leden[0]).get("/dashboard/")
    tekst = response.content.decode()
    assert "Volgende bijeenkomst:" in tekst
    assert 'href="/intervisie/"' in tekst
    assert "Mijn intervisiegroep" in tekst


def test_without_a_group_the_panel_says_so(ingelogd_als):
    response = ingelogd_als(trainer()).get("/dashboard/")
    assert "Je bent nog niet ingedeeld in een intervisiegroep." in response.content.decode()


def test_the_facilitator_plans_a_meeting_on_the_group_page(ingelogd_als, groep, opleider):
    client = ingelogd_als(opleider)
    assert client.get(f"/intervisie/groepen/{groep.pk}/").status_code == 200
    response = client.post(
        f"/intervisie/groepen/{groep.pk}/",
        {
            "plannen": "1",
            "datum": over(30).isoformat(),
            "begintijd": "15:30",
            "eindtijd": "17:30",
            "online_link": "https://meet.example/x",
            "locatie": "",
            "agenda": "Casussen",
        },
    )
    assert response.status_code == 302
    assert Intervisiebijeenkomst.objects.get().agenda == "Casussen"


def test_the_facilitator_page_refuses_a_past_date_in_dutch(ingelogd_als, groep, opleider, ongewijzigd):
    client = ingelogd_als(opleider)
    with ongewijzigd():
        response = client.post(
            f"/intervisie/groepen/{groep.pk}/",
            {
                "plannen": "1",
                "datum": over(-3).isoformat(),
                "begintijd": "15:30",
                "eindtijd": "17:30",
                "online_link": "https://meet.example/x",
            },
        )
    assert response.status_code == 400
    assert "hoort niet bij het jaarplan van de groep" in response.content.decode()


def test_the_facilitator_previews_and_confirms_a_year_plan(ingelogd_als, groep, opleider, vakanties):
    with time_machine.travel(datetime(2027, 6, 1, 12, tzinfo=ZoneInfo("Europe/Amsterdam")), tick=False):
        client = ingelogd_als(opleider)
        voorbeeld = client.get(f"/intervisie/groepen/{groep.pk}/", {"schooljaar": "2027-2028"})
        assert "Voorstel voor 2027-2028" in voorbeeld.content.decode()
        assert Intervisiebijeenkomst.objects.count() == 0
        response = client.post(
            f"/intervisie/groepen/{groep.pk}/", {"jaarplan": "1", "schooljaar": "2027-2028"}
        )
    assert response.status_code == 302
    assert Intervisiebijeenkomst.objects.filter(in_jaarplan=True).count() == 4


def test_members_cannot_open_the_planning_page(ingelogd_als, groep):
    assert ingelogd_als(groep.leden[0]).get(f"/intervisie/groepen/{groep.pk}/").status_code == 404


def test_the_kerngroep_creates_an_internal_group_only_with_its_organisation(ingelogd_als, kerngroep):
    client = ingelogd_als(kerngroep)
    data = {
        "naam": "Intern Anker",
        "soort": GroepSoort.INTERN,
        "organisatie": "",
        "status": "actief",
        "min_grootte": 4,
        "max_grootte": 8,
        "weekdag": 1,
        "begintijd": "15:30",
        "eindtijd": "17:30",
        "online_link": "",
    }
    response = client.post("/admin/intervisiegroepen/new/", data)
    assert response.status_code == 200
    assert "Een interne groep hoort bij een organisatie" in response.content.decode()
    assert not Intervisiegroep.objects.exists()

    data["organisatie"] = OrganisatieFactory().pk
    response = client.post("/admin/intervisiegroepen/new/", data)
    assert response.status_code == 302
    assert Intervisiegroep.objects.get().soort == GroepSoort.INTERN
    assert "Intern Anker" in client.get("/admin/intervisiegroepen/").content.decode()
    assert client.get("/admin/intervisie_lidmaatschappen/").status_code == 200


def test_the_facilitator_records_attendance_and_minutes_on_one_page(ingelogd_als, groep, opleider):
    from intervisie.models import Aanwezigheid

    bijeenkomst = BijeenkomstFactory(groep=groep, datum=over(-1))
    client = ingelogd_als(opleider)
    pagina = client.get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/aanwezigheid/")
    assert pagina.status_code == 200
    assert groep.leden[0].get_full_name() in pagina.content.decode()
    data = {"aanwezigheid": "1", "form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "2"}
    for i, user in enumerate(groep.leden):
        data[f"form-{i}-user"] = str(user.pk)
        data[f"form-{i}-aanwezig"] = "ja" if i == 0 else "nee"
    assert client.post(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/aanwezigheid/", data).status_code == 302
    assert Aanwezigheid.objects.filter(aanwezig=True).count() == 1

    response = client.post(
        f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/aanwezigheid/",
        {"verslag_opslaan": "1", "verslag": "Twee casussen besproken."},
    )
    assert response.status_code == 302
    bijeenkomst.refresh_from_db()
    assert bijeenkomst.verslag == "Twee casussen besproken."


def test_the_facilitator_moves_a_meeting_on_its_page(ingelogd_als, groep, opleider):
    bijeenkomst = BijeenkomstFactory(groep=groep, datum=over(20))
    client = ingelogd_als(opleider)
    assert client.get(f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/wijzigen/").status_code == 200
    response = client.post(
        f"/intervisie/bijeenkomsten/{bijeenkomst.pk}/wijzigen/",
        {
            "datum": over(21).isoformat(),
            "begintijd": "15:30",
            "eindtijd": "17:30",
            "online_link": bijeenkomst.online_link,
            "agenda": bijeenkomst.agenda,
        },
    )
    assert response.status_code == 302
    bijeenkomst.refresh_from_db()
    assert bijeenkomst.datum == over(21) and bijeenkomst.sequence == 1
