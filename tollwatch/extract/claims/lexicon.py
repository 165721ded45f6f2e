"""The context words of a language (lexicons/<lang>/casualty_words.v1.json), compiled once.

`lexicon(language)` is the table of the claim's pack language: total cues ("au total", "en
total", "в общей сложности"), earlier episodes ("depuis 2009"), hypothetical and unknown-number
phrases, rate patterns, (un)verified cues, people words and the few sentence patterns the context
stages read (months, "on the X side", headlines). Every language's file has every key of the
English one (tests/extract/test_multilingual_context.py); a pattern a language does not need is
the never-matching "(?!)".
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ...errors import ConfigError


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    people_plural: frozenset[str]
    people_singular: frozenset[str]
    not_people: frozenset[str]
    stop: frozenset[str]
    language: str = "en"
    people: frozenset[str] = frozenset()  # singular and plural together, built once

    def cue(self, name: str) -> re.Pattern[str]:
        """The words of list `name` as one pattern, whole words, case-insensitive."""
        return _cue(self.language, name)

    def pattern(self, name: str) -> re.Pattern[str]:
        """The regular expression stored under `name`, case-insensitive."""
        return _pattern(self.language, name)

    def words(self, name: str) -> frozenset[str]:
        return _words(self.language, name)


@cache
def _cue(language: str, name: str) -> re.Pattern[str]:
    words = lexicon(language).raw[name]
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])", re.IGNORECASE)


@cache
def _pattern(language: str, name: str) -> re.Pattern[str]:
    return re.compile(lexicon(language).raw[name], re.IGNORECASE)


@cache
def _words(language: str, name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(language).raw[name])


def claim_language(claim: Any) -> str:
    """The pack language a claim was read with, from its rule stamp ("casualties.v2-fr-<hash>");
    "en" for a stamp that names none."""
    parts = (getattr(claim, "rules", "") or "").split("-")
    lang = parts[1] if len(parts) >= 3 else "en"
    return lang if _has_words(lang) else "en"


@cache
def _has_words(language: str) -> bool:
    return resources.files("tollwatch.extract").joinpath("lexicons", language, "casualty_words.v1.json").is_file()


@cache
def lexicon(language: str = "en") -> Lexicon:
    """The context words of `language` (a pack language); ConfigError when it has none."""
    path = resources.files("tollwatch.extract").joinpath("lexicons", language, "casualty_words.v1.json")
    if not path.is_file():
        raise ConfigError(f"no context words (casualty_words.v1.json) for language {language!r}")
    raw = json.loads(path.read_text("utf-8"))
    plural = frozenset(w.lower() for w in raw["people_plural"])
    singular = frozenset(w.lower() for w in raw["people_singular"])
    return Lexicon(
        raw=raw,
        people_plural=plural,
        people_singular=singular,
        people=plural | singular,
        not_people=frozenset(w.lower() for w in [*raw["not_people"], *raw.get("months", ())]),  # "16 NOVEMBER" is a date
        stop=frozenset(w.lower() for w in raw["stop_words"]),
        language=language,
    )
