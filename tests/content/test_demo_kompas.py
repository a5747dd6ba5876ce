"""The demo manual has the programme's whole structure: 4 phases × 4 themes, each with its Lot story."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from content.models import FasePage, HoofdstukPage, LotVerhaal, OnderwerpPage, ThemaPage, Wijziging
from content.programma import FASEN

# The demo's content, the same on every database; `make demo` runs on SQLite, and CI's load test
# loads it on PostgreSQL as well.
pytestmark = [pytest.mark.django_db, pytest.mark.eenmaal]


@pytest.fixture(scope="module")
def demo(module_transactie):
    """The demo, loaded once for the module: loading takes seconds and every test here only reads it
    (the one that loads it again does so in its own savepoint)."""
    with override_settings(REFIT_DEMO=True):
        call_command("demo_data", stdout=StringIO())
        yield


def test_demo_has_four_phases_with_their_four_themes_in_order(demo):
    fasen = list(FasePage.objects.live().order_by("path"))

    assert [f.nummer for f in fasen] == [1, 2, 3, 4]
    for fase_page, fase in zip(fasen, FASEN, strict=True):
        themas = ThemaPage.objects.live().child_of(fase_page).order_by("path")
        assert tuple(t.title for t in themas) == fase.themas


def test_every_theme_has_a_spreuk_and_its_own_story_of_lot(demo):
    themas = ThemaPage.objects.live()

    assert themas.count() == 16
    assert all(t.spreuk and t.lot_verhaal_id for t in themas)
    assert LotVerhaal.objects.count() == 16


def test_demo_has_the_chapters_and_recurring_topics(demo):
    assert HoofdstukPage.objects.live().count() == 8
    assert set(OnderwerpPage.objects.values_list("slug", flat=True)) >= {
        "dvd-model",
        "rust-activiteitenschema",
        "out-of-the-box-denken",
        "emmer",
        "rotonde",
        "lepeltheorie",
        "alarmbel",
        "ladder",
    }


def test_running_the_demo_twice_adds_no_pages_or_news(demo):
    pages, nieuws = ThemaPage.objects.count(), Wijziging.objects.count()

    call_command("demo_data", stdout=StringIO())

    assert (ThemaPage.objects.count(), Wijziging.objects.count())[0] == pages
    assert Wijziging.objects.count() - nieuws <= 3  # home, kompas intro re-published; no page duplicated


def test_demo_library_covers_every_phase_theme_and_part(demo):
    from content.models import ActiviteitPage, Onderdeel

    activiteiten = ActiviteitPage.objects.live()
    assert activiteiten.count() >= 60
    for thema in ThemaPage.objects.live():
        assert thema.werkvormen.live().count() >= 3, thema.title
    for onderdeel in Onderdeel.objects.all():
        assert onderdeel.activiteiten.live().exists(), onderdeel.code
