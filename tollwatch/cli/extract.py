"""tollwatch extract PATH...: print each article's claims and toll (JSON Lines or a table)."""
from __future__ import annotations

import json
import sys

import click

from ..errors import TollwatchError
from ..extract.reader import Reader
from ..ingest import iter_articles
from ..report import reading_table
from .common import published_option, settings_from
from .ingest import language_option


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="jsonl: the contract's shape; table: for people.")
@published_option
@language_option
def command(paths: tuple[str, ...], fmt: str, published, language: str | None) -> None:
    """Read plain text, HTML or JSON Lines files and print what each article reports."""
    settings = settings_from()
    failed = 0
    reader = Reader.load(max_seconds=settings.max_article_seconds, default_language=settings.language)
    for item in iter_articles(paths, settings=settings, language=language):
        if isinstance(item, TollwatchError):
            failed += 1
            click.echo(f"error: {item}", err=True)
            continue
        try:
            reading = reader.read(item, published=published)
        except TollwatchError as exc:
            failed += 1
            click.echo(f"error: {item.origin or item.id}: {exc}", err=True)
            continue
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(reading.to_dict(), ensure_ascii=False) + "\n")
        else:
            click.echo(reading_table(reading))
    if failed:
        sys.exit(1)
