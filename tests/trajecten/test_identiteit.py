"""Rule 'identiteit apart': the pupil's identity is encrypted at rest, under its own keys."""

from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command

from tests.trajecten import factories as f
from trajecten.models import Identiteit
from trajecten.versleuteling import opnieuw_versleutelen

pytestmark = pytest.mark.django_db


def test_the_identiteit_is_encrypted_and_readable_with_the_key():
    traject = f.TrajectFactory(met_identiteit__voornaam="Zoë", met_identiteit__achternaam="Vandermeulen")

    record = Identiteit.objects.get(traject=traject)
    assert "Vandermeulen" not in record.versleuteld
    assert record.gegevens.volledige_naam == "Zoë Vandermeulen"


def test_a_database_dump_holds_no_readable_name_of_a_pupil():
    f.TrajectFactory(met_identiteit__voornaam="Quirine", met_identiteit__achternaam="Oosterwijck-Haverkamp")
    uitvoer = StringIO()

    call_command("dumpdata", stdout=uitvoer)

    dump = uitvoer.getvalue()
    assert "trajecten.identiteit" in dump
    assert "Quirine" not in dump and "Oosterwijck" not in dump and "2011-03-14" not in dump


def test_key_rotation_the_new_key_encrypts_the_old_still_decrypts(settings):
    traject = f.TrajectFactory(met_identiteit__voornaam="Ilse")
    oud = Identiteit.objects.get(traject=traject)
    nieuwe_sleutel = Fernet.generate_key().decode()
    settings.REFIT_IDENTITEIT_SLEUTELS = [nieuwe_sleutel, *settings.REFIT_IDENTITEIT_SLEUTELS]

    assert oud.gegevens.voornaam == "Ilse"
    oud.versleuteld = opnieuw_versleutelen(oud.versleuteld)
    settings.REFIT_IDENTITEIT_SLEUTELS = [nieuwe_sleutel]
    assert oud.gegevens.voornaam == "Ilse"


def test_the_code_is_pseudonymous_and_unique():
    codes = {f.TrajectFactory(met_identiteit=False).code for _ in range(20)}

    assert len(codes) == 20
    for code in codes:
        assert code.startswith("T-") and len(code) == 7
        assert not set(code[2:]) & set("01OIL58SB")
