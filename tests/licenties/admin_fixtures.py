"""Fixtures for the kerngroep's admin screens: logging in through allauth, with TOTP where the role needs it.

Imported by the tests/licenties/test_admin_*.py modules (kept out of a conftest so the
licence tests of others stay untouched).
"""

from contextlib import contextmanager

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from licenties.models import (
    Besluit,
    DagAanmelding,
    Licentie,
    Onderhoudsregel,
    Professionaliseringsdag,
    Uitgifteopdracht,
)
from tests.portal.factories import UserFactory


@pytest.fixture
def kerngroep():
    return UserFactory(roles=["kerngroep"], first_name="Kim", last_name="Kerngroep")


@pytest.fixture
def na_commit(django_capture_on_commit_callbacks):
    """Run what is queued after commit (tasks, mails) as production does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def stand_van_zaken():
    """Everything a refused input must leave untouched."""
    return {
        "licenties": sorted(Licentie.objects.values_list("pk", "nummer", "status", "geldig_tot")),
        "besluiten": Besluit.objects.count(),
        "regels": Onderhoudsregel.objects.count(),
        "dagen": sorted(Professionaliseringsdag.objects.values_list("pk", "datum", "eindtijd", "sequence")),
        "aanmeldingen": sorted(DagAanmelding.objects.values_list("pk", "status", "aanwezig")),
        "opdrachten": Uitgifteopdracht.objects.count(),
        "audit": ModelLogEntry.objects.count(),
        "mails": len(mail.outbox),
    }


@pytest.fixture
def ongewijzigd():
    """`with ongewijzigd(): …` asserts that the block changed nothing in the database or outbox."""

    @contextmanager
    def check():
        voor = stand_van_zaken()
        yield
        assert stand_van_zaken() == voor

    return check
