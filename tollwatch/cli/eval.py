"""tollwatch eval FILE: score the extractor on an annotated file from ../shared/eval/dev."""
from __future__ import annotations

import json

import click

from ..errors import TollwatchError
from ..evaluate import evaluate_splits, format_side_by_side, format_table
from ..evaluate.split import BOTH, BUILD, CHECK, CHOICES


@click.command("eval")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--split", type=click.Choice(CHOICES), default="all", show_default=True,
              help="Rows by a hash of the row number: build (2/3), check (1/3), all, or both "
                   "(build and check side by side from one extraction pass).")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Score only the first N documents (before splitting).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table: for people; json: for scripts and CI.")
def command(path: str, split: str, limit: int | None, fmt: str) -> None:
    """Per field: exact-match, within-10 % and mean absolute error (gold = 0 and gold > 0 apart),
    the share of gold figures written in the text, the share of claims counted from the parse,
    then the slowest and (build rows only) the worst-missed documents."""
    splits = (BUILD, CHECK) if split == BOTH else (split,)
    try:
        reports = evaluate_splits(path, splits, limit=limit)
    except TollwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        out = ({"split": BOTH, **{s: reports[s].to_dict() for s in splits}} if split == BOTH
               else reports[split].to_dict())
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    elif split == BOTH:
        click.echo(format_side_by_side(reports[BUILD], reports[CHECK]))
    else:
        click.echo(format_table(reports[split]))
