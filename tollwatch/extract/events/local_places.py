"""Place names in French, Spanish, Russian and Ukrainian: the capitalised runs that may name a
place, the language's words for states' people, and lookups that try a Russian or Ukrainian
name in its dictionary form ("в Баткене" -> "Баткен"). Words are data:
lexicons/places/local.v1.json and the attribution stage's lexicons/<lang>/sides.v1.json.
"""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from .gazetteer import Entry, Gazetteer

# Runs of capitalised words, allowing short joiners inside ("Sar-e Pul", "Qal'ah-ye Zal"): English
_NAME_RUN = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:(?:e|ye|i|al|el|de|del|la)\s+)?[A-Z][\w’'\-]*){0,3}")


@cache
def _local() -> dict:
    return json.loads(resources.files("tollwatch.extract").joinpath("lexicons/places/local.v1.json")
                      .read_text(encoding="utf-8"))


@cache
def _name_run(language: str) -> re.Pattern:
    """Runs of capitalised words in `language` (English: _NAME_RUN)."""
    run = _local()["name_run"].get(language)
    if run is None:
        return _NAME_RUN
    c = run["capital"]
    joiners = "|".join(re.escape(j) for j in sorted(run["joiners"], key=len, reverse=True))
    return re.compile(rf"[{c}][\w’'\-]*(?:\s*(?:(?:{joiners})\s*)?[{c}][\w’'\-]*){{0,3}}")


@cache
def _state_words(language: str) -> tuple[tuple[re.Pattern, str], ...]:
    """The language's words for states' people and capitals (lexicons/<lang>/sides.v1.json,
    the attribution stage's table: "kirghize", "таджик*"), as patterns -> ISO code."""
    if language == "en":
        return ()
    ref = resources.files("tollwatch.extract").joinpath(f"lexicons/{language}/sides.v1.json")
    if not ref.is_file():
        return ()
    states = json.loads(ref.read_text(encoding="utf-8")).get("states", {})
    out = []
    for iso, words in states.items():
        for w in words:
            stem = w.rstrip("*")
            if len(stem) > 2:
                tail = r"\w*" if w.endswith("*") else ""
                out.append((re.compile(rf"(?<!\w){re.escape(stem)}{tail}(?!\w)", re.I), iso))
    return tuple(out)


def lookup(gaz: Gazetteer, name: str, language: str = "en") -> list[Entry]:
    """Entries named `name` in `language`: its local spellings too, and a Russian or Ukrainian
    name in another case than the dictionary's ("Баткене" -> "Баткен", "Киргизии" -> "Киргизия")."""
    found = gaz.lookup(name, language)
    endings = _local()["endings"].get(language)
    if found or endings is None or " " in name:
        return found
    low = name
    for end in sorted(endings["nouns"], key=len, reverse=True):
        if low.lower().endswith(end) and len(low) - len(end) >= 3:
            for repl in endings["nouns"][end]:
                found = gaz.lookup(low[:len(low) - len(end)] + repl, language)
                if found:
                    return found
    return []
