"""Each role lands on a dashboard with its own panels and menu; other roles' pages stay closed."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory

from portal.roles import Role, role_required, roles_of
from tests.portal.auth import log_in
from tests.portal.factories import UserFactory, activate_totp

pytestmark = pytest.mark.django_db

PANELS = {
    "cursist": {"Trainerskompas", "Trainerscursus", "Je account"},
    "trainer": {"Trainerskompas", "Trajecten", "Licentie", "Intervisie", "Je account"},
    "opleider": {"Trainerskompas", "Trainerscursus", "Je account"},
    "kerngroep": {"Portaal in cijfers", "Trainerskompas", "Verloopt binnenkort", "Bereik", "Je account"},
    "schoolcontact": {"Aanmeldingen", "Je account"},
}
ALL_PANEL_TITLES = set().union(*PANELS.values())


def panel_titles(response):
    return {panel.panel.title for panel in response.context["panels"]}


@pytest.mark.parametrize("role", list(PANELS))
def test_login_routes_each_role_to_its_own_dashboard(client, role):
    user = UserFactory(roles=[role])
    response = log_in(client, user, totp_secret=activate_totp(user))
    assert response.url == "/dashboard/"

    response = client.get(response.url)

    assert response.status_code == 200
    assert panel_titles(response) == {str(t) for t in PANELS[role]}
    assert str(Role(role).label) in response.text


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get("/dashboard/")

    assert response.status_code == 302
    assert response.url == "/account/login/?next=/dashboard/"


def test_only_kerngroep_sees_the_beheer_menu_item(client, ingelogd_als):
    trainer = UserFactory(roles=["cursist"])
    ingelogd_als(trainer)
    assert "Beheer" not in client.get("/dashboard/").text

    client.logout()
    kerngroep = UserFactory(roles=["kerngroep"])
    ingelogd_als(kerngroep)
    assert 'href="/admin/">Beheer' in client.get("/dashboard/").text


def test_someone_with_two_roles_sees_both_sets_of_panels(client, ingelogd_als):
    user = UserFactory(roles=["trainer", "opleider"])
    ingelogd_als(user)

    titles = panel_titles(client.get("/dashboard/"))

    assert {"Trajecten", "Trainerscursus", "Licentie"} <= titles


def test_role_required_gives_403_to_other_roles_and_login_to_anonymous(rf: RequestFactory):
    view = role_required(Role.KERNGROEP)(lambda request: HttpResponse("ok"))
    request = rf.get("/kerngroep-only/")
    request.user = UserFactory(roles=["trainer"])
    with pytest.raises(PermissionDenied):
        view(request)

    request.user = UserFactory(roles=["kerngroep"])
    assert view(request).status_code == 200

    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    assert view(request).status_code == 302


def test_a_deactivated_account_has_no_roles():
    user = UserFactory(roles=["trainer"], is_active=False)

    assert roles_of(user) == frozenset()


def test_trainer_cannot_open_the_wagtail_admin(client, ingelogd_als):
    user = UserFactory(roles=["trainer"])
    ingelogd_als(user)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/" not in client.get("/dashboard/").text
