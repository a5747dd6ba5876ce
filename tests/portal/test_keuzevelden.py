"""A posted id no database can hold is a form error, not a 500 (SQLite raised OverflowError)."""

import pytest
from django import forms

from portal.keuzevelden import IdKeuzeVeld, IdMeervoudKeuzeVeld
from portal.models import Organisatie
from tests.portal.factories import OrganisatieFactory

pytestmark = pytest.mark.django_db


class OrganisatiesForm(forms.Form):
    een = IdKeuzeVeld(queryset=Organisatie.objects.all(), required=False)
    meer = IdMeervoudKeuzeVeld(queryset=Organisatie.objects.all(), required=False)


@pytest.mark.parametrize("waarde", [str(10**40), "-1", "0", "1e5", "²", "\x00"])
def test_an_impossible_id_is_refused_with_the_fields_own_message(waarde):
    form = OrganisatiesForm({"een": waarde, "meer": [waarde]})

    assert not form.is_valid()
    assert set(form.errors) == {"een", "meer"}


def test_an_existing_id_is_still_chosen():
    organisatie = OrganisatieFactory()

    form = OrganisatiesForm({"een": str(organisatie.pk), "meer": [str(organisatie.pk)]})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["een"] == organisatie and list(form.cleaned_data["meer"]) == [organisatie]
