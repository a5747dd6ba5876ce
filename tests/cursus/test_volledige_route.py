"""Done when: apply, be admitted, subscribe, attend, write a werkagenda, be signed off, be eligible.

The whole route through the real pages, as the issue's acceptance criterion.
"""

import re
from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from cursus.choices import Competentie
from cursus.models import Aanmelding
from cursus.rules import geschiktheid_voor_licentie
from portal.models import AgendaAbonnement
from tests.cursus.factories import CursusrondeFactory, bijeenkomsten
from tests.portal.auth import log_in

pytestmark = pytest.mark.django_db

WACHTWOORD = "zomer-fiets-lantaarn-42"
WERKAGENDA = {
    "huidige_situatie": "Geen vaste aanpak.",
    "doel": "Re-Fit in het zorgaanbod.",
    "stappen": "Zorgteam, schoolleiding, eerste traject.",
    "betrokkenen": "Zorgcoördinator en mentoren.",
    "tijdpad": "Dit schooljaar.",
}


def op_dag(dag):
    return time_machine.travel(timezone.make_aware(datetime.combine(dag, time(17, 0))), tick=False)


def test_from_application_to_eligible(client, opleider, kerngroep, ingelogd_als, na_commit):
    ronde = CursusrondeFactory(naam="Voorjaar 2027", opleiders=[opleider])

    # 1. Apply on the public page, without an account, and confirm the address from the mail.
    with na_commit():
        client.post(
            f"/cursus/{ronde.pk}/aanmelden/",
            {
                "voornaam": "Noor",
                "achternaam": "Nieuw",
                "email": "noor@school.nl",
                "organisatie": "Het Anker",
                "achtergrond": "pedagogisch",
                "ervaring_onderwijs": "Mentor sinds 2018.",
                "motivatie": "Leerlingen weer op school.",
            },
        )
    bevestiging = re.search(r"http://testserver(/cursus/bevestigen/\S+/)", mail.outbox[-1].body).group(1)
    with na_commit():
        client.post(bevestiging)
    aanmelding = Aanmelding.objects.get(user__email="noor@school.nl")

    # 2. The kerngroep admits; the invitation sets the password.
    beheer = ingelogd_als(kerngroep)
    with na_commit():
        beheer.post(f"/admin/aanmeldingen/edit/{aanmelding.pk}/", {"besluit": "toelaten", "reden": ""})
    beheer.logout()
    uitnodiging = next(m for m in mail.outbox if "uitnodiging" in m.subject)
    link = re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", uitnodiging.body).group(1)
    client.post(
        link,
        {"voornaam": "Noor", "achternaam": "Nieuw", "wachtwoord1": WACHTWOORD, "wachtwoord2": WACHTWOORD},
    )
    client.logout()

    # 3. Subscribe: the calendar app reads the feed without logging in.
    log_in(client, aanmelding.user, password=WACHTWOORD)
    client.get("/agenda/")
    feed = f"/agenda/{AgendaAbonnement.objects.get(user=aanmelding.user).token}.ics"
    client.logout()
    assert [e.uid for e in Calendar.from_ical(client.get(feed).content).events] == [
        b.uid for b in bijeenkomsten(ronde)
    ]

    # 4. The opleider records attendance on each day.
    for bijeenkomst in bijeenkomsten(ronde):
        with op_dag(bijeenkomst.datum):
            begeleider = ingelogd_als(opleider)
            response = begeleider.post(
                f"/cursus/bijeenkomsten/{bijeenkomst.pk}/aanwezigheid/",
                {
                    "aanwezigheid-TOTAL_FORMS": 1,
                    "aanwezigheid-INITIAL_FORMS": 1,
                    "aanwezigheid-MIN_NUM_FORMS": 0,
                    "aanwezigheid-MAX_NUM_FORMS": 1000,
                    "aanwezigheid-0-aanmelding": aanmelding.pk,
                    "aanwezigheid-0-aanwezig": "ja",
                    "aanwezigheid-0-reden_afwezig": "",
                },
            )
            assert response.status_code == 302
            begeleider.logout()

    laatste = bijeenkomsten(ronde)[-1].datum + timedelta(days=1)
    with op_dag(laatste):
        # 5. The cursist submits the werkagenda.
        log_in(client, aanmelding.user, password=WACHTWOORD)
        client.post(f"/cursus/mijn-cursus/{aanmelding.pk}/werkagenda/", {**WERKAGENDA, "indienen": ""})
        client.logout()

        # 6. The opleider signs off every competence.
        data = {
            "competentie-TOTAL_FORMS": len(Competentie),
            "competentie-INITIAL_FORMS": len(Competentie),
            "competentie-MIN_NUM_FORMS": 0,
            "competentie-MAX_NUM_FORMS": 1000,
        }
        for i, competentie in enumerate(Competentie.values):
            data |= {
                f"competentie-{i}-competentie": competentie,
                f"competentie-{i}-oordeel": "behaald",
                f"competentie-{i}-opmerking": "",
            }
        assert (
            ingelogd_als(opleider).post(f"/cursus/aanmeldingen/{aanmelding.pk}/aftekenen/", data).status_code
            == 302
        )

    # 7. Eligible for the licence.
    assert geschiktheid_voor_licentie(Aanmelding.objects.get(pk=aanmelding.pk)).komt_in_aanmerking
