"""The store: Readings saved once each, read back exactly, filtered and searched.

All writes go through one writer (a lock, and on SQLite one held connection in WAL mode);
readers use their own pooled connections and stay concurrent.
"""
from __future__ import annotations

import logging
import threading
from collections import defaultdict
from datetime import date
from typing import Any, Callable, Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..errors import StoreError
from ..models import Reading
from . import chunk, queries, redate as redating, rows, search as fts
from .engine import reason
from .retry import retrying, transient
from .schema import articles, claims, events
from .urls import canonical_url

log = logging.getLogger(__name__)
PAGE = 200  # articles read per round trip by readings()


class Store:
    """Open with `open_store(url)`. Usable as a context manager; `close()` releases it."""

    def __init__(self, engine: Engine, revision: str):
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self.revision = revision    # the schema's, checked or upgraded by open_store
        self._write_lock = threading.Lock()
        self._writer: sa.Connection | None = None

    # ---- writing -------------------------------------------------------------------------
    def _writer_conn(self) -> sa.Connection:
        if self.engine.dialect.name != "sqlite":
            return self.engine.connect()
        if self._writer is None or self._writer.closed:
            self._writer = self.engine.connect()
        return self._writer

    def _duplicate(self, conn: sa.Connection, reading: Reading) -> bool:
        a = reading.article
        cond = [articles.c.id == a.id, articles.c.hash == a.hash]
        url = canonical_url(a.url)
        if url:
            cond.append(articles.c.canonical_url == url)
        return conn.execute(sa.select(articles.c.seq).where(sa.or_(*cond)).limit(1)).first() is not None

    def _insert(self, conn: sa.Connection, reading: Reading) -> bool:
        """Insert one reading in the open transaction; False if it is already stored."""
        if self._duplicate(conn, reading):
            return False
        article_id = reading.article.id
        conn.execute(articles.insert(), rows.article_row(reading))
        if reading.claims:
            conn.execute(claims.insert(), [rows.claim_row(article_id, i, c)
                                           for i, c in enumerate(reading.claims)])
        if reading.events:
            conn.execute(events.insert(), [rows.event_row(article_id, i, e)
                                           for i, e in enumerate(reading.events)])
        return True

    def _failed(self, conn: sa.Connection | None, reading: Reading, exc: Exception) -> bool:
        """After a failed insert: False if another writer stored the same article, else raise.
        `conn`: the open transaction to look in; None: look through a reader connection."""
        a = reading.article
        if isinstance(exc, sa.exc.IntegrityError) and (
                self._duplicate(conn, reading) if conn is not None
                else self.has_article(id=a.id, hash=a.hash, url=a.url)):
            return False
        raise StoreError(f"article could not be stored: {reason(exc)}", source=a.id) from exc

    def _in_writer(self, work: Callable[[sa.Connection], Any]) -> Any:
        """`work(conn)` in one transaction on the writer's connection."""
        conn = self._writer_conn()
        try:
            with conn.begin():
                return work(conn)
        finally:
            if self.engine.dialect.name != "sqlite":
                conn.close()

    def _save_locked(self, reading: Reading) -> bool:
        try:
            return self._in_writer(lambda conn: self._insert(conn, reading))
        except (sa.exc.SQLAlchemyError, TypeError, ValueError) as exc:
            return self._failed(None, reading, exc)

    def _save_chunk_locked(self, readings: list[Reading]) -> list[bool | StoreError]:
        def work(conn: sa.Connection) -> list[bool | StoreError]:
            try:
                with conn.begin_nested():   # the whole chunk in a few statements
                    return chunk.insert_new(conn, readings)
            except (sa.exc.SQLAlchemyError, TypeError, ValueError) as exc:
                if transient(exc, self.engine.dialect.name):
                    raise                   # retried whole by save_chunk
                log.debug("chunk insert failed (%s); storing one article at a time", reason(exc))
            return [self._save_one_nested(conn, r) for r in readings]
        return self._in_writer(work)

    def _save_one_nested(self, conn: sa.Connection, reading: Reading) -> bool | StoreError:
        try:
            with conn.begin_nested():
                return self._insert(conn, reading)
        except (sa.exc.SQLAlchemyError, TypeError, ValueError) as exc:
            try:
                return self._failed(conn, reading, exc)
            except StoreError as err:
                return err

    def save(self, reading: Reading) -> bool:
        """Store one article with its toll, claims and events in one transaction.
        True if new; False (and nothing changed) if the same id, content or URL is stored."""
        with self._write_lock:
            return retrying(lambda: self._save_locked(reading), dialect=self.engine.dialect.name,
                            what="article could not be stored", source=reading.article.id)

    def save_many(self, readings: Iterable[Reading]) -> tuple[int, int]:
        """Save in order, one transaction per article; returns (new, duplicates).
        A failing article raises StoreError; the articles before it stay stored."""
        new = dup = 0
        with self._write_lock:
            for reading in readings:
                if self._save_locked(reading):
                    new += 1
                else:
                    dup += 1
        return new, dup

    def save_chunk(self, readings: Iterable[Reading]) -> list[bool | StoreError]:
        """Save a chunk in one transaction: per article True (new), False (already stored,
        or an earlier article of the chunk) or the StoreError that kept it out. One lookup
        and one INSERT per table for the chunk; if that fails, each article in its own
        savepoint. A lost connection rolls the chunk back and retries it: nothing half-written."""
        batch = list(readings)
        if not batch:
            return []
        with self._write_lock:
            return retrying(lambda: self._save_chunk_locked(batch), dialect=self.engine.dialect.name,
                            what="articles could not be stored", source=batch[0].article.id)

    def redate(self, reading: Reading) -> bool:
        """`reading` (dated) in place of its undated stored copy, in one transaction: True if
        replaced; False, nothing changed, when there is none (rules: store/redate.py)."""
        with self._write_lock:
            return retrying(lambda: self._in_writer(lambda c: redating.replace_undated(c, reading)),
                            dialect=self.engine.dialect.name, what="article could not be re-dated",
                            source=reading.article.id)

    def undated_copy(self, id: str | None = None, hash: str | None = None,
                     url: str | None = None) -> bool:
        """Whether a dated reading of the article would replace its stored copy (`redate`)."""
        with self._read() as conn:
            return redating.undated_copy(conn, id, hash, url) is not None

    # ---- reading -------------------------------------------------------------------------
    def _read(self):
        try:
            return self.engine.connect()
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot reach the store: {reason(exc)}", source=self.url) from exc

    def _load(self, conn: sa.Connection, article_rows: list) -> list[Reading]:
        ids = [r.id for r in article_rows]
        by_claim: dict[str, list] = defaultdict(list)
        by_event: dict[str, list] = defaultdict(list)
        if ids:
            for r in conn.execute(sa.select(claims).where(claims.c.article_id.in_(ids))):
                by_claim[r.article_id].append(r)
            for r in conn.execute(sa.select(events).where(events.c.article_id.in_(ids))):
                by_event[r.article_id].append(r)
        return [rows.to_reading(r, by_claim[r.id], by_event[r.id]) for r in article_rows]

    def readings(self, *, since: date | None = None, until: date | None = None,
                 ids: Iterable[str] | None = None) -> Iterator[Reading]:
        """Stored readings in the order they were stored; `since`/`until` bound the
        publication date (inclusive; articles without a date are then left out)."""
        cond = queries.published_between(since, until)
        if ids is not None:
            cond.append(articles.c.id.in_(list(ids)))
        last = 0
        while True:
            with self._read() as conn:
                page = conn.execute(sa.select(articles).where(articles.c.seq > last, *cond)
                                    .order_by(articles.c.seq).limit(PAGE)).all()
                if not page:
                    return
                loaded = self._load(conn, page)
            last = page[-1].seq
            yield from loaded

    def reading(self, article_id: str) -> Reading | None:
        with self._read() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
            return self._load(conn, [row])[0] if row else None

    def has_article(self, id: str | None = None, hash: str | None = None,
                    url: str | None = None) -> bool:
        cond = []
        if id is not None:
            cond.append(articles.c.id == id)
        if hash is not None:
            cond.append(articles.c.hash == hash)
        if canonical_url(url):
            cond.append(articles.c.canonical_url == canonical_url(url))
        if not cond:
            return False

        def look() -> bool:
            with self._read() as conn:
                return conn.execute(sa.select(articles.c.seq).where(sa.or_(*cond)).limit(1)).first() is not None
        return retrying(look, dialect=self.engine.dialect.name, what="cannot read the store",
                        source=self.url)

    def stored_among(self, keys: list[chunk.Key]) -> list[bool]:
        """Per (id, hash, url) key, whether the store holds an article with any of them:
        `has_article` for many articles in one query."""
        keys = [(i, h, canonical_url(u)) for i, h, u in keys]

        def look() -> list[bool]:
            with self._read() as conn:
                found = chunk.stored(conn, keys)
            return [k in found for k in keys]
        return retrying(look, dialect=self.engine.dialect.name, what="cannot read the store",
                        source=self.url)

    def count(self) -> dict[str, int]:
        def rows_per_table() -> dict[str, int]:
            with self._read() as conn:
                return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                        for t in (articles, claims, events)}
        return retrying(rows_per_table, dialect=self.engine.dialect.name,
                        what="cannot read the store", source=self.url)

    def claims(self, *, category: str | None = None, side: str | None = None,
               source: str | None = None, verified: bool | None = None,
               since: date | None = None, until: date | None = None,
               article_id: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
        """Contract claim dicts plus `article_id` and `published`, newest article first.
        `side` is the victims' side; `source` matches the reporter's kind or name
        (case-insensitive); `since`/`until` bound the article's publication date."""
        cond = queries.common(since, until, article_id, claims)
        if category is not None:
            cond.append(claims.c.category == category)
        if side is not None:
            cond.append(claims.c.victims_side == side)
        if source is not None:
            s = source.lower()
            cond.append(sa.or_(sa.func.lower(claims.c.reported_by_kind) == s,
                               sa.func.lower(claims.c.reported_by_name) == s))
        if verified is not None:
            cond.append(claims.c.verified.is_(verified))
        with self._read() as conn:
            return queries.page(conn, claims, rows.to_claim, cond, limit, offset)

    def events(self, *, event_type: str | None = None, sub_event_type: str | None = None,
               country: str | None = None, since: date | None = None,
               until: date | None = None, article_id: str | None = None,
               limit: int = 100, offset: int = 0) -> list[dict]:
        """Contract event dicts plus `article_id` and `published`, newest article first."""
        cond = queries.common(since, until, article_id, events)
        if event_type is not None:
            cond.append(events.c.event_type == event_type)
        if sub_event_type is not None:
            cond.append(events.c.sub_event_type == sub_event_type)
        if country is not None:
            cond.append(events.c.country == country)
        with self._read() as conn:
            return queries.page(conn, events, rows.to_event, cond, limit, offset)

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Full-text search over title and text; see tollwatch.store.search for the syntax."""
        with self._read() as conn:
            try:
                return fts.search(conn, query, max(1, int(limit)))
            except sa.exc.SQLAlchemyError as exc:
                raise StoreError(f"search failed: {reason(exc)}",
                                 source=query) from exc

    # ---- lifetime ------------------------------------------------------------------------
    def close(self) -> None:
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

