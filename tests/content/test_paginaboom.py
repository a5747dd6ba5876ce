"""The page tree is fixed: the manual under the home page, phases under the manual, themes under phases."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from content.models import FasePage, HomePage, HoofdstukPage, KompasPage, LotVerhaal, ThemaPage
from content.programma import FASEN, fase, fase_van_week, thema_controleren

pytestmark = pytest.mark.django_db


def test_only_one_manual_and_only_under_the_home_page():
    assert KompasPage.parent_page_types == ["content.HomePage"]
    assert KompasPage.max_count == 1
    assert HomePage.subpage_types == ["content.KompasPage"]


def test_themes_live_only_under_phases_and_phases_only_under_the_manual():
    assert ThemaPage.parent_page_types == ["content.FasePage"]
    assert FasePage.parent_page_types == ["content.KompasPage"]
    assert FasePage.subpage_types == ["content.ThemaPage"]
    assert HoofdstukPage.subpage_types == []


def test_phases_last_four_four_three_and_three_weeks_in_order():
    assert [(f.eerste_week, f.laatste_week) for f in FASEN] == [(1, 4), (5, 8), (9, 11), (12, 14)]
    assert fase_van_week(9).naam == "Verandering"
    with pytest.raises(ValueError):
        fase_van_week(15)


def test_each_phase_has_its_own_four_themes_in_the_domain_order():
    assert [f.themas for f in FASEN] == [
        ("Introductie", "Erkenning", "Voelen", "Vertalen"),
        ("Vertrouwen", "Valkuilen", "Kwaliteiten", "Grenzen"),
        ("Regie", "Mogelijkheden", "Lef", "Presentatie"),
        ("Perspectief", "Experimenteren", "Trots", "Balans"),
    ]


def test_a_theme_of_another_phase_is_refused_with_a_dutch_message():
    with pytest.raises(ValidationError, match="De thema's van fase 1 zijn"):
        thema_controleren(fase_nummer=1, titel="Lef", bestaande=[])


def test_a_theme_cannot_appear_twice_in_a_phase():
    with pytest.raises(ValidationError, match="bestaat al"):
        thema_controleren(fase_nummer=3, titel="Lef", bestaande=["Regie", "Lef"])


def test_the_admin_form_refuses_a_wrong_theme_and_creates_nothing(client, ingelogd_als):
    from content.inrichting import kerngroep_rechten_inrichten, kompas_inrichten
    from tests.content.factories import fase as maak_fase
    from tests.portal.factories import UserFactory

    kompas = kompas_inrichten()
    kerngroep_rechten_inrichten()
    f1 = maak_fase(kompas)
    user = UserFactory(roles=["kerngroep"])
    ingelogd_als(user)

    response = client.get(f"/admin/pages/add/content/themapage/{f1.pk}/")
    assert response.status_code == 200
    verhaal = LotVerhaal.objects.create(titel="Lot", tekst="<p>Lot.</p>")
    data = nested_form_data(
        {
            "title": "Balans",
            "slug": "balans",
            "spreuk": "Rust en ruimte.",
            "lot_verhaal": verhaal.pk,
            "theorie": streamfield([("tekst", rich_text("Theorie."))]),
            "praktijkopdrachten": streamfield([("opdracht", {"titel": "A", "uitleg": "B"})]),
            "transfer": rich_text("Thuis."),
            "activiteiten": streamfield([]),
            "groepsvariant": rich_text(""),
            "werkbladen": streamfield([]),
            "wijzigingsnotitie": "",
            "comments": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/add/content/themapage/{f1.pk}/", data)

    assert response.status_code == 200
    assert "De thema&#x27;s van fase 1 zijn" in response.text or "De thema's van fase 1 zijn" in response.text
    assert not ThemaPage.objects.exists()
    assert fase(1).weken == 4
