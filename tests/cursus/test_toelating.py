"""Admission: the kerngroep or an opleider admits or refuses with a reason; admitted and seated = cursist."""

import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from cursus.choices import Beoordeling
from cursus.models import Aanmelding
from cursus.services.aanmelden import (
    aanmelding_afwijzen,
    aanmelding_indienen,
    aanmelding_indienen_met_account,
    aanmelding_toelaten,
)
from portal.models import Uitnodiging, User
from portal.plaatsing import PlaatsStatus
from portal.roles import Role, roles_of
from tests.cursus.factories import AanmeldingFactory, CursusrondeFactory, aanvraag
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

WACHTWOORD = "zomer-fiets-lantaarn-42"


def test_admitting_a_seated_applicant_makes_them_cursist_and_invites_them_to_set_a_password(
    kerngroep, na_commit, client
):
    with na_commit():
        aanmelding = aanmelding_indienen_met_account(
            cursusronde=CursusrondeFactory(),
            aanvraag=aanvraag(),
            email="noor@school.nl",
            voornaam="Noor",
            achternaam="N",
        )
    mail.outbox.clear()

    with na_commit():
        aanmelding_toelaten(aanmelding=aanmelding, door=kerngroep)

    user = User.objects.get(email="noor@school.nl")
    assert roles_of(user) == {Role.CURSIST}
    onderwerpen = sorted(m.subject for m in mail.outbox)
    assert onderwerpen == [
        "[Re-Fit] Je bent toegelaten tot de trainerscursus",
        "[Re-Fit] Je uitnodiging voor het Re-Fit portaal",
    ]
    uitnodiging = next(m for m in mail.outbox if "uitnodiging" in m.subject)
    link = re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", uitnodiging.body).group(1)
    response = client.post(
        link, {"voornaam": "Noor", "achternaam": "N", "wachtwoord1": WACHTWOORD, "wachtwoord2": WACHTWOORD}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(WACHTWOORD)
    assert Uitnodiging.objects.get().user == user
    assert client.get("/cursus/mijn-cursus/").status_code == 200


def test_someone_with_a_password_is_admitted_without_a_new_invitation(kerngroep, na_commit):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.OPEN, user=UserFactory())

    with na_commit():
        aanmelding_toelaten(aanmelding=aanmelding, door=kerngroep)

    assert [m.subject for m in mail.outbox] == ["[Re-Fit] Je bent toegelaten tot de trainerscursus"]
    assert "Je plaats is zeker" in mail.outbox[0].body
    assert not Uitnodiging.objects.exists()


def test_admitted_from_the_waiting_list_is_not_yet_a_participant(kerngroep, na_commit):
    aanmelding = AanmeldingFactory(
        beoordeling=Beoordeling.OPEN, status=PlaatsStatus.WACHTLIJST, user=UserFactory()
    )

    with na_commit():
        aanmelding_toelaten(aanmelding=aanmelding, door=kerngroep)

    aanmelding.refresh_from_db()
    assert aanmelding.beoordeling == Beoordeling.TOEGELATEN and not aanmelding.is_deelnemer
    assert Role.CURSIST not in roles_of(aanmelding.user)
    assert "je staat op de wachtlijst" in mail.outbox[0].body


def test_refusing_needs_a_reason_and_the_reason_is_mailed(kerngroep, na_commit, ongewijzigd):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.OPEN)

    with ongewijzigd(), pytest.raises(ValidationError, match="Geef een reden voor de afwijzing"):
        aanmelding_afwijzen(aanmelding=aanmelding, reden="  ", door=kerngroep)

    with na_commit():
        aanmelding_afwijzen(aanmelding=aanmelding, reden="Geen ervaring in het onderwijs.", door=kerngroep)
    aanmelding.refresh_from_db()
    assert (aanmelding.beoordeling, aanmelding.status) == (Beoordeling.AFGEWEZEN, PlaatsStatus.VERVALLEN)
    assert "Geen ervaring in het onderwijs." in mail.outbox[-1].body


def test_refusing_frees_the_seat_for_the_waiting_list(kerngroep, na_commit):
    ronde = CursusrondeFactory(capaciteit=1)
    eerste = aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=UserFactory())
    tweede = aanmelding_indienen(cursusronde=ronde, aanvraag=aanvraag(), door=UserFactory())

    with na_commit():
        aanmelding_afwijzen(aanmelding=eerste, reden="Past niet bij de doelgroep.", door=kerngroep)

    assert Aanmelding.objects.get(pk=tweede.pk).status == PlaatsStatus.AANGEBODEN


def test_deciding_twice_is_refused_and_changes_nothing(kerngroep, ongewijzigd):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.TOEGELATEN)

    with ongewijzigd(), pytest.raises(ValidationError, match=r"Over deze aanmelding is al besloten."):
        aanmelding_afwijzen(aanmelding=aanmelding, reden="Toch niet.", door=kerngroep)


def test_kerngroep_admits_in_the_wagtail_admin(kerngroep, ingelogd_als, na_commit):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.OPEN, user=UserFactory())
    client = ingelogd_als(kerngroep)
    assert client.get(f"/admin/aanmeldingen/edit/{aanmelding.pk}/").status_code == 200

    with na_commit():
        response = client.post(
            f"/admin/aanmeldingen/edit/{aanmelding.pk}/", {"besluit": "toelaten", "reden": ""}
        )

    assert response.status_code == 302
    aanmelding.refresh_from_db()
    assert aanmelding.is_deelnemer and aanmelding.beoordeeld_door == kerngroep


def test_refusing_without_reason_in_the_admin_shows_the_message(kerngroep, ingelogd_als, ongewijzigd):
    aanmelding = AanmeldingFactory(beoordeling=Beoordeling.OPEN)
    client = ingelogd_als(kerngroep)

    with ongewijzigd():
        response = client.post(
            f"/admin/aanmeldingen/edit/{aanmelding.pk}/", {"besluit": "afwijzen", "reden": ""}
        )

    assert response.status_code == 200
    assert "Geef een reden voor de afwijzing" in response.text


def test_an_opleider_decides_only_for_their_own_editions(opleider, ingelogd_als, na_commit):
    eigen = AanmeldingFactory(
        beoordeling=Beoordeling.OPEN, cursusronde=CursusrondeFactory(opleiders=[opleider])
    )
    andere = AanmeldingFactory(beoordeling=Beoordeling.OPEN)
    client = ingelogd_als(opleider)

    with na_commit():
        response = client.post(f"/cursus/aanmeldingen/{eigen.pk}/beoordelen/", {"besluit": "toelaten"})

    assert response.status_code == 302
    assert Aanmelding.objects.get(pk=eigen.pk).beoordeling == Beoordeling.TOEGELATEN
    assert client.get(f"/cursus/aanmeldingen/{andere.pk}/beoordelen/").status_code == 404


def test_a_cursist_cannot_open_the_opleider_pages(client):
    cursist = AanmeldingFactory().user
    client.force_login(cursist)

    assert client.get("/cursus/rondes/").status_code == 403
