"""Who reports a figure, and whose victims they are (sides), read from the sentence.

Sides and sources are data (lexicons/sides.v1.json): ISO 3166-1 alpha-2 for states, a
lower-case id for non-state armed groups (`taliban`, `fmln`, `islamic_state`, ...).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..models import Source

PARTY_KINDS = ("government", "military", "armed_group")


@cache
def sides_table() -> dict[str, Any]:
    path = resources.files(__package__).joinpath("lexicons", "en", "sides.v1.json")
    return json.loads(path.read_text("utf-8"))


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _side_patterns() -> list[tuple[str, re.Pattern[str]]]:
    table = sides_table()
    out = []
    for side, words in list(table["states"].items()) + list(table["groups"].items()):
        out.append((side, re.compile(rf"(?<!\w)(?:{_words(words)})(?!\w)", re.IGNORECASE)))
    return out


def side_of(text: str) -> str | None:
    """The first side named in `text` (a demonym, a country, an armed group), else None."""
    best: tuple[int, str] | None = None
    for side, pattern in _side_patterns():
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), side)
    return best[1] if best else None


def sides_in(text: str) -> set[str]:
    """Every side (state or armed group) named in `text`."""
    return {side for side, p in _side_patterns() if p.search(text)}


def states_in(text: str) -> set[str]:
    """Every state (ISO code) named in `text`."""
    return {side for side, p in _side_patterns() if len(side) == 2 and side.isupper() and p.search(text)}


@cache
def _source_patterns() -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    rows = list(sides_table()["sources"])
    countries = [w for words in sides_table()["states"].values() for w in words]
    rows.insert(0, {"pattern": rf"(?:{_words(countries)})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:ministry|minister|"
                               r"government|army|military|authorities|officials|president|forces|police)",
                    "kind": "government", "side": "demonym"})  # "Azerbaijan's defence ministry"
    rows.insert(len(rows) - 1, {"pattern": _words(countries), "kind": "government", "side": "demonym"})
    names = {"states": _words(countries), "leaders": _words([n for side, words in _leaders().items() for n in words])}
    return [(re.compile(rf"(?<![\w-])(?:{row['pattern'].format(**names) if '{states}' in row['pattern'] or '{leaders}' in row['pattern'] else row['pattern']})(?![\w-])",
                        re.IGNORECASE), row) for row in rows]


def _leaders() -> dict[str, list[str]]:
    return {side: words for side, words in sides_table().get("leaders", {}).items() if not side.startswith("_")}


def _leader_side(name: str) -> str | None:
    """"Prime Minister Nikol Pashinyan": the state a named leader speaks for."""
    low = name.lower()
    return next((side for side, words in _leaders().items() if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words)), None)


@cache
def _verb_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_words(sides_table()['reporting_verbs'])})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    source: Source
    verb: str
    inherit: bool = False  # "this source": the previous reporter


_LEADING_WORDS = re.compile(r"^(?:[a-z][\w-]*\s+){1,2}(?=(?:the|a|an)\s)")
_OFFICE = re.compile(r"\b(?:ministry|minister|government|authorities|officials?|spokes(?:man|woman|person)|"
                     r"commissioner|governor|police)\b", re.IGNORECASE)


def is_office(source: Source | None) -> bool:
    """A state office named without its state ("the ministry", "Emergency Situations Minister
    Boobek Ajikeeb"): a government reporter whose side the text must supply."""
    return bool(source and source.kind == "government" and source.side is None and source.name
                and _OFFICE.search(source.name))


def same_office(generic: Source, named: Source) -> bool:
    """"a ministry spokeswoman" after "the Kyrgyz health ministry": the office named before, when
    every word of the generic name's office ("health ministry") is in the named one."""
    words = [w for w in re.findall(r"[a-z]+", generic.name.lower()) if w not in ("the", "a", "an", "spokeswoman", "spokesman", "spokesperson")]
    office = [w for w in words if _OFFICE.fullmatch(w)]
    return bool(office) and all(w in named.name.lower() for w in words)


def _match_source(window: str) -> Attribution | None:
    for pattern, row in _source_patterns():
        m = None
        for m in pattern.finditer(window):
            pass  # the last mention is the subject nearest the verb
        if m is None:
            continue
        name = _LEADING_WORDS.sub("", " ".join(m.group(0).split()))  # "By the evening the ministry said"
        side = side_of(name) if row["side"] == "demonym" else _leader_side(name) if row["side"] == "leader" else row["side"]
        return Attribution(Source(name, row["kind"], side), "", inherit=row["kind"] == "inherit")
    return None


def issuer(text: str) -> Source | None:
    """The institution a release opens with ("Ministry of Health of the Kyrgyz Republic"): the
    default reporter of figures no sentence attributes."""
    first = text.strip().split("\n", 1)[0]
    if not first or len(first) > 100:
        return None
    found = _match_source(first)
    if not found or found.inherit or found.source.kind == "witness":
        return None
    if found.source.side is None and found.source.kind in PARTY_KINDS:
        return Source(first.strip(), found.source.kind, side_of(first))  # "... of the Kyrgyz Republic"
    return found.source


def reporter_at(sentence: str, pos: int) -> Attribution | None:
    """The reporter of a figure at `pos` in `sentence`: 'according to X', else the subject of the
    nearest reporting verb before it (or, failing that, after it)."""
    verbs = list(_verb_pattern().finditer(sentence))
    for v in verbs:
        if v.group(0).lower() == "according to":
            found = _match_source(sentence[v.end():v.end() + 80])
            if found:
                return Attribution(found.source, "according to", found.inherit)
    before = [v for v in verbs if v.start() < pos]
    after = [v for v in verbs if v.start() >= pos]
    for v in list(reversed(before)) + after[:2]:
        prev_end = max([w.end() for w in verbs if w.end() <= v.start()], default=0)
        window = sentence[max(prev_end, v.start() - 90, pos if v.start() > pos else 0):v.start()]
        found = _match_source(window)
        if found:
            return Attribution(found.source, v.group(0).lower(), found.inherit)
    return None


def is_partisan(source: Source | None) -> bool:
    """A reporter that is itself a party to the fighting."""
    return bool(source and source.kind in PARTY_KINDS and source.side)
