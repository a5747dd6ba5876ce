"""The one bridge from a service's refusal to the form the user filled in.

Services refuse a write with a Dutch `ValidationError`, either keyed by field
(`ValidationError({"reden": …})`) or plain. Views and Wagtail create/edit views show it here, so a
refusal reads the same on every screen: each message next to the field it names when the form has
that field, otherwise on top of the form (a key the form does not know is never lost or a crash).
A field that already has an error keeps only its own: a rule checked in a form's `clean` sees a
fallback for a field the user typed wrong, and its complaint about that fallback would be noise.
"""

from django import forms
from django.core.exceptions import ValidationError


def fout_op_formulier(form: forms.BaseForm, error: ValidationError, *verdere: forms.BaseForm) -> None:
    """Put a service's ValidationError on `form`: each message at its field, else on top of `form`.

    With `verdere` forms (one page, several forms) a field's message goes to the first form that
    has the field; whatever no form has goes on top of `form`. A field that already has an error
    gets no second one.
    """
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for veld, fouten in error.error_dict.items():
        doel = next((f for f in (form, *verdere) if veld in f.fields), None)
        if doel is None:
            form.add_error(None, fouten)
        elif veld not in doel.errors:
            doel.add_error(veld, fouten)


def service_fout_tonen(view, form: forms.BaseForm, error: ValidationError):
    """A refused write in a Wagtail create or edit view: the form again with the reason, nothing
    saved, and Wagtail's own "could not be saved" message above it, as for its own validation."""
    fout_op_formulier(form, error)
    view.produced_error_code = "validation_error"
    view.produced_error_message = view.get_error_message()
    return view.form_invalid(form)
