"""Rule 'doelgroep leeftijd': Re-Fit is for pupils of 12 to about 20; a pupil outside that range is
never accepted in silence. Finding 3 of issue 18."""

from dataclasses import replace
from datetime import date

import pytest
import time_machine
from django.core.exceptions import ValidationError

from tests.trajecten import factories as f
from trajecten.models import Traject
from trajecten.services.aanmelden import traject_aanmelden
from trajecten.services.stappen import advies_vastleggen

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vandaag():
    with time_machine.travel(date(2026, 9, 14), tick=False):
        yield


@pytest.fixture
def contact(school):
    return f.schoolcontact(school)


def aanmelden(school, contact, geboren: date, **kwargs):
    return traject_aanmelden(
        school=school,
        identiteit=replace(f.identiteit(), geboortedatum=geboren),
        aanmelding=dict(f.AANMELDING),
        door=contact,
        **kwargs,
    )


def test_an_aanmelding_of_a_pupil_born_in_2003_gets_a_clear_message(school, contact):
    """Finding 3: a pupil born in 2003 (23 years old) went through every step without a word."""
    with pytest.raises(ValidationError) as fout:
        aanmelden(school, contact, date(2003, 5, 1))

    melding = " ".join(fout.value.messages)
    assert "23 jaar" in melding and "12 tot en met ongeveer 20 jaar" in melding
    assert not Traject.objects.exists()


def test_an_aanmelding_of_a_pupil_of_eleven_gets_a_clear_message(school, contact):
    with pytest.raises(ValidationError, match="11 jaar"):
        aanmelden(school, contact, date(2015, 3, 1))


@pytest.mark.parametrize("geboren", [date(2014, 9, 14), date(2005, 9, 15)])  # 12 today; 20 until tomorrow
def test_a_pupil_of_12_to_20_is_registered_without_a_message(school, contact, geboren):
    assert aanmelden(school, contact, geboren).pk


def test_an_aanmelding_outside_the_age_goes_ahead_when_the_school_confirms_it_knowingly(school, contact):
    traject = aanmelden(school, contact, date(2003, 5, 1), buiten_leeftijd_bevestigd=True)

    assert traject.status == "aangemeld" and traject.vernietigen_op is not None


def test_the_form_explains_the_age_and_only_then_asks_for_the_confirmation(school, contact, ingelogd_als):
    from tests.trajecten.test_aanmelden import formulier

    client = ingelogd_als(contact)
    eerst = client.get("/trajecten/aanmelden/")
    weigering = client.post("/trajecten/aanmelden/", formulier(geboortedatum="2003-05-01"))

    assert 'type="checkbox" name="buiten_leeftijd_bevestigd"' not in eerst.text
    assert (
        "23 jaar" in weigering.text and 'type="checkbox" name="buiten_leeftijd_bevestigd"' in weigering.text
    )
    bevestigd = client.post(
        "/trajecten/aanmelden/", formulier(geboortedatum="2003-05-01", buiten_leeftijd_bevestigd="on")
    )
    assert bevestigd.status_code == 302 and Traject.objects.count() == 1


def test_a_positive_advies_outside_the_age_asks_for_the_adviesteams_reason(school, contact, ervaren):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    traject = aanmelden(school, contact, date(2003, 5, 1), buiten_leeftijd_bevestigd=True)
    advies = {
        "traject": traject,
        "positief": True,
        "leden": [ervaren],
        "overige_leden": "jeugdarts",
        "toelichting": "Past.",
        "gegeven_op": date(2026, 9, 14),
        "door": coordinator,
    }

    with pytest.raises(ValidationError) as fout:
        advies_vastleggen(**advies)
    assert "leeftijd_reden" in fout.value.message_dict
    assert Traject.objects.get(pk=traject.pk).status == "aangemeld"

    advies_vastleggen(**advies, leeftijd_reden="Mbo-4, studievertraging door de klachten; past bij Re-Fit.")
    traject.refresh_from_db()
    assert traject.status == "geadviseerd" and traject.advies.leeftijd_reden.startswith("Mbo-4")


def test_a_negative_advies_outside_the_age_asks_no_reason(school, contact, ervaren):
    coordinator = f.trainer(organisatie=school, coordinator=True)
    traject = aanmelden(school, contact, date(2003, 5, 1), buiten_leeftijd_bevestigd=True)

    advies_vastleggen(
        traject=traject,
        positief=False,
        leden=[ervaren],
        overige_leden="",
        toelichting="Te oud voor Re-Fit; verwezen naar de studentendecaan.",
        gegeven_op=date(2026, 9, 14),
        door=coordinator,
    )

    assert Traject.objects.get(pk=traject.pk).uitkomst == "niet_toegelaten"
