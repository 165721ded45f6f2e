"""Actors of an event, named the way ACLED names them (table: lexicons/actors.v1.json)."""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import pycountry

from ...models import Actor


@cache
def _rules() -> list[tuple[re.Pattern, dict]]:
    data = json.loads(resources.files("tollwatch.extract").joinpath("lexicons/en/actors.v1.json")
                      .read_text(encoding="utf-8"))
    return [(re.compile(r["pattern"]), r) for r in data["rules"]]


def country_name(iso: str | None) -> str | None:
    if not iso:
        return None
    c = pycountry.countries.get(alpha_2=iso)
    return getattr(c, "common_name", None) or (c.name if c else None)


def find_actors(sentence: str, country: str | None) -> tuple[Actor, ...]:
    """Actors named in `sentence`, in order of first mention: actor1, actor2, then associates.

    `country` (ISO alpha-2) is where the event happened; generic actors ("police",
    "civilians") are named after it, and are left out when it is unknown.
    """
    found: list[tuple[int, str, str | None, int]] = []
    taken: list[tuple[int, int]] = []
    cname = country_name(country)
    for pattern, rule in _rules():
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            name = rule["name"]
            if "{COUNTRY}" in name or "{country}" in name:
                if cname is None:
                    continue
                name = name.replace("{COUNTRY}", cname).replace("{country}", cname)
            side = rule["side"]
            if side == "{iso}":
                side = country
            taken.append((m.start(), m.end()))
            if all(f[1] != name for f in found):
                found.append((m.start(), name, side, rule["inter"]))
            break
    found.sort()
    roles = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
    return tuple(Actor(name=n, side=s, role=roles[i], inter=inter)
                 for i, (_, n, s, inter) in enumerate(found[:4]))


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (1 and 2 -> 12; alone -> 10 * code)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
