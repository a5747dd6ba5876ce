"""Rule 'vijandige invoer': every form of the portal takes hostile input without a 500.

One table row per form: its name, the world it needs, who posts, where, and a strategy per
field. A new form is one row. `aanval.een_aanval` holds what must be true for every input.
"""

import pytest
from hypothesis import strategies as st

from cursus.choices import Achtergrond
from cursus.models import Werkagenda
from intervisie.models import Casusinbreng
from tests.security.hostile import strategies as s
from tests.security.hostile.aanval import Doel, aanvallen
from tests.security.world import (
    CONTENT_STAAT,
    CURSUS_STAAT,
    INTERVISIE_STAAT,
    TRAJECT_STAAT,
    client_voor,
    content_wereld,
    cursus_wereld,
    intervisie_wereld,
    trajecten_wereld,
)
from trajecten.choices import BijlageSoort, Kanaal, Klacht, Schooltype, Uitkomst

pytestmark = pytest.mark.django_db

T = s.veld(s.tekst())
LANG = s.veld(st.one_of(s.tekst(), s.lange_tekst()))
DATUM = s.veld(s.datum())
GETAL = s.veld(s.getal())
JA_NEE = s.veld(s.keuze("ja", "nee", "on", "true", "1"))


def keuze(*geldig):
    return s.veld(s.keuze(*geldig))


# (naam, wereld, wie post, url, velden, staat)
FORMULIEREN = [
    (
        "cursus: aanmelden (anoniem)",
        cursus_wereld,
        lambda w: None,
        lambda w: f"/cursus/{w['ronde'].pk}/aanmelden/",
        {
            "voornaam": LANG,
            "achternaam": T,
            "email": s.veld(
                st.one_of(s.tekst(), st.just("a@b.nl\r\nBcc: x@voorbeeld.nl"), st.emails().map(str))
            ),
            "organisatie": T,
            "achtergrond": keuze(*Achtergrond.values),
            "achtergrond_toelichting": T,
            "ervaring_onderwijs": LANG,
            "motivatie": T,
        },
        CURSUS_STAAT,
    ),
    (
        "cursus: werkagenda",
        cursus_wereld,
        lambda w: w["deelnemer"].user,
        lambda w: f"/cursus/mijn-cursus/{w['deelnemer'].pk}/werkagenda/",
        {**{naam: LANG for naam in Werkagenda.ONDERDELEN}, "actie": keuze("opslaan", "indienen")},
        CURSUS_STAAT,
    ),
    (
        "cursus: aanmelding beoordelen",
        cursus_wereld,
        lambda w: w["opleider"],
        lambda w: f"/cursus/aanmeldingen/{w['open'].pk}/beoordelen/",
        {"besluit": keuze("toelaten", "afwijzen"), "reden": LANG},
        CURSUS_STAAT,
    ),
    (
        "intervisie: casus inbrengen",
        intervisie_wereld,
        lambda w: w["lid"],
        lambda w: f"/intervisie/bijeenkomsten/{w['bijeenkomst'].pk}/casus/",
        {
            **{naam: LANG for naam in Casusinbreng.ONDERDELEN},
            "trajectcode": T,
            "persoonsgegevens_gecontroleerd": JA_NEE,
        },
        INTERVISIE_STAAT,
    ),
    (
        "intervisie: bijeenkomst wijzigen",
        intervisie_wereld,
        lambda w: w["facilitator"],
        lambda w: f"/intervisie/bijeenkomsten/{w['bijeenkomst'].pk}/wijzigen/",
        {
            "datum": DATUM,
            "begintijd": s.veld(s.tijd()),
            "eindtijd": s.veld(s.tijd()),
            "online_link": s.veld(
                st.one_of(s.tekst(), st.sampled_from(["javascript:alert(1)", "https://x/\r\n"]))
            ),
            "locatie": LANG,
            "agenda": LANG,
        },
        INTERVISIE_STAAT,
    ),
    (
        "intervisie: jaarplan",
        intervisie_wereld,
        lambda w: w["facilitator"],
        lambda w: f"/intervisie/groepen/{w['groep'].pk}/",
        {
            "jaarplan": st.just("1"),
            "schooljaar": s.veld(
                st.one_of(s.tekst(), st.sampled_from(["0000-0001", "9999-10000", "2027-2027"]))
            ),
        },
        INTERVISIE_STAAT,
    ),
    (
        "trajecten: leerling aanmelden",
        trajecten_wereld,
        lambda w: w["contact"],
        lambda w: "/trajecten/aanmelden/",
        {
            "voornaam": LANG,
            "achternaam": T,
            "geboortedatum": DATUM,
            "ouders_naam": T,
            "ouders_telefoon": T,
            "ouders_email": T,
            "klas": T,
            "schooltype": keuze(*Schooltype.values),
            "reden": LANG,
            "klachten": s.veld(st.lists(st.one_of(st.sampled_from(Klacht.values), s.tekst()), max_size=4)),
            "klachten_anders": T,
            "verzuim_percentage": GETAL,
            "ziekmeldingen_12_weken": GETAL,
            "aaneengesloten_ziektedagen": GETAL,
            "plan_school": T,
            "effect_plan": T,
            "toestemming_leerling": JA_NEE,
            "toestemming_ouders": JA_NEE,
            "toestemming_op": DATUM,
            "toestemming_vastgelegd_door": T,
            "buiten_leeftijd_bevestigd": JA_NEE,
            "uitvoerder": GETAL,
        },
        TRAJECT_STAAT,
    ),
    (
        "trajecten: advies",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['aangemeld'].code}/advies/",
        {
            "positief": keuze("ja", "nee"),
            "leden": s.veld(st.lists(s.getal(), max_size=3)),
            "overige_leden": LANG,
            "toelichting": LANG,
            "leeftijd_reden": LANG,
            "gegeven_op": DATUM,
        },
        TRAJECT_STAAT,
    ),
    (
        "trajecten: besluit",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['na_intake'].code}/besluit/",
        {"toegelaten": keuze("ja", "nee"), "afwijkingsreden": LANG, "vervolgadvies": T, "genomen_op": DATUM},
        TRAJECT_STAAT,
    ),
    (
        "trajecten: planning",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['toegelaten'].code}/planning/",
        {"startdatum": DATUM, "bevestigen": st.just("1")},
        TRAJECT_STAAT,
    ),
    (
        "trajecten: bijeenkomst vastleggen",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['in_training'].code}/bijeenkomsten/{w['bijeenkomst'].pk}/",
        {
            "uitkomst": keuze("gehouden", "afwezig"),
            "reden_afwezigheid": T,
            "activiteiten": s.veld(st.lists(s.getal(), max_size=3)),
            "notities": LANG,
            "huiswerk": T,
        },
        TRAJECT_STAAT,
    ),
    (
        "trajecten: bijeenkomst verplaatsen",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['in_training'].code}/bijeenkomsten/{w['bijeenkomst'].pk}/verplaatsen/",
        {"datum": DATUM},
        TRAJECT_STAAT,
    ),
    (
        "trajecten: voortgangsbericht",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['in_training'].code}/berichten/",
        {
            "bericht": GETAL,
            "verstuurd_op": DATUM,
            "kanaal": keuze(*Kanaal.values),
            "strekking": LANG,
            "met_toestemming_gezondheid": JA_NEE,
        },
        TRAJECT_STAAT,
    ),
    (
        "trajecten: bijlage (zonder bestand)",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['in_training'].code}/bijlagen/nieuw/",
        {"soort": keuze(*BijlageSoort.values), "omschrijving": LANG, "bestand": T},
        TRAJECT_STAAT,
    ),
    (
        "trajecten: eindverslag",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['in_training'].code}/eindverslag/",
        {
            "eindgesprek_op": DATUM,
            "startsituatie": LANG,
            "ontwikkeling": T,
            "aandachtspunten_jongere": T,
            "aandachtspunten_ouders": T,
            "aandachtspunten_school": T,
            "overdracht_school": T,
            "advies": T,
        },
        TRAJECT_STAAT,
    ),
    (
        "trajecten: afsluiten",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['in_training'].code}/afsluiten/",
        {"uitkomst": keuze(*Uitkomst.values), "vervolgadvies": LANG, "aanwezigheid_eind": GETAL},
        TRAJECT_STAAT,
    ),
    (
        "trajecten: verwijderen (bevestigingscode)",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: f"/trajecten/{w['aangemeld'].code}/verwijderen/",
        {"bevestig": T},
        TRAJECT_STAAT,
    ),
    (
        "trajecten: groepstraining",
        trajecten_wereld,
        lambda w: w["ervaren"],
        lambda w: "/trajecten/groepen/",
        {
            "trajecten": s.veld(st.lists(s.getal(), max_size=5)),
            "trainers": s.veld(st.lists(s.getal(), max_size=3)),
            "startdatum": DATUM,
        },
        TRAJECT_STAAT,
    ),
    (
        "content: sessieplan nieuw",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: "/kompas/planner/nieuw/",
        {
            "titel": LANG,
            "soort": keuze("individueel", "groep"),
            "week": GETAL,
            "thema": GETAL,
            "notities": LANG,
        },
        CONTENT_STAAT,
    ),
    (
        "content: activiteit voorstellen",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: "/kompas/activiteiten/voorstellen/",
        {
            "titel": LANG,
            "korte_beschrijving": T,
            "doel": T,
            "themas": s.veld(st.lists(s.getal(), max_size=3)),
            "onderdelen": s.veld(st.lists(s.getal(), max_size=3)),
            "setting": T,
            "duur": GETAL,
            "aanpak": T,
            "voorbereiding": LANG,
            "stappen": LANG,
        },
        CONTENT_STAAT,
    ),
    (
        "content: e-mailvoorkeur",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: "/kompas/voorkeuren/",
        {"ontvang_updates": JA_NEE},
        CONTENT_STAAT,
    ),
    (
        "content: sessieplan bewerken",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: f"/kompas/planner/{w['plan'].pk}/bewerken/",
        {"titel": LANG, "soort": keuze("individueel", "groep"), "week": GETAL, "thema": GETAL, "notities": T},
        CONTENT_STAAT,
    ),
    (
        "content: activiteit inplannen",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: f"/kompas/planner/{w['plan'].pk}/inplannen/",
        {"activiteit": GETAL, "onderdeel": keuze("opening", "activiteit", "afronding"), "notitie": LANG},
        CONTENT_STAAT,
    ),
    (
        "content: sessieplan delen",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: f"/kompas/planner/{w['plan'].pk}/delen/",
        {"email": s.veld(st.one_of(s.tekst(), st.emails().map(str), st.just("a@b.nl\x00")))},
        CONTENT_STAAT,
    ),
    (
        "content: activiteit naar plan",
        content_wereld,
        lambda w: w["trainer"],
        lambda w: f"/kompas/activiteiten/{w['activiteit'].pk}/inplannen/",
        {
            "plan_onderdeel": s.veld(
                st.one_of(s.tekst(), s.getal(), st.sampled_from(["²:opening", "١:opening"]))
            )
        },
        CONTENT_STAAT,
    ),
]


@pytest.mark.parametrize(
    ("naam", "wereld", "wie", "url", "velden", "staat"), FORMULIEREN, ids=[rij[0] for rij in FORMULIEREN]
)
def test_a_form_survives_hostile_input_without_a_500_and_refuses_without_effects(
    naam, wereld, wie, url, velden, staat
):
    w = wereld()
    aanvallen(Doel(naam=naam, url=url(w), client=client_voor(wie(w)), velden=velden, staat=staat))
