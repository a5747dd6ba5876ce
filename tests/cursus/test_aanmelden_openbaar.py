"""The public course form: one answer for every address, a confirmed address before anything happens.

Issue 17 finding 2: the form told whether an address had an account, took any number of
submissions, and mailed a greeting with attacker-chosen text to any address.
"""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from cursus.models import Aanmelding
from portal.models import User
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

VRIJE_TEKST = "Klik-hier-voor-je-prijs"


def formulier(email: str, **extra) -> dict:
    return {
        "voornaam": VRIJE_TEKST,
        "achternaam": VRIJE_TEKST,
        "email": email,
        "organisatie": VRIJE_TEKST,
        "achtergrond": "pedagogisch",
        "achtergrond_toelichting": "",
        "ervaring_onderwijs": VRIJE_TEKST,
        "motivatie": VRIJE_TEKST,
        **extra,
    }


def versturen(client, ronde, email: str, na_commit, **extra):
    with na_commit():
        return client.post(f"/cursus/{ronde.pk}/aanmelden/", formulier(email, **extra), follow=True)


def antwoord(response) -> tuple:
    """What a visitor sees: every hop's status and location, the last page's text."""
    return (
        [(hop, status) for hop, status in response.redirect_chain],
        response.status_code,
        response.text,
    )


def bevestigingslink(bericht) -> str:
    return re.search(r"http://testserver(/cursus/bevestigen/\S+/)", bericht.body)[1]


def test_the_answer_for_a_known_address_equals_the_answer_for_a_new_one(na_commit):
    UserFactory(email="bestaat@school.nl")
    ronde = CursusrondeFactory()

    bekend = versturen(Client(), ronde, "bestaat@school.nl", na_commit)
    nieuw = versturen(Client(), ronde, "nieuw@school.nl", na_commit)

    assert antwoord(bekend) == antwoord(nieuw)
    assert "Kijk in je mailbox" in nieuw.text
    assert "Er bestaat al een account" not in bekend.text


def test_a_known_address_gets_a_mail_that_an_account_exists_with_a_login_link(na_commit):
    UserFactory(email="bestaat@school.nl")
    ronde = CursusrondeFactory()

    versturen(Client(), ronde, "Bestaat@School.nl", na_commit)

    (bericht,) = mail.outbox
    assert bericht.to == ["bestaat@school.nl"]
    assert "Er bestaat al een account met dit e-mailadres" in bericht.body
    assert f"http://testserver/account/login/?next=/cursus/{ronde.pk}/aanmelden/" in bericht.body
    assert not Aanmelding.objects.exists()


def test_no_account_and_no_greeting_before_the_address_is_confirmed(na_commit):
    ronde = CursusrondeFactory()

    versturen(Client(), ronde, "slachtoffer@school.nl", na_commit)

    assert not User.objects.filter(email="slachtoffer@school.nl").exists()
    assert not Aanmelding.objects.exists()
    (bericht,) = mail.outbox
    assert bericht.to == ["slachtoffer@school.nl"]
    inhoud = bericht.subject + bericht.body + bericht.alternatives[0].content
    assert VRIJE_TEKST not in inhoud


def test_the_confirmation_link_enrols_once_with_the_applicants_data(na_commit):
    ronde = CursusrondeFactory(capaciteit=1)
    client = Client()
    versturen(client, ronde, "noor@school.nl", na_commit, voornaam="Noor", motivatie="Leerlingen helpen.")
    link = bevestigingslink(mail.outbox[-1])

    assert "Bevestig je aanmelding" in client.get(link).text
    with na_commit():
        response = client.post(link, follow=True)

    assert "Je aanmelding is ontvangen" in response.text
    aanmelding = Aanmelding.objects.get()
    assert aanmelding.user.email == "noor@school.nl" and aanmelding.user.first_name == "Noor"
    assert aanmelding.motivatie == "Leerlingen helpen." and aanmelding.status == PlaatsStatus.GEPLAATST
    assert aanmelding.user.emailaddress_set.get().verified
    assert not aanmelding.user.has_usable_password()
    with na_commit():
        tweede = Client().post(link)
    assert tweede.status_code == 409 and "al gebruikt" in tweede.text
    assert Aanmelding.objects.count() == 1


def test_a_confirmation_link_expires_after_its_validity(na_commit):
    ronde = CursusrondeFactory()
    versturen(Client(), ronde, "laat@school.nl", na_commit)
    link = bevestigingslink(mail.outbox[-1])

    with time_machine.travel(timezone.now() + timedelta(hours=49), tick=False):
        response = Client().post(link)

    assert response.status_code == 404 and "niet (meer) geldig" in response.text
    assert not Aanmelding.objects.exists() and not User.objects.filter(email="laat@school.nl").exists()


def test_a_tampered_confirmation_link_is_refused():
    response = Client().post("/cursus/bevestigen/abc:def:ghi/")
    assert response.status_code == 404 and "niet (meer) geldig" in response.text


def test_the_form_refuses_the_sixth_submission_for_one_address_with_a_dutch_message(na_commit):
    ronde = CursusrondeFactory()
    for n in range(5):
        assert (
            versturen(Client(REMOTE_ADDR=f"10.0.0.{n}"), ronde, "doel@school.nl", na_commit).status_code
            == 200
        )

    te_veel = versturen(Client(REMOTE_ADDR="10.0.0.99"), ronde, "doel@school.nl", na_commit)

    assert te_veel.status_code == 429 and "te vaak verstuurd" in te_veel.text
    assert len(mail.outbox) == 5


def test_the_form_refuses_too_many_submissions_from_one_ip_address(na_commit):
    ronde = CursusrondeFactory()
    client = Client(REMOTE_ADDR="10.1.1.1")
    for n in range(10):
        assert versturen(client, ronde, f"adres{n}@school.nl", na_commit).status_code == 200

    te_veel = versturen(client, ronde, "nog-een@school.nl", na_commit)

    assert te_veel.status_code == 429 and "te vaak verstuurd" in te_veel.text
    assert len(mail.outbox) == 10


def test_a_logged_in_applicant_applies_at_once(client, na_commit):
    persoon = UserFactory()
    ronde = CursusrondeFactory()
    client.force_login(persoon)

    with na_commit():
        response = client.post(
            f"/cursus/{ronde.pk}/aanmelden/",
            {"organisatie": "X", "achtergrond": "pedagogisch", "ervaring_onderwijs": "Ja", "motivatie": "Ja"},
        )

    assert response.status_code == 302
    assert Aanmelding.objects.get().user == persoon


def test_a_second_confirmation_for_an_address_already_enrolled_says_so_and_changes_nothing(na_commit):
    eerder = AanmeldingFactory(user=UserFactory(email="dubbel@school.nl", password=None))
    versturen(Client(), eerder.cursusronde, "dubbel@school.nl", na_commit)
    link = bevestigingslink(mail.outbox[-1])

    response = Client().post(link)

    assert response.status_code == 409 and "Je bent al aangemeld voor deze cursusronde." in response.text
    assert Aanmelding.objects.count() == 1


def test_what_a_visitor_typed_is_deleted_once_the_link_has_expired(na_commit):
    from portal.models import Adresbevestiging
    from portal.tasks import adresbevestigingen_opruimen

    versturen(Client(), CursusrondeFactory(), "nooit-bevestigd@school.nl", na_commit)
    assert Adresbevestiging.objects.get().gegevens["aanvraag"]["motivatie"] == VRIJE_TEKST

    with time_machine.travel(timezone.now() + timedelta(hours=48, minutes=1), tick=False):
        adresbevestigingen_opruimen.call()

    assert not Adresbevestiging.objects.exists()
