"""The store: SQLite by default, PostgreSQL by URL; recorded Alembic migrations; one writer.

    store = open_store("sqlite:///tollwatch.db")   # or postgresql://user@host/db
    store.save(reading); store.readings(since=...); store.claims(category="killed")
    store.search("drone strike mosque")

The URL comes from the caller (the CLI or the server reads Settings once and passes `db`);
nothing here reads settings or the environment.
"""
from __future__ import annotations

from .engine import create_engine, head_revision, readable_revision, upgrade
from .store import Store
from .urls import canonical_url

__all__ = ["Store", "open_store", "migrate", "search_store", "canonical_url", "head_revision"]


def open_store(url: str, *, create: bool = True) -> Store:
    """Open the store at `url`.

    create=True (writers: ingest, batch, watch): make the database if missing and bring its
    schema to the latest migration. create=False (readers: toll, conflicts, export, search,
    serve): the store must already exist at the latest schema; a SQLite file that is not there
    is a StoreError ("no store at PATH") and nothing is created, an older schema is a
    StoreError that says to run `tollwatch migrate`. Readers never change the schema."""
    engine = create_engine(url, create=create)
    try:
        revision = upgrade(engine) if create else readable_revision(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, revision)


def migrate(url: str) -> str:
    """Upgrade the store's schema to the latest recorded migration; returns its revision."""
    engine = create_engine(url)
    try:
        return upgrade(engine)
    finally:
        engine.dispose()


def search_store(query: str, *, url: str, limit: int = 20) -> list[dict]:
    """Full-text search in the store at `url` (see Store.search); the store must exist."""
    with open_store(url, create=False) as store:
        return store.search(query, limit=limit)
