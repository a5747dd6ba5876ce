"""Rule 'auditlog', fail closed: when the audit entry cannot be written, no case data leaves.

The case page writes its `AuditRegel` before it renders anything (`trajecten/views/dossier.py`),
so a failing write aborts the request. Here PostgreSQL itself refuses the insert (a trigger
standing in for a full disk, a revoked privilege or a broken table) and the request runs in
autocommit, as in production (no ATOMIC_REQUESTS).
"""

import pytest
from django.db import connection
from django.test import Client

from tests.portal.factories import activate_totp
from tests.trajecten import factories as f
from trajecten.models import AuditRegel

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def audit_weigert():
    """A trigger that makes every insert into the audit table fail, removed afterwards."""
    tabel = connection.ops.quote_name(AuditRegel._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION test_audit_weigert() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit onbereikbaar (test)'; END $$"
        )
        cursor.execute(
            f"CREATE TRIGGER test_audit_weigert BEFORE INSERT ON {tabel} "
            "FOR EACH ROW EXECUTE FUNCTION test_audit_weigert()"
        )
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TRIGGER IF EXISTS test_audit_weigert ON {tabel}")
            cursor.execute("DROP FUNCTION IF EXISTS test_audit_weigert()")


def test_a_case_page_whose_audit_entry_cannot_be_written_fails_without_case_data(audit_weigert):
    ervaren = f.trainer(ervaren=True)
    traject = f.TrajectFactory(trainers=[ervaren])
    gegevens = traject.identiteit.gegevens
    activate_totp(ervaren)  # trainers need two-step login; the middleware checks it is set up
    client = Client(raise_request_exception=False)
    client.force_login(ervaren)

    antwoord = client.get(f"/trajecten/{traject.code}/")

    assert antwoord.status_code == 500
    inhoud = antwoord.content.decode()
    for waarde in (gegevens.voornaam, gegevens.achternaam, gegevens.ouders_naam, gegevens.ouders_telefoon):
        assert waarde not in inhoud
    assert "buikpijn" not in inhoud.lower()  # the registration's reason
    assert traject.code not in inhoud
    assert not AuditRegel.objects.exists()


def test_the_same_case_page_opens_once_the_audit_can_be_written_again():
    """The control: without the fault the page shows the case (so the test above proves something)."""
    ervaren = f.trainer(ervaren=True)
    traject = f.TrajectFactory(trainers=[ervaren])
    activate_totp(ervaren)  # trainers need two-step login; the middleware checks it is set up
    client = Client(raise_request_exception=False)
    client.force_login(ervaren)

    antwoord = client.get(f"/trajecten/{traject.code}/")

    assert antwoord.status_code == 200
    assert traject.identiteit.gegevens.achternaam in antwoord.content.decode()
    assert AuditRegel.objects.filter(code=traject.code).count() == 1
