"""Rule 'vijandige invoer': every query parameter and free path segment takes hostile input without a 500.

A GET never changes anything, whatever its parameters; a bad parameter is ignored or answered
with a Dutch message. One table row per page; a new parameter is one entry in its row.
"""

from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licenties.models import Licentie
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory
from tests.portal.factories import UserFactory
from tests.security.hostile import strategies as s
from tests.security.hostile.aanval import Doel, aanvallen, controleer_pagina
from tests.security.hostile.telling import tel
from tests.security.world import (
    CONTENT_STAAT,
    INTERVISIE_STAAT,
    LICENTIE_STAAT,
    TRAJECT_STAAT,
    client_voor,
    content_wereld,
    intervisie_wereld,
    trajecten_wereld,
)

pytestmark = pytest.mark.django_db

T = s.veld(s.tekst())
LANG = s.veld(st.one_of(s.tekst(), s.lange_tekst()))
GETAL = s.veld(s.getal())
DATUM = s.veld(s.datum())


def licentie_wereld():
    kerngroep = UserFactory(roles=["kerngroep"])
    LicentieFactory()
    return {"kerngroep": kerngroep, "dag": ProfessionaliseringsdagFactory()}


# (naam, wereld, wie, url, parameters, staat)
PARAMETERS = [
    (
        "GET /kompas/zoeken/?q",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: "/kompas/zoeken/",
        {"q": LANG},
        CONTENT_STAAT,
    ),
    (
        "GET bibliotheek ?filters",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: w["activiteit"].get_parent().url,
        {
            "q": LANG,
            "fase": GETAL,
            "thema": GETAL,
            "onderdeel": T,
            "setting": T,
            "aanpak": T,
            "duur": T,
            "ik_heb": T,
            "materiaal": T,
            "nieuw": T,
            "sorteer": T,
            "pagina": GETAL,
            "fragment": s.veld(s.keuze("1")),
        },
        CONTENT_STAAT,
    ),
    (
        "GET /kompas/planner/nieuw/?thema&week",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: "/kompas/planner/nieuw/",
        {"thema": GETAL, "week": GETAL},
        CONTENT_STAAT,
    ),
    (
        "GET /licentie/verifieer/?nummer",
        licentie_wereld,
        lambda w: None,
        lambda w: "/licentie/verifieer/",
        {"nummer": LANG},
        LICENTIE_STAAT,
    ),
    (
        "GET /trajecten/?q",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: "/trajecten/",
        {"q": LANG},
        TRAJECT_STAAT,
    ),
    (
        "GET /trajecten/<code>/planning/?startdatum",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['toegelaten'].code}/planning/",
        {"startdatum": DATUM},
        TRAJECT_STAAT,
    ),
    (
        "GET /intervisie/groepen/<pk>/?schooljaar",
        intervisie_wereld,
        lambda w: w["facilitator"],
        lambda w: f"/intervisie/groepen/{w['groep'].pk}/",
        {"schooljaar": T},
        INTERVISIE_STAAT,
    ),
    (
        "GET /admin/licenties/?filters",
        licentie_wereld,
        lambda w: w["kerngroep"],
        lambda w: "/admin/licenties/",
        {
            "status": T,
            "organisatie": GETAL,
            "regio": T,
            "programma": T,
            "jaar": GETAL,
            "geldig_tot_jaar": GETAL,
            "q": LANG,
            "p": GETAL,
            "ordering": T,
            "export": s.veld(s.keuze("csv", "xlsx")),
        },
        LICENTIE_STAAT,
    ),
    (
        "GET /admin/professionaliseringsdagen/aanwezigheid/<pk>/?export",
        licentie_wereld,
        lambda w: w["kerngroep"],
        lambda w: f"/admin/professionaliseringsdagen/aanwezigheid/{w['dag'].pk}/",
        {"export": s.veld(s.keuze("csv", "xlsx"))},
        LICENTIE_STAAT,
    ),
    (
        "GET /account/login/?next",
        lambda: {},
        lambda w: None,
        lambda w: "/account/login/",
        {
            "next": s.veld(
                st.one_of(s.tekst(), st.sampled_from(["//evil.example", "https://evil.example/", "/\\evil"]))
            )
        },
        lambda: None,
    ),
]


@pytest.mark.parametrize(
    ("naam", "wereld", "wie", "url", "parameters", "staat"), PARAMETERS, ids=[rij[0] for rij in PARAMETERS]
)
def test_query_parameters_never_give_a_500_and_change_nothing(naam, wereld, wie, url, parameters, staat):
    w = wereld()
    aanvallen(
        Doel(naam=naam, url=url(w), client=client_voor(wie(w)), velden=parameters, staat=staat, methode="get")
    )


def test_the_login_never_sends_to_another_site_afterwards():
    """`?next=` is kept to this site: an open redirect would make phishing links look like ours."""
    from tests.portal.factories import PASSWORD

    user = UserFactory(roles=["cursist"])
    client = client_voor()
    for volgende in ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"]:
        response = client.post(
            f"/account/login/?next={quote(volgende)}", {"login": user.email, "password": PASSWORD}
        )
        assert response.status_code == 302
        assert response.url.startswith("/") and not response.url.startswith(("//", "/\\")), response.url
        client.logout()


# Free path segments (codes and tokens), as whom may open them.
PADEN = [
    ("/trajecten/{}/", lambda w: w["ervaren"], trajecten_wereld),
    ("/trajecten/{}/eindverslag/1.pdf", lambda w: w["ervaren"], trajecten_wereld),
    ("/licentie/verifieer/{}", lambda w: None, licentie_wereld),
    ("/licentie/plaats/{}/", lambda w: None, licentie_wereld),
    ("/cursus/plaats/{}/", lambda w: None, licentie_wereld),
    ("/agenda/{}.ics", lambda w: None, licentie_wereld),
    ("/uitnodiging/{}/", lambda w: None, licentie_wereld),
]


@pytest.mark.parametrize(("patroon", "wie", "wereld"), PADEN, ids=[p[0] for p in PADEN])
def test_free_path_segments_never_give_a_500(patroon, wie, wereld):
    w = wereld()
    client = client_voor(wie(w))
    staat = TRAJECT_STAAT if patroon.startswith("/trajecten") else LICENTIE_STAAT
    doel = Doel(naam=f"GET {patroon}", url=patroon, client=client, velden={}, staat=staat, methode="get")

    @settings(max_examples=8)
    @given(
        segment=st.one_of(
            s.tekst(), s.lange_tekst(), s.getal(), st.sampled_from(["..", "%2e%2e", "%00", "RF-2020-0001"])
        )
    )
    def openen(segment):
        voor = staat()
        response = client.get(patroon.format(quote(segment, safe="")))
        controleer_pagina(response, doel, {"segment": segment})
        assert staat() == voor
        tel(doel.naam, geweigerd=response.status_code >= 400)

    openen()
    assert Licentie.objects.exists() or patroon.startswith("/trajecten")
