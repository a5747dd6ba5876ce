"""Migration 0004 brings existing records under the state machine and the retention rule: a record
'in training' without a held meeting becomes 'gepland', reach moves to the school year of the first
held meeting, every record gets its destroy date, and rows destroyed before keep only the count."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from tests.migraties import migreren, rond

pytestmark = pytest.mark.django_db(transaction=True)


def test_existing_trajecten_get_a_status_bereik_and_vernietigdatum(daarna_weer_bij):
    voor, na_deze = rond("trajecten", "levensloop_en_bewaartermijn")
    apps = migreren(*voor)
    Organisatie = apps.get_model("portal", "Organisatie")
    Traject = apps.get_model("trajecten", "Traject")
    Bijeenkomst = apps.get_model("trajecten", "Bijeenkomst")
    school = Organisatie.objects.create(naam="Oude school", soort="school")
    vandaag = timezone.localdate()

    def traject(code, **velden):
        return Traject.objects.create(code=code, school=school, uitvoerder=school, **velden)

    gepland = traject("T-MIG2A", status="in_training", startdatum=date(2026, 11, 2))
    Bijeenkomst.objects.create(
        traject=gepland, volgnummer=1, week=1, soort="individueel", datum=date(2026, 11, 2)
    )
    begonnen = traject("T-MIG2C", status="in_training", startdatum=date(2025, 7, 7))
    Bijeenkomst.objects.create(
        traject=begonnen, volgnummer=1, week=1, soort="individueel", datum=date(2025, 7, 7), status="gehouden"
    )
    vernietigd = traject(
        "T-MIG2D",
        status="afgesloten",
        uitkomst="afgerond",
        startdatum=date(2023, 9, 4),
        afgesloten_op=date(2024, 1, 15),
        vernietigen_op=date(2026, 1, 15),
        vernietigd_op=timezone.now(),
        aanwezigheid_eind=95,
    )
    open_ = traject("T-MIG2E", status="aangemeld")

    apps = migreren(*na_deze)
    Traject = apps.get_model("trajecten", "Traject")

    na = {t.code: t for t in Traject.objects.all()}
    assert (na["T-MIG2A"].status, na["T-MIG2A"].gestart_in_schooljaar) == ("gepland", "")
    assert (na["T-MIG2C"].status, na["T-MIG2C"].gestart_in_schooljaar) == ("in_training", "2024-2025")
    rij = na["T-MIG2D"]
    assert (rij.status, rij.gestart_in_schooljaar, rij.uitvoerder_id) == (
        "vernietigd",
        "2023-2024",
        school.pk,
    )
    assert rij.school_id is None and rij.startdatum is None and rij.afgesloten_op is None
    assert rij.aanwezigheid_eind is None and rij.uitkomst == "" and rij.vernietigen_op is None
    # No audit entries in this database: the last activity is the aanmelding (today).
    assert na["T-MIG2E"].laatste_activiteit_op == vandaag
    assert na["T-MIG2E"].vernietigen_op > vandaag + timedelta(days=365 * 3 - 2)
    assert all(na[code].vernietigen_op for code in ("T-MIG2A", "T-MIG2C", "T-MIG2E"))
    assert {gepland.pk, begonnen.pk, vernietigd.pk, open_.pk} == set(na_pk.pk for na_pk in na.values())
