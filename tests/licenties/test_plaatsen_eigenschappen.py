"""Professionalisation-day seats, waiting list with priority, 48-hour offers and cancellations as a
stateful property test (issue 18); the machine and its invariants: tests/plaatsen_machine.py.

Offers are taken through the real page behind the mail's link (`/licentie/plaats/<token>/`), as
the trainer does, so the page is driven with every state an offer can be in: it never answers
with a server error, and a refused answer is in Dutch and changes nothing.
"""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from hypothesis.stateful import run_state_machine_as_test

from licenties.models import DagAanmelding
from licenties.services import dag_aanmelden, dag_afmelden, verlopen_plaatsaanbiedingen_afhandelen
from portal.plaatsing import plaatsaanbod_token_maken
from tests.licenties.factories import LicentieFactory, ProfessionaliseringsdagFactory, bijgewoond
from tests.plaatsen_machine import PlaatsenMachine, profiel

pytestmark = pytest.mark.django_db


class DagPlaatsen(PlaatsenMachine):
    """A day with two seats in 10 days, registration until day 7; some trainers need the day (priority)."""

    model = DagAanmelding

    def maak_evenement(self):
        vandaag = timezone.localdate()
        return ProfessionaliseringsdagFactory(
            capaciteit=2, datum=vandaag + timedelta(days=10), aanmelden_tot=vandaag + timedelta(days=7)
        )

    def maak_persoon(self, n):
        vandaag = timezone.localdate()
        licentie = LicentieFactory(behaald_op=date(vandaag.year - 3, 5, 1))
        bijgewoond(licentie.houder, date(vandaag.year - 1, 3, 20))
        if n % 2:  # attended this year already: no priority
            bijgewoond(licentie.houder, vandaag - timedelta(days=1))
        return licentie.houder

    def voorrang_sleutel(self, claim):
        return (not claim.voorrang,)  # priority first, then the order of registering

    def aanmelden(self, persoon):
        return dag_aanmelden(dag=self.evenement, door=persoon)

    def afmelden(self, claim, persoon):
        dag_afmelden(aanmelding=claim, door=persoon)

    def aannemen(self, claim):
        """Through the page behind the mail's link, without logging in."""
        pad = f"/licentie/plaats/{plaatsaanbod_token_maken(claim)}/"
        response = Client().post(pad)
        assert response.status_code < 500, response.status_code
        if response.status_code != 302:
            assert response.status_code == 409 and 'role="alert"' in response.text  # the Dutch reason
            raise ValidationError("geweigerd")
        assert "Je plaats op deze dag is bevestigd." in Client().get(pad).text

    def uurtaak(self):
        verlopen_plaatsaanbiedingen_afhandelen()


def test_day_seats_waiting_list_and_offers_keep_their_rules_on_every_path():
    run_state_machine_as_test(DagPlaatsen, settings=profiel())
