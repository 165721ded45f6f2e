"""Fifth-round rules: the conjuncts of a part, an approximate figure counted later, another
account of that count. Texts and figures our own; expected values written by hand before running."""
from .helpers import one_claim as _one


def test_every_conjunct_of_a_part_is_inside_the_whole(read):
    claims, toll = read("At least 11 people died, among them three pupils and a bus driver, when a shell "
                        "struck the school yard.")
    assert toll.get("killed").best == 11
    assert _one(claims, "a bus driver").part_of == _one(claims, "At least 11 people").id


def test_a_count_inside_an_approximate_figure_is_its_count(read):
    claims, toll = read("Fighting between two militias left around 30 people dead on Friday. Twenty-seven "
                        "were killed according to the hospital register.")
    assert toll.get("killed").best == 27
    assert toll.get("killed").low == 27


def test_another_account_of_that_count_is_the_larger(read):
    claims, toll = read("Fighting between two militias left around 30 people dead on Friday. Twenty-seven "
                        "were killed according to the hospital register. A local chief said that 31 had been "
                        "killed in the fighting.")
    assert toll.get("killed").best == 31


def test_a_count_outside_the_approximate_range_adds(read):
    claims, toll = read("A bomb killed around 30 people at the market on Friday. In another town, "
                        "gunmen killed 12 villagers.")
    assert toll.get("killed").best == 42
