"""A worker killed halfway through a batch: the work resumes, no mail goes twice, no certificate is skipped.

A real `manage.py db_worker` (PostgreSQL, file mail shared across processes) issues the licences
of an edition of twenty eligible participants, or refreshes twenty certificates. It is killed
with SIGKILL once part of the work is done, as a crash or an OOM kill would; `manage.py
taken_herstellen` (run before every worker start by deploy/refit-worker.service) puts its
orphaned task back, and a new worker finishes. (Certificates are made on first download or
when their content changes, not when a licence is issued: hence the second batch.)
"""

import signal

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

import licenties.tasks
from licenties.models import Licentie, MeldingSoort
from licenties.services import ronde_uitgifte_starten
from licenties.status import certificaat_kenmerk, onderhoud_van
from portal.models import UitgaandeMail
from tests.cursus.factories import CursusrondeFactory, over
from tests.licenties.factories import LicentieFactory, geschikte_deelnemer
from tests.portal.factories import UserFactory
from tests.security.faults.werker import ontvangers, taken_via_database, werker_starten
from tests.wachten import wacht_tot

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DEELNEMERS = 20


def voortgang(mailmap) -> dict[str, int]:
    return {"licenties": Licentie.objects.count(), "mails": sum(ontvangers(mailmap).values())}


def doden_zodra(werker, klaar) -> None:
    """SIGKILL the worker as soon as `klaar()` holds (at most four minutes on a busy machine)."""
    try:
        wacht_tot(lambda: klaar() or werker.poll() is not None, "de werker is halverwege", seconden=240)
        assert werker.poll() is None, "the worker stopped by itself"
        werker.send_signal(signal.SIGKILL)
        werker.wait(timeout=30)
    finally:
        if werker.poll() is None:
            werker.kill()


def herstellen_en_afmaken(mailmap) -> None:
    """What deploy/refit-worker.service does after a crash: requeue the orphan, start the worker again."""
    assert DBTaskResult.objects.running().count() == 1  # what the killed worker held: an orphan
    call_command("taken_herstellen", "--werker", "werker-a", verbosity=0)
    assert not DBTaskResult.objects.running().exists()
    opvolger = werker_starten(werker_id="werker-a", mailmap=mailmap, batch=True)
    assert opvolger.wait(timeout=400) == 0
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_a_worker_killed_mid_batch_resumes_without_a_second_mail_or_a_missing_certificate(
    settings, monkeypatch, tmp_path
):
    mailmap = tmp_path / "mail"
    mailmap.mkdir()
    ronde = CursusrondeFactory(
        dagen=(-120, -113, -60, -30), aanmelden_tot=over(-140), afmelden_tot=over(-130)
    )
    deelnemers = [geschikte_deelnemer(ronde).user for _ in range(DEELNEMERS)]
    taken_via_database(monkeypatch, settings, licenties.tasks)
    opdracht = ronde_uitgifte_starten(cursusronde=ronde, door=UserFactory(roles=["kerngroep"]))
    assert DBTaskResult.objects.ready().count() == 1  # the batch, waiting for a worker

    werker = werker_starten(werker_id="werker-a", mailmap=mailmap)
    doden_zodra(werker, lambda: Licentie.objects.count() >= 3)
    bij_kill = voortgang(mailmap)
    assert 0 < sum(bij_kill.values()) < 2 * DEELNEMERS, bij_kill  # killed halfway
    herstellen_en_afmaken(mailmap)

    uitgegeven = Licentie.objects.filter(cursusronde=ronde)
    assert sorted(uitgegeven.values_list("houder_id", flat=True)) == sorted(u.pk for u in deelnemers)
    assert uitgegeven.values("nummer").distinct().count() == DEELNEMERS
    assert ontvangers(mailmap) == {u.email: 1 for u in deelnemers}
    verstuurd = UitgaandeMail.objects.verstuurd().filter(soort=f"licenties.{MeldingSoort.UITGEGEVEN}")
    assert verstuurd.count() == DEELNEMERS
    opdracht.refresh_from_db()
    assert opdracht.klaar_op is not None
    assert (opdracht.totaal, opdracht.verwerkt, opdracht.uitgegeven) == (DEELNEMERS, DEELNEMERS, DEELNEMERS)
    print(f"\nuitgifte, bij SIGKILL: {bij_kill}; daarna: {voortgang(mailmap)}")


def test_a_worker_killed_mid_certificate_refresh_resumes_without_skipping_one(
    settings, monkeypatch, tmp_path
):
    """Twenty certificates out of date (a rule change), regenerated in one background task."""
    te_vernieuwen = LicentieFactory.create_batch(DEELNEMERS)
    Licentie.objects.update(certificaat_kenmerk="verouderd")
    taken_via_database(monkeypatch, settings, licenties.tasks)
    licenties.tasks.certificaten_vernieuwen.enqueue([licentie.pk for licentie in te_vernieuwen])
    mailmap = tmp_path / "mail"
    mailmap.mkdir()

    def vernieuwd() -> int:
        return Licentie.objects.exclude(certificaat="").count()

    werker = werker_starten(werker_id="werker-a", mailmap=mailmap)
    doden_zodra(werker, lambda: vernieuwd() >= 3)
    bij_kill = vernieuwd()
    assert 0 < bij_kill < DEELNEMERS, bij_kill  # killed halfway
    herstellen_en_afmaken(mailmap)

    for licentie in Licentie.objects.all():
        assert licentie.certificaat_kenmerk == certificaat_kenmerk(licentie, onderhoud_van(licentie))
        with licentie.certificaat.open("rb") as bestand:
            assert bestand.read(5) == b"%PDF-"
    print(f"\ncertificaten, bij SIGKILL: {bij_kill}/{DEELNEMERS}; daarna: {vernieuwd()}")
