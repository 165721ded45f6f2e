"""What the analyst's window sees: the store's readings, linked into conflicts, indexed once.

The store is the truth; a `View` is an in-memory picture of it, rebuilt when the store's
article count changes (a write through the API, or `tollwatch ingest` in another process).
What a View computes (tolls, the band, rendered JSON and pages) is kept until the next View:
the store has not changed, so neither has the answer.
Conflicts and tolls come from the resolve layer (pure functions), so the API and the CLI
agree on every figure.
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from ..models import Reading
from ..resolve import Episodes, link_episodes, reconcile


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


RENDERED_BYTES = 64 * 1024 * 1024  # rendered answers kept per View (then dropped, recomputed)


def json_bytes(obj: Any) -> bytes:
    """JSON as FastAPI writes it (UTF-8, compact), rendered once and kept."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


@dataclass
class View:
    readings: dict[str, Reading]
    conflict_of: dict[str, str]
    claims: list[dict[str, Any]]
    events: list[dict[str, Any]]
    claim_index: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    episodes: Episodes | None = None
    _tolls: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)
    _memo: dict[Any, Any] = field(default_factory=dict)
    _rendered: dict[Any, bytes] = field(default_factory=dict)
    _rendered_bytes: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, readings: list[Reading]) -> "View":
        by_id = {r.article.id: r for r in readings}
        episodes = link_episodes(by_id.values()) if by_id else None
        conflict_of = episodes.conflict_of() if episodes else {}
        claims, events = [], []
        for r in by_id.values():
            cid = conflict_of.get(r.article.id)
            claims.extend(claim_row(r, c, cid) for c in r.claims)
            events.extend(event_row(r, e, cid) for e in r.events)
        index = {(row["article_id"], row["id"]): row for row in claims}
        return cls(by_id, conflict_of, claims, events, index, episodes)

    def tolls(self, as_of: date | None = None) -> list[dict[str, Any]]:
        """The reconciled toll of every conflict (contract shape), as it stood on `as_of`."""
        with self._lock:
            if as_of not in self._tolls:
                if len(self._tolls) > 256:  # any day can be asked for; keep the cache bounded
                    self._tolls.clear()
                found = reconcile((), as_of=as_of, episodes=self.episodes) if self.episodes else []
                self._tolls[as_of] = [t.to_dict() for t in found]
            return self._tolls[as_of]

    def toll(self, conflict_id: str, as_of: date | None = None) -> dict[str, Any] | None:
        return next((t for t in self.tolls(as_of) if t["conflict"]["id"] == conflict_id), None)

    def band(self, conflict_id: str, category: str = "killed",
             as_of: date | None = None) -> list[dict[str, Any]]:
        """The toll by side (low/best/high) at the end of each day a report came in: the
        reconciler's band (one pass over the conflict's figures), for one category."""
        toll = self.toll(conflict_id, as_of) or {}
        return [{k: p[k] for k in ("date", "side", "low", "best", "high")}
                for p in toll.get("band") or [] if p["category"] == category]

    def rendered(self, key: Any, render: Callable[[], bytes]) -> bytes:
        """An answer's bytes, rendered once per View (per store state); bounded in bytes."""
        with self._lock:
            if key in self._rendered:
                return self._rendered[key]
        body = render()
        with self._lock:
            self._rendered_bytes += len(body)
            if self._rendered_bytes > RENDERED_BYTES:
                self._rendered.clear()
                self._rendered_bytes = len(body)
            self._rendered[key] = body
        return body

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
