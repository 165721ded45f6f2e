"""Which reports count, and in which episode: one reading per article, near-duplicates mapped
to their canonical article, canonical articles linked into conflict episodes.

An undated report (no publication date given or found at extraction) joins no episode and
no toll: `Episodes.undated` lists it (`tollwatch conflicts --undated`).

Linking looks at every dated report whatever the `as_of`, so a conflict keeps its id on any day; the
result (`Episodes`) can be computed once and reused for every `as_of` (the server does).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..models import Reading
from .conflicts import Conflict, link_conflicts, parties, reading_date, sides_weights
from .dedupe import canonical_articles
from .pauses import collector_paused


@dataclass(frozen=True)
class Episodes:
    readings: tuple[Reading, ...]      # one per article id, by id
    canonical: dict[str, str]          # article id -> canonical article id
    assignment: dict[str, str]         # canonical article id -> conflict id
    conflicts: dict[str, Conflict]     # conflict id -> Conflict
    undated: tuple[Reading, ...] = ()  # readings with no date, by id: kept out of every episode

    def conflict_of(self) -> dict[str, str]:
        """{article id: conflict id}; near-duplicates go with their canonical article."""
        return {i: self.assignment[c] for i, c in self.canonical.items()}


def unique_readings(readings: Iterable[Reading]) -> list[Reading]:
    """One reading per article id (the same article stored twice counts once): the one with
    more claims, then the larger text hash, whatever the order."""
    chosen: dict[str, Reading] = {}
    for r in readings:
        old = chosen.get(r.article.id)
        if old is None or (len(r.claims), r.article.hash) > (len(old.claims), old.article.hash):
            chosen[r.article.id] = r
    return [chosen[k] for k in sorted(chosen)]


def link_episodes(readings: Iterable[Reading]) -> Episodes:
    with collector_paused():
        return _link(readings)


def _link(readings: Iterable[Reading]) -> Episodes:
    rs = unique_readings(readings)
    undated = tuple(r for r in rs if reading_date(r) is None)
    rs = [r for r in rs if reading_date(r) is not None]
    weights = {r.article.id: sides_weights(r) for r in rs}
    about = {r.article.id: parties(r, weights[r.article.id]) for r in rs}
    canon = canonical_articles((r.article for r in rs), about)
    assignment, conflicts = link_conflicts(
        [r for r in rs if canon[r.article.id] == r.article.id], weights)
    return Episodes(tuple(rs), canon, assignment, conflicts, undated)


def assign_conflicts(readings: Iterable[Reading]) -> dict[str, str]:
    """{article id: conflict id}; near-duplicates go with their canonical article."""
    return link_episodes(readings).conflict_of()


def published_by(r: Reading, as_of: date | None) -> bool:
    d = reading_date(r)
    return as_of is None or (d is not None and d <= as_of)
