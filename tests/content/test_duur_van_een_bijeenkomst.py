"""Rule 'duur van een bijeenkomst' (content.programma): 45 minutes for a talk, 150 for a group meeting."""

import pytest

from content.programma import beschikbare_minuten


@pytest.mark.parametrize(("is_groep", "minuten"), [(False, 45), (True, 150)], ids=["individueel", "groep"])
def test_a_meeting_has_45_minutes_individually_and_150_in_a_group(is_groep, minuten):
    assert beschikbare_minuten(is_groep=is_groep) == minuten
