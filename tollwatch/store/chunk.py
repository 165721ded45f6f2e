"""Many articles at once: one lookup of what is already stored, and multi-row inserts.

An article is a duplicate when its id, content hash or canonical URL is stored already, or
belongs to an earlier article of the same chunk: the same rule as `Store.save`, which looks
each article up by itself. `insert_new` writes a chunk's new articles with one statement per
table; the caller runs it in a savepoint and, if it fails, stores the chunk one article at a
time so that only the bad article is kept out.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from ..models import Reading
from . import rows
from .schema import articles, claims, events
from .urls import canonical_url

Key = tuple[str | None, str | None, str | None]   # (id, content hash, canonical URL)
LOOKUP = 500   # keys per lookup query: at most 1,500 bound parameters


def reading_key(reading: Reading) -> Key:
    a = reading.article
    return a.id, a.hash, canonical_url(a.url)


class Seen:
    """Ids, hashes and canonical URLs stored or accepted so far."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.hashes: set[str] = set()
        self.urls: set[str] = set()

    def __contains__(self, key: Key) -> bool:
        id_, hash_, url = key
        return (id_ is not None and id_ in self.ids) or (
            hash_ is not None and hash_ in self.hashes) or (url is not None and url in self.urls)

    def add(self, key: Key) -> None:
        id_, hash_, url = key
        if id_ is not None:
            self.ids.add(id_)
        if hash_ is not None:
            self.hashes.add(hash_)
        if url is not None:
            self.urls.add(url)


def stored(conn: sa.Connection, keys: Sequence[Key]) -> Seen:
    """The ids, hashes and canonical URLs among `keys` that the store holds: one query per
    LOOKUP keys (bound parameters per statement are limited)."""
    found = Seen()
    for start in range(0, len(keys), LOOKUP):
        wanted = Seen()
        for key in keys[start:start + LOOKUP]:
            wanted.add(key)
        cond = [col.in_(sorted(values)) for col, values in
                ((articles.c.id, wanted.ids), (articles.c.hash, wanted.hashes),
                 (articles.c.canonical_url, wanted.urls)) if values]
        if cond:
            query = sa.select(articles.c.id, articles.c.hash, articles.c.canonical_url)
            for row in conn.execute(query.where(sa.or_(*cond))):
                found.add((row.id, row.hash, row.canonical_url))
    return found


def new_in_chunk(conn: sa.Connection, keys: Sequence[Key]) -> list[bool]:
    """Per key: True when neither stored nor taken by an earlier key of the chunk."""
    seen = stored(conn, keys)
    out = []
    for key in keys:
        out.append(key not in seen)
        seen.add(key)
    return out


def insert_new(conn: sa.Connection, readings: Sequence[Reading]) -> list[bool]:
    """Insert the chunk's new readings with one INSERT per table; per reading, True if new.
    Raises (SQLAlchemyError, TypeError, ValueError) when any row cannot be stored."""
    outcomes = new_in_chunk(conn, [reading_key(r) for r in readings])
    fresh = [r for r, new in zip(readings, outcomes) if new]
    if not fresh:
        return outcomes
    article_rows = [rows.article_row(r) for r in fresh]
    claim_rows = [rows.claim_row(r.article.id, i, c) for r in fresh
                  for i, c in enumerate(r.claims)]
    event_rows = [rows.event_row(r.article.id, i, e) for r in fresh
                  for i, e in enumerate(r.events)]
    conn.execute(articles.insert(), article_rows)
    if claim_rows:
        conn.execute(claims.insert(), claim_rows)
    if event_rows:
        conn.execute(events.insert(), event_rows)
    return outcomes
