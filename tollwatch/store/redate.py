"""Dating a report stored undated: its undated copy replaced by a dated reading of it.

A report ingested without a publication date (none given, none found in its text) is stored
undated and kept out of every conflict. Ingesting it again with `--published` reads it again
with that date; `Store.redate` then puts the new reading in place of the undated copy, in one
transaction:

- only when the store holds exactly one article that the new reading duplicates (same id,
  content or canonical URL), that article is undated, and it is the same article: the same id
  or the same canonical URL (a dated article, or two stored articles, are left alone: the new
  reading is a duplicate, as before);
- the article keeps its row (`seq`: its place in the store's order and its search entry, which
  the database's own triggers or generated column bring up to date); its claims and events are
  replaced by the new reading's; a URL, title or outlet the new reading lacks is kept from the
  stored copy; no other article, claim or event is touched.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from ..models import Reading
from . import rows
from .schema import articles, claims, events
from .urls import canonical_url

KEPT = ("url", "canonical_url", "title", "outlet", "origin")   # kept when the new copy has none


def _matches(conn: sa.Connection, id_: str | None, hash_: str | None, url: str | None) -> list:
    cond = [col == value for col, value in ((articles.c.id, id_), (articles.c.hash, hash_),
                                            (articles.c.canonical_url, canonical_url(url)))
            if value is not None]
    if not cond:
        return []
    query = sa.select(articles.c.seq, articles.c.id, articles.c.canonical_url, articles.c.published)
    return conn.execute(query.where(sa.or_(*cond)).limit(2)).all()


def undated_copy(conn: sa.Connection, id_: str | None, hash_: str | None, url: str | None
                 ) -> Any | None:
    """The stored row (seq, id, canonical_url, published) that a dated copy of the article
    (id, content hash, URL) would replace, or None (see the module's rules)."""
    found = _matches(conn, id_, hash_, url)
    if len(found) != 1 or found[0].published is not None:
        return None
    row = found[0]
    same_url = canonical_url(url) is not None and row.canonical_url == canonical_url(url)
    return row if row.id == id_ or same_url else None


def replace_undated(conn: sa.Connection, reading: Reading) -> bool:
    """Put `reading` (dated) in place of its undated stored copy, inside the caller's open
    transaction; False, and nothing changed, when there is no such copy or `reading` has no
    date."""
    a = reading.article
    if a.published is None:
        return False
    old = undated_copy(conn, a.id, a.hash, a.url)
    if old is None:
        return False
    stored = conn.execute(sa.select(*(articles.c[k] for k in KEPT))
                          .where(articles.c.seq == old.seq)).one()
    conn.execute(claims.delete().where(claims.c.article_id == old.id))
    conn.execute(events.delete().where(events.c.article_id == old.id))
    values = rows.article_row(reading)
    for key in KEPT:
        if values.get(key) is None:
            values[key] = getattr(stored, key)
    conn.execute(articles.update().where(articles.c.seq == old.seq).values(**values))
    if reading.claims:
        conn.execute(claims.insert(), [rows.claim_row(a.id, i, c)
                                       for i, c in enumerate(reading.claims)])
    if reading.events:
        conn.execute(events.insert(), [rows.event_row(a.id, i, e)
                                       for i, e in enumerate(reading.events)])
    return True
