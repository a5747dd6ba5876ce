"""Promise 'versleutelde dossiertekst': no free text of a case record is readable in a database dump.

Two trajectories go through the portal as people use it (the pages, their forms, the
services): one from aanmelding to afsluiting, one refused at the besluit. Every free-text
field of the case record (found by walking the models, `tests/trajecten/dossiertekst.py`)
gets a word of its own. Then `pg_dump` reads the database as a backup or a thief would: none
of the words may be in it, while the portal still shows them.
"""

import os
import subprocess
from datetime import date

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from portal.schoolvakanties import schoolvakanties_inrichten
from tests.trajecten import factories as f
from tests.trajecten.dossiertekst import vrije_tekst
from trajecten.models import Traject

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def woord(model, veld) -> str:
    """A word found nowhere else: 'Merkwoord' + model + field, without underscores."""
    return f"Merkwoord{model.__name__}{veld.name.replace('_', '')}"


def woorden() -> dict[str, str]:
    return {f"{model.__name__}.{veld.name}": woord(model, veld) for model, veld in vrije_tekst()}


def w(model_veld: str) -> str:
    return woorden()[model_veld]


def aanmelden(client, ervaren, geboortedatum="2011-03-14", **extra):
    antwoord = client.post(
        "/trajecten/aanmelden/",
        {
            "voornaam": "Merkwoordvoornaam",
            "achternaam": "Merkwoordachternaam",
            "geboortedatum": geboortedatum,
            "ouders_naam": "Merkwoordouder",
            "ouders_telefoon": "06-12345678",
            "klas": w("Aanmelding.klas"),
            "schooltype": "vo",
            "reden": w("Aanmelding.reden"),
            "klachten": ["buikpijn", "anders"],
            "klachten_anders": w("Aanmelding.klachten_anders"),
            "verzuim_percentage": "18.5",
            "ziekmeldingen_12_weken": "5",
            "aaneengesloten_ziektedagen": "3",
            "plan_school": w("Aanmelding.plan_school"),
            "effect_plan": w("Aanmelding.effect_plan"),
            "toestemming_leerling": "on",
            "toestemming_ouders": "on",
            "toestemming_op": "2026-09-01",
            "toestemming_vastgelegd_door": w("Aanmelding.toestemming_vastgelegd_door"),
            **extra,
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    return antwoord.url.strip("/").split("/")[-1]


def stap(client, url, gegevens):
    antwoord = client.post(url, gegevens)
    # Saved: back to the case record (not to a login page, not the form again).
    assert antwoord.status_code == 302 and antwoord.url.startswith("/trajecten/T-"), (
        url,
        antwoord.get("Location"),
        antwoord.content.decode()[:3000],
    )
    return antwoord


def tot_besluit(client, code, ervaren, beginner, **advies):
    stap(
        client,
        f"/trajecten/{code}/advies/",
        {
            "positief": "ja",
            "leden": [ervaren.pk],
            "overige_leden": w("Advies.overige_leden"),
            "toelichting": w("Advies.toelichting"),
            "gegeven_op": "2026-09-10",
            **advies,
        },
    )
    intake = {
        k: ("on" if v is True else v)
        for k, v in f.INTAKE_TOEGELATEN.items()
        if v is not False and k != "datum"
    }
    stap(
        client,
        f"/trajecten/{code}/intake/",
        {
            **intake,
            "datum": "2026-09-20",
            "trainers": [ervaren.pk, beginner.pk],
            "ziekte_en_ziektebeleving": w("Intake.ziekte_en_ziektebeleving"),
            "dagelijks_leven": w("Intake.dagelijks_leven"),
            "verleden": w("Intake.verleden"),
            "verwachtingen": w("Intake.verwachtingen"),
        },
    )


def pg_dump() -> str:
    db = connection.settings_dict
    opdracht = ["pg_dump", "--no-owner", "-h", db["HOST"] or "127.0.0.1", "-U", db["USER"], db["NAME"]]
    if db["PORT"]:
        opdracht[1:1] = ["-p", str(db["PORT"])]
    return subprocess.run(
        opdracht,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PGPASSWORD": db["PASSWORD"] or ""},
    ).stdout


def test_a_database_dump_holds_no_free_text_of_a_case_record(ingelogd_als):
    assert len(woorden()) >= 25, "the walk over the models found the free-text fields"
    with time_machine.travel(date(2026, 9, 1), tick=False):
        school = f.school()
        contact = f.schoolcontact(school)
        ervaren = f.trainer(ervaren=True, organisatie=school, coordinator=True)
        beginner = f.trainer(ervaren=False, organisatie=school)
        schoolvakanties_inrichten()
        code = aanmelden(ingelogd_als(contact), ervaren)
        # Eleven years old: the adviesteam says why Re-Fit fits all the same (rule 'doelgroep leeftijd').
        geweigerd = aanmelden(
            ingelogd_als(contact), ervaren, geboortedatum="2015-01-14", buiten_leeftijd_bevestigd="on"
        )

    with time_machine.travel(date(2026, 9, 25), tick=False):
        client = ingelogd_als(ervaren)
        tot_besluit(client, code, ervaren, beginner)
        tot_besluit(client, geweigerd, ervaren, beginner, leeftijd_reden=w("Advies.leeftijd_reden"))
        stap(client, f"/trajecten/{code}/besluit/", {"toegelaten": "ja", "genomen_op": "2026-09-25"})
        stap(
            client,
            f"/trajecten/{geweigerd}/besluit/",
            {
                "toegelaten": "nee",
                "afwijkingsreden": w("Besluit.afwijkingsreden"),
                # A refusal closes the trajectory with this advice: it is the Traject's too.
                "vervolgadvies": w("Besluit.vervolgadvies") + " " + w("Traject.vervolgadvies"),
                "genomen_op": "2026-09-25",
            },
        )
        stap(client, f"/trajecten/{code}/planning/", {"startdatum": "2026-11-02", "bevestigen": "1"})

    with time_machine.travel(date(2027, 1, 20), tick=False):
        client = ingelogd_als(ervaren)  # months later: a new session
        traject = Traject.objects.get(code=code)
        eerste, tweede, derde = traject.bijeenkomsten.order_by("volgnummer")[:3]
        stap(
            client,
            f"/trajecten/{code}/bijeenkomsten/{eerste.pk}/",
            {"uitkomst": "afwezig", "reden_afwezigheid": w("Bijeenkomst.reden_afwezigheid")},
        )
        stap(
            client,
            f"/trajecten/{code}/bijeenkomsten/{tweede.pk}/",
            {
                "uitkomst": "gehouden",
                "notities": w("Bijeenkomst.notities"),
                "huiswerk": w("Bijeenkomst.huiswerk"),
            },
        )
        stap(
            client,
            f"/trajecten/{code}/bijeenkomsten/{derde.pk}/",
            {"uitkomst": "afwezig", "reden_afwezigheid": w("Bijeenkomst.reden_afwezigheid")},
        )
        bericht = traject.voortgangsberichten.order_by("gepland_op").first()
        stap(
            client,
            f"/trajecten/{code}/berichten/",
            {
                "bericht": bericht.pk,
                "verstuurd_op": "2026-11-10",
                "kanaal": "email",
                "strekking": w("Voortgangsbericht.strekking"),
            },
        )
        stap(
            client,
            f"/trajecten/{code}/bijlagen/nieuw/",
            {
                "soort": "werkblad",
                "omschrijving": w("Bijlage.omschrijving"),
                "bestand": SimpleUploadedFile("werkblad.pdf", b"%PDF-1.4\n"),
            },
        )
        stap(
            client,
            f"/trajecten/{code}/eindverslag/",
            {
                "eindgesprek_op": "2027-01-20",
                **{veld: w(f"Eindverslag.{veld}") for veld in _eindverslag_velden()},
            },
        )
        # Absent twice: the training started but did not run, so it ends with a follow-up advice.
        stap(
            client,
            f"/trajecten/{code}/afsluiten/",
            {"uitkomst": "gestopt_afwezigheid", "vervolgadvies": w("Traject.vervolgadvies")},
        )

    # Every free-text field got its word, and the portal reads it back.
    gelezen = " ".join(
        str(getattr(obj, veld.name)) for model, veld in vrije_tekst() for obj in model.objects.all()
    )
    assert [v for v in woorden().values() if v not in gelezen] == []
    assert w("Eindverslag.ontwikkeling") in client.get(f"/trajecten/{code}/eindverslag/1/").text

    dump = pg_dump()
    assert code in dump and geweigerd in dump, "the dump holds the case records"
    gevonden = sorted(veld for veld, woord_ in woorden().items() if woord_ in dump)
    assert gevonden == [], f"{len(gevonden)} of {len(woorden())} free-text fields readable in pg_dump"
    assert "Merkwoordachternaam" not in dump and "Merkwoordouder" not in dump  # the identity, as before


def _eindverslag_velden():
    return [veld.name for model, veld in vrije_tekst() if model.__name__ == "Eindverslag"]
