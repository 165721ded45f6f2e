"""What a Reading answers for each scored field, and how answers are compared with gold.

Each dataset's conventions (which toll bound, which event, which spelling) live here and in
adapters.py, never in the extractor.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable

from ..models import Event, Reading

COUNT = "count"   # an integer: exact / within 10 % / absolute error, split gold = 0 and gold > 0
LABEL = "label"   # a value compared after normalising; gold may be a set of accepted values


@dataclass(frozen=True)
class Field:
    """One scored field: its kind and how to read the answer from a Reading."""
    name: str
    kind: str
    answer: Callable[[Reading], Any]
    normalise: Callable[[Any], Any] = lambda v: v
    match: Callable[[Any, Any], bool] | None = None  # LABEL fields; default `same`
    literal: bool = True  # COUNT fields: report how often the gold figure is written in the text

    def matches(self, gold: Any, got: Any) -> bool:
        return (self.match or same)(gold, got)


@cache
def load_table(name: str) -> dict[str, Any]:
    """A mapping table shipped with the package (tollwatch/evaluate/data/NAME)."""
    ref = resources.files("tollwatch.evaluate").joinpath("data", name)
    return json.loads(ref.read_text(encoding="utf-8"))


# ---- answers read from a Reading -------------------------------------------------------------

def toll_bound(category: str, bound: str) -> Callable[[Reading], int | None]:
    """`toll.<category>.<bound>`, e.g. ISAF's conservative minimum is `killed.low`."""
    def answer(reading: Reading) -> int | None:
        return getattr(reading.toll.get(category), bound)
    answer.__name__ = f"toll_{category}_{bound}"
    return answer


def toll_present(category: str) -> Callable[[Reading], int]:
    """1 when the article reports any victim of `category`, else 0."""
    def answer(reading: Reading) -> int:
        r = reading.toll.get(category)
        return int(bool(r.best or r.low or r.high))
    answer.__name__ = f"present_{category}"
    return answer


def first_event(reading: Reading) -> Event | None:
    """The event whose evidence starts earliest in the text (ties: the order given)."""
    if not reading.events:
        return None
    return min(reading.events, key=lambda e: e.evidence.start)


def first_event_date(reading: Reading) -> str | None:
    ev = first_event(reading)
    return ev.date.start.isoformat() if ev and ev.date.start else None


def first_event_admin1(reading: Reading) -> str | None:
    ev = first_event(reading)
    return ev.location.admin1 if ev and ev.location else None


def first_event_country(reading: Reading) -> str | None:
    ev = first_event(reading)
    return ev.location.country if ev and ev.location else None


def first_event_subtype(reading: Reading) -> str | None:
    ev = first_event(reading)
    return ev.sub_event_type if ev else None


def reporters(reading: Reading) -> str | None:
    """Every named source of the article's claims, joined (for attribution scoring)."""
    names = [c.reported_by.name for c in reading.claims if c.reported_by.name]
    return " | ".join(names) or None


def victim_kind(reading: Reading) -> str | None:
    """"civilians" or "combatants": what the killed claims' victim words say, by majority;
    None when no word decides (or a tie)."""
    table = load_table("victim_kinds.json")
    kinds = {w: kind for kind in ("civilians", "combatants") for w in table[kind]}
    votes = {"civilians": 0, "combatants": 0}
    for claim in reading.claims:
        if claim.category == "killed" and not claim.historical and claim.victims.group:
            kind = kinds.get(claim.victims.group.casefold().strip())
            if kind:
                votes[kind] += 1
    if votes["civilians"] == votes["combatants"]:
        return None
    return max(votes, key=votes.get)


# ---- normalising ------------------------------------------------------------------------------

REGION_WORDS = ("province", "region", "oblast", "viloyati")


def _plain(name: str, words: re.Pattern[str]) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = words.sub(" ", text)
    return "".join(ch for ch in text if ch.isalpha())


def region_normaliser(aliases_path: Path | None,
                      words: tuple[str, ...] = REGION_WORDS) -> Callable[[Any], str | None]:
    """Region names compared after case-folding, removing diacritics, the words
    province/region/oblast/viloyati (or `words`) and non-letters, then the spelling groups of
    aliases.json."""
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b")
    groups: dict[str, str] = {}
    if aliases_path is not None and aliases_path.is_file():
        data = json.loads(aliases_path.read_text(encoding="utf-8"))
        for group in data.get("regions", []):
            label = _plain(group[0], pattern)
            for spelling in group:
                groups[_plain(spelling, pattern)] = label

    def normalise(name: Any) -> str | None:
        if not name:
            return None
        key = _plain(str(name), pattern)
        return groups.get(key, key) or None
    return normalise


def casefold(value: Any) -> str | None:
    return str(value).strip().casefold() if value else None


def same(gold: Any, got: Any) -> bool:
    """LABEL match: equal, or `got` is among the accepted values when gold is a set."""
    if got is None:
        return False
    if isinstance(gold, (set, frozenset)):
        return got in gold
    return gold == got


def source_match(gold: Any, got: Any) -> bool:
    """Attribution: some source the gold names appears among the reporters we found."""
    if not got:
        return False
    found = casefold(got) or ""
    return any(name and name in found for name in gold)
