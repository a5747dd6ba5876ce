"""Fixtures for the kerngroep's admin screens: logging in through allauth, with TOTP where the role needs it.

Imported by the tests/licenties/test_admin_*.py modules (kept out of a conftest so the
licence tests of others stay untouched).
"""

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
from tests.onveranderd import niets_veranderd
from tests.portal.factories import UserFactory


@pytest.fixture
def kerngroep():
    return UserFactory(roles=["kerngroep"], first_name="Kim", last_name="Kerngroep")


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

    return lambda: niets_veranderd(stand_van_zaken)
