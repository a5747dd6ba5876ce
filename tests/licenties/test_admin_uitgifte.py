"""Issuing licences in the admin: per participant, or a whole edition in the background with its progress."""

import pytest
from django.core import mail
from django.utils.html import escape

from cursus.models import Aanwezigheid
from licenties.models import Licentie, Uitgifteopdracht
from portal.roles import Role, has_role
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, over
from tests.licenties.factories import LicentieFactory, geschikte_deelnemer

pytestmark = pytest.mark.django_db


@pytest.fixture
def ronde():
    return CursusrondeFactory(
        naam="Najaar 2026", dagen=(-120, -113, -60, -30), aanmelden_tot=over(-140), afmelden_tot=over(-130)
    )


def test_the_edition_page_shows_who_is_eligible_and_why_others_are_not(kerngroep, ingelogd_als, ronde):
    geschikt = geschikte_deelnemer(ronde)
    bijna = geschikte_deelnemer(ronde)
    bijna.werkagenda.delete()
    client = ingelogd_als(kerngroep)

    assert "Najaar 2026" in client.get("/admin/licentie-uitgifte/").text
    response = client.get(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/")

    assert response.status_code == 200
    assert escape(geschikt.user.get_full_name()) in response.text
    assert escape(bijna.user.get_full_name()) in response.text
    assert "De werkagenda is nog niet ingediend." in response.text
    assert response.text.count(">Uitgeven<") == 1
    assert "1 deelnemer kan een licentie krijgen." in response.text


def test_issuing_one_participant_gives_the_licence_and_the_trainer_role(
    kerngroep, ingelogd_als, ronde, na_commit
):
    aanmelding = geschikte_deelnemer(ronde)
    client = ingelogd_als(kerngroep)

    with na_commit():
        response = client.post(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/uitgeven/{aanmelding.pk}/")

    assert response.status_code == 302
    licentie = Licentie.objects.get(aanmelding=aanmelding)
    assert licentie.uitgegeven_door == kerngroep
    assert has_role(licentie.houder, Role.TRAINER)
    assert len(mail.outbox) == 1
    pagina = client.get(response.url)
    assert f"Licentie {licentie.nummer} uitgegeven." in pagina.text
    assert licentie.nummer in pagina.text and ">Uitgeven<" not in pagina.text


def test_issuing_someone_who_is_not_eligible_is_refused_with_the_reason(
    kerngroep, ingelogd_als, ronde, ongewijzigd
):
    aanmelding = geschikte_deelnemer(ronde)
    Aanwezigheid.objects.filter(aanmelding=aanmelding).first().delete()
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(
            f"/admin/licentie-uitgifte/ronde/{ronde.pk}/uitgeven/{aanmelding.pk}/", follow=True
        )

    assert "komt (nog) niet in aanmerking" in response.text


def test_a_participant_of_another_edition_cannot_be_issued_through_this_one(
    kerngroep, ingelogd_als, ronde, ongewijzigd
):
    elders = geschikte_deelnemer()
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/uitgeven/{elders.pk}/")

    assert response.status_code == 404


def test_issuing_a_whole_edition_runs_in_the_background_and_reports_progress(
    kerngroep, ingelogd_als, ronde, na_commit
):
    deelnemers = [geschikte_deelnemer(ronde), geschikte_deelnemer(ronde)]
    AanmeldingFactory(cursusronde=ronde)  # did nothing yet: not eligible
    client = ingelogd_als(kerngroep)

    with na_commit():
        response = client.post(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/alle/")

    opdracht = Uitgifteopdracht.objects.get()
    assert (
        response.status_code == 302 and response.url == f"/admin/licentie-uitgifte/voortgang/{opdracht.pk}/"
    )
    assert (opdracht.totaal, opdracht.verwerkt, opdracht.uitgegeven) == (2, 2, 2)
    assert opdracht.klaar_op is not None and opdracht.aangevraagd_door == kerngroep
    assert set(Licentie.objects.values_list("aanmelding", flat=True)) == {d.pk for d in deelnemers}
    voortgang = client.get(response.url)
    assert 'role="status"' in voortgang.text and "2 licenties uitgegeven." in voortgang.text
    assert 'http-equiv="refresh"' not in voortgang.text


def test_the_progress_page_refreshes_itself_without_script_while_running(kerngroep, ingelogd_als, ronde):
    opdracht = Uitgifteopdracht.objects.create(
        cursusronde=ronde, aangevraagd_door=kerngroep, totaal=4, verwerkt=1
    )

    response = ingelogd_als(kerngroep).get(f"/admin/licentie-uitgifte/voortgang/{opdracht.pk}/")

    assert '<meta http-equiv="refresh" content="3">' in response.text
    assert "Bezig: 1 van 4 deelnemers verwerkt." in response.text
    assert '<progress id="uitgifte-voortgang" max="100" value="25">25%</progress>' in response.text
    inhoud = response.text[response.text.index('role="status"') :]
    assert "<script" not in inhoud.split("</main>")[0]


def test_a_second_click_while_issuing_runs_shows_the_running_job(kerngroep, ingelogd_als, ronde, ongewijzigd):
    geschikte_deelnemer(ronde)
    opdracht = Uitgifteopdracht.objects.create(cursusronde=ronde, aangevraagd_door=kerngroep)
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/alle/")

    assert response.url == f"/admin/licentie-uitgifte/voortgang/{opdracht.pk}/"


def test_issuing_an_edition_without_eligible_participants_starts_nothing(
    kerngroep, ingelogd_als, ronde, ongewijzigd
):
    AanmeldingFactory(cursusronde=ronde)
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/alle/", follow=True)

    assert "niemand die nog een licentie kan krijgen" in response.text


def test_a_trainer_cannot_issue(ingelogd_als, ronde, ongewijzigd):
    aanmelding = geschikte_deelnemer(ronde)
    trainer = LicentieFactory().houder
    client = ingelogd_als(trainer)

    with ongewijzigd():
        assert (
            client.post(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/uitgeven/{aanmelding.pk}/").status_code
            == 302
        )
        assert client.post(f"/admin/licentie-uitgifte/ronde/{ronde.pk}/alle/").status_code == 302
