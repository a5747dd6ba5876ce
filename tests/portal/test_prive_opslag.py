"""Private files live in one app folder below PRIVATE_MEDIA_ROOT and never get a public address."""

import pytest
from django.core.files.base import ContentFile

from portal.storage import PriveOpslag


def test_an_apps_private_files_are_written_in_its_own_folder_below_private_media_root(settings):
    opslag = PriveOpslag("licenties")

    naam = opslag.save("certificaten/c.pdf", ContentFile(b"%PDF-1.7"))

    assert naam == "certificaten/c.pdf"
    assert (settings.PRIVATE_MEDIA_ROOT / "licenties" / "certificaten" / "c.pdf").read_bytes() == b"%PDF-1.7"
    assert opslag.exists(naam) and opslag.size(naam) == 8
    with opslag.open(naam) as bestand:
        assert bestand.read() == b"%PDF-1.7"


def test_a_second_file_with_the_same_name_gets_its_own_name_and_both_stay(settings):
    opslag = PriveOpslag("trajecten")

    eerste = opslag.save("bijlage.pdf", ContentFile(b"een"))
    tweede = opslag.save("bijlage.pdf", ContentFile(b"twee"))

    assert eerste != tweede and not tweede.startswith("trajecten/")
    assert opslag.open(eerste).read() == b"een" and opslag.open(tweede).read() == b"twee"
    opslag.delete(eerste)
    assert not opslag.exists(eerste) and opslag.exists(tweede)


def test_private_files_have_no_public_address():
    with pytest.raises(ValueError, match="no public address"):
        PriveOpslag("licenties").url("certificaten/c.pdf")
