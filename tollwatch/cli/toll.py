"""tollwatch toll [CONFLICT] / tollwatch conflicts: reconciled tolls from the store."""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from ..errors import NotFound, TollwatchError
from ..resolve import ConflictToll, reconcile
from ..resolve.table import conflicts_table, toll_table
from .common import db_option, iso_date, settings_from


def stored_tolls(url: str | None, *, as_of: date | None = None,
                 conflict: str | None = None) -> list[ConflictToll]:
    """Reconcile every stored reading; `conflict` keeps the episode with that id (or id prefix)."""
    from ..store import open_store

    with open_store(url) as store:
        tolls = reconcile(store.readings(), as_of=as_of)
    if conflict is None:
        return tolls
    exact = [t for t in tolls if t.conflict.id == conflict]
    chosen = exact or [t for t in tolls if t.conflict.id.startswith(conflict)]
    if not chosen:
        known = ", ".join(t.conflict.id for t in tolls) or "none stored"
        raise NotFound(f"no conflict {conflict!r} (known: {known})")
    return chosen


@click.command("toll")
@click.argument("conflict", required=False)
@click.option("--as-of", "as_of", callback=iso_date, metavar="YYYY-MM-DD",
              help="The toll as it stood that day: only articles published by then.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True, help="json: the contract's reconciled shape, one per line.")
@db_option
def toll(conflict: str | None, as_of: date | None, fmt: str, db: str | None) -> None:
    """Reconciled low / best / high per conflict, category and side, with series and sources."""
    try:
        tolls = stored_tolls(settings_from(db=db).db, as_of=as_of, conflict=conflict)
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    for t in tolls:
        if fmt == "json":
            sys.stdout.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")
        else:
            click.echo(toll_table(t) + "\n")


@click.command("conflicts")
@db_option
def conflicts(db: str | None) -> None:
    """List conflict episodes with their current killed and injured tolls."""
    try:
        tolls = stored_tolls(settings_from(db=db).db)
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(conflicts_table(tolls))


commands = [toll, conflicts]
