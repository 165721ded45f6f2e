"""The rows every export writes: one per incident (events of many reports as one), plus one per
side whose deaths no event carries, with killed apportioned so that they add up to the toll.

Rules: `incidents.v2` (resolve/incidents.py) and `apportion.v2` (resolve/apportion.py);
docs/EXPORTS.md gives both with a worked example.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from ..errors import NotFound
from ..models import Reading
from ..resolve.apportion import Deaths, apportion
from ..resolve.conflicts import Conflict, reading_date
from ..resolve.episodes import Episodes, link_episodes, published_by
from ..resolve.incidents import Incident, Member, group_incidents
from ..resolve.pauses import collector_paused
from ..resolve.reconcile import conflict_reports, ledgers_of


@dataclass(frozen=True)
class EventRow:
    conflict: Conflict
    incident: Incident | None      # None: an aggregate row
    side: str | None               # an aggregate row's side ("unknown" for the rest of a total)
    deaths: Deaths
    as_of: date | None

    @property
    def basis(self) -> str:
        """stated | apportioned | stated+apportioned | aggregate | none (no deaths)."""
        if self.incident is None:
            return "aggregate"
        parts = [w for w, n in (("stated", self.deaths.stated),
                                ("apportioned", self.deaths.apportioned)) if n]
        return "+".join(parts) or "none"

    @property
    def killed(self) -> tuple[int, int, int | None]:
        return self.deaths.range()

    def deaths_by_side(self) -> dict[str, int]:
        """{side: killed (best)}, civilians with their side; "unknown" for unknown side."""
        out: dict[str, int] = defaultdict(int)
        for (side, _civ), n in self.deaths.by_side.items():
            if n:
                out[side] += n
        return dict(sorted(out.items()))


def _choose(conflicts: dict[str, Conflict], wanted: str) -> str:
    if wanted in conflicts:
        return wanted
    found = sorted(c for c in conflicts if c.startswith(wanted))
    if len(found) == 1:
        return found[0]
    known = ", ".join(sorted(conflicts)) or "none stored"
    raise NotFound(f"no conflict {wanted!r} (known: {known})", source=wanted)


def event_rows(readings: Iterable[Reading], *, as_of: date | None = None,
               conflict: str | None = None, episodes: Episodes | None = None) -> list[EventRow]:
    """Every conflict's incidents and aggregate rows as of `as_of` (one conflict by id, or an
    unambiguous id prefix, when `conflict` is given: an unknown one is NotFound).

    `episodes`, when given, is `link_episodes(readings)` computed before, as `reconcile` takes
    it (the server's View keeps one): the readings are then not read again, and linking, the
    costliest step over a large store, is not done again."""
    with collector_paused():
        ep = episodes if episodes is not None else link_episodes(readings)
        return _rows(ep, as_of, conflict)


def conflict_readings(readings: Iterable[Reading], *, as_of: date | None = None,
                      conflict: str | None = None, episodes: Episodes | None = None
                      ) -> list[Reading]:
    """The readings published by `as_of`, of one conflict when `conflict` is given
    (`episodes`: see `event_rows`)."""
    readings = list(readings)
    if conflict is not None:
        ep = episodes if episodes is not None else link_episodes(readings)
        wanted, conflict_of = _choose(ep.conflicts, conflict), ep.conflict_of()
        readings = [r for r in readings if conflict_of.get(r.article.id) == wanted]
    return [r for r in readings if published_by(r, as_of)]


def _only(ep: Episodes, wanted: str, conflict_of: dict[str, str]) -> Episodes:
    """The episodes cut down to one conflict: its reports are read alone (a conflict's
    reports and sources never depend on another conflict's)."""
    return replace(ep, readings=tuple(r for r in ep.readings
                                      if conflict_of[r.article.id] == wanted),
                   conflicts={wanted: ep.conflicts[wanted]})


def _rows(ep: Episodes, as_of: date | None, conflict: str | None) -> list[EventRow]:
    wanted = _choose(ep.conflicts, conflict) if conflict is not None else None
    conflict_of = ep.conflict_of()
    if wanted:
        ep = _only(ep, wanted, conflict_of)
    members: dict[str, list[Member]] = defaultdict(list)
    for r in ep.readings:
        cid = conflict_of[r.article.id]
        if (wanted and cid != wanted) or not published_by(r, as_of):
            continue
        members[cid].extend(Member(r, ep.canonical[r.article.id], reading_date(r), e)
                            for e in r.events)
    out: list[EventRow] = []
    for c, reports, _sources in conflict_reports(ep.readings, as_of, ep):
        if wanted and c.id != wanted:
            continue
        incidents = group_incidents(c.id, members[c.id])
        deaths, aggregate = apportion(incidents, reports, ledgers_of(reports))
        out.extend(EventRow(c, inc, None, deaths.get(inc.id) or Deaths(), as_of)
                   for inc in incidents)
        out.extend(EventRow(c, None, side, d, as_of) for side, d in sorted(aggregate.items())
                   if d.best or d.high)
    return out
