"""Reconciled tolls of the stored reports: the library behind `tollwatch toll` and
`tollwatch conflicts` (`stored_undated`: the undated reports `conflicts --undated` lists).

    from tollwatch.store import open_store
    from tollwatch.tolls import stored_tolls

    with open_store("sqlite:///demo.db", create=False) as store:
        for toll in stored_tolls(store, as_of=date(2022, 9, 17)):
            print(toll.conflict.id, toll.tolls["killed"].best)
"""
from __future__ import annotations

from datetime import date

from .errors import NotFound
from .models import Reading
from .resolve import Conflict, ConflictToll, link_episodes, reconcile
from .resolve.conflicts import reading_date
from .resolve.episodes import unique_readings
from .store import Store


class ConflictNotBegun(NotFound):
    """The conflict exists, but had no report published by the day asked for."""
    code = "conflict_not_begun"


def _matching(conflicts, wanted: str, id_of) -> list:
    """The one with id `wanted`, else those whose id starts with it."""
    exact = [c for c in conflicts if id_of(c) == wanted]
    return exact or [c for c in conflicts if id_of(c).startswith(wanted)]


def stored_tolls(store: Store, *, as_of: date | None = None,
                 conflict: str | None = None) -> list[ConflictToll]:
    """One reconciled toll per conflict episode from every reading in `store`, as it stood on
    `as_of` (default: with every report). `conflict` keeps the episode with that id, or those
    whose id starts with it.

    Raises NotFound for an id no episode has, and ConflictNotBegun when the episode exists but
    `as_of` is before its first report."""
    readings = list(store.readings())
    episodes = link_episodes(readings)
    tolls = reconcile(readings, as_of=as_of, episodes=episodes)
    if conflict is None:
        return tolls
    chosen = _matching(tolls, conflict, lambda t: t.conflict.id)
    if chosen:
        return chosen
    known: list[Conflict] = _matching(episodes.conflicts.values(), conflict, lambda c: c.id)
    if known and as_of is not None:
        first = min(known, key=lambda c: c.start or date.max)
        if first.start is not None and as_of < first.start:
            raise ConflictNotBegun(f"conflict {first.id} had not begun on {as_of} "
                                   f"(it starts {first.start})")
        raise ConflictNotBegun(f"conflict {first.id} has no dated report published by {as_of}")
    ids = ", ".join(sorted(episodes.conflicts)) or "none stored"
    raise NotFound(f"no conflict {conflict!r} (known: {ids})")


def stored_undated(store: Store) -> list[Reading]:
    """The stored reports with no publication date (none given at ingest, none found in the
    text: no dateline, no current event dated): kept out of every conflict and toll, by id.
    `tollwatch conflicts --undated` lists them."""
    return [r for r in unique_readings(store.readings()) if reading_date(r) is None]
