"""Rule 'groepsindeling voorstellen': target size, organisations mixed, regions together, explained."""

import pytest

from intervisie.indeling import Kandidaat, groepsgroottes, indeling_voorstellen
from portal.models.organisaties import Regio


def kandidaten(spec: list[tuple[str, int, int]]) -> list[Kandidaat]:
    """`spec`: (regio, organisation id, how many trainers)."""
    uit = []
    for regio, organisatie, aantal in spec:
        for _ in range(aantal):
            uit.append(Kandidaat(user_id=len(uit) + 1, organisatie_id=organisatie, regio=regio))
    return uit


@pytest.mark.parametrize(
    ("aantal", "verwacht"),
    [(8, [8]), (9, [5, 4]), (19, [7, 6, 6]), (24, [8, 8, 8]), (25, [7, 6, 6, 6]), (3, [3]), (0, [])],
)
def test_groups_are_as_few_as_the_largest_size_allows_and_differ_by_at_most_one(aantal, verwacht):
    assert groepsgroottes(aantal, min_grootte=4, max_grootte=8) == verwacht


def test_every_group_has_the_target_size():
    voorstel = indeling_voorstellen(
        kandidaten([(Regio.NOORD, 1, 7), (Regio.MIDDEN, 2, 6), (Regio.ZUID, 3, 8)]),
        min_grootte=4,
        max_grootte=8,
    )
    groottes = [len(g.leden) for g in voorstel.groepen]
    assert sum(groottes) == 21
    assert all(4 <= n <= 8 for n in groottes)
    assert len({k.user_id for g in voorstel.groepen for k in g.leden}) == 21


def test_organisations_are_mixed_within_a_region():
    # One region, three organisations of four trainers: two groups of six, each with all three.
    voorstel = indeling_voorstellen(
        kandidaten([(Regio.MIDDEN, 1, 4), (Regio.MIDDEN, 2, 4), (Regio.MIDDEN, 3, 4)]),
        min_grootte=4,
        max_grootte=8,
    )
    assert [len(g.leden) for g in voorstel.groepen] == [6, 6]
    for groep in voorstel.groepen:
        assert sorted(groep.organisaties.values()) == [2, 2, 2]


def test_organisations_are_mixed_across_regions_before_regions_are_kept_together():
    # Twelve trainers of one organisation in the north, twelve of four in the south: without mixing,
    # one group would be all colleagues. Mixing organisations comes first.
    spec = [(Regio.NOORD, 1, 4), (Regio.NOORD, 2, 4), (Regio.ZUID, 3, 4), (Regio.ZUID, 4, 4)]
    voorstel = indeling_voorstellen(kandidaten(spec), min_grootte=4, max_grootte=8)
    for groep in voorstel.groepen:
        assert max(groep.organisaties.values()) <= 2


def test_regions_stay_together_when_organisations_allow():
    spec = [(Regio.NOORD, o, 1) for o in range(1, 7)] + [(Regio.ZUID, o, 1) for o in range(7, 13)]
    voorstel = indeling_voorstellen(kandidaten(spec), min_grootte=4, max_grootte=8)
    assert [len(g.leden) for g in voorstel.groepen] == [6, 6]
    assert sorted(tuple(g.regios) for g in voorstel.groepen) == [(Regio.NOORD,), (Regio.ZUID,)]
    assert all(g.dubbele_organisaties == 0 for g in voorstel.groepen)


def test_the_proposal_explains_itself_and_is_the_same_every_time():
    spec = [(Regio.NOORD, 1, 5), (Regio.MIDDEN, 2, 2), (Regio.MIDDEN, 3, 3)]
    eerste = indeling_voorstellen(kandidaten(spec), min_grootte=4, max_grootte=8)
    tweede = indeling_voorstellen(kandidaten(spec), min_grootte=4, max_grootte=8)
    assert [[k.user_id for k in g.leden] for g in eerste.groepen] == [
        [k.user_id for k in g.leden] for g in tweede.groepen
    ]
    assert "10 trainers met een licentie hebben nog geen landelijke groep." in eerste.uitleg
    assert all(g.uitleg.startswith(f"{len(g.leden)} trainers uit") for g in eerste.groepen)


def test_too_few_trainers_make_one_small_group_with_a_warning():
    voorstel = indeling_voorstellen(
        kandidaten([(Regio.ZUID, 1, 1), (Regio.ZUID, 2, 2)]), min_grootte=4, max_grootte=8
    )
    assert [len(g.leden) for g in voorstel.groepen] == [3]
    assert "Kleiner dan 4" in voorstel.groepen[0].uitleg


def test_nobody_to_divide_gives_no_groups():
    voorstel = indeling_voorstellen([], min_grootte=4, max_grootte=8)
    assert voorstel.groepen == []
    assert "Alle trainers met een geldige licentie zitten in een landelijke groep." in voorstel.uitleg
