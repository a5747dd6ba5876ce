"""The kerngroep forms groups from unassigned licensed trainers in one admin screen."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from intervisie.models import Groepslidmaatschap, Intervisiegroep
from portal.models.organisaties import Regio
from tests.intervisie.factories import IntervisiegroepFactory, lid, trainer
from tests.portal.factories import OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/intervisie_indelen/"


@pytest.fixture
def ongeplaatst():
    organisaties = [OrganisatieFactory(regio=Regio.NOORD) for _ in range(3)] + [
        OrganisatieFactory(regio=Regio.ZUID) for _ in range(3)
    ]
    return [trainer(organisatie=organisaties[i % 6]) for i in range(12)]


def test_the_screen_shows_unassigned_licensed_trainers_with_a_proposal(kerngroep, ingelogd_als, ongeplaatst):
    al_ingedeeld = trainer()
    lid(IntervisiegroepFactory(naam="Bestaand"), al_ingedeeld)
    zonder_licentie = trainer(licentie=False)

    response = ingelogd_als(kerngroep).get(URL)

    assert response.status_code == 200
    tekst = response.content.decode()
    assert "12 trainers met een licentie hebben nog geen landelijke groep." in tekst
    assert "Nieuwe groep 2" in tekst
    for user in ongeplaatst:
        assert f'name="trainer-{user.pk}"' in tekst
    assert f'name="trainer-{al_ingedeeld.pk}"' not in tekst
    assert f'name="trainer-{zonder_licentie.pk}"' not in tekst


def test_confirming_the_edited_proposal_creates_groups_and_mails_every_member(
    kerngroep, ingelogd_als, ongeplaatst, na_commit
):
    client = ingelogd_als(kerngroep)
    formulier = client.get(URL).context["form"]
    data = {naam: veld.initial for naam, veld in formulier.fields.items()}
    # The kerngroep edits: the first trainer is left out, the second goes to the spare third group.
    data[f"trainer-{ongeplaatst[0].pk}"] = ""
    data[f"trainer-{ongeplaatst[1].pk}"] = "nieuw-3"
    data["naam-3"] = "Landelijk Extra"

    with na_commit():
        response = client.post(URL, data)

    assert response.status_code == 302
    assert Intervisiegroep.objects.count() == 3
    assert Groepslidmaatschap.objects.count() == 11
    assert Groepslidmaatschap.objects.get(user=ongeplaatst[1]).groep.naam == "Landelijk Extra"
    assert not Groepslidmaatschap.objects.filter(user=ongeplaatst[0]).exists()
    assert len(mail.outbox) == 11


def test_a_duplicate_group_name_is_refused_and_nothing_is_created(
    kerngroep, ingelogd_als, ongeplaatst, ongewijzigd
):
    IntervisiegroepFactory(naam="Landelijk Noord")
    client = ingelogd_als(kerngroep)
    formulier = client.get(URL).context["form"]
    data = {naam: veld.initial for naam, veld in formulier.fields.items()}
    data["naam-1"] = "Landelijk Noord"

    with ongewijzigd():
        response = client.post(URL, data)

    assert response.status_code == 400
    assert "Er is al een groep met de naam Landelijk Noord." in response.content.decode()


def test_adding_to_a_full_existing_group_refuses_the_whole_confirmation(
    kerngroep, ingelogd_als, ongeplaatst, ongewijzigd
):
    vol = IntervisiegroepFactory(naam="Vol", min_grootte=2, max_grootte=2)
    lid(vol, trainer())
    client = ingelogd_als(kerngroep)
    formulier = client.get(URL).context["form"]
    data = {naam: veld.initial for naam, veld in formulier.fields.items()}
    data[f"trainer-{ongeplaatst[0].pk}"] = f"groep-{vol.pk}"
    data[f"trainer-{ongeplaatst[1].pk}"] = f"groep-{vol.pk}"

    with ongewijzigd():
        response = client.post(URL, data)

    assert response.status_code == 400
    assert "het maximum is 2" in response.content.decode()


def test_trainers_cannot_open_the_screen(ingelogd_als):
    user = trainer()
    response = ingelogd_als(user).get(URL)
    assert response.status_code in (302, 403)


def test_the_admin_menu_hides_forming_groups_from_whom_may_not_form_them(ingelogd_als):
    """Wagtail's own editor group reaches the admin but holds no intervisie permission."""
    redacteur = UserFactory()
    redacteur.groups.add(Group.objects.get(name="Editors"))
    client = ingelogd_als(redacteur)

    assert "Groepen vormen" not in client.get("/admin/").text
    assert client.get(URL).status_code in (302, 403)
