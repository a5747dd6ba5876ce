"""Promise: one login door. Each door Wagtail, Django or the portal brings leads to allauth or is shut.

`tests/security/test_een_inlogdeur.py` searches every URL for a door; these tests name the known
ones, so that a broken one says which it is.
"""

import re

import pytest
from allauth.account import app_settings as account_settings
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.core.files.base import ContentFile
from wagtail.admin.forms.collections import CollectionViewRestrictionForm
from wagtail.admin.forms.pages import PageViewRestrictionForm
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from portal.models import Uitnodiging
from portal.roles import Role
from tests.content.factories import hoofdstuk, klein_kompas
from tests.portal.factories import PASSWORD, UserFactory, activate_totp

pytestmark = pytest.mark.django_db

LOGIN = "/account/login/"
CODE_STAP = "/account/2fa/authenticate/"
GEDEELD_WACHTWOORD = "gedeeld-geheim-van-vroeger"
GEHEIM = "Tekst achter het gedeelde wachtwoord"


def is_ingelogd(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def kerngroep_superuser():
    user = UserFactory(roles=[Role.KERNGROEP], is_staff=True, is_superuser=True)
    activate_totp(user)
    return user


@pytest.mark.parametrize("method", ["get", "post"])
def test_wagtails_login_for_private_pages_is_allauths_with_next_kept(client, kerngroep_superuser, method):
    response = getattr(client, method)(
        "/_util/login/?next=/trainerskompas/",
        {"username": kerngroep_superuser.email, "password": PASSWORD} if method == "post" else None,
    )

    assert response.status_code == 302
    assert response.url == f"{LOGIN}?next=/trainerskompas/"
    assert not is_ingelogd(client)


def test_a_private_kompas_page_sends_an_anonymous_visitor_to_allauth(client):
    hoofdstuk = klein_kompas()["hoofdstuk"]

    response = client.get(hoofdstuk.url)

    assert response.status_code == 302
    assert response.url == f"{LOGIN}?next={hoofdstuk.url}"


def test_the_django_admin_login_is_allauths_even_for_a_staff_member(client, kerngroep_superuser):
    """Django's own admin login would log a logged-in staff member in as whoever's password they type."""
    medewerker = UserFactory(roles=[Role.CURSIST], is_staff=True)
    client.force_login(medewerker)

    response = client.post(
        "/django-admin/login/?next=/django-admin/",
        {"username": kerngroep_superuser.email, "password": PASSWORD},
    )

    assert response.status_code == 302
    assert response.url == f"{LOGIN}?next=/django-admin/"
    assert client.session["_auth_user_id"] == str(medewerker.pk)


def test_an_anonymous_visitor_of_the_django_admin_ends_at_allauths_login(client):
    response = client.get("/django-admin/mfa/authenticator/", follow=True)

    assert response.request["PATH_INFO"] == LOGIN


def test_a_password_is_changed_at_allauth_not_in_the_django_admin(client):
    """Django's admin form has no rate limit on the old password; allauth's has (5 a minute)."""
    client.force_login(UserFactory(roles=[Role.CURSIST], is_staff=True))

    response = client.post("/django-admin/password_change/", {"old_password": "raden"})

    assert response.status_code == 302
    assert response.url == "/account/password/change/"


def test_pages_and_collections_offer_no_shared_password():
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}
    keuzes = {
        "pagina": PageViewRestrictionForm(
            private_page_options=[keuze for keuze, _label in PageViewRestriction.RESTRICTION_CHOICES]
        ),
        "collectie": CollectionViewRestrictionForm(),
    }
    for soort, form in keuzes.items():
        assert "password" not in form.fields, soort
        assert PageViewRestriction.PASSWORD not in dict(form.fields["restriction_type"].choices), soort


def test_a_shared_page_password_from_before_opens_nothing(client):
    """A restriction with a password (made before they were switched off) cannot be passed any more."""
    pagina = hoofdstuk(klein_kompas()["kompas"], titel="Achter een wachtwoord", tekst=GEHEIM)
    restriction = PageViewRestriction.objects.create(
        page=pagina, restriction_type=PageViewRestriction.PASSWORD, password=GEDEELD_WACHTWOORD
    )

    response = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{pagina.pk}/",
        {"password": GEDEELD_WACHTWOORD, "return_url": pagina.url},
    )

    assert response.status_code == 404
    doorgelaten = client.session.get(PageViewRestriction.passed_view_restrictions_session_key, [])
    assert restriction.pk not in doorgelaten
    assert GEHEIM not in client.get(pagina.url).text


def test_a_shared_collection_password_from_before_opens_nothing(client):
    collectie = Collection.get_first_root_node().add_child(name="Met gedeeld wachtwoord")
    restriction = CollectionViewRestriction.objects.create(
        collection=collectie,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=GEDEELD_WACHTWOORD,
    )
    document = get_document_model()(title="Afgeschermd", collection=collectie)
    document.file.save("afgeschermd.pdf", ContentFile(f"%PDF-1.4\n% {GEHEIM}\n".encode()), save=False)
    document.save()

    response = client.post(
        f"/documenten/authenticate_with_password/{restriction.pk}/",
        {"password": GEDEELD_WACHTWOORD, "return_url": document.url},
    )

    assert response.status_code == 404
    antwoord = client.get(document.url)
    inhoud = b"".join(antwoord.streaming_content) if antwoord.streaming else antwoord.content
    assert GEHEIM.encode() not in inhoud


def test_allauth_logs_in_only_by_its_own_login(client):
    """No code by mail, no login by confirming an address or by resetting the password, no sign-up."""
    assert account_settings.LOGIN_BY_CODE_ENABLED is False
    assert account_settings.LOGIN_ON_EMAIL_CONFIRMATION is False
    assert account_settings.LOGIN_ON_PASSWORD_RESET is False

    wachtwoord = "een-lang-wachtwoord"
    response = client.post(
        "/account/signup/", {"email": "nieuw@voorbeeld.nl", "password1": wachtwoord, "password2": wachtwoord}
    )

    assert not is_ingelogd(client)
    assert not EmailAddress.objects.filter(email="nieuw@voorbeeld.nl").exists()
    assert response.status_code == 200


def test_confirming_an_address_does_not_log_in(client):
    """A login paused for an unconfirmed address is not finished by the confirmation link: the
    visitor logs in again, password and code."""
    user = UserFactory(roles=[Role.TRAINER])
    activate_totp(user)
    EmailAddress.objects.filter(user=user).update(verified=False)

    client.post(LOGIN, {"login": user.email, "password": PASSWORD})
    link = re.search(r"http://testserver(/account/confirm-email/\S+/)", mail.outbox[-1].body).group(1)
    response = client.post(link)

    assert EmailAddress.objects.get(user=user).verified
    assert response.status_code == 302
    assert response.url == LOGIN
    assert not is_ingelogd(client)


def test_an_invitation_logs_in_through_allauth_and_its_second_step(client, kerngroep_superuser):
    """Accepting an invitation logs in by allauth's flow: an account that has an authenticator
    already (an activation of an existing account) gives its code first."""
    from portal.accounts.services import (
        account_aanmaken_zonder_wachtwoord,
        activatie_uitnodiging_versturen,
        uitnodiging_token_maken,
    )

    naam = {"voornaam": "Cas", "achternaam": "Cursist"}
    user = account_aanmaken_zonder_wachtwoord(email="cursist@voorbeeld.nl", **naam)
    activate_totp(user)
    uitnodiging = activatie_uitnodiging_versturen(user=user, rol=Role.CURSIST, door=kerngroep_superuser)
    token = uitnodiging_token_maken(uitnodiging=uitnodiging)

    response = client.post(
        f"/uitnodiging/{token}/",
        {**naam, "wachtwoord1": "zomer-fiets-42x", "wachtwoord2": "zomer-fiets-42x"},
    )

    assert Uitnodiging.objects.get(pk=uitnodiging.pk).status == Uitnodiging.Status.GEACCEPTEERD
    assert response.status_code == 302
    assert response.url == CODE_STAP
    assert not is_ingelogd(client)
