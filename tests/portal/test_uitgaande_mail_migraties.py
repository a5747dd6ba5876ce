"""The data migrations into the outbox: every mail that went out under the old per-app records is
in `portal.UitgaandeMail` afterwards under the key the mailer now uses, so none goes twice."""

from datetime import timedelta

import pytest
from django.utils import timezone

from intervisie.tasks import send_indeling_mail
from portal.mail import eenmalig_versturen
from portal.models import UitgaandeMail
from tests.cursus.factories import AanmeldingFactory, bijeenkomsten
from tests.intervisie.factories import BijeenkomstFactory, IntervisiegroepFactory, lid, trainer
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.migraties import laatste, migreren, voor
from tests.portal.factories import UserFactory
from tests.trajecten import factories as trajectfactories

pytestmark = pytest.mark.django_db(transaction=True)


def sleutels():
    return set(
        UitgaandeMail.objects.verstuurd().values_list("soort", "onderwerp", "ontvanger_id", "gelegenheid")
    )


def test_licence_mails_sent_before_keep_their_key(daarna_weer_bij):
    licentie, dag, kerngroep = LicentieFactory(), ProfessionaliseringsdagFactory(), UserFactory()
    houder = licentie.houder
    apps = migreren(("licenties", "0003_melding_soorten"))
    LicentieMelding = apps.get_model("licenties", "LicentieMelding")
    verstuurd = timezone.now()
    for soort, ontvanger, kenmerk in [
        ("uitgegeven", houder, licentie.nummer),
        ("herinnering_september", houder, f"{licentie.nummer}:2026"),
        ("in_respijt", houder, f"{licentie.nummer}:2026-12-31"),
        ("dag_gewijzigd", houder, f"dag-{dag.pk}-v2"),
        ("plaatsaanbod", houder, "aanbod-7-202611011200"),
        ("besluit", houder, "besluit-3"),
        ("maandoverzicht", kerngroep, "2026-11"),
        ("uitgegeven", houder, "RF-1999-0001"),  # a licence no longer there: nothing to keep
    ]:
        LicentieMelding.objects.create(
            soort=soort, ontvanger_id=ontvanger.pk, kenmerk=kenmerk, verstuurd_op=verstuurd
        )
    LicentieMelding.objects.create(soort="dag_aangemeld", ontvanger_id=houder.pk, kenmerk="dag-9")  # unsent

    migreren(laatste("licenties"))

    over_licentie = f"licenties.licentie:{licentie.pk}"
    assert sleutels() == {
        ("licenties.uitgegeven", over_licentie, houder.pk, ""),
        ("licenties.herinnering_september", over_licentie, houder.pk, "2026"),
        ("licenties.in_respijt", over_licentie, houder.pk, "2026-12-31"),
        ("licenties.dag_gewijzigd", f"licenties.professionaliseringsdag:{dag.pk}", houder.pk, "v2"),
        ("licenties.plaatsaanbod", "licenties.dagaanmelding:7", houder.pk, "202611011200"),
        ("licenties.besluit", "licenties.besluit:3", houder.pk, ""),
        ("licenties.maandoverzicht", "", kerngroep.pk, "2026-11"),
    }
    assert UitgaandeMail.objects.filter(verstuurd_op=None).count() == 1
    # The mailer finds the migrated row: the licence mail does not go again.
    assert not eenmalig_versturen(
        soort="licenties.uitgegeven",
        onderwerp=licentie,
        ontvanger=houder,
        template_base="licenties/emails/uitgegeven",
        context={},
    )


def test_course_notices_and_application_flags_move_to_the_outbox(daarna_weer_bij):
    aanmelding = AanmeldingFactory()
    lesdag = bijeenkomsten(aanmelding.cursusronde)[0]
    apps = migreren(("cursus", "0001_initial"))
    Melding = apps.get_model("cursus", "Melding")
    verstuurd = timezone.now() - timedelta(days=1)
    Melding.objects.create(
        aanmelding_id=aanmelding.pk,
        bijeenkomst_id=lesdag.pk,
        soort="herinnering_week",
        verstuurd_op=verstuurd,
    )
    Melding.objects.create(
        aanmelding_id=aanmelding.pk,
        bijeenkomst_id=lesdag.pk,
        soort="gewijzigd",
        sequence=2,
        verstuurd_op=verstuurd,
    )
    apps.get_model("cursus", "Aanmelding").objects.filter(pk=aanmelding.pk).update(
        bevestiging_verstuurd_op=verstuurd, besluit_verstuurd_op=None
    )

    migreren(laatste("cursus"))

    user = aanmelding.user_id
    assert sleutels() == {
        ("cursus.herinnering_week", f"cursus.bijeenkomst:{lesdag.pk}", user, ""),
        ("cursus.gewijzigd", f"cursus.bijeenkomst:{lesdag.pk}", user, "v2"),
        ("cursus.aanmelding_ontvangen", f"cursus.aanmelding:{aanmelding.pk}", user, ""),
    }


def test_intervisie_change_notices_move_to_the_outbox(daarna_weer_bij):
    bijeenkomst, lid = BijeenkomstFactory(), trainer()
    apps = migreren(("intervisie", "0001_initial"))
    Melding = apps.get_model("intervisie", "Melding")
    Melding.objects.create(
        bijeenkomst_id=bijeenkomst.pk, user_id=lid.pk, sequence=1, verstuurd_op=timezone.now()
    )
    Melding.objects.create(bijeenkomst_id=bijeenkomst.pk, user_id=lid.pk, sequence=2)  # not sent yet

    migreren(laatste("intervisie"))

    onderwerp = f"intervisie.intervisiebijeenkomst:{bijeenkomst.pk}"
    assert sleutels() == {("intervisie.gewijzigd", onderwerp, lid.pk, "v1")}
    assert UitgaandeMail.objects.filter(verstuurd_op=None, gelegenheid="v2").exists()


def test_a_group_mail_sent_before_stays_sent_in_the_outbox(daarna_weer_bij, mailoutbox):
    gemeld, niet_gemeld = (lid(IntervisiegroepFactory(), trainer()) for _ in range(2))
    apps = migreren(voor("intervisie", "indeling_gemeld_in_uitgaande_mail"))
    gemeld_op = timezone.now() - timedelta(days=30)
    apps.get_model("intervisie", "Groepslidmaatschap").objects.filter(pk=gemeld.pk).update(
        gemeld_op=gemeld_op
    )

    migreren(laatste("intervisie"))

    assert sleutels() == {
        ("intervisie.ingedeeld", f"intervisie.groepslidmaatschap:{gemeld.pk}", gemeld.user_id, "")
    }
    assert UitgaandeMail.objects.get().verstuurd_op == gemeld_op
    gemeld.refresh_from_db()
    assert gemeld.gemeld_op == gemeld_op  # what the kerngroep sees in the admin
    # The task finds the migrated row: only the member who never heard gets the mail.
    send_indeling_mail.call(lidmaatschap_id=gemeld.pk)
    send_indeling_mail.call(lidmaatschap_id=niet_gemeld.pk)
    assert [m.to for m in mailoutbox] == [[niet_gemeld.user.email]]


def test_lapse_notices_move_to_the_outbox_under_the_records_id(daarna_weer_bij):
    traject = trajectfactories.TrajectFactory()
    verstuurd_aan, wacht_nog = UserFactory(), UserFactory()
    apps = migreren(voor("trajecten", "vervalmelding_in_uitgaande_mail"))
    VervalMelding = apps.get_model("trajecten", "VervalMelding")
    verstuurd = timezone.now() - timedelta(days=2)
    VervalMelding.objects.create(traject_id=traject.pk, user_id=verstuurd_aan.pk, verstuurd_op=verstuurd)
    VervalMelding.objects.create(traject_id=traject.pk, user_id=wacht_nog.pk)  # its task still waits

    migreren(laatste("trajecten"))

    onderwerp = f"trajecten.traject:{traject.pk}"
    assert sleutels() == {("trajecten.vervallen", onderwerp, verstuurd_aan.pk, "")}
    assert UitgaandeMail.objects.get(ontvanger=verstuurd_aan).verstuurd_op == verstuurd
    assert UitgaandeMail.objects.filter(onderwerp=onderwerp, ontvanger=wacht_nog, verstuurd_op=None).exists()
