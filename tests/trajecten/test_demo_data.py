"""Demo data: fictitious pupils in every step, a group training and four school years of reach."""

import pytest

from portal.demo import load_accounts, load_organisaties
from trajecten.bereik import bereik_berekenen
from trajecten.choices import Status, Uitkomst, Variant
from trajecten.demo import load_trajecten
from trajecten.models import Groepstraining, Traject

# The demo's content, the same on every database; `make demo` runs on SQLite, and CI's load test
# loads it on PostgreSQL as well.
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]


def test_demo_data_has_every_step_a_group_and_four_school_years_and_is_idempotent():
    load_organisaties()
    load_accounts()

    load_trajecten()
    aantal = Traject.objects.count()
    load_trajecten()

    assert Traject.objects.count() == aantal
    assert set(Traject.objects.values_list("status", flat=True)) == set(Status.values)
    assert {Uitkomst.AFGEROND, Uitkomst.NIET_TOEGELATEN, Uitkomst.GESTOPT_IJKMOMENT} <= set(
        Traject.objects.values_list("uitkomst", flat=True)
    )
    groep = Groepstraining.objects.get()
    assert groep.trajecten.count() == 4 and set(groep.trajecten.values_list("variant", flat=True)) == {
        Variant.GROEP
    }
    assert len(bereik_berekenen(onderdrukken=False).schooljaren) >= 4


def test_dashboard_panels_for_trainer_and_school(ingelogd_als, client):
    from portal.models import User

    load_organisaties()
    load_accounts()
    load_trajecten()

    trainer = User.objects.get(email="trainer@demo.re-fit.example")
    assert "T-DEM2F" in ingelogd_als(trainer).get("/dashboard/").text
    school = User.objects.get(email="school@demo.re-fit.example")
    assert "T-DEM2A" in ingelogd_als(school).get("/dashboard/").text


def test_every_page_of_the_demo_trajecten_works_for_the_coordinator(ingelogd_als):
    """No 500s: every page of every demo trajectory, for the demo trainer who coordinates the school."""
    from portal.models import User
    from portal.schoolvakanties import schoolvakanties_inrichten

    schoolvakanties_inrichten()
    load_organisaties()
    load_accounts()
    load_trajecten()
    client = ingelogd_als(User.objects.get(email="trainer@demo.re-fit.example"))

    for traject in Traject.objects.filter(code__startswith="T-DE"):
        for pad in (
            "",
            "advies/",
            "intake/",
            "besluit/",
            "planning/",
            "berichten/",
            "eindverslag/",
            "afsluiten/",
            "inzage/",
            "bijlagen/nieuw/",
        ):
            antwoord = client.get(f"/trajecten/{traject.code}/{pad}")
            coordineert = traject.uitvoerder.naam == "Het Groene Lyceum"
            assert antwoord.status_code == (200 if coordineert or pad != "inzage/" else 404), (
                traject.code,
                traject.status,
                pad,
                antwoord.status_code,
            )
        for bijeenkomst in traject.bijeenkomsten.all()[:2]:
            assert client.get(f"/trajecten/{traject.code}/bijeenkomsten/{bijeenkomst.pk}/").status_code == 200
    assert client.get("/trajecten/T-DEM2E/planning/", {"startdatum": "2026-12-01"}).status_code == 200
