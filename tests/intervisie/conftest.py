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
from tests.onveranderd import niets_veranderd


@pytest.fixture
def vakanties(db):
    """The portal's own holiday calendar (portal/data/schoolvakanties.csv)."""
    schoolvakanties_inrichten()


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

    return lambda: niets_veranderd(stand_van_zaken)
