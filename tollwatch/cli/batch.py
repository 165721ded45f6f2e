"""tollwatch batch INPUTS...: ingest with extraction spread over Dask workers."""
from __future__ import annotations

import sys

import click

from ..errors import TollwatchError
from .common import allow_private_option, db_option, published_option, quiet_option, settings_from
from .ingest import language_option


@click.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option("--scheduler", metavar="tcp://HOST:8786", default=None,
              help="Address of a running Dask scheduler (default: a local cluster).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Worker processes of the local cluster.")
@db_option
@published_option
@quiet_option
@allow_private_option
@language_option
def command(paths: tuple[str, ...], scheduler: str | None, workers: int, db: str | None,
            published, quiet: bool, allow_private: bool | None, language: str | None) -> None:
    """Like `ingest`, with each article read on a Dask worker; results are stored here by one
    writer as they complete. Prints counts and failures per input."""
    from ..batch import run_batch  # dask is heavy: import it only for this command

    settings = settings_from(db=db, quiet=quiet or None, allow_private=allow_private)
    try:
        summary = run_batch(paths, settings=settings, workers=workers, scheduler=scheduler,
                            published=published, language=language)
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    for line in summary.lines(per_input=True):
        click.echo(line, err=True)
    if summary.interrupted:
        sys.exit(130)
    if not summary.ok:
        sys.exit(1)
