"""Course seats, waiting list, 48-hour offers and cancellations as a stateful property test (issue 18).

The machine and its invariants are shared with professionalisation days: tests/plaatsen_machine.py.
Here it drives the course's services: applying, cancelling, taking and declining an offer, admitting
and refusing (a refusal frees the seat), and the hourly job for expired offers.
"""

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import rule, run_state_machine_as_test

from cursus.models import Aanmelding
from cursus.services.aanmelden import (
    aanmelding_afmelden,
    aanmelding_afwijzen,
    aanmelding_indienen,
    aanmelding_toelaten,
    plaatsaanbod_aannemen,
    plaatsaanbod_afslaan,
    verlopen_plaatsaanbiedingen_verwerken,
)
from portal.plaatsing import PlaatsStatus
from tests.cursus.factories import CursusrondeFactory, aanvraag, over
from tests.plaatsen_machine import PlaatsenMachine, profiel
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


class CursusPlaatsen(PlaatsenMachine):
    """An edition with two seats: applying until day 5, cancelling until day 8, first lesdag on day 12."""

    model = Aanmelding

    def maak_evenement(self):
        return CursusrondeFactory(
            capaciteit=2, dagen=(12, 19, 40, 60), aanmelden_tot=over(5), afmelden_tot=over(8)
        )

    def maak_persoon(self, n):
        return UserFactory(email=f"aanmelder{n}@voorbeeld.nl")

    def aanmelden(self, persoon):
        return aanmelding_indienen(cursusronde=self.evenement, aanvraag=aanvraag(), door=persoon)

    def afmelden(self, claim, persoon):
        aanmelding_afmelden(aanmelding=claim, door=persoon)

    def aannemen(self, claim):
        plaatsaanbod_aannemen(aanmelding=claim)

    def uurtaak(self):
        verlopen_plaatsaanbiedingen_verwerken()

    @rule(index=st.integers(0, 50))
    def stap_afslaan(self, index):
        claim = self.claim(index)
        if claim is None:
            return
        geldig = claim.status == PlaatsStatus.AANGEBODEN and not claim.plaatsaanbod_is_verlopen()
        assert self.geweigerd(lambda: plaatsaanbod_afslaan(aanmelding=claim)) != geldig
        if geldig:
            assert Aanmelding.objects.get(pk=claim.pk).status == PlaatsStatus.AFGEMELD

    @rule(index=st.integers(0, 50), toelaten=st.booleans())
    def stap_beoordelen(self, index, toelaten):
        claim = self.claim(index)
        if claim is None:
            return
        if toelaten:
            self.geweigerd(lambda: aanmelding_toelaten(aanmelding=claim, door=None))
        elif not self.geweigerd(lambda: aanmelding_afwijzen(aanmelding=claim, reden="Past niet.", door=None)):
            assert Aanmelding.objects.get(pk=claim.pk).status == PlaatsStatus.VERVALLEN


def test_course_seats_waiting_list_and_offers_keep_their_rules_on_every_path():
    run_state_machine_as_test(CursusPlaatsen, settings=profiel())
