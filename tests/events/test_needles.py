"""Literal needles of the trigger patterns (events/needles.py): a pattern is searched only where
one of its needles is in the sentence, so a needle set must hold for every match."""
import re

import pytest

from tollwatch.extract.events import event_types
from tollwatch.extract.events.needles import NeedleIndex, branches, needles
from tollwatch.extract.packs import load_pack


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


def _kept(need, sentence):
    """The sentence is searched with a pattern of these needles (NeedleIndex, as the tables use it)."""
    return NeedleIndex([("pattern", need)]).candidates(sentence.lower()) == {"pattern"}


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
                    assert _kept(need, s), (rule["sub_event_type"], compiled.pattern, s)


def test_needles_hold_for_matches_of_their_own_pattern():
    p = r"\b(?:shot|gunned) (?:dead|down)\b"
    need = needles(p)
    for s in ["He was shot dead.", "They were GUNNED DOWN on Friday."]:
        assert re.search(p, s, re.I) and _kept(need, s)


@pytest.mark.parametrize("pattern,expected", [
    (r"kill|wound(?:ed|s)?|dead", ["kill", "wound(?:ed|s)?", "dead"]),
    (r"(?:a|b)c|d", ["(?:a|b)c", "d"]),               # a bar inside a group is not the top level's
    (r"[|x]y|z", ["[|x]y", "z"]),                     # nor one inside a class
    (r"[]|]a|b", ["[]|]a", "b"]),                     # a bracket first in a class is a literal
    (r"[^]|]a|b", ["[^]|]a", "b"]),
    (r"a\|b|c", [r"a\|b", "c"]),                      # nor an escaped one
    (r"(?i)a|b", ["(?i)a|b"]),                        # a global flag: the pattern whole
])
def test_branches_of_a_pattern(pattern, expected):
    assert branches(pattern) == expected


CUE_SENTENCES = SENTENCES + [
    "Of those, 20 were soldiers.", "  of them, three died.", "The mayor was not hurt.",
    "Two bodies were pulled from the rubble.", "He lost his life.", "Trois soldats ont été tués.",
    "Se reportaron doce muertos.", "Погибли трое мирных жителей.", "Троє людей загинули.",
    "The village was quiet on Sunday.", "LOS CUERPOS FUERON HALLADOS.",
]


@pytest.mark.parametrize("language", ["en", "fr", "es", "ru", "uk"])
def test_cue_alternatives_find_what_the_whole_pattern_finds(language):
    """A pack's cue searched alternative by alternative (Alternatives) says what the pattern whole
    says, on sentences with and without a cue, in capitals too."""
    pack = load_pack(language, parser=object())
    found = [s for s in CUE_SENTENCES + [s.upper() for s in CUE_SENTENCES] if pack.has_cue(s)]
    assert found == [s for s in CUE_SENTENCES + [s.upper() for s in CUE_SENTENCES] if pack.cue.search(s)]
    assert found  # (each language's sentences hold some cue)


def test_an_index_gives_the_items_whose_needles_are_in_the_text():
    index = NeedleIndex([("kill", frozenset({"kill"})), ("wound", frozenset({"wound", "injur"})),
                         ("hurt", frozenset({"injur"})), ("any", None)])
    assert index.candidates("three were injured") == {"wound", "hurt", "any"}
    assert index.candidates("gunmen killed two") == {"kill", "any"}
    assert index.candidates("nothing here") == {"any"}
