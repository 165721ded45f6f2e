"""tollwatch toll [CONFLICT] / tollwatch conflicts: reconciled tolls from the store."""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from ..resolve.table import conflicts_table, toll_table, undated_table
from ..tolls import stored_tolls, stored_undated
from .common import db_option, iso_date, one_line_errors, reading_store, settings_from


@click.command("toll")
@click.argument("conflict", required=False)
@click.option("--as-of", "as_of", callback=iso_date, metavar="YYYY-MM-DD",
              help="The toll as it stood that day: only articles published by then.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True, help="json: the contract's reconciled shape, one per line; "
                                      "table: the toll, then its series by date and side.")
@db_option
def toll(conflict: str | None, as_of: date | None, fmt: str, db: str | None) -> None:
    """Reconciled low / best / high per conflict, category and side, with series and sources."""
    with reading_store(settings_from(db=db).db) as store, one_line_errors():
        tolls = stored_tolls(store, as_of=as_of, conflict=conflict)
    for t in tolls:
        if fmt == "json":
            sys.stdout.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")
        else:
            click.echo(toll_table(t) + "\n")


@click.command("conflicts")
@click.option("--undated", is_flag=True, default=False,
              help="List the undated reports instead: no publication date given or found, so "
                   "kept out of every conflict (give one with ingest --published).")
@db_option
def conflicts(undated: bool, db: str | None) -> None:
    """List conflict episodes with their current killed and injured tolls."""
    with reading_store(settings_from(db=db).db) as store, one_line_errors():
        if undated:
            click.echo(undated_table(stored_undated(store)))
            return
        tolls = stored_tolls(store)
    click.echo(conflicts_table(tolls))


commands = [toll, conflicts]
