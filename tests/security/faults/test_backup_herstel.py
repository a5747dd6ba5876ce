"""Backup and restore (docs/backup.md): what deploy/backup.sh saves, deploy/restore.sh brings back whole.

A small world (licences with certificates in private storage, a trajectory with an encrypted
identity and an attachment, a published kompas page and a document) is backed up with the
documented script, restored into a new database and new, empty media directories, and read
back by the portal itself (`manage.py shell` in a subprocess on the restored database).
Without the identity key the restored pupil identities stay unreadable.
"""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents.models import Document
from wagtail.models import Collection, Locale, Page

from content.inrichting import kompas_inrichten
from licenties.certificaten import certificaat_opslaan
from licenties.models import Licentie
from portal.roles import ensure_role_groups
from tests.content.factories import hoofdstuk
from tests.licenties.factories import LicentieFactory
from tests.security.faults.werker import MANAGE, database_url, omgeving
from tests.trajecten import factories as trajecten
from trajecten.choices import BijlageSoort
from trajecten.models import Bijlage, Traject

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DEPLOY = Path(settings.BASE_DIR) / "deploy"

# Run by the restored portal: everything the test compares, as JSON (file contents as hashes).
UITLEZEN = """
import hashlib, json
from wagtail.documents.models import Document
from wagtail.models import Collection, Locale, Page
from wagtail.models import Page
from licenties.models import Licentie
from portal.roles import ensure_role_groups
from trajecten.models import Bijlage, Traject

def sha(veld):
    with veld.open("rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

def identiteit(t):
    try:
        g = t.identiteit.gegevens
        return [g.voornaam, g.achternaam, g.ouders_email]
    except Exception as fout:
        return type(fout).__name__

print(json.dumps({
    "licenties": {l.nummer: sha(l.certificaat) for l in Licentie.objects.all()},
    "trajecten": {t.code: identiteit(t) for t in Traject.objects.all()},
    "bijlagen": {b.traject.code: sha(b.bestand) for b in Bijlage.objects.all()},
    "paginas": sorted(p.title for p in Page.objects.live().filter(depth__gt=2)),
    "documenten": {d.title: sha(d.file) for d in Document.objects.all()},
}, sort_keys=True))
"""


def sha(veld) -> str:
    with veld.open("rb") as bestand:
        return hashlib.sha256(bestand.read()).hexdigest()


def wagtail_basis() -> None:
    """A transaction=True test starts after a flush: Wagtail's root page and collection are gone."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    ensure_role_groups()
    for bestandsmap in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT):
        Path(bestandsmap).mkdir(parents=True, exist_ok=True)  # as on a server


def wereld() -> dict:
    """Build the world and return what a restore must bring back, in the shape UITLEZEN prints."""
    wagtail_basis()
    licenties = [LicentieFactory(), LicentieFactory()]
    for licentie in licenties:
        certificaat_opslaan(licentie)
    traject = trajecten.TrajectFactory()
    Bijlage.objects.create(
        traject=traject,
        soort=BijlageSoort.WERKBLAD,
        bestand=ContentFile(b"%PDF-1.4 rust-activiteitenschema", name="werkblad.pdf"),
        content_type="application/pdf",
        grootte=32,
    )
    kompas = kompas_inrichten()
    hoofdstuk(kompas, titel="Doelgroep en criteria")
    Document.objects.create(
        title="Folder voor ouders", file=ContentFile(b"%PDF-1.4 folder", name="folder.pdf")
    )
    from wagtail.models import Page

    g = traject.identiteit.gegevens
    return {
        "licenties": {lic.nummer: sha(lic.certificaat) for lic in Licentie.objects.all()},
        "trajecten": {traject.code: [g.voornaam, g.achternaam, g.ouders_email]},
        "bijlagen": {traject.code: sha(Bijlage.objects.get().bestand)},
        "paginas": sorted(p.title for p in Page.objects.live().filter(depth__gt=2)),
        "documenten": {"Folder voor ouders": sha(Document.objects.get().file)},
    }


@pytest.fixture
def lege_database():
    """A new, empty database beside the test database, dropped afterwards."""
    naam = f"{connection.settings_dict['NAME']}_hersteld"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{naam}"')
    try:
        yield naam
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


def test_a_backup_restored_into_a_new_database_and_new_media_brings_everything_back(tmp_path, lege_database):
    verwacht = wereld()
    assert len(verwacht["licenties"]) == 2 and len(verwacht["paginas"]) >= 1
    bron = omgeving(mailmap=tmp_path)

    backup = subprocess.run(
        [DEPLOY / "backup.sh", tmp_path / "backups"], env=bron, check=True, capture_output=True, text=True
    )
    map_ = Path(backup.stdout.strip())
    assert sorted(p.name for p in map_.iterdir()) == [
        "SHA256SUMS",
        "database.dump",
        "media.tar.gz",
        "private.tar.gz",
    ]

    hersteld = {
        "DATABASE_URL": database_url(lege_database),
        "MEDIA_ROOT": str(tmp_path / "hersteld" / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "hersteld" / "private"),
    }
    doel = omgeving(mailmap=tmp_path, **hersteld)
    subprocess.run([DEPLOY / "restore.sh", map_], env=doel, check=True, capture_output=True)

    uitgelezen = subprocess.run(
        [sys.executable, MANAGE, "shell", "--no-startup", "-c", UITLEZEN],
        env=doel,
        cwd=settings.BASE_DIR,
        check=True,
        capture_output=True,
        text=True,
    )
    assert json.loads(uitgelezen.stdout.strip().splitlines()[-1]) == verwacht

    # The same restore without the identity key: the rest is there, the pupils are not.
    zonder_sleutel = {**doel, "REFIT_IDENTITEIT_SLEUTELS": Fernet.generate_key().decode()}
    uitgelezen = subprocess.run(
        [sys.executable, MANAGE, "shell", "--no-startup", "-c", UITLEZEN],
        env=zonder_sleutel,
        cwd=settings.BASE_DIR,
        check=True,
        capture_output=True,
        text=True,
    )
    zonder = json.loads(uitgelezen.stdout.strip().splitlines()[-1])
    assert zonder["licenties"] == verwacht["licenties"]
    assert zonder["trajecten"] == dict.fromkeys(verwacht["trajecten"], "InvalidToken")


def test_a_restore_refuses_a_database_that_is_not_empty(tmp_path):
    wagtail_basis()
    LicentieFactory()
    backup = subprocess.run(
        [DEPLOY / "backup.sh", tmp_path / "backups"],
        env=omgeving(mailmap=tmp_path),
        check=True,
        capture_output=True,
        text=True,
    )
    doel = omgeving(mailmap=tmp_path, MEDIA_ROOT=str(tmp_path / "m"), PRIVATE_MEDIA_ROOT=str(tmp_path / "p"))

    herstel = subprocess.run(
        [DEPLOY / "restore.sh", backup.stdout.strip()], env=doel, capture_output=True, text=True
    )

    assert herstel.returncode == 1
    assert "niet leeg" in herstel.stderr
    assert Licentie.objects.count() == 1  # the live database is untouched
    assert Traject.objects.count() == 0
