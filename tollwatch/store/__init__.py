"""The store: SQLite by default, PostgreSQL by URL; recorded Alembic migrations; one writer.

    store = open_store("sqlite:///tollwatch.db")   # or postgresql://user@host/db
    store.save(reading); store.readings(since=...); store.claims(category="killed")
    store.search("drone strike mosque")
"""
from __future__ import annotations

from ..settings import load_settings
from .engine import create_engine, head_revision, upgrade
from .store import Store
from .urls import canonical_url

__all__ = ["Store", "open_store", "migrate", "search_store", "canonical_url", "head_revision"]


def open_store(url: str | None = None) -> Store:
    """Open (creating if needed) the store at `url` (default: Settings.db), schema at head."""
    return Store(create_engine(url or load_settings().db))


def migrate(url: str | None = None) -> str:
    """Upgrade the store's schema to the latest recorded migration; returns its revision."""
    engine = create_engine(url or load_settings().db)
    try:
        return upgrade(engine)
    finally:
        engine.dispose()


def search_store(query: str, *, url: str | None = None, limit: int = 20) -> list[dict]:
    """Full-text search in the store at `url` (see Store.search)."""
    with open_store(url) as store:
        return store.search(query, limit=limit)
