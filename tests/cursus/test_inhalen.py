"""Rule 'inhalen' (cursus.rules.inhalen_controleren), on its own: values in, a refusal or nothing out.

The service that records a make-up session is tested in test_aanwezigheid.py.
"""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from cursus.choices import Soort
from cursus.models import Bijeenkomst
from cursus.rules import inhalen_controleren

VANDAAG = date(2027, 3, 1)
GEMIST = Bijeenkomst(soort=Soort.LESDAG, cursusronde_id=1, datum=date(2027, 2, 1))


def inhaal(**anders) -> Bijeenkomst:
    return Bijeenkomst(**{"soort": Soort.LESDAG, "cursusronde_id": 2, "datum": date(2027, 2, 22), **anders})


def test_a_lesdag_missed_is_made_up_at_a_lesdag_of_another_edition_once_it_has_been():
    inhalen_controleren(gemist=GEMIST, aanwezig=False, inhaal=inhaal(), ingehaald=True, vandaag=VANDAAG)


def test_a_future_make_up_session_may_be_chosen_but_not_yet_counted():
    later = inhaal(datum=date(2027, 3, 2))

    inhalen_controleren(gemist=GEMIST, aanwezig=False, inhaal=later, ingehaald=False, vandaag=VANDAAG)
    with pytest.raises(ValidationError) as fout:
        inhalen_controleren(gemist=GEMIST, aanwezig=False, inhaal=later, ingehaald=True, vandaag=VANDAAG)
    assert fout.value.code == "te_vroeg"


@pytest.mark.parametrize(
    ("aanwezig", "anders", "code"),
    [
        (True, {}, "aanwezig"),
        (False, {"soort": Soort.INTERVISIEMOMENT}, "soort"),
        (False, {"cursusronde_id": 1}, "zelfde_ronde"),
    ],
    ids=["bijgewoond", "ander soort", "zelfde ronde"],
)
def test_nothing_to_make_up_another_kind_or_the_same_edition_is_refused(aanwezig, anders, code):
    with pytest.raises(ValidationError) as fout:
        inhalen_controleren(
            gemist=GEMIST, aanwezig=aanwezig, inhaal=inhaal(**anders), ingehaald=False, vandaag=VANDAAG
        )
    assert fout.value.code == code
