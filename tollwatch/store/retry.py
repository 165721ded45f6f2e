"""Riding over a PostgreSQL restart: a lost connection is retried with backoff.

Only connection-level failures on a server database are retried (the server went away,
refused a new connection, or dropped one); SQLite errors (a full disk, a locked file) and
data errors fail at once. Every retried call is idempotent: reads, and `Store.save`, whose
duplicate check inside the transaction turns a commit that landed before the connection
dropped into "already stored".
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa

from ..errors import StoreError
from .engine import reason

log = logging.getLogger(__name__)
T = TypeVar("T")
DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)   # about 15 s in all: a fast restart fits


def transient(exc: BaseException, dialect: str) -> bool:
    if dialect == "sqlite":
        return False
    cause = exc.__cause__ if isinstance(exc, StoreError) else exc
    return isinstance(cause, sa.exc.DBAPIError) and (
        cause.connection_invalidated or isinstance(cause, sa.exc.OperationalError))


def retrying(call: Callable[[], T], *, dialect: str, what: str, source: str | None) -> T:
    """`call()`, again after each delay while it fails for a transient reason."""
    for delay in (*DELAYS, None):
        try:
            return call()
        except (StoreError, sa.exc.SQLAlchemyError) as exc:
            if delay is None or not transient(exc, dialect):
                if isinstance(exc, StoreError):
                    raise
                raise StoreError(f"{what}: {reason(exc)}", source=source) from exc
            log.warning("store connection lost (%s); retrying in %.1f s", reason(exc), delay)
            time.sleep(delay)
    raise AssertionError("unreachable")
