"""Rule 'auditlog': every read, change and refusal on case data is logged, append-only, without values."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.utils import DatabaseError

from tests.portal.factories import UserFactory
from tests.trajecten import factories as f
from trajecten.audit import Actie, audit_loggen
from trajecten.models import AuditRegel

pytestmark = pytest.mark.django_db


def test_viewing_a_case_record_is_logged_with_role_organisation_and_fields_without_values(
    traject, ervaren, ingelogd_als
):
    traject.trainers.add(ervaren)

    ingelogd_als(ervaren).get(f"/trajecten/{traject.code}/")

    regel = AuditRegel.objects.get(actie=Actie.BEKEKEN)
    assert (regel.user_id, regel.rol, regel.organisatie_id, regel.code) == (
        ervaren.pk,
        "trainer",
        traject.uitvoerder_id,
        traject.code,
    )
    assert "identiteit" in regel.velden
    naam = traject.identiteit.gegevens.achternaam
    assert naam not in str(list(AuditRegel.objects.values_list("velden", "code", "rol", "actie")))


def test_the_list_and_searching_are_logged(ervaren, ingelogd_als):
    client = ingelogd_als(ervaren)
    client.get("/trajecten/")
    client.get("/trajecten/", {"q": "Jansen"})

    acties = list(AuditRegel.objects.order_by("pk").values_list("actie", "velden"))
    assert acties == [(Actie.LIJST, []), (Actie.GEZOCHT, ["code"])]
    assert "Jansen" not in str(acties)


def test_refused_access_is_logged_with_the_code(traject, ingelogd_als):
    kerngroep = UserFactory(roles=["kerngroep"])

    antwoord = ingelogd_als(kerngroep).get(f"/trajecten/{traject.code}/")

    assert antwoord.status_code == 404
    regel = AuditRegel.objects.get(actie=Actie.GEWEIGERD)
    assert regel.code == traject.code and regel.user_id == kerngroep.pk and regel.rol == "kerngroep"


def test_an_unknown_code_is_logged_without_the_code(ervaren, ingelogd_als):
    ingelogd_als(ervaren).get("/trajecten/T-ZZZZZ/")

    assert AuditRegel.objects.get(actie=Actie.GEWEIGERD).code == ""


def test_a_pdf_download_is_logged(ervaren, ingelogd_als):
    from datetime import date

    from trajecten.choices import Status
    from trajecten.models import Eindverslag

    traject = f.TrajectFactory(status=Status.IN_TRAINING, trainers=[ervaren])
    Eindverslag.objects.create(
        traject=traject,
        versie=1,
        eindgesprek_op=date(2026, 12, 1),
        startsituatie="a",
        ontwikkeling="b",
        aandachtspunten_jongere="c",
        aandachtspunten_ouders="d",
        aandachtspunten_school="e",
    )

    antwoord = ingelogd_als(ervaren).get(f"/trajecten/{traject.code}/eindverslag/1.pdf")

    assert antwoord.status_code == 200 and antwoord.content.startswith(b"%PDF")
    assert antwoord["Content-Disposition"] == f'attachment; filename="eindverslag-{traject.code}-v1.pdf"'
    assert AuditRegel.objects.filter(actie=Actie.PDF, code=traject.code).exists()


def test_a_change_is_logged_with_field_names(geadviseerd):
    regel = AuditRegel.objects.get(actie=Actie.GEWIJZIGD, code=geadviseerd.code)

    assert regel.velden == ["advies", "status"]


def test_the_audit_log_refuses_changes_and_deletion_in_python(ervaren):
    regel = audit_loggen(user=ervaren, actie=Actie.LIJST)

    regel.actie = "iets anders"
    with pytest.raises(PermissionDenied):
        regel.save()
    with pytest.raises(PermissionDenied):
        regel.delete()
    with pytest.raises(PermissionDenied):
        AuditRegel.objects.update(actie="x")
    with pytest.raises(PermissionDenied):
        AuditRegel.objects.all().delete()
    assert AuditRegel.objects.get().actie == Actie.LIJST


@pytest.mark.postgres
@pytest.mark.parametrize(
    "sql", ["UPDATE trajecten_auditregel SET actie = 'x'", "DELETE FROM trajecten_auditregel"]
)
def test_the_audit_log_refuses_changes_and_deletion_in_postgresql(ervaren, sql):
    audit_loggen(user=ervaren, actie=Actie.LIJST)

    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    assert AuditRegel.objects.get().actie == Actie.LIJST
