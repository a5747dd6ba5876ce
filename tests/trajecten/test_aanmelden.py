"""Rule 'aanmelding': the school contact registers a pupil of their own school; PRO and (Z)ML routed."""

import pytest

from tests.trajecten import factories as f
from trajecten.choices import Programma, Status
from trajecten.models import AuditRegel, Identiteit, Traject

pytestmark = pytest.mark.django_db


def formulier(**afwijkend):
    data = {
        "voornaam": "Fenna",
        "achternaam": "Kuipersma",
        "geboortedatum": "2011-05-02",
        "ouders_naam": "M. Kuipersma",
        "ouders_telefoon": "06-11112222",
        "ouders_email": "ouders@voorbeeld.nl",
        "klas": "2 vmbo-t",
        "schooltype": "vo",
        "reden": "Veel ziekgemeld.",
        "klachten": ["hoofdpijn", "vermoeidheid"],
        "klachten_anders": "",
        "verzuim_percentage": "22",
        "ziekmeldingen_12_weken": "4",
        "aaneengesloten_ziektedagen": "2",
        "plan_school": "Mentorgesprekken.",
        "effect_plan": "Geen verbetering.",
        "toestemming_leerling": "on",
        "toestemming_ouders": "on",
        "toestemming_op": "2026-09-01",
        "toestemming_vastgelegd_door": "Zorgcoördinator",
        "uitvoerder": None,
    }
    data.update(afwijkend)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def contact(school):
    return f.schoolcontact(school)


def test_a_schoolcontact_registers_a_pupil(contact, school, ingelogd_als):
    antwoord = ingelogd_als(contact).post("/trajecten/aanmelden/", formulier())

    traject = Traject.objects.get()
    assert antwoord.status_code == 302 and antwoord.url == f"/trajecten/{traject.code}/"
    assert "Kuipersma" not in antwoord.url
    assert (
        traject.school == school
        and traject.status == Status.AANGEMELD
        and traject.programma == Programma.RE_FIT
    )
    assert Identiteit.objects.get().gegevens.achternaam == "Kuipersma"
    assert AuditRegel.objects.filter(code=traject.code, actie="trajecten.traject.aangemeld").exists()


def test_the_school_chooses_an_ambulante_dienst_as_provider(contact, school, ingelogd_als):
    from portal.models import Organisatie
    from tests.portal.factories import OrganisatieFactory

    dienst = OrganisatieFactory(soort=Organisatie.Soort.AB_DIENST)
    coordinator = f.trainer(organisatie=dienst, coordinator=True)

    ingelogd_als(contact).post("/trajecten/aanmelden/", formulier(uitvoerder=dienst.pk))

    traject = Traject.objects.get()
    assert traject.uitvoerder == dienst and traject.school == school
    assert Traject.objects.zichtbaar_voor(coordinator).get() == traject


def test_praktijkonderwijs_goes_to_re_fit_do_it(contact, ingelogd_als):
    ingelogd_als(contact).post("/trajecten/aanmelden/", formulier(schooltype="pro"))

    assert Traject.objects.get().programma == Programma.RE_FIT_DO_IT


def test_zml_is_refused_with_an_explanation_and_nothing_is_kept(contact, ingelogd_als):
    antwoord = ingelogd_als(contact).post("/trajecten/aanmelden/", formulier(schooltype="zml"))

    assert antwoord.status_code == 200
    assert "niet bedoeld voor leerlingen in het (Z)ML-onderwijs" in antwoord.text
    assert not Traject.objects.exists() and not Identiteit.objects.exists()


def test_without_the_parents_consent_no_aanmelding(contact, ingelogd_als):
    antwoord = ingelogd_als(contact).post("/trajecten/aanmelden/", formulier(toestemming_ouders=None))

    assert "toestemming" in antwoord.text and not Traject.objects.exists()


def test_nonsense_input_gives_dutch_messages(contact, ingelogd_als):
    antwoord = ingelogd_als(contact).post(
        "/trajecten/aanmelden/", formulier(verzuim_percentage="140", klachten=["anders"])
    )

    assert antwoord.status_code == 200
    assert "Een percentage ligt tussen 0 en 100." in antwoord.text
    assert "Beschrijf de andere klachten." in antwoord.text
    assert not Traject.objects.exists()


def test_only_schoolcontacten_submit_an_aanmelding(ervaren, ingelogd_als):
    assert ingelogd_als(ervaren).get("/trajecten/aanmelden/").status_code == 403
