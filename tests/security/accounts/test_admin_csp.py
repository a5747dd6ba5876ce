"""Rule: the Wagtail admin runs no inline script, and its CSP says so (no 'unsafe-inline').

The browser proof (the widgets still work, no CSP refusal) is test_admin_csp_browser.py; this
checks the HTML and the header of every kind of admin screen the portal uses.
"""

import json
import re

import pytest
from wagtail.admin.widgets import BaseChooser

from portal import admin_scripts
from tests.content.factories import klein_kompas
from tests.licenties.factories import LicentieFactory
from tests.portal.factories import UserFactory, activate_totp

pytestmark = pytest.mark.django_db

# A <script> the browser would execute: no src, and no data type such as application/json.
EXECUTABLE_INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*\btype=[\"']?(?:application/json|text/template))[^>]*>", re.IGNORECASE
)


def directives(response) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))


@pytest.fixture
def beheerder(client):
    user = UserFactory(roles=["kerngroep"], is_superuser=True, is_staff=True)
    activate_totp(user)
    client.force_login(user)
    return client


@pytest.fixture
def kompas():
    return klein_kompas()


def admin_paths(kompas):
    thema = kompas["erkenning"]
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{kompas['kompas'].pk}/",
        f"/admin/pages/{thema.pk}/edit/",  # rich text, StreamField, snippet chooser
        f"/admin/pages/add/content/onderwerppage/{kompas['kompas'].pk}/",
        "/admin/snippets/content/lotverhaal/",
        f"/admin/snippets/content/lotverhaal/edit/{thema.lot_verhaal_id}/",
        "/admin/licenties/",
        "/admin/organisaties/new/",  # InlinePanel
        "/admin/cursusrondes/new/",  # InlinePanel with date and time pickers
        "/admin/images/",
        "/admin/documents/",
        "/admin/redirects/add/",  # page chooser
        "/admin/users/",
        "/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/",
    ]


def test_no_admin_screen_contains_an_executable_inline_script(beheerder, kompas):
    LicentieFactory()
    for path in admin_paths(kompas):
        response = beheerder.get(path)
        assert response.status_code == 200, path
        assert not EXECUTABLE_INLINE_SCRIPT.findall(response.text), (
            path,
            EXECUTABLE_INLINE_SCRIPT.findall(response.text),
        )


@pytest.mark.parametrize(
    "path",
    [
        "/admin/images/chooser/",
        "/admin/documents/chooser/",
        "/admin/snippets/choose/content/lotverhaal/",
        "/admin/choose-page/",
    ],
)
def test_no_chooser_modal_contains_an_executable_inline_script(beheerder, kompas, path):
    response = beheerder.get(path)

    assert response.status_code == 200
    html = json.loads(response.content)["html"]
    assert not EXECUTABLE_INLINE_SCRIPT.findall(html)


def test_the_admin_policy_allows_no_inline_or_evaluated_script(beheerder):
    response = beheerder.get("/admin/")

    script_src = directives(response)["script-src"]
    assert script_src.split()[0] == "'self'"
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert directives(response)["object-src"] == "'none'"
    assert directives(response)["base-uri"] == "'self'"


def test_the_admin_loads_the_initialiser_that_replaces_the_inline_scripts(beheerder, kompas):
    html = beheerder.get(f"/admin/pages/{kompas['erkenning'].pk}/edit/").text

    assert admin_scripts.INIT_SCRIPT in html
    assert 'data-refit-init="SnippetChooser"' in html
    assert BaseChooser.render is admin_scripts.chooser_render


def test_inline_panels_and_date_pickers_are_started_from_data(beheerder):
    html = beheerder.get("/admin/cursusrondes/new/").text

    assert 'data-refit-init="InlinePanel"' in html
    assert 'data-refit-init="initDateChooser"' in html
    assert 'data-refit-init="initTimeChooser"' in html
    # The empty form copied in by "add" carries them too, with the prefix still to be filled in.
    template = html[html.index("-EMPTY_FORM_TEMPLATE") :]
    assert re.search(
        r'data-refit-init="initDateChooser" data-refit-id="id_bijeenkomsten-__prefix__-datum"', template
    )
