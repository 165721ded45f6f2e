"""Sixth-round rules. Texts and figures our own; expected values written by hand before running."""
from .helpers import one_claim as _one


def test_more_of_a_side_is_one_more_incident_not_the_sides_toll(read):
    claims, toll = read("An air strike killed two Palestinian fishermen off Gaza on Monday. Three more "
                        "Palestinians killed by tank fire near the fence on Wednesday. On Friday another "
                        "Palestinian man was shot dead by soldiers at a protest.")
    assert _one(claims, "Three more Palestinians").scope == "incident"
    assert toll.get("killed").best == 6
