"""Killed per incident, adding up to the reconciled toll: rules `apportion.v2`.

For one conflict and one measure (low, best, high), from the same ledger the toll is read from:
1. an incident's own figure (the largest latest figure for that place and day, as the toll
   counts it; for that place, day and event-type family where a report tells incidents of
   different types apart there: `incidents.apart_by_type`) stays with the incident its
   claims belong to: *stated*. Two incidents of different types at one place and day (a
   shelling with 9 killed, an attack on a bus with 3) each keep their own figure;
2. what a side's toll holds beyond its incidents' figures is shared over that side's violent
   incidents in the period of its figures (incidents where it had victims, fought, or which
   took place in its country; summaries only when there is nothing else): equal shares, the units left over going one each to the
   earliest incidents: *apportioned*; with no such incident it is a row of its own: *aggregate*;
3. victims of unknown side: what the conflict's total holds beyond the known sides' tolls
   (the same floor rule as the toll). Unknown-side incident figures keep their own figure up to
   that amount (earliest first; beyond it they are taken as inside the sides' tolls), the rest
   is shared over all violent incidents in the period of the totals, else an aggregate row.
Updates, restatements, adversaries' claims and historical figures never reach the ledger, so
they never add deaths. The best figures of all rows add up to the conflict's best toll, and by
side to the side tolls; a row's low and high are clamped so that low <= best <= high.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .incidents import Incident
from .provenance import Report
from .series import MEASURES, OPEN, UNKNOWN_SIDE, Ledger

RULES = "apportion.v2"
CATEGORY = "killed"


@dataclass
class Deaths:
    """The killed of one row: low / best / high, and the best by (side, civilians?)."""
    low: float = 0
    best: float = 0
    high: float = 0
    by_side: dict = field(default_factory=lambda: defaultdict(int))
    stated: int = 0
    apportioned: int = 0

    def range(self) -> tuple[int, int, int | None]:
        best = int(self.best)
        high = None if self.high == OPEN else int(max(self.high, best))
        return int(min(self.low, best)), best, high


def _civilian(claims) -> bool:
    claims = list(claims)
    return bool(claims) and all("civilian" in (c.victims.group or "").lower() for c in claims)


def _shares(amount: float, n: int) -> list[float]:
    if amount == OPEN:
        return [OPEN] * n
    base, extra = divmod(int(amount), n)
    return [base + (1 if k < extra else 0) for k in range(n)]


def _period(reports: list[Report]) -> tuple[date, date] | None:
    starts = [p.claim.period.start or p.claim.period.end for p in reports]
    ends = [p.claim.period.end or p.claim.period.start for p in reports]
    starts, ends = [d for d in starts if d], [d for d in ends if d]
    return (min(starts), max(ends)) if starts else None


def _in_period(inc: Incident, period: tuple[date, date] | None) -> bool:
    d = inc.event.date
    start, end = d.start or d.end, d.end or d.start
    return period is None or start is None or not (end < period[0] or period[1] < start)


def touches(inc: Incident, side: str) -> bool:
    """The side had victims in the incident, fought in it, or it took place in its country."""
    for m in inc.members:
        ids = set(m.event.claims)
        if any(c.id in ids and c.victims.side == side and not c.historical for c in m.reading.claims):
            return True
        if m.event.location and m.event.location.country == side:
            return True
        if any(a.side == side for a in m.event.actors):
            return True
    return False


class _Book:
    def __init__(self, incidents: list[Incident]) -> None:
        self.rows: dict[str, Deaths] = defaultdict(Deaths)
        self.aggregate: dict[str, Deaths] = defaultdict(Deaths)
        self.order = {inc.id: n for n, inc in enumerate(
            sorted(incidents, key=lambda i: (i.event.date.start or date.max, i.id)))}

    def put(self, deaths: Deaths, measure: str, value: float, side: str, civ: bool,
            how: str) -> None:
        setattr(deaths, measure, getattr(deaths, measure) + value)
        if measure == "best":
            deaths.by_side[(side, civ)] += int(value)
            setattr(deaths, how, getattr(deaths, how) + int(value))


def apportion(incidents: list[Incident], reports: list[Report], ledgers: dict[str, Ledger]
              ) -> tuple[dict[str, Deaths], dict[str, Deaths]]:
    """({incident id: Deaths}, {side: Deaths of an aggregate row}) for one conflict."""
    where: dict[tuple[str, str], str] = {}
    for inc in incidents:
        for m in inc.members:
            for cid in m.event.claims:
                where[(m.reading.article.id, cid)] = inc.id
    counted = [p for p in reports if p.role == "counted" and p.claim.category == CATEGORY]
    votes: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_key: dict[tuple, list[Report]] = defaultdict(list)
    for p in counted:
        if p.kind == "incident":
            key = (p.side or UNKNOWN_SIDE, p.incident)
            by_key[key].append(p)
            inc = where.get((p.article, p.claim.id))
            if inc:
                votes[key][inc] += 1
    home = {k: min(v, key=lambda i: (-v[i], i)) for k, v in votes.items()}
    violent = [i for i in incidents if i.violent]
    book = _Book(incidents)
    for measure in MEASURES:
        _measure(book, measure, ledgers[measure], counted, by_key, home, violent)
    return dict(book.rows), dict(book.aggregate)


def _measure(book: _Book, measure: str, ledger: Ledger, counted: list[Report], by_key, home,
             violent: list[Incident]) -> None:
    total, sides, _ = ledger.figure(CATEGORY, add_unknown=measure == "high")
    known = {s: v for s, v in sides.items() if s != UNKNOWN_SIDE}
    known_sum = sum(known.values())
    for side in [*sorted(known), UNKNOWN_SIDE]:
        stated = []
        for (cat, s, key), entries in ledger.incident.items():
            if cat != CATEGORY or s != side:
                continue
            value = max((v for _d, v in entries.values()), default=0)
            stated.append((home.get((s, key)), value, _civilian(p.claim for p in by_key[(s, key)])))
        stated.sort(key=lambda t: (t[0] is None, book.order.get(t[0], 0)))
        if side == UNKNOWN_SIDE:
            room = 0 if known_sum == OPEN else total - known_sum
            mine = [p for p in counted if p.kind == "total" or p.side is None]
        else:
            room = known[side]
            mine = [p for p in counted if p.side == side]
        left = room
        for inc, value, civ in stated:
            if inc is None:
                continue    # a figure no event carries is shared like the side's own figure
            take = value if side != UNKNOWN_SIDE else min(value, left)
            if take == OPEN and left == OPEN:
                left = 0
            elif take != OPEN:
                left -= take
            book.put(book.rows[inc], measure, take, side, civ, "stated")
        if left <= 0:
            continue
        period = _period(mine)
        civ = _civilian(p.claim for p in mine if p.kind == "side")
        share_in = [i for i in violent if _in_period(i, period)
                    and (side == UNKNOWN_SIDE or touches(i, side))]
        share_in = [i for i in share_in if not i.summary] or share_in
        share_in.sort(key=lambda i: book.order[i.id])
        if not share_in:
            book.put(book.aggregate[side], measure, left, side, civ, "apportioned")
            continue
        for inc, value in zip(share_in, _shares(left, len(share_in))):
            if value:
                book.put(book.rows[inc.id], measure, value, side, civ, "apportioned")
