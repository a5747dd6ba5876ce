"""Demo data: four national groups of several organisations, last year's meetings with attendance,
next year's plan and two cases; loading twice changes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from intervisie.models import (
    Aanwezigheid,
    Casusinbreng,
    Groepslidmaatschap,
    Intervisiebijeenkomst,
    Intervisiegroep,
)
from portal.kalender import schooljaar_van
from portal.models import Lidmaatschap

# The demo's content, the same on every database; `make demo` runs on SQLite, and CI's load test
# loads it on PostgreSQL as well.
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]


def tellingen():
    return tuple(
        m.objects.count()
        for m in (Intervisiegroep, Groepslidmaatschap, Intervisiebijeenkomst, Aanwezigheid, Casusinbreng)
    )


def test_demo_data_has_four_mixed_national_groups_with_history_and_a_plan(settings):
    settings.REFIT_DEMO = True
    call_command("demo_data", stdout=StringIO())
    eerst = tellingen()
    call_command("demo_data", stdout=StringIO())
    assert tellingen() == eerst

    groepen = list(Intervisiegroep.objects.landelijk())
    assert len(groepen) == 4
    for groep in groepen:
        leden = groep.lidmaatschappen.lopend().values("user_id")
        assert Lidmaatschap.objects.filter(user_id__in=leden).values("organisatie").distinct().count() >= 2
    vandaag = timezone.localdate()
    eerste = int(schooljaar_van(vandaag)[:4])
    vorig_jaar = Intervisiebijeenkomst.objects.filter(datum__year__in=[eerste - 1, eerste], datum__lt=vandaag)
    assert vorig_jaar.exists()
    assert Aanwezigheid.objects.filter(aanwezig=True).exists()
    assert Intervisiebijeenkomst.objects.filter(datum__gte=f"{eerste + 1}-08-01").count() == 16
    assert Casusinbreng.objects.count() == 2
