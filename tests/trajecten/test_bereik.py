"""Rule 'bereik': pupils per school year and organisation, individual and group; small counts suppressed."""

from datetime import date

import pytest

from tests.portal.factories import UserFactory
from tests.trajecten import factories as f
from trajecten.bereik import bereik_berekenen, bereik_csv
from trajecten.choices import Variant

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisaties():
    a, b = f.school(naam="A-school"), f.school(naam="B-dienst")
    gestart = [
        (a, "2023-2024", Variant.INDIVIDUEEL, 2),
        (a, "2024-2025", Variant.INDIVIDUEEL, 6),
        (a, "2024-2025", Variant.GROEP, 5),
        (b, "2024-2025", Variant.INDIVIDUEEL, 3),
    ]
    for org, schooljaar, variant, aantal in gestart:
        for _ in range(aantal):
            f.TrajectFactory(
                school=org, gestart_in_schooljaar=schooljaar, variant=variant, met_identiteit=False
            )
    f.TrajectFactory(school=a, startdatum=date(2024, 9, 1))  # planned, never started: not counted
    return a, b


def test_bereik_per_school_year_organisation_and_variant_with_totals(organisaties):
    a, _b = organisaties
    bereik = bereik_berekenen(onderdrukken=False)

    assert bereik.schooljaren == ["2023-2024", "2024-2025"]
    assert bereik.aantal("2024-2025", a.pk, Variant.INDIVIDUEEL) == 6
    assert bereik.aantal("2024-2025", a.pk, Variant.GROEP) == 5
    assert bereik.aantal("2024-2025") == 14
    assert bereik.kolomtotaal(a.pk, Variant.INDIVIDUEEL) == 8
    assert bereik.kolomtotaal() == 16
    rijen = list(bereik.rijen)
    assert rijen[1] == ("2024-2025", ["6", "5", "3", "0"], ["9", "5"], "14")


def test_bereik_suppresses_counts_below_five_outside_the_kerngroep(organisaties):
    bereik = bereik_berekenen(onderdrukken=True)

    rijen = list(bereik.rijen)
    assert rijen[0][1] == ["< 5", "0", "0", "0"]
    assert rijen[1][1] == ["6", "5", "< 5", "0"]
    assert "< 5" in bereik_csv(bereik)


def test_the_kerngroep_sees_the_bereik_with_chart_and_csv(organisaties, ingelogd_als):
    client = ingelogd_als(UserFactory(roles=["kerngroep"]))

    pagina = client.get("/trajecten/bereik/")
    csv = client.get("/trajecten/bereik.csv")

    assert pagina.status_code == 200 and "<svg" in pagina.text and "< 5" not in pagina.text
    assert csv["Content-Type"].startswith("text/csv")
    assert csv.content.decode().splitlines()[-1] == "Totaal;8;5;3;0;11;5;16"


def test_a_trainer_without_coordination_sees_no_bereik(organisaties, ingelogd_als):
    assert ingelogd_als(f.trainer()).get("/trajecten/bereik/").status_code == 403


def test_the_kept_reach_counts_follow_a_training_that_starts_and_a_record_that_is_deleted(organisaties):
    _a, b = organisaties
    assert bereik_berekenen(onderdrukken=False).aantal("2024-2025") == 14  # computed, then kept

    traject = f.TrajectFactory(school=b, met_identiteit=False)
    assert bereik_berekenen(onderdrukken=False).aantal("2024-2025") == 14  # not started: not counted

    traject.gestart_in_schooljaar = "2024-2025"
    traject.save()
    assert bereik_berekenen(onderdrukken=False).aantal("2024-2025", traject.uitvoerder_id) == 4

    traject.delete()
    assert bereik_berekenen(onderdrukken=False).aantal("2024-2025", traject.uitvoerder_id) == 3
