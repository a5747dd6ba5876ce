"""In Chromium, on a desktop and a phone: the planning screen shows the holiday weeks it skips and the
public holidays it moves meetings away from, in words and in the table."""

from datetime import date, timedelta

import pytest
from dateutil.easter import easter
from django.utils import timezone

from portal.kalender import schooljaar_van
from portal.models import Schoolvakantie
from tests.browser import check_page, chromium_page, fits_width, portaal_inrichten, screenshot, screenshot_dir
from tests.portal.factories import activate_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def maandag_vanaf(dag: date) -> date:
    return dag + timedelta(days=-dag.weekday() % 7)


@pytest.fixture
def planning_pad(toegelaten, ervaren, client):
    """Next year's March, Mondays: Tweede Paasdag is a Monday in those 14 weeks, and so is the
    meivakantie (the shipped calendar's, or one made here once the shipped years have passed)."""
    portaal_inrichten()
    jaar = timezone.localdate().year + 1
    regio = toegelaten.school.regio
    begin = maandag_vanaf(date(jaar, 5, 1)) - timedelta(days=2)  # a Saturday after Tweede Paasdag
    Schoolvakantie.objects.get_or_create(
        schooljaar=schooljaar_van(begin),
        soort=Schoolvakantie.Soort.MEIVAKANTIE,
        regio=regio,
        defaults={"begin": begin, "eind": begin + timedelta(days=15)},
    )
    activate_totp(ervaren)
    client.force_login(ervaren)
    start = maandag_vanaf(date(jaar, 3, 1))
    return (
        client.cookies["sessionid"].value,
        f"/trajecten/{toegelaten.code}/planning/?startdatum={start}",
        jaar,
    )


@pytest.mark.parametrize(
    ("breedte", "naam"), [(1280, "planning-vrije-dagen"), (375, "planning-vrije-dagen-telefoon")]
)
def test_the_planning_screen_shows_skipped_weeks_and_moved_meetings(live_server, planning_pad, breedte, naam):
    sessie, pad, jaar = planning_pad
    tweede_paasdag = easter(jaar) + timedelta(days=1)
    with chromium_page(width=breedte, height=900) as page:
        page.context.add_cookies([{"name": "sessionid", "value": sessie, "url": live_server.url}])
        page.goto(live_server.url + pad)
        check_page(page)

        uitleg = page.get_by_role("note")
        assert uitleg.get_by_role("heading", name="Vrije dagen in deze planning").is_visible()
        assert uitleg.get_by_text("valt in de meivakantie").first.is_visible()
        assert uitleg.get_by_text("Tweede paasdag").first.is_visible()
        tabel = page.get_by_role("table", name="Bijeenkomsten")
        assert tabel.locator("tbody tr:not([data-overgeslagen])").count() == 16
        vakantie = tabel.locator("tbody tr[data-overgeslagen]").first
        assert "meivakantie, geen bijeenkomst; week" in vakantie.inner_text()
        assert vakantie.locator(".table__vrij").evaluate("e => e.getBoundingClientRect().right") <= breedte
        # The meeting of that week is on the Tuesday, with the reason under its date.
        verschoven = tabel.locator("td", has_text="Tweede paasdag")
        assert verschoven.is_visible()
        assert verschoven.inner_text().startswith(f"di {(tweede_paasdag + timedelta(days=1)).day} ")
        assert fits_width(page), "the page scrolls sideways"
        screenshot(page, naam)
        page.screenshot(path=screenshot_dir() / f"{naam}-heel.png", full_page=True)
