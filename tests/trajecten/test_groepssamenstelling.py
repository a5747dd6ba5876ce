"""Rule 'groepstraining' (trajecten.rules.groepssamenstelling_controleren): 4–10 youths, two trainers.

Planning a group through the service is tested in test_planning.py.
"""

import pytest
from django.core.exceptions import ValidationError

from trajecten.rules import groepssamenstelling_controleren


@pytest.mark.parametrize("aantal_jongeren", [4, 10])
def test_four_to_ten_youths_with_two_trainers_is_a_group(aantal_jongeren):
    groepssamenstelling_controleren(aantal_jongeren=aantal_jongeren, aantal_trainers=2)


@pytest.mark.parametrize(
    ("aantal_jongeren", "aantal_trainers", "code"),
    [(3, 2, "groepsgrootte"), (11, 2, "groepsgrootte"), (6, 1, "groepstrainers"), (6, 3, "groepstrainers")],
)
def test_fewer_than_four_more_than_ten_or_not_two_trainers_is_refused(aantal_jongeren, aantal_trainers, code):
    with pytest.raises(ValidationError) as fout:
        groepssamenstelling_controleren(aantal_jongeren=aantal_jongeren, aantal_trainers=aantal_trainers)

    assert fout.value.code == code
