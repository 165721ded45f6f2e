"""tollwatch migrate: bring the store's schema to the latest recorded migration."""
from __future__ import annotations

import click

from ..store import migrate
from .common import db_option, one_line_errors, settings_from


@click.command("migrate")
@db_option
def command(db: str | None) -> None:
    """Upgrade the store's schema (idempotent; creates the store if missing) and print its
    revision. Read commands never change a schema: they ask for this instead."""
    with one_line_errors():
        click.echo(migrate(settings_from(db=db).db))
