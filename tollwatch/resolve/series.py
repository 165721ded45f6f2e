"""Evolving figures: each source's latest word, the toll they add up to, and how it grew.

A `Ledger` keeps, for one measure (low, best or high), the latest figure of every source for
every set of victims: the conflict's total, each side's toll, each incident of a side. Figures
are fed in publication order; a source's later figure supersedes its earlier one, an older
report fed later is ignored, and two figures of one source on one day keep the larger. From
the ledger the toll of a category is:

    side     = max(largest latest figure of any source for the side, sum of the side's incidents)
    incident = largest latest figure of any source for the incident
    total    = max(largest latest stated total, sum of the sides)

where figures for victims of unknown side count as a floor, not added (they may be some of the
known sides' victims), except for the high, where they are added.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

OPEN = float("inf")    # an open-ended high ("at least 81")
UNKNOWN_SIDE = "unknown"


@dataclass(frozen=True)
class Entry:
    """One report's figure, ready for the ledger."""
    category: str
    kind: str                   # total | side | incident
    side: str | None            # None only for kind total
    incident: tuple | None      # (date, place) for kind incident
    source: str
    date: date
    value: float


def _latest(book: dict, source: str, when: date, value: float) -> bool:
    """Record `value` as the source's latest word; True when the book changed."""
    old = book.get(source)
    if old is None or when > old[0] or (when == old[0] and value > old[1]):
        book[source] = (when, value)
        return old is None or old[1] != value
    return False


def _top(book: dict) -> float:
    return max((v for _d, v in book.values()), default=0)


class Ledger:
    def __init__(self) -> None:
        self.total: dict[str, dict] = defaultdict(dict)
        self.side: dict[tuple, dict] = defaultdict(dict)
        self.incident: dict[tuple, dict] = defaultdict(dict)
        self.incident_sum: dict[tuple, float] = defaultdict(float)
        self.incident_open: dict[tuple, int] = defaultdict(int)
        self.sides: dict[str, set] = defaultdict(set)

    def add(self, e: Entry) -> None:
        if e.kind == "total":
            _latest(self.total[e.category], e.source, e.date, e.value)
            return
        side = e.side or UNKNOWN_SIDE
        self.sides[e.category].add(side)
        if e.kind == "side":
            _latest(self.side[(e.category, side)], e.source, e.date, e.value)
            return
        book = self.incident[(e.category, side, e.incident)]
        before = _top(book)
        if _latest(book, e.source, e.date, e.value):
            after, key = _top(book), (e.category, side)
            # open incidents are counted apart: inf - inf would poison the sum
            self.incident_open[key] += (after == OPEN) - (before == OPEN)
            self.incident_sum[key] += (0 if after == OPEN else after) - \
                (0 if before == OPEN else before)

    def by_side(self, category: str) -> dict[str, float]:
        return {s: max(_top(self.side.get((category, s), {})), self._incidents(category, s))
                for s in sorted(self.sides.get(category, ()))}

    def _incidents(self, category: str, side: str) -> float:
        if self.incident_open.get((category, side), 0):
            return OPEN
        return self.incident_sum.get((category, side), 0)

    def figure(self, category: str, *, add_unknown: bool = False
               ) -> tuple[float, dict[str, float], str]:
        """(total, {side: figure}, which rule gave the total).

        Figures whose victims' side is unknown may be some of the known sides' victims: they
        are a floor (max) for low and best, and added only for high (`add_unknown`)."""
        sides = self.by_side(category)
        stated = _top(self.total.get(category, {}))
        known = sum(v for s, v in sides.items() if s != UNKNOWN_SIDE)
        unknown = sides.get(UNKNOWN_SIDE, 0)
        summed = known + unknown if add_unknown else max(known, unknown)
        rule = "sum-of-sides" if summed > stated else "stated-total"
        return max(stated, summed), sides, rule

    def current(self, kind: str, category: str, side: str | None, incident) -> dict:
        """{source: (date, value)} latest figures for one set of victims."""
        if kind == "total":
            return self.total.get(category, {})
        side = side or UNKNOWN_SIDE
        if kind == "side":
            return self.side.get((category, side), {})
        return self.incident.get((category, side, incident), {})


def bounded(low: float, best: float, high: float) -> tuple[int | None, int | None, int | None]:
    """low <= best <= high as integers; an open high is None."""
    top = max(high, best)
    return int(min(low, best)), int(best), None if top == OPEN else int(top)


MEASURES = ("low", "best", "high")


def _band_rows(ledgers: dict[str, Ledger], cat: str) -> list[tuple]:
    lt, lsides, _ = ledgers["low"].figure(cat)
    bt, bsides, _ = ledgers["best"].figure(cat)
    ht, hsides, _ = ledgers["high"].figure(cat, add_unknown=True)
    rows = [("all", *bounded(lt, bt, ht))]
    for s in sorted(set(bsides) | set(hsides)):
        rows.append((s, *bounded(lsides.get(s, 0), bsides.get(s, 0), hsides.get(s, 0))))
    return rows


def timeline(entries: dict[str, list[Entry]]) -> tuple[dict[str, Ledger], list[dict], list[dict]]:
    """One pass over the figures (low, best and high entries) in publication order.

    Returns the ledgers as they stand at the end, the series (the best toll per category and
    side, None = all sides, on each day it changed) and the band: low / best / high per
    category and side ("all" = every side) at the end of each day a report came in, every
    category seen so far giving a point for "all" and each side seen so far, so a chart can
    draw each side as a band from day to day."""
    ledgers = {m: Ledger() for m in MEASURES}
    tagged = sorted(((e.date, m, e) for m in MEASURES for e in entries.get(m, ())),
                    key=lambda t: t[0])
    shown: dict[tuple, float] = {}
    rows: dict[str, list[tuple]] = {}
    series: list[dict] = []
    band: list[dict] = []
    i = 0
    while i < len(tagged):
        day = tagged[i][0]
        touched = set()
        while i < len(tagged) and tagged[i][0] == day:
            _d, measure, e = tagged[i]
            ledgers[measure].add(e)
            touched.add(e.category)
            i += 1
        day_str = None if day == date.min else day.isoformat()
        for cat in sorted(touched):
            total, sides, _rule = ledgers["best"].figure(cat)
            for side, value in [(None, total), *sides.items()]:
                if side != UNKNOWN_SIDE and shown.get((cat, side), 0) != value:
                    shown[(cat, side)] = value
                    series.append({"date": day_str, "category": cat, "side": side,
                                   "best": int(value)})
            rows[cat] = _band_rows(ledgers, cat)
        if day_str is None:
            continue
        for cat in sorted(rows):
            band.extend({"date": day_str, "category": cat, "side": side, "low": lo, "best": be,
                         "high": hi} for side, lo, be, hi in rows[cat])
    return ledgers, series, band
