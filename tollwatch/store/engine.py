"""Connecting to a store by URL, and upgrading its schema through the recorded migrations."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool

from ..errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 10


def reason(exc: BaseException) -> str:
    """A database error as one line: the driver's message, whitespace collapsed."""
    inner = getattr(exc, "orig", None) or exc
    return f"{type(inner).__name__}: " + " ".join(str(inner).split())


def normalise_url(url: str) -> sa.URL:
    """`postgresql://` and `postgres://` go through psycopg 3; SQLite stays as given."""
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}", source=url) from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed
    raise StoreError(f"unsupported database {backend!r}: use sqlite:/// or postgresql://",
                     source=url)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe in WAL mode; commits stay cheap
    cur.close()


def create_engine(url: str) -> Engine:
    """An engine for `url`; SQLite in WAL mode with a busy timeout so readers stay concurrent."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "postgresql":
        return sa.create_engine(parsed, pool_pre_ping=True,
                                connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})
    kw: dict = {"connect_args": {"check_same_thread": False}}
    if parsed.database in (None, "", ":memory:"):
        kw["poolclass"] = StaticPool  # one shared in-memory database
    engine = sa.create_engine(parsed, **kw)
    sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _config(connection: sa.Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database's alembic_version table (None when empty)."""
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot reach the store: {reason(exc)}",
                         source=engine.url.render_as_string(hide_password=True)) from exc


def upgrade(engine: Engine) -> str:
    """Bring the schema to head (no-op when already there); returns the revision."""
    head = head_revision()
    if current_revision(engine) == head:
        return head
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # two processes opening a new store at once
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(7146021)"))
            command.upgrade(_config(conn), "head")
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"schema upgrade failed: {reason(exc)}",
                         source=engine.url.render_as_string(hide_password=True)) from exc
    return current_revision(engine) or head
