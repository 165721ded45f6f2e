"""Conflict episodes: which reports are about the same fighting.

A report's *parties* are the countries it is mostly about, weighed from its claims (the
victims' side, the claim's place, the reporter's side) and its events (the place, the actors'
sides). Two reports belong to one episode when they share a party and were published within
WINDOW_DAYS of each other (chained: a day-by-day story stays one episode). The episode id is
built from its countries and the month it started ("kg-tj-2022-09"), so it does not depend on
the order reports arrive.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..models import Reading

WINDOW_DAYS = 14
MAX_PARTIES = 2
_ISO2 = re.compile(r"^[A-Z]{2}$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class Conflict:
    id: str
    name: str
    countries: tuple[str, ...]
    start: date | None
    end: date | None
    sides: tuple[str, ...] = ()   # every side seen, countries and armed groups

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "countries": list(self.countries),
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "sides": list(self.sides)}


def reading_date(r: Reading) -> date | None:
    """When a report speaks: its publication date, else the latest date its claims or events give."""
    if r.article.published:
        return r.article.published
    seen = [c.period.end or c.period.start for c in r.claims if not c.historical]
    seen += [e.date.end or e.date.start for e in r.events]
    seen = [d for d in seen if d]
    return max(seen) if seen else None


def sides_weights(r: Reading) -> Counter:
    """How strongly a report points at each side (ISO2 countries and armed-group ids)."""
    w: Counter = Counter()
    for c in r.claims:
        if c.historical:
            continue
        if c.victims.side:
            w[c.victims.side] += 2
        if c.location and c.location.country:
            w[c.location.country.upper()] += 2
        if c.reported_by.side:
            w[c.reported_by.side] += 1
    for e in r.events:
        if e.location and e.location.country:
            w[e.location.country.upper()] += 1
        for a in e.actors:
            if a.side:
                w[a.side] += 1
    return w


def parties(r: Reading) -> tuple[str, ...]:
    """The (at most two) countries a report is mostly about, ties broken alphabetically."""
    w = sides_weights(r)
    ranked = sorted((k for k in w if _ISO2.match(k)), key=lambda k: (-w[k], k))
    return tuple(sorted(ranked[:MAX_PARTIES]))


def country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def _month_span(start: date | None, end: date | None) -> str:
    if start is None:
        return "undated"
    if end is None or (start.year, start.month) == (end.year, end.month):
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}"
    return f"{_MONTHS[start.month - 1]} {start.year}–{_MONTHS[end.month - 1]} {end.year}"


class _Union:
    def __init__(self, keys: Iterable[str]):
        self.parent = {k: k for k in keys}

    def find(self, a: str) -> str:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: str, b: str) -> None:
        ra, rb = sorted((self.find(a), self.find(b)))
        if ra != rb:
            self.parent[rb] = ra


def link_conflicts(readings: list[Reading]) -> tuple[dict[str, str], dict[str, Conflict]]:
    """Group readings (one per article id) into episodes.

    Returns ({article id: conflict id}, {conflict id: Conflict}).
    """
    by_id = {r.article.id: r for r in readings}
    when = {i: reading_date(r) for i, r in by_id.items()}
    party = {i: parties(r) for i, r in by_id.items()}
    u = _Union(by_id)
    per_country: dict[str, list[str]] = defaultdict(list)
    for i, ps in party.items():
        for p in ps:
            per_country[p].append(i)
    for ids in per_country.values():
        dated = sorted((when[i], i) for i in ids if when[i])
        for (d0, a), (d1, b) in zip(dated, dated[1:]):
            if (d1 - d0).days <= WINDOW_DAYS:
                u.union(a, b)
        undated = sorted(i for i in ids if not when[i])
        anchor = dated[0][1] if dated else (undated[0] if undated else None)
        for i in undated:
            u.union(anchor, i)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in by_id:
        groups[u.find(i)].append(i)
    return _name_groups(groups, by_id, when, party)


def _name_groups(groups, by_id, when, party):
    drafts = []
    for members in groups.values():
        countries = sorted({p for i in members for p in party[i]})
        dates = sorted(when[i] for i in members if when[i])
        start, end = (dates[0], dates[-1]) if dates else (None, None)
        sides = Counter()
        for i in members:
            sides.update(sides_weights(by_id[i]))
        if countries:
            stem = "-".join(c.lower() for c in countries)
            name = "–".join(country_name(c) for c in countries)
        else:
            stem, name = "unplaced", "Unplaced reports"
        stamp = f"{start.year:04d}-{start.month:02d}" if start else "undated"
        drafts.append((stem, stamp, start or date.min, min(members), members, countries,
                       name, start, end, tuple(sorted(sides))))
    assignment: dict[str, str] = {}
    conflicts: dict[str, Conflict] = {}
    seen: Counter = Counter()
    for stem, stamp, _s, _m, members, countries, name, start, end, sides in sorted(
            drafts, key=lambda d: (d[0], d[2], d[3])):
        base = f"{stem}-{stamp}"
        seen[base] += 1
        cid = base if seen[base] == 1 else f"{base}-{seen[base]}"
        conflicts[cid] = Conflict(cid, f"{name}, {_month_span(start, end)}", tuple(countries),
                                  start, end, sides)
        for i in members:
            assignment[i] = cid
    return assignment, conflicts
