"""Literal needles of the trigger patterns (events/needles.py): a pattern is searched only where
one of its needles is in the sentence, so a needle set must hold for every match."""
import re

import pytest

from tollwatch.extract.events import event_types
from tollwatch.extract.events.needles import may_match, needles


@pytest.mark.parametrize("pattern,expected", [
    (r"\bchemical (weapons?|attacks?)", {"chemical "}),
    (r"\b(sarin|chlorine|nerve (agent|gas))\b", {"sarin", "chlorine", "nerve "}),
    (r"\briot(s|ing|ed)?\b", {"riot"}),
    (r"\b(protesters|youths?)\b[^.]{0,60}\b(threw|hurld)\b", {"youth", "protesters"}),  # the longer shortest needle
    (r"[A-Z]\w+", None),                    # no literal: always searched
    (r"\b(a|b)\b", None),                    # one-letter literals are no needles
    (r"\b(a|b) c\b", {" c"}),
    (r"(?-i:Kill)ed", {"ed"}),              # a group with flags of its own gives none
])
def test_needles_of_a_pattern(pattern, expected):
    assert needles(pattern) == (frozenset(expected) if expected is not None else None)


SENTENCES = [
    "Protesters threw stones at police, who fired tear gas.",
    "A chemical attack killed 40 people in Douma.",
    "Gunmen ambushed a convoy, killing five soldiers.",
    "Des manifestants ont incendié un commissariat.",
    "Двое военных погибли при обстреле блокпоста.",
    "RIOTS BROKE OUT IN THE CAPITAL AFTER THE ELECTION.",
]


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "uk"])
def test_needles_never_hide_a_match(language):
    """Every pattern of every trigger table that matches a sentence has a needle in it."""
    for rule, patterns in event_types._compiled(language):
        for compiled, need in patterns:
            for s in SENTENCES:
                if compiled.search(s):
                    assert may_match(need, s.lower()), (rule["sub_event_type"], compiled.pattern, s)


def test_needles_hold_for_matches_of_their_own_pattern():
    p = r"\b(?:shot|gunned) (?:dead|down)\b"
    need = needles(p)
    for s in ["He was shot dead.", "They were GUNNED DOWN on Friday."]:
        assert re.search(p, s, re.I) and may_match(need, s.lower())
