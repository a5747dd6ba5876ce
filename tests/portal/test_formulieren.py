"""One bridge from a service's ValidationError to a form (portal.formulieren)."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from portal.formulieren import fout_op_formulier


class NaamForm(forms.Form):
    naam = forms.CharField()


class DatumForm(forms.Form):
    datum = forms.DateField()


def geldig(form_class, **data):
    form = form_class(data)
    assert form.is_valid()
    return form


def test_a_message_keyed_by_a_field_of_the_form_is_shown_at_that_field():
    form = geldig(NaamForm, naam="Anna")

    fout_op_formulier(
        form, ValidationError({"naam": ValidationError("Deze naam is al in gebruik.", code="dubbel")})
    )

    assert form.errors == {"naam": ["Deze naam is al in gebruik."]}
    assert form.has_error("naam", code="dubbel")


def test_a_message_keyed_by_something_the_form_does_not_have_is_shown_on_top():
    form = geldig(NaamForm, naam="Anna")

    fout_op_formulier(form, ValidationError({"capaciteit": "De ronde is vol.", "naam": "Te kort."}))

    assert form.non_field_errors() == ["De ronde is vol."]
    assert form.errors["naam"] == ["Te kort."]


def test_a_plain_message_and_a_non_field_key_are_shown_on_top():
    form = geldig(NaamForm, naam="Anna")

    fout_op_formulier(form, ValidationError(["Eerste reden.", "Tweede reden."]))
    fout_op_formulier(form, ValidationError({NON_FIELD_ERRORS: "Derde reden."}))

    assert form.non_field_errors() == ["Eerste reden.", "Tweede reden.", "Derde reden."]


def test_with_several_forms_a_message_goes_to_the_form_that_has_the_field():
    naam, datum = geldig(NaamForm, naam="Anna"), geldig(DatumForm, datum="2027-01-04")

    fout_op_formulier(naam, ValidationError({"datum": "Een zondag.", "ronde": "Gesloten."}), datum)

    assert datum.errors == {"datum": ["Een zondag."]}
    assert naam.errors == {NON_FIELD_ERRORS: ["Gesloten."]}


def test_a_field_that_already_has_an_error_keeps_only_its_own_message():
    # A rule checked in a form's clean sees a fallback for a field the user typed wrong; its
    # complaint about that fallback would only say a second, confusing thing about the same field.
    form = DatumForm({"datum": "geen datum"})
    assert not form.is_valid()
    eigen = list(form.errors["datum"])

    fout_op_formulier(form, ValidationError({"datum": "Kies een werkdag.", "ronde": "Gesloten."}))

    assert form.errors["datum"] == eigen
    assert form.non_field_errors() == ["Gesloten."]
