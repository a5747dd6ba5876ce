"""The one field type for free text in a case record: encrypted in the database, plain in Python.

Forms, services and templates see the text; the database, a dump and a backup see a Fernet
token (`trajecten.versleuteling`, the keys of the identity). Which fields must be one is not a
list kept by hand: `tests/trajecten/test_versleutelde_tekst.py` walks every model of the app and
fails on a text field that is not encrypted and not declared non-personal.

What the database can no longer do with such a field: search, compare or sort by it (a token is
random). Lookups other than `isnull` are refused here, loudly; ordering by it is checked by
the same test. An empty value stays empty: it says nothing a token's length would not say.
"""

from cryptography.fernet import InvalidToken
from django import forms
from django.core import validators
from django.db import models

from trajecten.versleuteling import OntsleutelenMislukt, tekst_ontsleutelen, tekst_versleutelen


class VersleuteldeTekst(models.TextField):
    """Free text stored as a Fernet token. With `max_length` it is a one-line field, as a CharField
    was (input box, length checked on the text); the column is text, since a token is longer."""

    description = "Versleutelde tekst"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.max_length is not None:
            self.validators.append(validators.MaxLengthValidator(self.max_length))

    def from_db_value(self, value, expression, connection):
        if not value:
            return value
        try:
            return tekst_ontsleutelen(value)
        except (InvalidToken, ValueError) as fout:
            raise OntsleutelenMislukt(
                f"{self.model._meta.label}.{self.name} kan niet worden gelezen met de sleutels in "
                "REFIT_IDENTITEIT_SLEUTELS (een oude sleutel weggehaald vóór `manage.py "
                "opnieuw_versleutelen` klaar was?)."
            ) from fout

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return value
        return tekst_versleutelen(value)

    def get_lookup(self, lookup_name):
        # A token never equals, contains or sorts like its text: such a filter would silently find
        # nothing (or everything). Only "is it filled in at all" can be asked.
        return super().get_lookup(lookup_name) if lookup_name == "isnull" else None

    def get_transform(self, lookup_name):
        return None

    def formfield(self, **kwargs):
        if self.max_length is not None:
            kwargs.setdefault("widget", forms.TextInput)
        return super().formfield(**kwargs)
