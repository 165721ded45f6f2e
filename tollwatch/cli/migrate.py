"""tollwatch migrate: bring the store's schema to the latest recorded migration."""
from __future__ import annotations

import sys

import click

from ..errors import TollwatchError
from ..store import migrate
from .common import db_option, settings_from


@click.command("migrate")
@db_option
def command(db: str | None) -> None:
    """Upgrade the store's schema (idempotent) and print its revision."""
    try:
        click.echo(migrate(settings_from(db=db).db))
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
