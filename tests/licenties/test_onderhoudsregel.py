"""Rule 'onderhoud van de licentie': one professionalisation day a year, then respijt, then verlopen.

Each case goes through the database as the portal does: evidence is recorded, the
status is recomputed and stored, and the live outcome is read back.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError

from licenties.models import BesluitSoort, Licentie, LicentieStatus, Onderhoudsregel
from licenties.services import besluit_nemen, onderhoudsregel_wijzigen
from licenties.status import onderhoud_van, statussen_bijwerken
from tests.licenties.factories import LicentieFactory, bijgewoond
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def op(dag: date):
    """Freeze time at noon in the Netherlands on `dag`."""
    return time_machine.travel(datetime(dag.year, dag.month, dag.day, 12, tzinfo=AMSTERDAM), tick=False)


def stored(licentie: Licentie) -> str:
    licentie.refresh_from_db()
    return licentie.status


def test_the_year_the_licence_is_obtained_counts_as_fulfilled():
    with op(date(2026, 11, 23)):
        licentie = LicentieFactory(behaald_op=date(2026, 6, 12))
        onderhoud = onderhoud_van(licentie)

    assert onderhoud.status == LicentieStatus.ACTIEF
    assert onderhoud.dit_jaar_voldaan
    assert onderhoud.geldig_tot == date(2027, 12, 31)
    assert stored(licentie) == LicentieStatus.ACTIEF


def test_attending_last_year_keeps_the_licence_valid_through_this_year():
    with op(date(2026, 3, 1)):
        licentie = LicentieFactory(behaald_op=date(2024, 5, 1))
        bijgewoond(licentie.houder, date(2025, 10, 9))
        onderhoud = onderhoud_van(licentie)

    assert onderhoud.status == LicentieStatus.ACTIEF
    assert onderhoud.geldig_tot == date(2026, 12, 31)
    assert not onderhoud.dit_jaar_voldaan
    assert "2026" in onderhoud.volgende_stap()


def test_from_september_a_licence_without_this_years_day_expires_soon():
    with op(date(2026, 8, 31)):
        licentie = LicentieFactory(behaald_op=date(2024, 5, 1))
        bijgewoond(licentie.houder, date(2025, 10, 9))
        assert onderhoud_van(licentie).status == LicentieStatus.ACTIEF
    with op(date(2026, 9, 1)):
        assert onderhoud_van(licentie).status == LicentieStatus.VERLOOPT_BINNENKORT


def test_attending_this_year_extends_validity_to_the_end_of_next_year():
    with op(date(2026, 9, 15)):
        licentie = LicentieFactory(behaald_op=date(2024, 5, 1))
        bijgewoond(licentie.houder, date(2025, 3, 20))
        bijgewoond(licentie.houder, date(2026, 9, 10))
        onderhoud = onderhoud_van(licentie)

    assert onderhoud.status == LicentieStatus.ACTIEF
    assert onderhoud.geldig_tot == date(2027, 12, 31)
    assert stored(licentie) == LicentieStatus.ACTIEF


def test_a_missed_year_gives_three_months_grace():
    with op(date(2026, 2, 10)):
        licentie = LicentieFactory(behaald_op=date(2023, 5, 1))
        bijgewoond(licentie.houder, date(2024, 10, 9))
        onderhoud = onderhoud_van(licentie)

    assert onderhoud.status == LicentieStatus.IN_RESPIJT
    assert onderhoud.geldig_tot == date(2025, 12, 31)
    assert onderhoud.respijt_tot == date(2026, 3, 31)
    assert onderhoud.is_geldig
    assert stored(licentie) == LicentieStatus.IN_RESPIJT
    assert "31 maart 2026" in onderhoud.volgende_stap()


def test_missed_and_past_grace_the_licence_lapses():
    with op(date(2026, 3, 31)):
        licentie = LicentieFactory(behaald_op=date(2023, 5, 1))
        bijgewoond(licentie.houder, date(2024, 10, 9))
        assert onderhoud_van(licentie).status == LicentieStatus.IN_RESPIJT
    with op(date(2026, 4, 1)):
        onderhoud = onderhoud_van(licentie)
        statussen_bijwerken()

    assert onderhoud.status == LicentieStatus.VERLOPEN
    assert not onderhoud.is_geldig
    assert stored(licentie) == LicentieStatus.VERLOPEN


def test_attending_a_day_reactivates_a_lapsed_licence():
    with op(date(2026, 5, 1)):
        licentie = LicentieFactory(behaald_op=date(2022, 5, 1))
        assert stored(licentie) == LicentieStatus.VERLOPEN
    with op(date(2026, 10, 9)):
        bijgewoond(licentie.houder, date(2026, 10, 9))
        onderhoud = onderhoud_van(licentie)

    assert onderhoud.status == LicentieStatus.ACTIEF
    assert onderhoud.geldig_tot == date(2027, 12, 31)
    assert stored(licentie) == LicentieStatus.ACTIEF


def test_attending_during_grace_makes_the_licence_active_again():
    with op(date(2026, 3, 20)):
        licentie = LicentieFactory(behaald_op=date(2023, 5, 1))
        bijgewoond(licentie.houder, date(2024, 10, 9))
        assert stored(licentie) == LicentieStatus.IN_RESPIJT
        bijgewoond(licentie.houder, date(2026, 3, 20))

        assert stored(licentie) == LicentieStatus.ACTIEF
        assert onderhoud_van(licentie).geldig_tot == date(2027, 12, 31)


def test_the_kerngroep_can_restore_a_lapsed_licence():
    kerngroep = UserFactory(roles=["kerngroep"])
    with op(date(2026, 5, 1)):
        licentie = LicentieFactory(behaald_op=date(2022, 5, 1))
        besluit_nemen(
            licentie=licentie,
            soort=BesluitSoort.HERSTEL,
            reden="Langdurig ziek geweest; dag ingehaald bij een andere organisatie.",
            ingangsdatum=date(2026, 5, 1),
            door=kerngroep,
        )

        assert stored(licentie) == LicentieStatus.ACTIEF
        assert onderhoud_van(licentie).geldig_tot == date(2027, 12, 31)


def test_restoring_a_licence_that_did_not_lapse_is_refused():
    kerngroep = UserFactory(roles=["kerngroep"])
    licentie = LicentieFactory()

    with pytest.raises(ValidationError, match="Alleen een verlopen licentie"):
        besluit_nemen(
            licentie=licentie,
            soort=BesluitSoort.HERSTEL,
            reden="x",
            ingangsdatum=licentie.behaald_op,
            door=kerngroep,
        )
    assert not licentie.besluiten.exists()


def test_a_suspended_licence_is_suspended_whatever_the_attendance_and_can_be_lifted():
    kerngroep = UserFactory(roles=["kerngroep"])
    with op(date(2026, 6, 1)):
        licentie = LicentieFactory(behaald_op=date(2025, 5, 1))
        bijgewoond(licentie.houder, date(2026, 3, 20))
        besluit_nemen(
            licentie=licentie,
            soort=BesluitSoort.SCHORSING,
            reden="Klacht van een school in onderzoek.",
            ingangsdatum=date(2026, 6, 1),
            door=kerngroep,
        )
        onderhoud = onderhoud_van(licentie)
        assert onderhoud.status == LicentieStatus.GESCHORST
        assert not onderhoud.is_geldig
        assert stored(licentie) == LicentieStatus.GESCHORST

    with op(date(2026, 7, 1)):
        besluit_nemen(
            licentie=licentie,
            soort=BesluitSoort.OPHEFFING,
            reden="Klacht ongegrond verklaard.",
            ingangsdatum=date(2026, 7, 1),
            door=kerngroep,
        )
        assert stored(licentie) == LicentieStatus.ACTIEF
    assert licentie.besluiten.count() == 2


def test_a_withdrawn_licence_says_so_from_its_effective_date():
    kerngroep = UserFactory(roles=["kerngroep"])
    with op(date(2026, 6, 1)):
        licentie = LicentieFactory(behaald_op=date(2025, 5, 1))
        besluit_nemen(
            licentie=licentie,
            soort=BesluitSoort.INTREKKING,
            reden="Werkt niet meer als trainer.",
            ingangsdatum=date(2026, 6, 15),
            door=kerngroep,
        )
        assert onderhoud_van(licentie).status == LicentieStatus.ACTIEF
    with op(date(2026, 6, 15)):
        assert onderhoud_van(licentie).status == LicentieStatus.INGETROKKEN


def test_a_decision_without_a_reason_is_refused_and_nothing_changes():
    kerngroep = UserFactory(roles=["kerngroep"])
    licentie = LicentieFactory()

    with pytest.raises(ValidationError) as error:
        besluit_nemen(
            licentie=licentie,
            soort=BesluitSoort.SCHORSING,
            reden="  ",
            ingangsdatum=licentie.behaald_op,
            door=kerngroep,
        )
    assert "reden" in error.value.message_dict
    assert stored(licentie) == LicentieStatus.ACTIEF
    assert not licentie.besluiten.exists()


def test_changing_the_rule_recomputes_every_status_and_logs_who_changed_what():
    from wagtail.models import ModelLogEntry

    kerngroep = UserFactory(roles=["kerngroep"])
    with op(date(2026, 4, 15)):
        licentie = LicentieFactory(behaald_op=date(2023, 5, 1))
        bijgewoond(licentie.houder, date(2024, 10, 9))
        assert stored(licentie) == LicentieStatus.VERLOPEN  # grace ended on 31 March

        regel = onderhoudsregel_wijzigen(
            waarden={"respijt_maanden": 6}, toelichting="Meer tijd na de coronajaren.", door=kerngroep
        )

        assert stored(licentie) == LicentieStatus.IN_RESPIJT
        assert onderhoud_van(licentie).respijt_tot == date(2026, 6, 30)
    assert regel.versie == 1
    assert Onderhoudsregel.objects.huidige().respijt_maanden == 6
    entry = ModelLogEntry.objects.get(action="licenties.onderhoudsregel.gewijzigd")
    assert entry.user_id == kerngroep.pk
    assert entry.data["wijzigingen"] == {"respijt_maanden": [3, 6]}
    assert entry.data["statussen_gewijzigd"] == 1


def test_a_rule_change_that_changes_nothing_is_refused():
    kerngroep = UserFactory(roles=["kerngroep"])

    with pytest.raises(ValidationError, match="niets gewijzigd"):
        onderhoudsregel_wijzigen(waarden={"respijt_maanden": 3}, toelichting="Zelfde.", door=kerngroep)
    assert not Onderhoudsregel.objects.exists()


def test_intervisie_counts_only_when_the_rule_says_so():
    from wagtail import hooks

    from licenties.status import INTERVISIE_AANWEZIGHEID_HOOK

    kerngroep = UserFactory(roles=["kerngroep"])
    with op(date(2026, 2, 1)):
        licentie = LicentieFactory(behaald_op=date(2024, 5, 1))
        bijgewoond(licentie.houder, date(2025, 10, 9))
        with hooks.register_temporarily(
            INTERVISIE_AANWEZIGHEID_HOOK, lambda ids: {licentie.houder_id: {2025: 1}}
        ):
            assert stored(licentie) == LicentieStatus.ACTIEF
            onderhoudsregel_wijzigen(
                waarden={"intervisie_verplicht": True, "intervisie_minimum_per_jaar": 2},
                toelichting="Intervisie hoort bij het onderhoud.",
                door=kerngroep,
            )
            assert stored(licentie) == LicentieStatus.IN_RESPIJT


def test_grace_ending_in_february_of_a_leap_year_ends_on_the_29th():
    kerngroep = UserFactory(roles=["kerngroep"])
    with op(date(2028, 2, 29)):
        onderhoudsregel_wijzigen(
            waarden={"respijt_maanden": 2}, toelichting="Korter respijt.", door=kerngroep
        )
        licentie = LicentieFactory(behaald_op=date(2025, 5, 1))
        bijgewoond(licentie.houder, date(2026, 10, 9))
        onderhoud = onderhoud_van(licentie)
        assert onderhoud.respijt_tot == date(2028, 2, 29)
        assert onderhoud.status == LicentieStatus.IN_RESPIJT
    with op(date(2028, 3, 1)):
        assert onderhoud_van(licentie).status == LicentieStatus.VERLOPEN


def test_the_year_boundary_is_midnight_in_the_netherlands_not_utc():
    licentie_behaald = date(2024, 5, 1)
    # 31 December 23:30 UTC is already 1 January in Amsterdam.
    with time_machine.travel(datetime(2026, 12, 31, 22, 30, tzinfo=ZoneInfo("UTC")), tick=False):
        licentie = LicentieFactory(behaald_op=licentie_behaald)
        bijgewoond(licentie.houder, date(2025, 3, 20))
        assert onderhoud_van(licentie).status == LicentieStatus.VERLOOPT_BINNENKORT
    with time_machine.travel(datetime(2026, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC")), tick=False):
        assert onderhoud_van(licentie).status == LicentieStatus.IN_RESPIJT


def test_recomputing_every_status_takes_as_many_queries_for_30_licences_as_for_3():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(aantal: int) -> int:
        LicentieFactory.create_batch(aantal, behaald_op=date(2021, 5, 1))
        Licentie.objects.update(status=LicentieStatus.ACTIEF, geldig_tot=None)  # every one must change
        with CaptureQueriesContext(connection) as queries:
            statussen_bijwerken()
        assert set(Licentie.objects.values_list("status", flat=True)) == {LicentieStatus.VERLOPEN}
        return len(queries.captured_queries)

    drie = queries_for(3)
    assert queries_for(27) == drie
