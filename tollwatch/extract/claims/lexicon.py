"""The casualty words (lexicons/casualty_words.v1.json) compiled into patterns, once."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

RULES = "casualties.v1"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    prefilter: re.Pattern[str]
    active: list[tuple[str, re.Pattern[str]]]     # category, "killed" ending right before a figure
    passive: list[tuple[str, re.Pattern[str]]]    # category, "were killed" right after the victims
    direct: re.Pattern[str]                       # "46 dead", "25 wounded"
    tolls: list[tuple[str, re.Pattern[str]]]      # "the death toll rose to" right before a figure
    intransitive: frozenset[str]                  # verbs that need no "were" ("died", "missing")
    people_plural: frozenset[str]
    people_singular: frozenset[str]
    not_people: frozenset[str]
    aux: frozenset[str]
    stop: frozenset[str]

    def cue(self, name: str) -> re.Pattern[str]:
        return _cue(name)


@cache
def _cue(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alt(lexicon().raw[name])})(?![\w-])", re.IGNORECASE)


_STOP = ("in on at during from by with for into after before near when while as but or and if "
         "were was is are had has have been be who which that where said says told reported "
         "of to the a an this these those its their his her our than per").split()


@cache
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("tollwatch.extract").joinpath(
        "lexicons", "en", "casualty_words.v1.json").read_text("utf-8"))
    active = [(cat, re.compile(rf"(?<![\w-])(?:{_alt(words)})\s+(?:(?:a\s+total\s+of|an\s+estimated|"
                               rf"another|a\s+further|an\s+additional|the|some|as\s+many\s+as)\s+)?$",
                               re.IGNORECASE))
              for cat, words in raw["active"].items()]
    aux = _alt(raw["aux"])
    passive = [(cat, re.compile(rf"^(?P<aux>(?:\s*,?\s*(?:{aux}|[a-z]{{3,}}ly)\b)*)\s*,?\s*(?P<verb>{_alt(words)})(?![\w-])",
                                re.IGNORECASE))
               for cat, words in raw["passive"].items()]
    tolls = [(cat, re.compile(rf"(?:{_alt(words)})\b[^.;]{{0,60}}?\b(?:rose|risen|rising|climbed|increased|jumped|"
                              rf"reached|stands|stood|is|was|now|at|to|of)\s*(?:to|at)?\s*$", re.IGNORECASE))
             for cat, words in raw["toll_phrases"].items()]
    direct_words = {"dead": "killed", "killed": "killed", "deaths": "killed", "fatalities": "killed",
                    "injured": "injured", "wounded": "injured", "hurt": "injured", "missing": "missing",
                    "detained": "detained", "arrested": "detained", "captured": "detained",
                    "kidnapped": "kidnapped", "abducted": "kidnapped", "hostages": "kidnapped",
                    "displaced": "displaced", "detainees": "detained", "arrests": "detained",
                    "injuries": "injured", "dead.": "killed"}
    raw["direct"] = direct_words
    direct = re.compile(rf"^\s+(?:(?:more|further|additional)\s+)?({_alt(list(direct_words))})(?![\w-])", re.IGNORECASE)
    stems = (r"kill|stab|dead|death|died|\bdie|injur|wound|hurt|missing|detain|arrest|captur|apprehend|custody|"
             r"kidnap|abduct|hostage|displac|fled|flee|shot|murder|massacr|execut|assassinat|slain|"
             r"lost (?:their|his|her) li|perish|bodies|fatalit|gunned|behead|lives\b|loss of|"
             r"evacuat|homeless|refugee|seiz|disappear|unaccounted|hospitali|maim|slew|slay|uproot")
    return Lexicon(
        raw=raw, prefilter=re.compile(stems, re.IGNORECASE), active=active, passive=passive,
        direct=direct, tolls=tolls,
        intransitive=frozenset(" ".join(w.lower().split()) for w in raw["intransitive"]),
        people_plural=frozenset(w.lower() for w in raw["people_plural"]),
        people_singular=frozenset(w.lower() for w in raw["people_singular"]),
        not_people=frozenset(w.lower() for w in raw["not_people"]),
        aux=frozenset(w.lower() for w in raw["aux"]),
        stop=frozenset(_STOP),
    )
