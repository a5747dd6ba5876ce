from contextlib import contextmanager

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from intervisie.models import (
    Aanwezigheid,
    Casusinbreng,
    Groepslidmaatschap,
    Intervisiebijeenkomst,
    Intervisiegroep,
)
from portal.schoolvakanties import schoolvakanties_inrichten
from tests.portal.factories import UserFactory


@pytest.fixture
def vakanties(db):
    """The portal's own holiday calendar (portal/data/schoolvakanties.csv)."""
    schoolvakanties_inrichten()


@pytest.fixture
def na_commit(django_capture_on_commit_callbacks):
    """Run what services do after commit (the mail tasks), as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def kerngroep():
    return UserFactory(roles=["kerngroep"])


@pytest.fixture
def opleider():
    return UserFactory(roles=["opleider"])


def stand_van_zaken():
    """Everything a refused input must leave untouched."""
    return {
        "groepen": sorted(Intervisiegroep.objects.values_list("pk", "naam", "status")),
        "lidmaatschappen": sorted(
            Groepslidmaatschap.objects.values_list("pk", "groep_id", "user_id", "eind_op")
        ),
        "bijeenkomsten": sorted(
            Intervisiebijeenkomst.objects.values_list("pk", "datum", "sequence", "status")
        ),
        "aanwezigheden": sorted(Aanwezigheid.objects.values_list("pk", "user_id", "aanwezig")),
        "casussen": Casusinbreng.objects.count(),
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
