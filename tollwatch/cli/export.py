"""`tollwatch export`: stored incidents as ACLED CSV, UCDP-style CSV, GeoJSON or JSON Lines."""
from __future__ import annotations

import click

from ..export import FORMATS, export_store
from .common import db_option, iso_date, one_line_errors, reading_store, settings_from


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), required=True,
              help="acled-csv, ucdp-csv, geojson, jsonl (incidents) or articles-jsonl "
                   "(see docs/EXPORTS.md).")
@click.option("--conflict", default=None, metavar="ID", help="Only this conflict episode.")
@click.option("--as-of", "as_of", default=None, callback=iso_date, metavar="DATE",
              help="As it stood that day: only articles published by DATE (YYYY-MM-DD).")
@click.option("--since", default=None, callback=iso_date, metavar="DATE",
              help="Only articles published on or after DATE (YYYY-MM-DD).")
@db_option
@click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="Write to FILE (default: standard output).")
def command(fmt, conflict, as_of, since, db, output) -> None:
    """Export stored incidents (killed adding up to the toll) for use beside ACLED or UCDP data."""
    with reading_store(settings_from(db=db).db) as store, one_line_errors():
        text = export_store(fmt, store, conflict=conflict, since=since, as_of=as_of)
    output.write(text)
