"""Planning a meeting: the fixed parts, the time available, private plans, sharing, copies and print."""

from io import BytesIO

import pytest
from django.utils.html import escape
from pypdf import PdfReader

from content.models import ActiviteitPage, Sessieplan, SessieplanItem
from tests.conftest import opnieuw_gelezen
from tests.content.factories import activiteit, bibliotheek, fase, klein_kompas, thema
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _kompas_met_activiteiten(module_transactie):
    """The manual and its library are built once for the module; plans are made per test."""
    k = klein_kompas()
    f3 = fase(k["kompas"], 3, "Verandering")
    lef = thema(f3, "Lef")
    b = bibliotheek(k["kompas"])
    kort = activiteit(
        b,
        "Lef-vragen",
        themas=[lef],
        onderdelen=["ind:activiteit", "groep:groepsactiviteiten"],
        duur=15,
        setting="beide",
    )
    lang = activiteit(b, "Lef-dagboek", themas=[lef], onderdelen=["ind:opdrachten"], duur=40)
    return {"lef": lef, "kort": kort, "lang": lang, "bieb": b}


@pytest.fixture
def opzet(_kompas_met_activiteiten, ingelogd_als):
    opzet = opnieuw_gelezen(_kompas_met_activiteiten)
    trainer = UserFactory(roles=["trainer"], email="tessa@school.nl")
    ingelogd_als(trainer)
    plan = Sessieplan.objects.create(trainer=trainer, titel="Week 10: Lef", thema=opzet["lef"], week=10)
    return {**opzet, "trainer": trainer, "plan": plan}


def inplannen(client, plan, activiteit_page, onderdeel):
    return client.post(
        f"/kompas/planner/{plan.pk}/inplannen/", {"activiteit": activiteit_page.pk, "onderdeel": onderdeel}
    )


def test_an_individual_meeting_has_45_minutes_and_warns_when_over(client, opzet):
    inplannen(client, opzet["plan"], opzet["kort"], "activiteit")
    assert (
        "Gepland: <strong>15</strong> van 45 minuten."
        in client.get(f"/kompas/planner/{opzet['plan'].pk}/").text
    )

    inplannen(client, opzet["plan"], opzet["lang"], "opdrachten")
    response = client.get(f"/kompas/planner/{opzet['plan'].pk}/")

    assert "10 minuten te veel" in response.text


def test_a_group_meeting_has_150_minutes_and_its_own_five_parts(client, opzet):
    plan = Sessieplan.objects.create(trainer=opzet["trainer"], titel="Groep", soort="groep")

    response = client.get(f"/kompas/planner/{plan.pk}/")

    assert "van 150 minuten" in response.text
    for deel in ("Terugkoppeling vorige bijeenkomst", "Verhaal van Lot en theorie", "Groepsactiviteiten"):
        assert deel in response.text


def test_a_part_of_the_other_meeting_type_is_refused(client, opzet):
    inplannen(client, opzet["plan"], opzet["kort"], "groepsactiviteiten")

    assert not SessieplanItem.objects.exists()


def test_an_activity_the_trainer_cannot_see_cannot_be_planned(client, opzet):
    concept = opzet["kort"]
    concept.unpublish()

    response = inplannen(client, opzet["plan"], concept, "activiteit")

    assert not SessieplanItem.objects.exists()
    assert "bestaat niet of is niet beschikbaar" in client.get(response.url).text


def test_plans_are_private_unless_shared_with_a_co_trainer(client, opzet, ingelogd_als):
    from django.test import Client

    co = UserFactory(roles=["trainer"], email="co@school.nl")
    ander = Client()
    ingelogd_als(co, client=ander)
    url = f"/kompas/planner/{opzet['plan'].pk}/"
    assert ander.get(url).status_code == 404

    client.post(f"{url}delen/", {"email": "co@school.nl"})

    assert ander.get(url).status_code == 200
    inplannen(ander, opzet["plan"], opzet["kort"], "activiteit")
    assert opzet["plan"].items.count() == 1


def test_sharing_with_an_unknown_address_changes_nothing(client, opzet):
    client.post(f"/kompas/planner/{opzet['plan'].pk}/delen/", {"email": "niemand@nergens.nl"})

    assert not opzet["plan"].gedeeld_met.exists()


def test_a_copy_has_the_same_activities_and_belongs_to_whoever_copied(client, opzet):
    inplannen(client, opzet["plan"], opzet["kort"], "activiteit")

    response = client.post(f"/kompas/planner/{opzet['plan'].pk}/kopieren/")

    kopie = Sessieplan.objects.exclude(pk=opzet["plan"].pk).get()
    assert response.url == f"/kompas/planner/{kopie.pk}/"
    assert [i.activiteit_id for i in kopie.items.all()] == [opzet["kort"].pk]


def test_theme_must_belong_to_the_phase_of_the_week(client, opzet):
    response = client.post(
        "/kompas/planner/nieuw/", {"titel": "X", "soort": "individueel", "week": 2, "thema": opzet["lef"].pk}
    )

    assert "hoort niet bij de fase van week 2" in response.text
    assert Sessieplan.objects.count() == 1


def test_the_planner_suggests_activities_of_the_theme_for_each_part(client, opzet):
    response = client.get(f"/kompas/planner/{opzet['plan'].pk}/")

    assert f'<option value="{opzet["kort"].pk}">Lef-vragen (15 min)</option>' in response.text


def test_the_plan_prints_as_pdf(client, opzet):
    inplannen(client, opzet["plan"], opzet["kort"], "activiteit")

    response = client.get(f"/kompas/planner/{opzet['plan'].pk}/pdf/")

    text = "".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages)
    assert "Week 10: Lef" in text and "Lef-vragen" in text and "Gepland: 15 van 45 minuten." in text
    assert f"sessieplan-{opzet['plan'].pk}.pdf" in response["Content-Disposition"]


def test_an_activity_prints_with_its_steps(client, opzet):
    response = client.get(f"/kompas/activiteiten/{opzet['kort'].pk}/pdf/")

    text = "".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages)
    assert "Lef-vragen" in text and "Oefen samen." in text


def test_favourites_toggle(client, opzet):
    from content.models import Favoriet

    client.post(f"/kompas/activiteiten/{opzet['kort'].pk}/favoriet/")
    assert Favoriet.objects.filter(user=opzet["trainer"]).count() == 1
    client.post(f"/kompas/activiteiten/{opzet['kort'].pk}/favoriet/")
    assert not Favoriet.objects.exists()


def test_add_to_plan_from_the_activity_page(client, opzet):
    response = client.post(
        f"/kompas/activiteiten/{opzet['kort'].pk}/inplannen/",
        {"plan_onderdeel": f"{opzet['plan'].pk}:activiteit"},
    )

    assert response.url == f"/kompas/planner/{opzet['plan'].pk}/"
    assert opzet["plan"].items.get().activiteit_id == opzet["kort"].pk


def test_a_submitted_activity_waits_for_the_kerngroep_and_then_credits_its_author(
    client, opzet, ingelogd_als
):
    from django.test import Client

    from content.models import Onderdeel

    data = {
        "titel": "Complimentenregen",
        "korte_beschrijving": "Iedereen krijgt drie complimenten.",
        "doel": "Trots",
        "themas": [opzet["lef"].pk],
        "onderdelen": [Onderdeel.objects.get(code="ind:afronding").pk],
        "setting": "individueel",
        "duur": "10",
        "aanpak": "positieve-psychologie",
        "stappen": "Schrijf op.\nLees voor.",
    }
    response = client.post("/kompas/activiteiten/voorstellen/", data)
    assert response.status_code == 302
    voorstel = ActiviteitPage.objects.get(title="Complimentenregen")
    assert not voorstel.live
    assert "0 activiteiten" in client.get(opzet["bieb"].url, {"q": "Complimentenregen"}).text

    kerngroep = UserFactory(roles=["kerngroep"], email="k@kerngroep.nl")
    beheer = Client()
    ingelogd_als(kerngroep, client=beheer)
    task_state = voorstel.current_workflow_task_state
    beheer.post(f"/admin/pages/workflow/action/{voorstel.pk}/approve/{task_state.pk}/")

    voorstel.refresh_from_db()
    assert voorstel.live and voorstel.specific.auteur == opzet["trainer"]
    pagina = client.get(voorstel.url)
    assert "Bedacht door" in pagina.text and escape(opzet["trainer"].get_full_name()) in pagina.text


def test_an_incomplete_submission_creates_nothing(client, opzet):
    response = client.post("/kompas/activiteiten/voorstellen/", {"titel": "Half", "duur": "-5"})

    assert response.status_code == 200
    assert not ActiviteitPage.objects.filter(title="Half").exists()


@pytest.mark.parametrize("week", ["0", "15", "20", "-1"])
def test_a_week_outside_1_to_14_gets_a_dutch_message_never_a_500(client, opzet, week):
    """Issue 18, finding 5: week 20 in the planner gave a 500 with a traceback."""
    client.raise_request_exception = False

    via_link = client.get("/kompas/planner/nieuw/", {"week": week, "thema": opzet["lef"].pk})
    opslaan = client.post(
        "/kompas/planner/nieuw/",
        {"titel": "Lef", "soort": "individueel", "week": week, "thema": opzet["lef"].pk},
    )

    assert via_link.status_code == 400, via_link.status_code
    assert "week" in via_link.text.lower() and "14" in via_link.text
    assert opslaan.status_code == 200, opslaan.status_code  # the form again, with the message at the field
    assert "errorlist" in opslaan.text and "14" in opslaan.text
    assert not Sessieplan.objects.filter(titel="Lef").exists()
