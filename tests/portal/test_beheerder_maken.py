"""Rule 'alleen een beheerder maakt een beheerder': the kerngroep manages accounts and roles, but
only a superuser can make someone a superuser (or take it away).

A superuser passes every role check and reaches the Django admin, where the two-step devices of
others live; if any kerngroep member could hand that out, one account would be enough to undo the
four eyes and the second login step. Every screen of the Wagtail admin that saves a user is
tried, found from the URLconf rather than listed, so a new one (an upgrade, a custom view) is
covered too.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from portal.roles import Role, has_role
from tests.portal.auth import als_na_een_volledige_login
from tests.portal.factories import UserFactory
from tests.security.urlconf import Route, url_routes

pytestmark = pytest.mark.django_db

User = get_user_model()


def gebruikersformulieren() -> list[Route]:
    """Every admin route whose view saves a User through a form (add, edit, copy, …)."""
    gevonden = []
    for route in url_routes():
        view_class = getattr(route.callback, "view_class", None)
        initkwargs = getattr(route.callback, "view_initkwargs", {})
        model = initkwargs.get("model", getattr(view_class, "model", None))
        if model is User and hasattr(view_class, "get_form_class") and "delete" not in route.route:
            gevonden.append(route)
    return gevonden


def pad(route: Route, user) -> str:
    return "/" + re.sub(r"<[^>]+>", str(user.pk), route.route)


def ingelogd_als_kerngroep(client):
    lid = UserFactory(roles=[Role.KERNGROEP])
    als_na_een_volledige_login(client, lid)
    assert client.session.get("_auth_user_id") == str(lid.pk)
    return lid


def formulier(**extra) -> dict:
    return {
        "email": "nieuw@school.example",
        "first_name": "Nina",
        "last_name": "Nieuw",
        "is_active": "on",
        "password1": "een-lang-nieuw-wachtwoord-2026",
        "password2": "een-lang-nieuw-wachtwoord-2026",
        **extra,
    }


def test_the_user_screens_are_found():
    routes = {route.route for route in gebruikersformulieren()}
    assert {"admin/users/new/", "admin/users/edit/<int:pk>/", "admin/users/copy/<int:pk>/"} <= routes, routes


@pytest.mark.parametrize("route", gebruikersformulieren(), ids=lambda r: r.route)
def test_no_user_screen_lets_a_kerngroep_member_make_a_superuser(client, route):
    ingelogd_als_kerngroep(client)
    ander = UserFactory(roles=[Role.TRAINER], email="trainer@school.example")
    email = ander.email if "edit" in route.route else "nieuw@school.example"
    client.post(pad(route, ander), formulier(email=email, is_superuser="on", is_staff="on"))
    for gebruiker in User.objects.exclude(groups__name="Kerngroep"):
        assert not (gebruiker.is_superuser or gebruiker.is_staff), (route.route, gebruiker.email)


@pytest.mark.parametrize("route", gebruikersformulieren(), ids=lambda r: r.route)
def test_no_user_screen_lets_a_kerngroep_member_take_superuser_status_away(client, route):
    ingelogd_als_kerngroep(client)
    beheerder = UserFactory(is_superuser=True, is_staff=True, email="beheer@re-fit.example")
    client.post(pad(route, beheerder), formulier(email=beheerder.email, password1="", password2=""))
    beheerder.refresh_from_db()
    assert beheerder.is_superuser and beheerder.is_staff


def test_the_kerngroep_still_manages_accounts_and_roles(client):
    """The rule takes away two checkboxes, not the work: names and roles are still the kerngroep's."""
    from django.contrib.auth.models import Group

    ingelogd_als_kerngroep(client)
    trainers = Group.objects.get(name="Trainer")
    ander = UserFactory(email="trainer@school.example")
    antwoord = client.post(
        f"/admin/users/edit/{ander.pk}/",
        formulier(email=ander.email, first_name="Tessa", groups=[trainers.pk], password1="", password2=""),
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    ander = User.objects.get(pk=ander.pk)
    assert ander.first_name == "Tessa"
    assert has_role(ander, Role.TRAINER)


def test_a_superuser_can_still_make_an_administrator(client, ingelogd_als):
    beheerder = UserFactory(is_superuser=True, email="beheer@re-fit.example")
    ingelogd_als(beheerder)
    ander = UserFactory(email="collega@re-fit.example")
    antwoord = client.post(
        f"/admin/users/edit/{ander.pk}/",
        formulier(email=ander.email, is_superuser="on", password1="", password2=""),
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    ander.refresh_from_db()
    assert ander.is_superuser
