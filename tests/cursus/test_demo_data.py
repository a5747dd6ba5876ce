"""Demo data: a finished, a running and an open edition with a waiting list; loading twice changes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command

from cursus.choices import RondeStatus
from cursus.models import Aanmelding, Aanwezigheid, Bijeenkomst, Cursusronde
from cursus.rules import geschiktheid_voor_licentie
from portal.plaatsing import PlaatsStatus

# The demo's content, the same on every database; `make demo` runs on SQLite, and CI's load test
# loads it on PostgreSQL as well.
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]


def test_demo_data_has_a_finished_a_running_and_an_open_edition_with_a_waiting_list(settings):
    settings.REFIT_DEMO = True
    call_command("demo_data", stdout=StringIO())
    tellingen = (
        Cursusronde.objects.count(),
        Bijeenkomst.objects.count(),
        Aanmelding.objects.count(),
        Aanwezigheid.objects.count(),
    )

    call_command("demo_data", stdout=StringIO())

    assert (
        Cursusronde.objects.count(),
        Bijeenkomst.objects.count(),
        Aanmelding.objects.count(),
        Aanwezigheid.objects.count(),
    ) == tellingen
    statussen = {r.naam: r.actuele_status for r in Cursusronde.objects.all()}
    assert sorted(statussen.values()) == sorted([RondeStatus.AFGEROND, RondeStatus.LOPEND, RondeStatus.VOL])
    afgerond = Cursusronde.objects.get(naam="Utrecht")
    assert any(geschiktheid_voor_licentie(a).komt_in_aanmerking for a in afgerond.aanmeldingen.all())
    assert (
        Aanmelding.objects.filter(cursusronde__naam="Eindhoven", status=PlaatsStatus.WACHTLIJST).count() == 2
    )
    assert (
        Aanmelding.objects.filter(cursusronde__naam="Zwolle", user__email="cursist@demo.re-fit.example")
        .get()
        .is_deelnemer
    )
