"""Rule 'rich text van redacteuren': `<script>`, event attributes and `javascript:` links never reach
the database, whatever an editor pastes. Wagtail's whitelist does this on save; proven here through
the admin's own form (the Lot snippet) and through both converters with generated input.
"""

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from content.blocks import RICH_TEXT_FEATURES
from content.models import LotVerhaal
from tests.portal.factories import UserFactory
from tests.security.hostile import strategies as s
from tests.security.hostile.telling import tel
from tests.security.world import client_voor

pytestmark = pytest.mark.django_db

GEVAARLIJKE_TAGS = {"script", "iframe", "object", "embed", "svg", "img", "style", "link", "meta", "form"}

TAGS = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">klik</a>',
        '<a href=" JaVaScRiPt:alert(1)">klik</a>',
        '<p onclick="alert(1)">tekst</p>',
        "<iframe src=//x></iframe>",
        "<svg/onload=alert(1)>",
        '<b style="background:url(javascript:alert(1))">vet</b>',
        "<p>gewone alinea</p>",
        "<h2>kop</h2>",
        "<ul><li>punt</li></ul>",
    ]
)
HTML = st.lists(st.one_of(TAGS, s.tekst(20)), min_size=1, max_size=6).map("".join)


def contentstate(teksten: list[str], link: str) -> str:
    """What Draftail posts: blocks of text, the first with a link entity to `link`."""
    blokken = [
        {
            "key": f"b{i}",
            "type": "unstyled",
            "depth": 0,
            "text": tekst or "x",
            "inlineStyleRanges": [],
            "entityRanges": [{"offset": 0, "length": 1, "key": 0}] if i == 0 else [],
            "data": {},
        }
        for i, tekst in enumerate(teksten)
    ]
    entiteiten = {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}}
    return json.dumps({"blocks": blokken, "entityMap": entiteiten})


class Elementen(HTMLParser):
    """The tags and attributes a browser would build from stored rich text (text stays text)."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def geen_gevaar(html: str) -> None:
    lezer = Elementen()
    lezer.feed(html)
    for tag, attributen in lezer.tags:
        assert tag not in GEVAARLIJKE_TAGS, html
        for naam, waarde in attributen.items():
            assert not naam.startswith("on"), html
            schema = re.sub(r"[\s\x00-\x20]", "", waarde or "").lower()
            assert not schema.startswith(("javascript:", "data:", "vbscript:")), html


@settings(max_examples=60)
@given(html=HTML)
def test_pasted_html_loses_scripts_and_event_attributes(html):
    opgeslagen = EditorHTMLConverter(features=RICH_TEXT_FEATURES).to_database_format(html)
    geen_gevaar(opgeslagen)
    tel("richtext: geplakte HTML", geweigerd=False)


@settings(max_examples=60)
@given(
    teksten=st.lists(st.one_of(TAGS, s.tekst()), min_size=1, max_size=4),
    link=st.one_of(
        st.sampled_from(["javascript:alert(1)", " javascript:x", "data:text/html,<script>"]), s.tekst()
    ),
)
def test_draftail_input_stays_text_and_javascript_links_disappear(teksten, link):
    opgeslagen = ContentstateConverter(features=RICH_TEXT_FEATURES).to_database_format(
        contentstate(teksten, link)
    )
    geen_gevaar(opgeslagen)
    tel("richtext: Draftail-invoer", geweigerd=False)


def test_a_lot_verhaal_through_the_admin_form_stores_no_script():
    redacteur = client_voor(UserFactory(roles=["kerngroep"], is_superuser=True))
    tekst = contentstate(
        ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'], "javascript:alert(1)"
    )

    response = redacteur.post(
        "/admin/snippets/content/lotverhaal/add/", {"titel": "<b>Lot</b>", "tekst": tekst}
    )

    assert response.status_code == 302, response.content[:2000]
    verhaal = LotVerhaal.objects.get()
    geen_gevaar(verhaal.tekst)
    assert "script&gt;alert(1)&lt;/script&gt;" in verhaal.tekst  # kept as text the editor can see
    lijst = redacteur.get("/admin/snippets/content/lotverhaal/")
    assert "<b>Lot</b>" not in lijst.text and "&lt;b&gt;Lot&lt;/b&gt;" in lijst.text
