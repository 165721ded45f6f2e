"""Actors of an event, named the way ACLED names them (table: lexicons/<lang>/actors.v1.json;
a language without one reads with the English table). Names are ACLED's, in English, in every
language: "les soldats" and "военные" are both "Military Forces of <country>"."""
from __future__ import annotations

import re
from functools import cache

import pycountry

from ...models import Actor
from .tables import language_table


@cache
def _rules(language: str = "en") -> list[tuple[re.Pattern, dict]]:
    data = language_table("actors.v1.json", language)
    return [(re.compile(r["pattern"]), r) for r in data["rules"]]


def country_name(iso: str | None) -> str | None:
    if not iso:
        return None
    c = pycountry.countries.get(alpha_2=iso)
    return getattr(c, "common_name", None) or (c.name if c else None)


CROWDS = ("Protests", "Riots")            # the only events where civilians may be actor1
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
CIVILIANS, UNIDENTIFIED = 7, 3


def find_actors(sentence: str, country: str | None, event_type: str | None = None,
                language: str = "en") -> tuple[Actor, ...]:
    """Actors named in `sentence`, by role as the ACLED codebook gives them: actor1 the side
    that acted (the first armed actor named), actor2 the other side (civilians first in violence
    against civilians, another armed actor first elsewhere), then associates. Civilians are never
    actor1 outside riots and protests: they are actor2, and a violent event that names no one
    else gets an unidentified armed group of the country as actor1 (interaction 37).

    `country` (ISO alpha-2) is where the event happened; generic actors ("police",
    "civilians") are named after it, and are left out when it is unknown. `event_type`: the
    event's ACLED type (None: roles by order of mention).
    """
    found: list[tuple[int, str, str | None, int]] = []
    taken: list[tuple[int, int]] = []
    cname = country_name(country)
    for pattern, rule in _rules(language):
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
    named = [(n, s, inter) for _, n, s, inter in found]
    if event_type is None or event_type in CROWDS:
        return _with_roles(named[:4], ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"))
    civilians = [a for a in named if a[2] == CIVILIANS]
    armed = [a for a in named if a[2] != CIVILIANS]
    if civilians and not armed and event_type in VIOLENT and cname is not None:
        armed = [(f"Unidentified Armed Group ({cname})", None, UNIDENTIFIED)]
    if not armed:
        return _with_roles(civilians[:2], ("actor2", "assoc_actor_2"))
    targets = civilians + armed[1:] if event_type == "Violence against civilians" else armed[1:] + civilians
    first, second = armed[0], (targets or [None])[0]
    rest = [a for a in armed[1:] + civilians if a is not second]
    pairs = [(first, "actor1")] + ([(second, "actor2")] if second else [])
    pairs += list(zip(rest, ("assoc_actor_1", "assoc_actor_2")))
    return tuple(Actor(name=n, side=s, role=role, inter=inter) for (n, s, inter), role in pairs)


def _with_roles(named: list[tuple[str, str | None, int]], roles: tuple[str, ...]) -> tuple[Actor, ...]:
    return tuple(Actor(name=n, side=s, role=r, inter=inter) for (n, s, inter), r in zip(named, roles))


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (1 and 2 -> 12; state forces
    against civilians 17, an unidentified armed group against civilians 37; alone -> 10 * code)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
