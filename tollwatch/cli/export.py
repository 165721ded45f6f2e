"""`tollwatch export`: stored readings as ACLED CSV, UCDP-style CSV, GeoJSON or JSON Lines."""
from __future__ import annotations

import click

from ..export import FORMATS, export_store
from .common import db_option, iso_date


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), required=True,
              help="acled-csv, ucdp-csv, geojson or jsonl (see docs/EXPORTS.md).")
@click.option("--conflict", default=None, metavar="ID", help="Only the readings of this conflict episode.")
@click.option("--since", default=None, callback=iso_date, metavar="DATE",
              help="Only articles published on or after DATE (YYYY-MM-DD).")
@db_option
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write to FILE (default: standard output).")
def command(fmt, conflict, since, db, output) -> None:
    """Export stored readings (events and claims) for use beside ACLED or UCDP data."""
    output.write(export_store(fmt, db=db, conflict=conflict, since=since))
