"""Who says it: one institution is one source, with one canonical name and country.

"Kyrgyz Ministry of Health", "Kyrgyz health ministry", "Kyrgyzstan's health ministry",
"Ministry of Health of the Kyrgyz Republic" and, in a Kyrgyz context, "the health ministry" are
all `Ministry of Health of Kyrgyzstan` (KG). A name is read by rule, in two steps:

1. `read_source` reads one name alone: its **kind** (the first of the language's kind patterns
   that matches: health ministry, defence ministry, border service, police, army, president's
   office, government, UN agency, NGO, news agency, witness ...) and its **country** (a country
   word anywhere in it: a demonym, a possessive, "of the X Republic", a capital; else the
   reporter's side). A country or capital speaking alone ("Dushanbe said") is its government.
2. `identify` reads every name of a conflict together: a state institution whose country is
   still unknown takes the one country its kind is named with in the same article, else in the
   conflict ("the ministry": the one ministry of its country); with two candidates it stays apart.

State institutions are named from kind and country; other bodies (NGOs, agencies, witnesses)
keep their own name, tidied. The words are data, per language (sources.v1.json); an alias table
there covers only what rules cannot reach (acronyms, "the Kremlin"). Canonical names are English.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, NamedTuple

from ..models import Source

_TOKEN = re.compile(r"[\w.'-]+", re.UNICODE)
_SMALL = {"of", "for", "the", "and", "in", "on", "at", "de", "du", "la", "sans"}


@dataclass(frozen=True)
class SourceId:
    """One source: its canonical name (the key reconciliation uses), kind and country."""
    name: str
    kind: str
    country: str | None     # ISO 3166-1 alpha-2 of the state it belongs to, if known

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "country": self.country}


@dataclass(frozen=True)
class _Read:
    kind: str
    country: str | None
    own_name: str | None    # a named body's name (lower-case, no determiners) or an alias's
    display: str | None     # the alias's canonical name, else the name as written, tidied


@lru_cache(maxsize=1)
def tables() -> dict:
    return json.loads(resources.files(__package__).joinpath("sources.v1.json").read_text("utf-8"))


@lru_cache(maxsize=16)
def _language(language: str) -> dict:
    t = tables()
    lang = t["languages"].get(language) or t["languages"]["en"]
    aliases = t["aliases"].get(language) or t["aliases"]["en"]
    return {
        "kinds": [(kind, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])")) for kind, p in lang["kinds"]],
        "countries": {code: set(words) for code, words in lang["countries"].items()},
        "place": re.compile(rf"\s(?:{lang['place_after']})\s.*$"),
        "filler": set(lang["filler"]),
        "determiners": set(lang["determiners"]),
        "aliases": aliases,
    }


def _normal(name: str) -> str:
    """Lower-case words, possessives and stray quotes or full stops taken off ("u.s." kept)."""
    words = []
    for w in _TOKEN.findall(name.lower().replace("’", "'")):
        w = re.sub(r"'s?$", "", w).strip("'")
        if w.endswith(".") and w.count(".") == 1:
            w = w[:-1]
        if w:
            words.append(w)
    return " ".join(words)


def _countries(text: str, countries: dict[str, set[str]]) -> list[str]:
    words = set(text.split())
    return sorted(code for code, names in countries.items()
                  if any((n in words) if " " not in n else (f" {n} " in f" {text} ") for n in names))


def _strip(text: str, words: Iterable[str]) -> str:
    for w in sorted(words, key=len, reverse=True):
        text = re.sub(rf"(?<![\w.-]){re.escape(w)}(?![\w.-])", " ", text)
    return " ".join(text.split())


def _tidy(original: str, determiners: set[str]) -> str:
    """A named body's name as written, without leading determiners, in title case when it was
    written all in one case ("CENTRAL ASIAN RIGHTS MONITOR" -> "Central Asian Rights Monitor")."""
    words = " ".join(original.replace("’", "'").split()).split(" ")
    while len(words) > 1 and words[0].lower() in determiners:
        words.pop(0)
    text = " ".join(words)
    if text != text.upper() and text != text.lower():
        return text
    if len(words) == 1 and len(text) <= 5 and text.isupper():
        return text                                   # an acronym
    return " ".join(w.lower() if i and w.lower() in _SMALL else w[:1].upper() + w[1:].lower()
                    for i, w in enumerate(words))


def is_state(kind: str) -> bool:
    return tables()["kinds"].get(kind, {}).get("state", False)


def _one_country(found: list[str], side: str | None) -> str | None:
    if len(found) == 1:
        return found[0]
    return side if side in found else None


def _iso(side: str | None) -> str | None:
    return side if side and len(side) == 2 and side.isupper() else None


@lru_cache(maxsize=8192)
def _read(name: str, side: str | None, reporter_kind: str | None, language: str) -> _Read:
    lang = _language(language)
    text = _normal(name)
    bare = " ".join(w for w in text.split() if w not in lang["determiners"])
    alias = lang["aliases"].get(bare) or lang["aliases"].get(text)
    if alias and alias.get("name"):
        return _Read(alias["kind"], alias.get("country"), _normal(alias["name"]), alias["name"])
    found = _countries(text, lang["countries"])
    if found:                     # "Tajik embassy in Moscow": the place is not the institution's
        head = lang["place"].sub("", text)
        found = _countries(head, lang["countries"]) or found
        text = head if _countries(head, lang["countries"]) else text
    country = _one_country(found, _iso(side)) if found else _iso(side)
    if alias:
        return _Read(alias["kind"], alias.get("country") or country, None, None)
    kind = next((k for k, pattern in lang["kinds"] if pattern.search(text)), None)
    by_rule = kind is not None
    words = [lang["countries"][c] for c in found]
    rest = _strip(text, set().union(*words)) if words else text
    only_filler = not set(rest.split()) - lang["filler"]
    if kind is None and found and only_filler:
        kind, by_rule = "government", True   # "Tajikistan said", "Dushanbe said"
    if kind is None and _iso(side) is None and side and reporter_kind == "armed_group":
        return _Read("armed_group", None, side, tables()["armed_groups"].get(side, side))
    kind = kind or tables()["reporter_kinds"].get(reporter_kind or "", "other")
    if is_state(kind) and (by_rule or only_filler):
        return _Read(kind, country, None, None)
    if kind == "both_sides":
        return _Read(kind, None, "both sides", tables()["kinds"][kind]["name"])
    if is_state(kind):            # a state body no pattern names: "the Ombudsman", Kyrgyz
        base = " ".join(w for w in rest.split() if w not in lang["filler"]) or rest
        display = _tidy(base, lang["determiners"])
        if country:
            display = f"{display} of {tables()['countries'].get(country, country)}"
        return _Read(kind, country, f"{base}|{country}", display)
    return _Read(kind, country if found else None, bare or text, _tidy(name, lang["determiners"]))


def _state_name(kind: str, country: str | None) -> str:
    t = tables()
    base = t["kinds"][kind]["name"]
    if kind == "ministry":
        base = "Unnamed ministry"
    if country is None:
        return base
    return f"{base} of {t['countries'].get(country, country)}"


@lru_cache(maxsize=8192)
def read_source(name: str, side: str | None = None, reporter_kind: str | None = None,
                language: str = "en") -> SourceId:
    """One name, read alone (no article or conflict around it)."""
    r = _read(name, side, reporter_kind, language)
    if r.own_name is None:
        return SourceId(_state_name(r.kind, r.country), r.kind, r.country)
    return SourceId(r.display or r.own_name, r.kind, r.country)


def _in_context(r: _Read, article: set[tuple[str, str]], article_sides: set[str],
                conflict: set[tuple[str, str]]) -> _Read:
    """A state institution without its country takes, in this order: the one of its kind
    named in the article (for a bare "ministry": the one ministry of its country); the
    article's one country (every side its claims name); the one of its kind in the conflict.
    With two candidates at a step it stays apart."""
    kinds = tables()["kinds"]
    for named in (article, None, conflict):
        if named is None:
            if r.country is None and len(article_sides) == 1:
                r = _Read(r.kind, next(iter(article_sides)), None, None)
                if r.kind != "ministry":
                    return r
            continue
        if r.kind == "ministry":
            found = {(k, c) for k, c in named if kinds[k].get("ministry")
                     and (r.country is None or c == r.country)}
        else:
            found = {(k, c) for k, c in named if k == r.kind}
        if len(found) == 1:
            kind, country = found.pop()
            return _Read(kind, country, None, None)
        if found:
            return r
    return r


class Said(NamedTuple):
    """Who states one claim, and where: what `identify` reads."""
    article: str
    claim: str
    reported_by: Source
    victims_side: str | None = None
    language: str = "en"


def identify(said: Iterable[Said]) -> dict[tuple[str, str], SourceId]:
    """{(article id, claim id): SourceId} for every named reporter of one conflict."""
    read: dict[tuple[str, str], _Read] = {}
    sides: dict[str, set[str]] = defaultdict(set)       # every country an article's claims name
    for s in said:
        src, article_sides = s.reported_by, sides[s.article]
        for side in (src.side, s.victims_side):
            if side and len(side) == 2 and side.isupper():
                article_sides.add(side)
        if src.name and src.name.strip():
            read[(s.article, s.claim)] = _read(src.name, src.side, src.kind, s.language or "en")
    by_article: dict[str, set] = defaultdict(set)
    everywhere: set[tuple[str, str]] = set()
    for (article, _c), r in read.items():
        if r.own_name is None and r.country is not None and r.kind != "ministry":
            by_article[article].add((r.kind, r.country))
            everywhere.add((r.kind, r.country))
            sides[article].add(r.country)
    displays: dict[str, set[str]] = defaultdict(set)
    for key, r in read.items():
        if r.own_name is None and (r.country is None or r.kind == "ministry"):
            read[key] = _in_context(r, by_article[key[0]], sides[key[0]], everywhere)
        elif r.own_name is not None:
            displays[r.own_name].add(r.display or r.own_name)
    named: dict[_Read, SourceId] = {}
    for r in set(read.values()):
        name = _state_name(r.kind, r.country) if r.own_name is None else _display(displays[r.own_name])
        named[r] = SourceId(name, r.kind, r.country)
    return {key: named[r] for key, r in read.items()}


def _display(written: set[str]) -> str:
    """One name for a named body however its reports cased it: a mixed-case spelling first."""
    mixed = sorted(w for w in written if w != w.upper() and w != w.lower())
    return mixed[0] if mixed else sorted(written)[0]
