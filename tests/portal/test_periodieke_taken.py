"""Periodic jobs: one command queues the jobs of a frequency; the worker runs them."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page

from content.models import HomePage

pytestmark = pytest.mark.django_db


def test_hourly_jobs_publish_pages_whose_time_has_come():
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Welkom", slug="welkom", intro="Intro", live=False))
    revision = home.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=5)
    revision.save()

    call_command("periodieke_taken", "--frequentie", "uurlijks", stdout=StringIO())

    home.refresh_from_db()
    assert home.live


def test_an_unknown_frequency_is_refused():
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("periodieke_taken", "--frequentie", "wekelijks")
