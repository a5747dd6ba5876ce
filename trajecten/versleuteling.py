"""Encryption of the pupil identity at rest (Fernet), with keys apart from SECRET_KEY.

`settings.REFIT_IDENTITEIT_SLEUTELS` lists the keys; the first encrypts, every key
decrypts, so a key can be rotated: add the new key in front, run
`identiteiten_opnieuw_versleutelen`, then drop the old key.
"""

import json

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def sleutelbos() -> MultiFernet:
    keys = settings.REFIT_IDENTITEIT_SLEUTELS
    if not keys:
        raise ImproperlyConfigured("Set REFIT_IDENTITEIT_SLEUTELS (Fernet keys) to store pupil identities.")
    return MultiFernet([Fernet(key) for key in keys])


def versleutelen(gegevens: dict) -> str:
    return sleutelbos().encrypt(json.dumps(gegevens, sort_keys=True).encode()).decode("ascii")


def ontsleutelen(token: str) -> dict:
    return json.loads(sleutelbos().decrypt(token.encode("ascii")))


def opnieuw_versleutelen(token: str) -> str:
    """The same content under the first (newest) key."""
    return sleutelbos().rotate(token.encode("ascii")).decode("ascii")
