"""Encryption of case data at rest (Fernet), with keys apart from SECRET_KEY.

Two things use it: the pupil's identity (`Identiteit.versleuteld`, one token of a JSON object)
and every free text of a case record (`VersleuteldeTekst`, one token per value). Readable only
with a key: not in the database, not in a dump, not in a backup.

`settings.REFIT_IDENTITEIT_SLEUTELS` lists the keys; the first encrypts, every key decrypts, so
a key can be rotated: add the new key in front, run `manage.py opnieuw_versleutelen` (everything
is then under the new key; `--controleren` confirms it), then drop the old key. A value still
under a dropped key cannot be read and says so (`OntsleutelenMislukt`).
"""

import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class OntsleutelenMislukt(InvalidToken):
    """A stored value that none of the configured keys opens (a key dropped too early, or plain text
    that was never encrypted). Names the field, never the value."""


def sleutelbos() -> MultiFernet:
    keys = settings.REFIT_IDENTITEIT_SLEUTELS
    if not keys:
        raise ImproperlyConfigured("Set REFIT_IDENTITEIT_SLEUTELS (Fernet keys) to store pupil identities.")
    return MultiFernet([Fernet(key) for key in keys])


def versleutelen(gegevens: dict) -> str:
    return tekst_versleutelen(json.dumps(gegevens, sort_keys=True))


def ontsleutelen(token: str) -> dict:
    return json.loads(tekst_ontsleutelen(token))


def tekst_versleutelen(tekst: str) -> str:
    return sleutelbos().encrypt(tekst.encode()).decode("ascii")


def tekst_ontsleutelen(token: str) -> str:
    return sleutelbos().decrypt(token.encode("ascii")).decode()


def opnieuw_versleutelen(token: str) -> str:
    """The same content under the first (newest) key."""
    return sleutelbos().rotate(token.encode("ascii")).decode("ascii")


def onder_nieuwste_sleutel(token: str) -> bool:
    """Is this token readable with the first key alone (so the other keys may go)?"""
    try:
        Fernet(settings.REFIT_IDENTITEIT_SLEUTELS[0]).decrypt(token.encode("ascii"))
    except InvalidToken:
        return False
    return True
