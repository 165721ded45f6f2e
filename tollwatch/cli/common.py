"""Options and helpers shared by commands."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

import click

from ..errors import TollwatchError
from ..settings import Settings, load_settings

if TYPE_CHECKING:
    from ..store import Store


def iso_date(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}")


db_option = click.option("--db", "db", default=None, metavar="URL",
                         help="SQLAlchemy URL of the store (default sqlite:///tollwatch.db, "
                              "or $TOLLWATCH_DB).")
published_option = click.option("--published", callback=iso_date, metavar="YYYY-MM-DD",
                                help="Publication date for inputs that carry none.")
allow_private_option = click.option("--allow-private", is_flag=True, default=None,
                                    help="Allow fetching URLs on loopback or private addresses.")
quiet_option = click.option("-q", "--quiet", is_flag=True, default=False,
                            help="No progress bar.")


def settings_from(**overrides) -> Settings:
    """The settings, read once per command here at the edge and passed down: defaults, the
    TOML file, TOLLWATCH_* variables, then the command's flags (None = not given)."""
    return load_settings(**overrides)


@contextmanager
def one_line_errors(exit_code: int = 1) -> Iterator[None]:
    """A TollwatchError becomes one `error: ...` line on stderr and exit `exit_code`."""
    try:
        yield
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exit_code)


def reading_store(url: str, *, writes: bool = False) -> "Store":
    """The store at `url` for a read command (toll, conflicts, export, search, serve): it must
    exist at the latest schema, and is never created or migrated; else one line and exit 1.
    `writes`: the command also writes (a server with a write token), so the store is created
    and upgraded like ingest's."""
    from ..store import open_store  # SQLAlchemy and Alembic load only for store commands

    with one_line_errors():
        return open_store(url, create=writes)
