"""What the analyst's window sees: the store's readings, linked into conflicts, indexed once.

The store is the truth; a `View` is an in-memory picture of it, rebuilt when the store's
article count changes (a write through the API, or `tollwatch ingest` in another process).
Conflicts and tolls come from the resolve layer (pure functions), so the API and the CLI
agree on every figure.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from ..models import Reading
from ..resolve import assign_conflicts, reconcile


def claim_row(reading: Reading, claim, conflict_id: str | None) -> dict[str, Any]:
    """A claim as the API lists it: the contract's claim plus where it was read."""
    row = claim.to_dict()
    a = reading.article
    row.update(article_id=a.id, article_title=a.title, conflict=conflict_id,
               published=a.published.isoformat() if a.published else None)
    return row


def event_row(reading: Reading, event, conflict_id: str | None) -> dict[str, Any]:
    row = event.to_dict()
    a = reading.article
    row.update(article_id=a.id, conflict=conflict_id,
               published=a.published.isoformat() if a.published else None)
    return row


def claim_day(row: dict[str, Any]) -> str | None:
    """The day a claim speaks for: the end of its period, else the article's date."""
    return (row.get("period") or {}).get("end") or row.get("published")


BAND_DAYS = 12  # each day of the band is one reconciliation of the conflict's reports


def sample_days(days: list[date], most: int = BAND_DAYS) -> list[date]:
    """At most `most` days, evenly spread, always keeping the first and the last."""
    if len(days) <= most:
        return days
    step = (len(days) - 1) / (most - 1)
    return sorted({days[round(i * step)] for i in range(most)})


@dataclass
class View:
    readings: dict[str, Reading]
    conflict_of: dict[str, str]
    claims: list[dict[str, Any]]
    events: list[dict[str, Any]]
    claim_index: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _tolls: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)
    _memo: dict[Any, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, readings: list[Reading]) -> "View":
        by_id = {r.article.id: r for r in readings}
        conflict_of = assign_conflicts(list(by_id.values())) if by_id else {}
        claims, events = [], []
        for r in by_id.values():
            cid = conflict_of.get(r.article.id)
            claims.extend(claim_row(r, c, cid) for c in r.claims)
            events.extend(event_row(r, e, cid) for e in r.events)
        index = {(row["article_id"], row["id"]): row for row in claims}
        return cls(by_id, conflict_of, claims, events, index)

    def tolls(self, as_of: date | None = None) -> list[dict[str, Any]]:
        """The reconciled toll of every conflict (contract shape), as it stood on `as_of`."""
        with self._lock:
            if as_of not in self._tolls:
                if len(self._tolls) > 256:  # any day can be asked for; keep the cache bounded
                    self._tolls.clear()
                found = reconcile(list(self.readings.values()), as_of=as_of) if self.readings else []
                self._tolls[as_of] = [t.to_dict() for t in found]
            return self._tolls[as_of]

    def toll(self, conflict_id: str, as_of: date | None = None) -> dict[str, Any] | None:
        return next((t for t in self.tolls(as_of) if t["conflict"]["id"] == conflict_id), None)

    def band(self, conflict_id: str, category: str = "killed") -> list[dict[str, Any]]:
        """The toll by side (low/best/high) as it stood on each day a report came in."""
        key = ("band", conflict_id, category)
        with self._lock:
            cached = self._tolls.get(key)
        if cached is not None:
            return cached
        mine = [r for aid, r in self.readings.items() if self.conflict_of.get(aid) == conflict_id]
        days = sample_days(sorted({r.article.published for r in mine if r.article.published}))
        points = []
        for day in days:
            # the conflict's own reports suffice: no need to reconcile every other conflict
            found = [t.to_dict() for t in reconcile(mine, as_of=day)]
            toll = next((t for t in found if t["conflict"]["id"] == conflict_id),
                        found[0] if len(found) == 1 else None)
            figures = (toll or {}).get(category) or {}
            sides = dict(figures.get("by_side") or {})
            sides["all"] = {k: figures.get(k) for k in ("low", "best", "high")}
            for side, rng in sides.items():
                points.append({"date": day.isoformat(), "side": side,
                               **{k: rng.get(k) for k in ("low", "best", "high")}})
        with self._lock:
            self._tolls[key] = points
        return points


    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """A result computed once per View (the store has not changed since); bounded."""
        with self._lock:
            if key in self._memo:
                return self._memo[key]
        value = compute()
        with self._lock:
            if len(self._memo) > 512:
                self._memo.clear()
            self._memo[key] = value
        return value


class ViewCache:
    """One View per version of the store; the version is the store's row counts.

    The counts are asked at most once every `recheck` seconds: a write through the API
    invalidates at once, another process's ingest shows within that delay.
    """

    def __init__(self, store, recheck: float = 1.0):
        self.store = store
        self.recheck = recheck
        self._view: View | None = None
        self._version: Any = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def current(self) -> View:
        with self._lock:
            if self._view is not None and time.monotonic() - self._checked < self.recheck:
                return self._view
            version = self.store.count()
            if self._view is None or version != self._version:
                self._view = View.build(list(self.store.readings()))
                self._version = version
            self._checked = time.monotonic()
            return self._view

    def invalidate(self) -> None:
        with self._lock:
            self._view = None
