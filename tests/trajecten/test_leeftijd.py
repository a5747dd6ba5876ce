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


def test_aanmelding_van_een_leerling_geboren_in_2003_krijgt_een_duidelijke_melding(school, contact):
    """Finding 3: a pupil born in 2003 (23 years old) went through every step without a word."""
    with pytest.raises(ValidationError) as fout:
        aanmelden(school, contact, date(2003, 5, 1))

    melding = " ".join(fout.value.messages)
    assert "23 jaar" in melding and "12 tot en met ongeveer 20 jaar" in melding
    assert not Traject.objects.exists()


def test_aanmelding_van_een_leerling_van_elf_krijgt_een_duidelijke_melding(school, contact):
    with pytest.raises(ValidationError, match="11 jaar"):
        aanmelden(school, contact, date(2015, 3, 1))


@pytest.mark.parametrize("geboren", [date(2014, 9, 14), date(2005, 9, 15)])  # 12 today; 20 until tomorrow
def test_leerling_van_12_tot_en_met_20_wordt_zonder_melding_aangemeld(school, contact, geboren):
    assert aanmelden(school, contact, geboren).pk


def test_aanmelding_buiten_de_leeftijd_gaat_door_als_de_school_het_bewust_bevestigt(school, contact):
    traject = aanmelden(school, contact, date(2003, 5, 1), buiten_leeftijd_bevestigd=True)

    assert traject.status == "aangemeld" and traject.vernietigen_op is not None


def test_het_formulier_legt_de_leeftijd_uit_en_vraagt_dan_pas_de_bevestiging(school, contact, ingelogd_als):
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


def test_positief_advies_buiten_de_leeftijd_vraagt_de_reden_van_het_adviesteam(school, contact, ervaren):
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


def test_negatief_advies_buiten_de_leeftijd_vraagt_geen_reden(school, contact, ervaren):
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
