"""Right of access: a trainer downloads their own data as JSON; nobody else's, and no pupil data."""

import json

import pytest
from django.conf import settings
from wagtail.models import Locale, ModelLogEntry, Page

from content.models.voortgang import Leesvoortgang
from licenties.services import dag_aanmelden
from portal.eigen_gegevens import ACTIE_GEDOWNLOAD
from portal.roles import Role, grant_role
from tests.intervisie.factories import IntervisiegroepFactory, lid
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory, geschikte_deelnemer
from tests.portal.factories import LidmaatschapFactory, UserFactory, activate_totp
from tests.trajecten import factories as trajecten

pytestmark = pytest.mark.django_db

URL = "/account/mijn-account/gegevens.json"


@pytest.fixture
def trainer():
    """A trainer with something in every section: course, licence, day, organisation, group, reading."""
    aanmelding = geschikte_deelnemer()
    user = aanmelding.user
    grant_role(user, Role.TRAINER)
    LicentieFactory(houder=user, nummer="RF-2025-0101")
    dag_aanmelden(dag=ProfessionaliseringsdagFactory(thema="Slapen en schoolverzuim"), door=user)
    LidmaatschapFactory(user=user)
    lid(IntervisiegroepFactory(naam="Landelijk 7"), user)
    pagina = Page.objects.filter(depth=2).first() or Page.objects.first()
    if pagina is None:  # a reused test database, flushed by transactional tests, has no page tree
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        pagina = Page.add_root(instance=Page(title="Root", slug="root"))
    Leesvoortgang.objects.create(user=user, page=pagina)
    activate_totp(user)
    return user


def test_a_trainer_downloads_their_own_data_in_every_section(client, trainer):
    client.force_login(trainer)

    antwoord = client.get(URL)

    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "application/json"
    assert antwoord["Content-Disposition"] == 'attachment; filename="mijn-gegevens-re-fit.json"'
    assert "no-store" in antwoord["Cache-Control"] or "no-cache" in antwoord["Cache-Control"]
    gegevens = json.loads(antwoord.content)
    assert gegevens["account"]["email"] == trainer.email
    assert "Trainer" in gegevens["account"]["rollen"]
    assert len(gegevens["organisaties"]) == 1
    assert [d["cursusronde"] for d in gegevens["cursusdeelnames"]] == [
        trainer.cursusaanmeldingen.get().cursusronde.naam
    ]
    assert gegevens["cursusdeelnames"][0]["werkagenda"]["doel"] == "Re-Fit in het zorgteam verankeren."
    assert len(gegevens["cursusdeelnames"][0]["aanwezigheid"]) == 4
    assert [lic["nummer"] for lic in gegevens["licenties"]] == ["RF-2025-0101"]
    assert [d["thema"] for d in gegevens["professionaliseringsdagen"]] == ["Slapen en schoolverzuim"]
    assert [g["groep"] for g in gegevens["intervisiegroepen"]] == ["Landelijk 7"]
    assert len(gegevens["leesvoortgang"]) == 1
    assert gegevens["favoriete_activiteiten"] == []


def test_the_download_holds_no_pupil_data_and_nobody_elses_data(client, trainer):
    collega = UserFactory(roles=["trainer"], email="collega@voorbeeld.nl", last_name="Collegaszoon")
    LicentieFactory(houder=collega, nummer="RF-2025-0999")
    traject = trajecten.TrajectFactory(trainers=[trainer, collega])
    leerling = traject.identiteit.gegevens
    opleider_ids = {trainer.cursusaanmeldingen.get().aftekening.afgetekend_door_id}
    client.force_login(trainer)

    inhoud = client.get(URL).content.decode()

    for vreemd in (collega.email, collega.last_name, "RF-2025-0999", traject.code):
        assert vreemd not in inhoud
    for waarde in (leerling.voornaam, leerling.achternaam, leerling.ouders_naam, leerling.ouders_email):
        assert waarde not in inhoud
    for opleider in UserFactory._meta.model.objects.filter(pk__in=opleider_ids):
        assert opleider.email not in inhoud


def test_the_download_is_logged_by_id_without_personal_data(client, trainer):
    client.force_login(trainer)

    client.get(URL)

    entry = ModelLogEntry.objects.get(action=ACTIE_GEDOWNLOAD)
    assert entry.user_id == trainer.pk and entry.object_id == str(trainer.pk)
    assert trainer.email not in entry.label and trainer.last_name not in entry.label


def test_the_download_needs_a_login_and_the_account_page_links_to_it(client, trainer):
    assert client.get(URL).status_code == 302
    assert not ModelLogEntry.objects.filter(action=ACTIE_GEDOWNLOAD).exists()

    client.force_login(trainer)
    pagina = client.get("/account/mijn-account/").content.decode()
    assert f'href="{URL}"' in pagina and "Download mijn gegevens" in pagina
