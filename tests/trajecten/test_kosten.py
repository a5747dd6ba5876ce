"""Rule 'kosten': 5 + 10 + 20 = 35 hours at € 97,50 = € 3.412,50, rates set by the kerngroep."""

from decimal import Decimal

import pytest

from trajecten.models import TrajectInstellingen
from trajecten.rules import kostenraming

pytestmark = pytest.mark.django_db


def test_the_cost_estimate_follows_the_domain():
    raming = kostenraming(TrajectInstellingen.load())

    assert [(uren, bedrag) for _, uren, bedrag in raming.regels] == [
        (5, Decimal("487.50")),
        (10, Decimal("975.00")),
        (20, Decimal("1950.00")),
    ]
    assert (raming.uren, raming.bedrag) == (35, Decimal("3412.50"))


def test_the_cost_estimate_follows_the_kerngroeps_rate():
    instellingen = TrajectInstellingen.load()
    instellingen.uurtarief = Decimal("100.00")
    instellingen.save()

    assert kostenraming(TrajectInstellingen.load()).bedrag == Decimal("3500.00")


def test_the_case_record_shows_hours_and_costs(traject, ervaren, ingelogd_als):
    traject.trainers.add(ervaren)

    antwoord = ingelogd_als(ervaren).get(f"/trajecten/{traject.code}/")

    assert "3412,50" in antwoord.text.replace(".", "")
