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


def sqlite_path(parsed: sa.URL) -> Path | None:
    """The file of a SQLite URL; None for in-memory databases and other backends."""
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for `url`; SQLite in WAL mode with a busy timeout so readers stay concurrent.
    create=False: a SQLite file that does not exist is a StoreError, and none is made."""
    parsed = normalise_url(url)
    path = sqlite_path(parsed)
    if not create and path is not None and not path.is_file():
        raise StoreError(f"no store at {path} (run `tollwatch ingest ... --db {url}` first)")
    if parsed.get_backend_name() == "postgresql":
        return sa.create_engine(parsed, pool_pre_ping=True,
                                connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})
    kw: dict = {"connect_args": {"check_same_thread": False}}
    if parsed.database in (None, "", ":memory:"):
        kw["poolclass"] = StaticPool  # one shared in-memory database
    engine = sa.create_engine(parsed, **kw)
    sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(connection: sa.Connection) -> Config:
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


def readable_revision(engine: Engine) -> str:
    """The store's revision when its schema is the latest, for readers; else a StoreError that
    says what to run. Changes nothing."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return head
    where = engine.url.render_as_string(hide_password=True)
    if current is not None and not _known(current):
        raise StoreError(f"the store at {where} has schema {current}, unknown to this version "
                         f"of tollwatch (written by a newer one?)")
    found = "no tollwatch schema" if current is None else f"schema {current}, not {head}"
    raise StoreError(f"the store at {where} has {found}: run `tollwatch migrate --db {where}`")


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory(str(MIGRATIONS)).get_revision(revision) is not None
    except Exception:  # alembic's own error types for a revision it does not know
        return False


def upgrade(engine: Engine) -> str:
    """Bring the schema to head (no-op when already there); returns the revision."""
    head = head_revision()
    if current_revision(engine) == head:
        return head
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # two processes opening a new store at once
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(7146021)"))
            command.upgrade(alembic_config(conn), "head")
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"schema upgrade failed: {reason(exc)}",
                         source=engine.url.render_as_string(hide_password=True)) from exc
    return current_revision(engine) or head
