"""Rule 'een adres wordt gelezen door een formulier': every query parameter passes a form first.

Views read `request.GET` only through `portal.querystring.lees`, which binds it to a form and
answers invalid values with a 400 page in Dutch. This file keeps that true for every view:

- a source scan of every app finds each `.GET` and each form given to `querystring.lees`; a new
  reader of `request.GET` fails here until it goes through a form (or is listed, with its reason);
- every form read from a query string has a row below (where it lives, as whom); the values sent
  follow from the form's own fields, just outside what each field allows: week 0, 15, 20 and -1
  for a week of 1–14, dates before 1900 and after 2100, 'abc' and an id of another kind for an
  id, a text longer than its maximum, a NUL byte. A field without bounds fails the test.
"""

import ast
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from wagtail.models import Page

from tests.portal.factories import UserFactory
from tests.security.hostile.aanval import ENGELS, FOUTMELDING
from tests.security.world import client_voor, content_wereld, intervisie_wereld, trajecten_wereld

pytestmark = pytest.mark.django_db

APPS = ("portal", "content", "cursus", "licenties", "intervisie", "trajecten")

# Readers of `.GET` that are not views reading their own parameters, with the reason.
TOEGESTANE_LEZERS = {
    "portal/querystring.py": "the one home: binds request.GET to a form",
    "portal/nultekens.py": "middleware that refuses NUL in any parameter before a view runs",
    "licenties/admin/views/licenties.py": "Wagtail's filterset checks the licence filters; this links them",
    "licenties/admin/views/dagen.py": "Wagtail's export mixin checked ?export against its formats",
}


def bronbestanden():
    for app in APPS:
        for pad in sorted((Path(settings.BASE_DIR) / app).rglob("*.py")):
            if "migrations" not in pad.parts:
                yield pad.relative_to(settings.BASE_DIR).as_posix(), ast.parse(pad.read_text("utf-8"))


def get_lezers() -> dict[str, list[int]]:
    """Per module: the lines that read `<something>.GET`."""
    lezers = {}
    for pad, boom in bronbestanden():
        regels = [n.lineno for n in ast.walk(boom) if isinstance(n, ast.Attribute) and n.attr == "GET"]
        if regels:
            lezers[pad] = regels
    return lezers


def formulieren_via_querystring() -> set[str]:
    """'<module>.<Form>' for every form a view gives to `querystring.lees` (as resolved in that module)."""
    gevonden = set()
    for pad, boom in bronbestanden():
        module = pad.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
        for node in ast.walk(boom):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("lees", "lees_of_leeg")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "querystring"
            ):
                klasse = __import__(module, fromlist=["_"])
                for naam in ast.unparse(node.args[1]).split("."):  # `Form` or `querystring.PaginaForm`
                    klasse = getattr(klasse, naam)
                gevonden.add(f"{klasse.__module__}.{klasse.__qualname__}")
    return gevonden


# --- every reader, as whom -------------------------------------------------------------------------
@dataclass(frozen=True)
class Lezer:
    formulier: str  # '<module>.<Form>'
    wereld: Callable[[], dict]
    url: Callable[[dict], str]
    rollen: dict[str, Callable[[dict], object]]
    negeert: bool = False  # a shared filter link: what no longer exists is dropped, and the page says so


def met_wijzigingenpagina():
    from content.models import WijzigingenPage

    w = content_wereld()
    w["wijzigingen"] = w["kompas"]["kompas"].add_child(instance=WijzigingenPage(title="Wat is er nieuw"))
    return w


def met_licentie():
    from tests.licenties.factories import LicentieFactory

    return {"licentie": LicentieFactory(), "trainer": UserFactory(roles=["trainer"])}


def lezer_van(rol):
    return lambda w: w.get(rol) or UserFactory(roles=[rol])


LEZERS = [
    Lezer(
        "content.views.planner.VoorinvullingForm",
        content_wereld,
        lambda w: "/kompas/planner/nieuw/",
        {
            "trainer": lambda w: w["trainer"],
            "cursist": lezer_van("cursist"),
            "kerngroep": lezer_van("kerngroep"),
        },
    ),
    Lezer(
        "content.views.kompas.ZoekForm",
        content_wereld,
        lambda w: "/kompas/zoeken/",
        {"trainer": lambda w: w["trainer"], "opleider": lezer_van("opleider")},
    ),
    Lezer(
        "content.bibliotheek.FilterForm",
        content_wereld,
        lambda w: w["activiteit"].get_parent().url,
        {"trainer": lambda w: w["trainer"], "cursist": lezer_van("cursist")},
        negeert=True,
    ),
    Lezer(
        "portal.querystring.PaginaForm",
        met_wijzigingenpagina,
        lambda w: w["wijzigingen"].url,
        {"trainer": lambda w: w["trainer"]},
    ),
    Lezer(
        "licenties.views.VerifieerForm",
        met_licentie,
        lambda w: "/licentie/verifieer/",
        {"bezoeker": lambda w: None, "trainer": lambda w: w["trainer"]},
    ),
    Lezer(
        "trajecten.forms.ZoekForm",
        trajecten_wereld,
        lambda w: "/trajecten/",
        {"ervaren trainer": lambda w: w["ervaren"], "schoolcontact": lambda w: w["contact"]},
    ),
    Lezer(
        "trajecten.forms.PlanningForm",
        trajecten_wereld,
        lambda w: f"/trajecten/{w['toegelaten'].code}/planning/",
        {"ervaren trainer": lambda w: w["ervaren"]},
    ),
    Lezer(
        "intervisie.forms.JaarplanForm",
        intervisie_wereld,
        lambda w: f"/intervisie/groepen/{w['groep'].pk}/",
        {"facilitator": lambda w: w["facilitator"]},
    ),
]


# --- values just outside what a field allows -------------------------------------------------------
def id_van_een_ander_soort(queryset) -> str:
    """The id of an existing row that the field does not offer (a page of another type, a user)."""
    bestaand = set(queryset.values_list("pk", flat=True))
    kandidaten = [
        *Page.objects.values_list("pk", flat=True),
        *UserFactory._meta.model.objects.values_list("pk", flat=True),
    ]
    return str(next((pk for pk in kandidaten if pk not in bestaand), max(kandidaten, default=0) + 1))


def grenswaarden(veld: forms.Field) -> list[str]:
    """What `veld` must refuse. A field that cannot say where it ends fails here."""
    waarden = ["a\x00b"]
    if isinstance(veld, forms.ModelChoiceField):  # also the multiple-choice one
        return [*waarden, "abc", "-1", "1.5", str(2**63), id_van_een_ander_soort(veld.queryset)]
    if isinstance(veld, forms.BooleanField):
        return waarden  # any text is "on"
    if isinstance(veld, forms.ChoiceField):  # also typed and multiple choice
        return [*waarden, "abc-bestaat-niet", "x" * 5000]
    if isinstance(veld, forms.IntegerField):
        assert veld.min_value is not None and veld.max_value is not None, f"{veld.label}: geen grenzen"
        laag, hoog = veld.min_value, veld.max_value
        return [
            *waarden,
            str(laag - 1),
            str(min(laag - 2, -1)),
            str(hoog + 1),
            str(hoog + 6),
            "abc",
            "9" * 40,
        ]
    if isinstance(veld, forms.DateField):
        return [*waarden, "1899-12-31", "2101-01-01", "0000-01-01", "abc", "2026-02-30"]
    if isinstance(veld, forms.CharField):  # also RegexField
        assert veld.max_length, f"{veld.label}: geen maximale lengte"
        return [*waarden, "x" * (veld.max_length + 1)]
    raise AssertionError(f"{type(veld).__name__} {veld.label}: nog geen grenswaarden bekend")


def klasse_van(dotted: str):
    module, naam = dotted.rsplit(".", 1)
    return getattr(__import__(module, fromlist=[naam]), naam)


def assert_nederlandse_weigering(response, wat: str) -> None:
    assert 400 <= response.status_code < 500, f"{wat}: {response.status_code}"
    tekst = response.content.decode("utf-8", "replace")
    assert "Traceback" not in tekst, wat
    for engels in ENGELS:
        assert engels not in tekst, f"{wat}: Engelse melding {engels!r}"
    if "html" in response["Content-Type"]:
        assert 'lang="nl"' in tekst, wat
        assert any(teken in tekst for teken in FOUTMELDING), f"{wat}: geen melding"
    else:
        assert "ongeldig" in tekst, f"{wat}: {tekst[:200]!r}"


# --- the tests ------------------------------------------------------------------------------------
def test_views_read_request_get_only_through_a_form():
    buiten_de_regel = {pad: regels for pad, regels in get_lezers().items() if pad not in TOEGESTANE_LEZERS}
    assert buiten_de_regel == {}, (
        f"Lees queryparameters met portal.querystring.lees(request, Formulier): {buiten_de_regel}"
    )


def test_every_form_for_query_parameters_is_in_the_table():
    assert formulieren_via_querystring() == {lezer.formulier for lezer in LEZERS}


@pytest.mark.parametrize("lezer", LEZERS, ids=[lezer.formulier for lezer in LEZERS])
def test_values_just_outside_the_range_get_a_dutch_4xx_never_a_500(lezer):
    formulier = klasse_van(lezer.formulier)
    w = lezer.wereld()
    url = lezer.url(w)
    velden = formulier(**lezer_kwargs(w, formulier)).fields
    for rol, wie in lezer.rollen.items():
        client = client_voor(wie(w))
        for naam, veld in velden.items():
            for waarde in grenswaarden(veld):
                response = client.get(url, {naam: waarde})
                wat = f"{rol} GET {url}?{naam}={waarde[:30]!r}"
                if lezer.negeert and response.status_code == 200:
                    assert "genegeerd" in response.content.decode(), f"{wat}: niet gemeld"
                else:
                    assert_nederlandse_weigering(response, wat)


def lezer_kwargs(w, formulier) -> dict:
    """Forms that take their choices from the page they filter."""
    if formulier.__name__ == "FilterForm":
        from content.bibliotheek import Bibliotheek

        return {"bieb": Bibliotheek(w["activiteit"].get_parent())}
    return {}


def test_the_limits_the_issue_names_are_among_the_generated_values():
    """Week 20 (issue 18, finding 5), dates outside 1900–2100, ids that are no number."""
    week = klasse_van("content.views.planner.VoorinvullingForm")().fields["week"]
    datum = klasse_van("trajecten.forms.PlanningForm")().fields["startdatum"]
    assert {"0", "15", "20", "-1"} <= set(grenswaarden(week))
    assert {"1899-12-31", "2101-01-01"} <= set(grenswaarden(datum))
