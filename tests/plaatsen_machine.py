"""Seats and a waiting list as a stateful property test, shared by the course and professionalisation days.

Issue 18: random sequences of steps (apply, cancel, take or decline an offer, and time moving
forward with the hourly job) drive the real services of an app on one event; after every step the
rules of `portal.plaatsing` must hold:

- never more seats taken (placed or on offer) than the event has;
- no free seat while someone waits, as long as seats may still be offered;
- the waiting list's order: an offer goes to whoever is first in line by this test's own record
  (priority first where the app has it, then the order of applying);
- an offer holds its seat for exactly 48 hours; once that has passed the hourly job lets it lapse
  and the seat goes to the next in line; an expired offer cannot be taken;
- a cancellation frees its seat exactly once (cancelling again is refused);
- a refused step changes nothing.

Examples: the hypothesis profile `plaatsen` (modest, so each test stays under a minute on a busy
machine; CI uses the same). `PLAATSEN_PROFIEL=plaatsen-grondig` runs many more.
"""

import os
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from portal.plaatsing import BEZETTEND, PlaatsStatus

settings.register_profile(
    "plaatsen",
    max_examples=20,
    stateful_step_count=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "plaatsen-grondig",
    max_examples=300,
    stateful_step_count=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def profiel():
    return settings.get_profile(os.environ.get("PLAATSEN_PROFIEL", "plaatsen"))


GELDIGHEID = timedelta(hours=48)
PERSONEN = 5
BEGIN = datetime(2027, 3, 1, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


class PlaatsenMachine(RuleBasedStateMachine):
    """One example: an event with a few seats, a fixed set of people, a clock that only moves forward.

    A subclass connects an app: `maak_evenement`, `maak_persoon`, and the steps as its services
    take them. It runs inside the test's transaction; each example rolls back its own.
    """

    model: type  # the Plaatsing model

    def __init__(self):
        super().__init__()
        self._voorbeeld = transaction.atomic()
        self._voorbeeld.__enter__()
        self._klok = time_machine.travel(BEGIN, tick=False)
        self.klok = self._klok.start()
        cache.clear()
        self.evenement = self.maak_evenement()
        self.personen = [self.maak_persoon(n) for n in range(PERSONEN)]
        self.volgorde: dict[int, tuple] = {}  # claim → its place in line, by this test's own record
        self.teller = 0
        self.vorige = self.stand()

    def teardown(self):
        self._klok.stop()
        transaction.set_rollback(True)
        self._voorbeeld.__exit__(None, None, None)

    # --- to connect an app ---------------------------------------------------------------------
    def maak_evenement(self): ...
    def maak_persoon(self, n: int): ...
    def aanmelden(self, persoon): ...
    def afmelden(self, claim, persoon): ...
    def aannemen(self, claim): ...
    def uurtaak(self) -> None: ...
    def aanbieden_mogelijk(self) -> bool:
        return type(self.evenement).objects.get(pk=self.evenement.pk).plaatsen_aanbieden_mogelijk()

    # --- what the test reads ---------------------------------------------------------------------
    def claims(self):
        return self.model.van_evenement(self.evenement)

    def stand(self) -> dict[int, tuple]:
        return {
            pk: (status, verloopt_op)
            for pk, status, verloopt_op in self.claims().values_list(
                "pk", "status", "plaatsaanbod_verloopt_op"
            )
        }

    def claim(self, index: int):
        claims = list(self.claims().order_by("pk"))
        return claims[index % len(claims)] if claims else None

    def geweigerd(self, stap) -> bool:
        """Run a step; True when it was refused, which must have changed nothing."""
        voor = self.stand()
        try:
            with transaction.atomic():
                stap()
        except ValidationError as fout:
            assert fout.messages and all(bericht.strip() for bericht in fout.messages)
            assert self.stand() == voor, "een geweigerde stap veranderde iets"
            return True
        return False

    # --- the steps ---------------------------------------------------------------------------------
    @rule(wie=st.integers(0, PERSONEN - 1))
    def stap_aanmelden(self, wie):
        persoon = self.personen[wie]
        nieuw = []

        def stap():
            nieuw.append(self.aanmelden(persoon))

        if not self.geweigerd(stap):
            claim = nieuw[0]
            self.teller += 1
            self.volgorde[claim.pk] = (*self.voorrang_sleutel(claim), self.teller)
            assert claim.status in (PlaatsStatus.GEPLAATST, PlaatsStatus.WACHTLIJST)

    def voorrang_sleutel(self, claim) -> tuple:
        return ()

    @rule(index=st.integers(0, 50))
    def stap_afmelden(self, index):
        claim = self.claim(index)
        if claim is None:
            return
        bezet_voor = self.bezet()
        wachtend_voor = self.claims().filter(status=PlaatsStatus.WACHTLIJST).count()
        had_plaats = claim.status in BEZETTEND
        if not self.geweigerd(lambda: self.afmelden(claim, self.persoon_van(claim))):
            assert self.model.objects.get(pk=claim.pk).status == PlaatsStatus.AFGEMELD
            if had_plaats:
                doorgegeven = 1 if wachtend_voor and self.aanbieden_mogelijk() else 0
                assert self.bezet() == bezet_voor - 1 + doorgegeven, (
                    "een afmelding gaf niet precies één plaats vrij"
                )
            # Cancelling again is refused: the seat is freed exactly once.
            assert self.geweigerd(lambda: self.afmelden(claim, self.persoon_van(claim)))

    def persoon_van(self, claim):
        return next(p for p in self.personen if p.pk == claim.user_id)

    @rule(index=st.integers(0, 50))
    def stap_aannemen(self, index):
        claim = self.claim(index)
        if claim is None:
            return
        geldig = claim.status == PlaatsStatus.AANGEBODEN and claim.plaatsaanbod_verloopt_op > timezone.now()
        bezet_voor = self.bezet()
        geweigerd = self.geweigerd(lambda: self.aannemen(claim))
        assert geweigerd != geldig, "alleen een geldig aanbod kan worden aangenomen"
        if not geweigerd:
            assert self.model.objects.get(pk=claim.pk).status == PlaatsStatus.GEPLAATST
            assert self.bezet() == bezet_voor

    @rule(uren=st.sampled_from([1, 5, 24, 47, 48, 49, 72]))
    def tijd_verstrijkt(self, uren):
        """Time moves on; the hourly job runs (as cron does, within the hour)."""
        self.klok.shift(timedelta(hours=uren))
        nu = timezone.now()
        verlopen = set(
            self.claims()
            .filter(status=PlaatsStatus.AANGEBODEN, plaatsaanbod_verloopt_op__lte=nu)
            .values_list("pk", flat=True)
        )
        self.uurtaak()
        for pk in verlopen:
            assert self.model.objects.get(pk=pk).status == PlaatsStatus.VERLOPEN, (
                "een aanbod verliep niet na 48 uur"
            )

    # --- after every step -------------------------------------------------------------------------
    def bezet(self) -> int:
        return self.claims().filter(status__in=BEZETTEND).count()

    @invariant()
    def nooit_meer_plaatsen_dan_er_zijn(self):
        assert self.bezet() <= self.evenement.capaciteit

    @invariant()
    def geen_vrije_plaats_terwijl_iemand_wacht(self):
        if self.aanbieden_mogelijk() and self.bezet() < self.evenement.capaciteit:
            assert not self.claims().filter(status=PlaatsStatus.WACHTLIJST).exists()

    @invariant()
    def geen_verlopen_aanbod_blijft_staan(self):
        assert (
            not self.claims()
            .filter(status=PlaatsStatus.AANGEBODEN, plaatsaanbod_verloopt_op__lte=timezone.now())
            .exists()
        )

    @invariant()
    def aanbod_naar_wie_vooraan_staat_en_voor_48_uur(self):
        nu, stand = timezone.now(), self.stand()
        nieuw_aangeboden = [
            pk
            for pk, (status, _v) in stand.items()
            if status == PlaatsStatus.AANGEBODEN
            and self.vorige.get(pk, (None,))[0] != PlaatsStatus.AANGEBODEN
        ]
        wachtend = [pk for pk, (status, _v) in stand.items() if status == PlaatsStatus.WACHTLIJST]
        for pk in nieuw_aangeboden:
            assert stand[pk][1] == nu + GELDIGHEID, "een aanbod geldt niet precies 48 uur"
            assert all(self.volgorde[pk] < self.volgorde[w] for w in wachtend), (
                "de wachtlijst is overgeslagen"
            )
        self.vorige = stand
