"""Quantities: digits, words, hedges, vague amounts (figures written by hand)."""
import pytest

from tollwatch.extract.numbers import find_quantities, parse_number


@pytest.mark.parametrize("text,low,high,best", [
    ("46", 46, 46, 46),
    ("1,200", 1200, 1200, 1200),
    ("twelve", 12, 12, 12),
    ("TWO HUNDRED AND THIRTY-FOUR", 234, 234, 234),
    ("at least 81", 81, None, 81),
    ("more than 50", 50, None, 50),  # CONTRACT.md: "more than N" is N+ (the field's reading)
    ("around 50", 45, 55, 50),
    ("some fifty", 45, 55, 50),
    ("nearly 50", 45, 49, 49),
    ("up to 50", 0, 50, 50),
    ("between 10 and 15", 10, 15, 12),
    ("a few", 2, 4, 3),
    ("several", 3, None, 3),
    ("a dozen", 12, 12, 12),
    ("dozens of", 24, 99, 61),  # a bounded range: its midpoint (CONTRACT)
    ("hundreds of", 200, 999, 599),
])
def test_quantity(text, low, high, best):
    (q,) = find_quantities(text + " people")
    assert (q.low, q.high, q.best) == (low, high, best)


@pytest.mark.parametrize("text", ["a 12-year-old boy", "2011-11-S-034", "the 3rd battalion", "$500", "5%"])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_parse_number_words_and_junk():
    assert parse_number("thirty-five") == 35
    assert parse_number("banana") is None
