"""The demo command is idempotent and refuses environments that are not for demos."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from content.models import HomePage
from portal.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from portal.models import Lidmaatschap, Organisatie, User
from portal.roles import roles_of

# The demo's content, the same on every database; `make demo` runs on SQLite, and CI's load test
# loads it on PostgreSQL as well.
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]


def test_running_demo_data_twice_leaves_the_same_data(settings):
    settings.REFIT_DEMO = True
    call_command("demo_data", stdout=StringIO())
    counts = (User.objects.count(), Organisatie.objects.count(), Lidmaatschap.objects.count())

    call_command("demo_data", stdout=StringIO())

    assert (
        User.objects.count(),
        Organisatie.objects.count(),
        Lidmaatschap.objects.count(),
    ) == counts
    assert HomePage.objects.count() == 1


def test_every_role_has_a_demo_account_that_can_log_in(settings, client):
    settings.REFIT_DEMO = True
    call_command("demo_data", stdout=StringIO())

    for account in DEMO_ACCOUNTS:
        user = User.objects.get(email=account.email)
        assert roles_of(user) == {account.role}
        assert user.check_password(DEMO_PASSWORD)


def test_demo_data_is_refused_outside_a_demo_environment(settings):
    settings.REFIT_DEMO = False

    with pytest.raises(CommandError, match="REFIT_DEMO staat uit"):
        call_command("demo_data")

    assert not User.objects.exists()
