"""tollwatch eval FILE: score the extractor on an annotated file from ../shared/eval/dev."""
from __future__ import annotations

import json

import click

from ..errors import TollwatchError
from ..evaluate import evaluate, format_table


@click.command("eval")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Score only the first N documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table: for people; json: for scripts and CI.")
def command(path: str, limit: int | None, fmt: str) -> None:
    """Per field: exact-match, within-10 % and mean absolute error (gold = 0 and gold > 0 apart),
    then the slowest and the worst-missed documents."""
    try:
        report = evaluate(path, limit=limit)
    except TollwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(report))
