"""Conflict episodes: which reports are about the same fighting.

A report's *parties* are the countries it is mostly about, weighed from its claims (the
victims' side, the claim's place, the reporter's side) and its events (the place, the actors'
sides): the first, and a second when it weighs at least MIN_SHARE of the first.

Episodes are keyed by their pair of countries, so a report about other countries can never
bridge two episodes (Kyrgyzstan–Tajikistan and Armenia–Azerbaijan the same week stay two):
- reports naming the same two parties, published within WINDOW_DAYS of each other, are one
  episode (chained: a day-by-day story stays one episode);
- a report naming one party joins the episode of a pair with that country whose nearest report
  is within WINDOW_DAYS (nearest first, then the pair's name); else reports of that one
  country chain into an episode of their own;
- a report naming no country stays alone ("Unplaced reports");
- an undated report (no publication date given or found) joins no episode: `tollwatch
  conflicts --undated` lists it until it is given a date (`ingest --published`).
The episode id is built from its countries and the month it started ("kg-tj-2022-09"), so it
does not depend on the order reports arrive.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from ..models import Reading
from .groups import UnionFind

WINDOW_DAYS = 14
MAX_PARTIES = 2
MIN_SHARE = 0.15     # a second country is a party when it weighs this share of the first
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
    """When a report speaks: its publication date, given or read at extraction from its own
    dateline or current events (extract/events/dates.py); None for an undated report, which is
    kept out of every episode (episodes.py). Its claims' and events' dates are not used: in an
    undated report they may come from a historical mention ("the April 2021 clashes")."""
    return r.article.published


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


def parties(r: Reading, w: Counter | None = None) -> tuple[str, ...]:
    """The (at most two) countries a report is mostly about, ties broken alphabetically; a
    country named in passing (under MIN_SHARE of the first's weight) is no party. `w`: the
    report's `sides_weights`, when already known."""
    w = sides_weights(r) if w is None else w
    ranked = sorted((k for k in w if _ISO2.match(k)), key=lambda k: (-w[k], k))
    kept = [k for k in ranked[:MAX_PARTIES] if w[k] >= MIN_SHARE * w[ranked[0]]]
    return tuple(sorted(kept))


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


def _chain(ids: list[str], when: dict, u: UnionFind) -> None:
    """Union reports published within WINDOW_DAYS of the previous one; undated ones join the
    earliest dated (else the first undated) report."""
    dated = sorted((when[i], i) for i in ids if when[i])
    for (d0, a), (d1, b) in zip(dated, dated[1:]):
        if (d1 - d0).days <= WINDOW_DAYS:
            u.union(a, b)
    undated = sorted(i for i in ids if not when[i])
    anchor = dated[0][1] if dated else (undated[0] if undated else None)
    for i in undated:
        u.union(anchor, i)


class _PairIndex:
    """The reports of two-party episodes by country, for single-party reports to join."""

    def __init__(self, per_pair: dict[tuple, list[str]], when: dict) -> None:
        first: dict[str, dict] = defaultdict(dict)     # country -> {date: smallest id}
        undated: dict[str, list[str]] = defaultdict(list)
        for ps, ids in per_pair.items():
            for p in ps:
                for i in ids:
                    d = when[i]
                    if d is None:
                        undated[p].append(i)
                    elif i < first[p].get(d, "\uffff"):
                        first[p][d] = i
        self.first = first
        self.days = {p: sorted(ds) for p, ds in first.items()}
        self.undated = {p: min(ids) for p, ids in undated.items()}

    def nearest(self, country: str, d) -> str | None:
        """The report nearest in time (within WINDOW_DAYS; ties: the earlier day, then the
        smaller id); an undated report joins the earliest."""
        days = self.days.get(country)
        if not days:
            return self.undated.get(country) if d is None else None
        if d is None:
            return self.first[country][days[0]]
        k = bisect_left(days, d)
        near = [days[j] for j in (k - 1, k) if 0 <= j < len(days)]
        gap, day = min((abs((x - d).days), x) for x in near)
        return self.first[country][day] if gap <= WINDOW_DAYS else None


def link_conflicts(readings: list[Reading], weights: dict[str, Counter] | None = None
                   ) -> tuple[dict[str, str], dict[str, Conflict]]:
    """Group readings (one per article id) into episodes; `weights`: {article id:
    sides_weights}, when already known.

    Returns ({article id: conflict id}, {conflict id: Conflict}).
    """
    by_id = {r.article.id: r for r in readings}
    weights = weights or {}
    weights = {i: weights.get(i) or sides_weights(r) for i, r in by_id.items()}
    when = {i: reading_date(r) for i, r in by_id.items()}
    party = {i: parties(r, weights[i]) for i, r in by_id.items()}
    u = UnionFind({k: k for k in by_id})
    per_pair: dict[tuple, list[str]] = defaultdict(list)
    singles: dict[str, list[str]] = defaultdict(list)
    for i, ps in party.items():
        if len(ps) == 2:
            per_pair[ps].append(i)
        elif ps:
            singles[ps[0]].append(i)
    for ids in per_pair.values():
        _chain(ids, when, u)
    index = _PairIndex(per_pair, when)
    for country, ids in singles.items():
        alone = []
        for i in ids:
            near = index.nearest(country, when[i])
            if near is None:
                alone.append(i)
            else:
                u.union(near, i)
        _chain(alone, when, u)
    groups: dict[str, list[str]] = defaultdict(list)
    for i in by_id:
        groups[u.find(i)].append(i)
    return _name_groups(groups, weights, when, party)


def _name_groups(groups, weights, when, party):
    drafts = []
    for members in groups.values():
        countries = sorted({p for i in members for p in party[i]})
        dates = sorted(when[i] for i in members if when[i])
        start, end = (dates[0], dates[-1]) if dates else (None, None)
        sides = Counter()
        for i in members:
            sides.update(weights[i])
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
