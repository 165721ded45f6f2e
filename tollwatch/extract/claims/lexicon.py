"""The context words of the English pack (lexicons/en/casualty_words.v1.json), compiled once."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any



def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    people_plural: frozenset[str]
    people_singular: frozenset[str]
    not_people: frozenset[str]
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
    return Lexicon(
        raw=raw,
        people_plural=frozenset(w.lower() for w in raw["people_plural"]),
        people_singular=frozenset(w.lower() for w in raw["people_singular"]),
        not_people=frozenset(w.lower() for w in raw["not_people"]),
        stop=frozenset(_STOP),
    )
