"""Who says it: one name per source, so that one institution counts as one source.

The reporter's name is lower-cased; determiners ("the", "its", "country's") and the country
words of the reporter's own side ("Kyrgyz", "Kyrgyzstan's", "of the Kyrgyz Republic") are taken
out, institutions get their formal wording ("health ministry" -> "ministry of health"), and the side's
demonym is put back in front: "kyrgyz ministry of health". A country or its capital speaking alone
("Tajikistan said", "Dushanbe said") is that side's government. Within one conflict, a name
given without its country ("the health ministry") is the same source as the one qualified
name of that institution ("kyrgyz ministry of health"), and a bare "ministry" is the side's one
ministry, when there is exactly one. The word lists are data: sources.v1.json.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

_TOKEN = re.compile(r"[\w.'-]+", re.UNICODE)


@dataclass(frozen=True)
class SourceName:
    key: str                # the name the toll's provenance uses
    base: str               # the institution without its country
    side: str | None
    qualified: bool         # the key carries the side's demonym


@lru_cache(maxsize=1)
def _tables() -> dict:
    data = json.loads(resources.files(__package__).joinpath("sources.v1.json").read_text("utf-8"))
    sides = json.loads(resources.files("tollwatch.extract.lexicons").joinpath("sides.v1.json")
                       .read_text("utf-8"))
    states = {code: [w.lower() for w in words] for code, words in sides["states"].items()}
    data["states"] = states
    data["institution_patterns"] = [(re.compile(rf"\b(?:{p})\b"), canon)
                                    for p, canon in data["institutions"]]
    return data


def _mentioned(words: list[str], text: str, states: dict) -> set[str]:
    return {code for code, names in states.items()
            if any((n in words) if " " not in n else (f" {n} " in f" {text} ") for n in names)}


@lru_cache(maxsize=8192)
def source_name(name: str, side: str | None) -> SourceName:
    t = _tables()
    text = " ".join(name.lower().replace("’", "'").split())
    words = [w[:-2] if w.endswith("'s") else w.strip("'.") for w in _TOKEN.findall(text)]
    text = " ".join(words)
    if side is None:
        found = _mentioned(words, text, t["states"])
        side = found.pop() if len(found) == 1 else None
    removed = False
    if side in t["states"]:
        for n in sorted(t["states"][side], key=len, reverse=True):
            new = re.sub(rf"(?<![\w-]){re.escape(n)}(?![\w-])", " ", text)
            removed |= new != text
            text = new
    text = " ".join(text.split())
    for pattern, canon in t["institution_patterns"]:
        text = pattern.sub(canon, text)
    words = text.split()
    while words and words[0] in t["leading"]:
        words.pop(0)
    while words and words[-1] in t["trailing"]:
        words.pop()
    base = " ".join(words)
    if not base or base in t["government"]:
        base = "government"
    qualified = side is not None and (removed or base == "government")
    demonym = t["states"].get(side, [str(side).lower()])[0] if side else ""
    return SourceName(f"{demonym} {base}" if qualified else base, base, side, qualified)


def aliases(names: Iterable[SourceName]) -> dict[str, str]:
    """{key: key of the same source} for names given without their country, within one
    conflict: the one qualified name of the same institution (of their side, or of any side
    when theirs is unknown); a generic word ("ministry"): the side's one such institution."""
    names = set(names)
    qualified = [n for n in names if n.qualified]
    generic = set(_tables()["generic"])
    out: dict[str, str] = {}
    for n in names:
        if n.qualified:
            continue
        if n.base in generic:
            match = {q.key for q in qualified if n.base in q.base.split() and q.base != n.base
                     and (n.side is None or q.side == n.side)}
        else:
            match = {q.key for q in qualified if q.base == n.base
                     and (n.side is None or q.side == n.side)}
        if len(match) == 1:
            out[n.key] = match.pop()
    return out
