"""The date words of each language (lexicons/<lang>/dates.v1.json), compiled once: what
dates.py reads dates with. A language without a file reads with the English one."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from .tables import language_table


@cache
def lexicon(language: str = "en") -> dict:
    """The date words of `language` (English where the language has no file)."""
    return language_table("dates.v1.json", language)


def _grammar(language: str) -> dict:
    return lexicon(language)["patterns"]


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({alts})\b", re.I)


@cache
def _earlier_event(language: str) -> tuple[re.Pattern, re.Pattern]:
    g = _grammar(language)
    nouns = "|".join(lexicon(language)["event_nouns"])
    return (re.compile(g["earlier_event_before"].replace("{nouns}", nouns), re.I),
            re.compile(g["earlier_event_after"].replace("{nouns}", nouns), re.I))


@cache
def _compiled(language: str, key: str) -> re.Pattern:
    """One of the language's date patterns, with its months and weekdays filled in."""
    lex = lexicon(language)
    months = "|".join(sorted(lex["months"], key=len, reverse=True))
    weekdays = "|".join(lex["weekdays"])
    return re.compile(lex["patterns"][key].replace("{months}", months).replace("{weekdays}", weekdays), re.I)


@cache
def place_dateline(language: str = "en") -> re.Pattern:
    """Where a report was filed, opening it in the language's capitals: "BISHKEK - ",
    "YEREVAN/BAKU (SPA) - ", "DOUCHANBÉ - "."""
    c = _grammar(language)["capitals"]
    caps = rf"[{c}][{c}.'’]*(?:[ -][{c}][{c}.'’]*)*"
    return re.compile(rf"\s*({caps}(?:/{caps})*)(?:,[^\n]{{0,40}}?)?\s*(?:\([A-Za-z .]{{2,20}}\))?\s*[-–—]+\s")
