"""Choice fields for database ids that refuse what no id can be before asking the database.

A posted id like 10**40 finds nothing on PostgreSQL, but makes SQLite (the demo database) raise
OverflowError, which Django's choice fields don't catch: a 500 instead of a form error. These
fields answer such a value with the field's normal Dutch error message on every database.
"""

from django import forms
from django.core.exceptions import ValidationError

GROOTSTE_ID = 2**63 - 1


def kan_id_zijn(waarde) -> bool:
    try:
        return 0 < int(str(waarde)) <= GROOTSTE_ID
    except (TypeError, ValueError):
        return False


class IdKeuzeVeld(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not kan_id_zijn(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMeervoudKeuzeVeld(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for pk in value:
            if not kan_id_zijn(pk):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super()._check_values(value)
