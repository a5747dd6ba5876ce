"""Rule 'wie ziet wat': one visibility layer; outside your scope every case page answers 404."""

from datetime import date

import pytest
from django.core.files.base import ContentFile

from portal.models import Lidmaatschap
from tests.portal.factories import UserFactory
from tests.trajecten import factories as f
from trajecten.choices import BijlageSoort, Status
from trajecten.models import Bijlage, Eindverslag, Traject

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% test\n"


@pytest.fixture
def wereld():
    """A trajectory in training at school A with attachment and eindverslag, and one person per role."""
    school_a, school_b = f.school(), f.school()
    toegewezen = f.trainer(organisatie=school_a)
    traject = f.TrajectFactory(
        school=school_a,
        status=Status.IN_TRAINING,
        trainers=[toegewezen],
        met_identiteit__achternaam="Zwanenburg",
    )
    bijlage = Bijlage(
        traject=traject, soort=BijlageSoort.WERKBLAD, content_type="application/pdf", grootte=len(PDF)
    )
    bijlage.bestand.save("rust Zwanenburg.pdf", ContentFile(PDF), save=False)
    bijlage.save()
    Eindverslag.objects.create(
        traject=traject,
        versie=1,
        eindgesprek_op=date(2026, 12, 1),
        startsituatie="Vaak thuis.",
        ontwikkeling="Meer rust.",
        aandachtspunten_jongere="Pauzes.",
        aandachtspunten_ouders="Ritme.",
        aandachtspunten_school="Rustplek.",
    )
    kerngroep = UserFactory(roles=["kerngroep"])
    return {
        "traject": traject,
        "bijlage": bijlage,
        "personen": {
            "toegewezen_trainer": toegewezen,
            "andere_trainer": f.trainer(organisatie=school_a),
            "coordinator": f.trainer(organisatie=school_a, coordinator=True),
            "coordinator_elders": f.trainer(organisatie=school_b, coordinator=True),
            "schoolcontact": f.schoolcontact(school_a),
            "schoolcontact_elders": f.schoolcontact(school_b),
            "kerngroep": kerngroep,
            "cursist": UserFactory(roles=["cursist"]),
        },
    }


def paginas(traject, bijlage):
    code = traject.code
    return {
        "detail": f"/trajecten/{code}/",
        "pdf": f"/trajecten/{code}/eindverslag/1.pdf",
        "export": f"/trajecten/{code}/export/",
        "bijlage": f"/trajecten/{code}/bijlagen/{bijlage.pk}/",
        "intake": f"/trajecten/{code}/intake/",
        "inzage": f"/trajecten/{code}/inzage/",
    }


# Who gets what: 200 where allowed, 404 everywhere else. The school contact gets a status page.
MAG = {
    "toegewezen_trainer": {"lijst", "detail", "pdf", "bijlage", "intake"},
    "coordinator": {"lijst", "detail", "pdf", "bijlage", "intake", "export", "inzage"},
    "schoolcontact": {"lijst", "detail"},
    "andere_trainer": set(),
    "coordinator_elders": set(),
    "schoolcontact_elders": set(),
    "kerngroep": set(),
    "cursist": set(),
}


@pytest.mark.parametrize("rol", list(MAG))
def test_the_visibility_matrix(rol, wereld, ingelogd_als):
    traject, persoon = wereld["traject"], wereld["personen"][rol]
    client = ingelogd_als(persoon)

    lijst = client.get("/trajecten/")
    zoeken = client.get("/trajecten/", {"q": traject.code})
    assert lijst.status_code == zoeken.status_code == 200
    link = f'href="/trajecten/{traject.code}/"'
    assert (link in lijst.text) is ("lijst" in MAG[rol])
    assert (link in zoeken.text) is ("lijst" in MAG[rol])
    for naam, url in paginas(traject, wereld["bijlage"]).items():
        antwoord = client.get(url)
        verwacht = 200 if naam in MAG[rol] else 404
        assert antwoord.status_code == verwacht, (rol, naam, antwoord.status_code)
        if verwacht == 200:
            assert "no-store" in antwoord["Cache-Control"]
            assert "Zwanenburg" not in antwoord.get("Content-Disposition", "")


def test_a_schoolcontact_sees_only_the_status_not_the_name(wereld, ingelogd_als):
    client = ingelogd_als(wereld["personen"]["schoolcontact"])

    antwoord = client.get(f"/trajecten/{wereld['traject'].code}/")

    assert "In training" in antwoord.text
    assert "Zwanenburg" not in antwoord.text and "Vaak thuis" not in antwoord.text


def test_an_assigned_trainer_sees_the_name_on_the_case_page(wereld, ingelogd_als):
    antwoord = ingelogd_als(wereld["personen"]["toegewezen_trainer"]).get(
        f"/trajecten/{wereld['traject'].code}/"
    )

    assert "Zwanenburg" in antwoord.text


def test_a_trainer_no_longer_assigned_loses_access_at_the_next_request(wereld, ingelogd_als):
    traject, trainer = wereld["traject"], wereld["personen"]["toegewezen_trainer"]
    client = ingelogd_als(trainer)
    assert client.get(f"/trajecten/{traject.code}/").status_code == 200

    traject.trainers.remove(trainer)

    assert client.get(f"/trajecten/{traject.code}/").status_code == 404


def test_a_deactivated_trainer_loses_access_at_the_next_request(wereld, ingelogd_als):
    traject, trainer = wereld["traject"], wereld["personen"]["toegewezen_trainer"]
    client = ingelogd_als(trainer)

    trainer.is_active = False
    trainer.save()

    antwoord = client.get(f"/trajecten/{traject.code}/")
    assert antwoord.status_code == 302 and "/account/login/" in antwoord.url


def test_a_coordinator_without_the_trainer_role_sees_no_case_records(wereld):
    """Coordinators read case data, so they need the trainer role (and with it two-step login)."""
    schoolcontact = wereld["personen"]["schoolcontact"]
    Lidmaatschap.objects.filter(user=schoolcontact).update(is_coordinator=True)

    assert not Traject.objects.zichtbaar_voor(schoolcontact).exists()


def test_an_anonymous_visitor_is_sent_to_the_login(wereld, client):
    antwoord = client.get(f"/trajecten/{wereld['traject'].code}/")

    assert antwoord.status_code == 302 and "/account/login/" in antwoord.url


def test_a_bijlage_is_stored_outside_the_media_under_a_random_name(wereld, settings):
    bijlage = wereld["bijlage"]

    assert "Zwanenburg" not in bijlage.bestand.name
    assert not str(bijlage.bestand.path).startswith(str(settings.MEDIA_ROOT))
    assert str(bijlage.bestand.path).startswith(str(settings.PRIVATE_MEDIA_ROOT))
