"""tollwatch search QUERY: full-text search over stored articles."""
from __future__ import annotations

import json
import sys

import click

from .common import db_option, one_line_errors, reading_store, settings_from


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True,
              help="Most results to show.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="table: for people; jsonl: one JSON object per result.")
def command(query: str, db: str | None, limit: int, fmt: str) -> None:
    """Search stored articles' titles and texts ("quoted phrase", or, -word), best first.

    Words match by stem in the article's language; each result shows its best passage with the
    matching words [marked]. When no article has every word, those with some are shown."""
    with reading_store(settings_from(db=db).db) as store, one_line_errors():
        results = store.search(query, limit=limit)
    if fmt == "table" and results and results[0]["matched"] == "some":
        click.echo("no article has every word; articles with some of them:", err=True)
    for r in results:
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            click.echo(f"{r['rank']:8.3g}  {r['id']}  {r['published'] or '----------'}  "
                       f"{r['title'] or '(no title)'}\n          " + marked(r["passage"]))
    if fmt == "table" and not results:
        click.echo("no articles match", err=True)


def marked(passage: list) -> str:
    """The passage with the matching words in [brackets], bold on a terminal."""
    return "".join(click.style(f"[{text}]", bold=True) if hit else text for text, hit in passage)
