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
    failed = []
    reader = Reader.load(max_seconds=settings.max_article_seconds, default_language=settings.language)

    def articles():
        for item in iter_articles(paths, settings=settings, language=language):
            if isinstance(item, TollwatchError):
                failed.append(item)
                click.echo(f"error: {item}", err=True)
            else:
                yield item
    for item, reading in reader.read_many(articles(), published=published):
        if isinstance(reading, TollwatchError):
            failed.append(reading)
            click.echo(f"error: {item.origin or item.id}: {reading}", err=True)
            continue
        if isinstance(reading, Exception):
            raise reading
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(reading.to_dict(), ensure_ascii=False) + "\n")
        else:
            click.echo(reading_table(reading))
    if failed:
        sys.exit(1)
