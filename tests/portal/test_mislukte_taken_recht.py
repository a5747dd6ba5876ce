"""Mislukte taken shows in the admin menu, and opens, by permission, not by role.

Like every other admin screen (`portal.admin_menu`): whoever holds
`django_tasks_database.change_dbtaskresult` (the kerngroep does) sees the item and opens the
screen; whoever reaches the admin without it sees neither.
"""

import pytest
from django.contrib.auth.models import Group, Permission

from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

LIJST = "/admin/rapporten/mislukte-taken/"


@pytest.fixture
def redacteur(ingelogd_als):
    """A user of Wagtail's own editor group: reaches the admin, holds no kerngroep role."""

    def met(*permissies: str):
        user = UserFactory()
        user.groups.add(Group.objects.get(name="Editors"))
        for code in permissies:
            app_label, codename = code.split(".")
            user.user_permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return ingelogd_als(user)

    return met


def test_an_editor_without_the_permission_neither_sees_nor_opens_mislukte_taken(redacteur):
    client = redacteur()

    assert LIJST not in client.get("/admin/").text
    # Wagtail answers a refused admin page with a redirect to its start page and a message.
    assert client.get(LIJST).status_code in (302, 403)


def test_whoever_holds_the_permission_sees_and_opens_mislukte_taken_whatever_their_role(redacteur):
    client = redacteur("django_tasks_database.change_dbtaskresult")

    assert LIJST in client.get("/admin/").text
    assert client.get(LIJST).status_code == 200


def test_the_kerngroep_holds_the_permission():
    kerngroep = UserFactory(roles=["kerngroep"])

    assert kerngroep.has_perm("django_tasks_database.change_dbtaskresult")
