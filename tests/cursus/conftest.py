import pytest
from django.core import mail
from wagtail.models import ModelLogEntry

from cursus.models import Aanmelding, Aanwezigheid, Bijeenkomst, Cursusronde, Werkagenda
from portal.models import UitgaandeMail, User
from tests.onveranderd import niets_veranderd


def stand_van_zaken():
    """Everything a refused input must leave untouched."""
    return {
        "aanmeldingen": sorted(Aanmelding.objects.values_list("pk", "status", "beoordeling")),
        "rondes": sorted(Cursusronde.objects.values_list("pk", "capaciteit", "status")),
        "bijeenkomsten": sorted(Bijeenkomst.objects.values_list("pk", "datum", "sequence")),
        "aanwezigheden": sorted(Aanwezigheid.objects.values_list("pk", "aanwezig", "inhaal_bijeenkomst")),
        "werkagendas": sorted(Werkagenda.objects.values_list("pk", "ingediend_op")),
        "meldingen": UitgaandeMail.objects.count(),
        "accounts": User.objects.count(),
        "audit": ModelLogEntry.objects.count(),
        "mails": len(mail.outbox),
    }


@pytest.fixture
def ongewijzigd():
    """`with ongewijzigd(): …` asserts that the block changed nothing in the database or outbox."""

    return lambda: niets_veranderd(stand_van_zaken)
