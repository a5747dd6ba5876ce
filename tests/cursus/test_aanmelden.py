"""Applying for an edition: a seat while one is free, then the waiting list; refused input changes nothing."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from cursus.choices import Achtergrond, Beoordeling, RondeStatus
from cursus.models import Aanmelding
from cursus.services.aanmelden import aanmelding_indienen, aanmelding_indienen_met_account
from portal.models import User
from portal.plaatsing import PlaatsStatus
from portal.roles import roles_of
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, aanvraag
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_an_application_takes_a_free_seat_and_is_confirmed_by_mail_in_dutch(na_commit):
    ronde = CursusrondeFactory(capaciteit=2)
    persoon = UserFactory()

    with na_commit():
        aanmelding = aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=persoon)

    assert aanmelding.status == PlaatsStatus.GEPLAATST
    assert aanmelding.beoordeling == Beoordeling.OPEN
    message = mail.outbox[-1]
    assert message.to == [persoon.email]
    assert message.subject == "[Re-Fit] We hebben je aanmelding voor de trainerscursus ontvangen"
    assert "Er is een plaats voor je vrijgehouden" in message.body
    assert message.alternatives[0].mimetype == "text/html"
    assert persoon.last_name not in message.subject


def test_when_full_applicants_join_the_waiting_list_in_order(na_commit):
    ronde = CursusrondeFactory(capaciteit=1)
    eerste, tweede, derde = UserFactory(), UserFactory(), UserFactory()

    with na_commit():
        aanmeldingen = [
            aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=p)
            for p in (eerste, tweede, derde)
        ]

    assert [a.status for a in aanmeldingen] == [
        PlaatsStatus.GEPLAATST,
        PlaatsStatus.WACHTLIJST,
        PlaatsStatus.WACHTLIJST,
    ]
    assert "op plek 2" in mail.outbox[-1].body
    assert ronde.actuele_status == RondeStatus.VOL


def test_applying_without_an_account_creates_one_without_password_or_role(na_commit):
    ronde = CursusrondeFactory()

    with na_commit():
        aanmelding = aanmelding_indienen_met_account(
            cursusronde=ronde,
            aanvraag=aanvraag(),
            email="Nieuw@School.nl",
            voornaam="Noor",
            achternaam="Nieuw",
        )

    user = User.objects.get(email="nieuw@school.nl")
    assert aanmelding.user == user
    assert not user.has_usable_password()
    assert roles_of(user) == frozenset()
    assert mail.outbox[-1].to == ["nieuw@school.nl"]


def test_the_public_form_applies_after_the_address_is_confirmed(client, na_commit):
    ronde = CursusrondeFactory()
    data = {
        "voornaam": "Noor",
        "achternaam": "Nieuw",
        "email": "noor@school.nl",
        "organisatie": "Het Anker",
        "achtergrond": "anders",
        "achtergrond_toelichting": "Jeugdverpleegkundige",
        "ervaring_onderwijs": "Vijf jaar op school.",
        "motivatie": "Leerlingen helpen.",
    }

    with na_commit():
        response = client.post(f"/cursus/{ronde.pk}/aanmelden/", data)
    assert response.status_code == 302 and not Aanmelding.objects.exists()
    link = re.search(r"http://testserver(/cursus/bevestigen/\S+/)", mail.outbox[-1].body)[1]
    with na_commit():
        response = client.post(link)

    assert "Je aanmelding is ontvangen" in client.get(response.url).text
    assert Aanmelding.objects.get().achtergrond == Achtergrond.ANDERS


def test_the_public_page_lists_open_editions_only(client):
    open_ = CursusrondeFactory(naam="Open ronde")
    CursusrondeFactory(naam="Geplande ronde", status=RondeStatus.GEPLAND)
    CursusrondeFactory(naam="Gesloten ronde", aanmelden_tot=timezone.localdate() - timedelta(days=1))

    text = client.get("/cursus/").text

    assert open_.naam in text
    assert "Geplande ronde" not in text and "Gesloten ronde" not in text


def test_enrolling_twice_is_refused_and_changes_nothing(ongewijzigd):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.OPEN)

    with ongewijzigd(), pytest.raises(ValidationError, match=r"Je bent al aangemeld voor deze cursusronde."):
        aanmelding_indienen(cursusronde=aanmelding.cursusronde, aanvraag=aanvraag(), door=aanmelding.user)


def test_enrolling_twice_through_the_form_shows_the_message(client, ongewijzigd):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.OPEN)
    client.force_login(aanmelding.user)
    data = {"organisatie": "X", "achtergrond": "pedagogisch", "ervaring_onderwijs": "Ja", "motivatie": "Ja"}

    with ongewijzigd():
        response = client.post(f"/cursus/{aanmelding.cursusronde.pk}/aanmelden/", data)

    assert response.status_code == 200
    assert "Je bent al aangemeld voor deze cursusronde." in response.text


def test_enrolling_after_the_deadline_is_refused_and_changes_nothing(ongewijzigd):
    ronde = CursusrondeFactory()
    persoon = UserFactory()

    with (
        time_machine.travel(timezone.now() + timedelta(days=21), tick=False),
        ongewijzigd(),
        pytest.raises(ValidationError, match="De aanmeldtermijn is verstreken: aanmelden kon tot en met"),
    ):
        aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=persoon)


def test_enrolling_on_the_last_day_of_the_deadline_is_still_possible():
    ronde = CursusrondeFactory()

    with time_machine.travel(timezone.now() + timedelta(days=20), tick=False):
        aanmelding = aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=UserFactory())

    assert aanmelding.status == PlaatsStatus.GEPLAATST


def test_a_refused_anonymous_application_leaves_no_account_behind(ongewijzigd):
    ronde = CursusrondeFactory(status=RondeStatus.GEPLAND)

    with (
        ongewijzigd(),
        pytest.raises(ValidationError, match=r"Voor deze cursusronde kun je je niet aanmelden."),
    ):
        aanmelding_indienen_met_account(
            cursusronde=ronde, aanvraag=aanvraag(), email="iemand@school.nl", voornaam="I", achternaam="M"
        )


def test_an_address_with_a_working_account_must_log_in_first(ongewijzigd):
    bestaand = UserFactory(email="bestaat@school.nl")
    ronde = CursusrondeFactory()

    with ongewijzigd(), pytest.raises(ValidationError, match=r"Log in en meld je daarna aan."):
        aanmelding_indienen_met_account(
            cursusronde=ronde, aanvraag=aanvraag(), email="Bestaat@School.nl", voornaam="B", achternaam="E"
        )

    assert not Aanmelding.objects.filter(user=bestaand).exists()


def test_background_anders_needs_an_explanation(ongewijzigd):
    ronde = CursusrondeFactory()
    persoon = UserFactory()

    with ongewijzigd(), pytest.raises(ValidationError, match="Licht toe welke achtergrond je hebt"):
        aanmelding_indienen(
            cursusronde=ronde, aanvraag=aanvraag(achtergrond=Achtergrond.ANDERS), door=persoon
        )


def test_applying_again_after_cancelling_is_possible():
    eerder = AanmeldingFactory(status=PlaatsStatus.AFGEMELD)

    opnieuw = aanmelding_indienen(cursusronde=eerder.cursusronde, aanvraag=aanvraag(), door=eerder.user)

    assert opnieuw.pk != eerder.pk and opnieuw.status == PlaatsStatus.GEPLAATST
