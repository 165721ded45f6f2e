"""tollwatch search QUERY: full-text search over stored articles."""
from __future__ import annotations

import json
import sys

import click

from ..errors import TollwatchError
from ..store import search_store
from .common import db_option, settings_from


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="Most results to show.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="table: for people; jsonl: one JSON object per result.")
def command(query: str, db: str | None, limit: int, fmt: str) -> None:
    """Search stored articles' titles and texts ("quoted phrase", or, -word), best first."""
    try:
        results = search_store(query, url=settings_from(db=db).db, limit=limit)
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    for r in results:
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            click.echo(f"{r['rank']:8.3f}  {r['id']}  {r['published'] or '----------'}  "
                       f"{r['title'] or '(no title)'}\n          {r['snippet']}")
    if fmt == "table" and not results:
        click.echo("no articles match", err=True)
