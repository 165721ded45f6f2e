"""tollwatch ingest PATH...: read, extract and store every article; print a summary."""
from __future__ import annotations

import sys

import click

from ..errors import TollwatchError
from ..ingest.language import DECLARABLE, declared_language
from ..jobs import run_ingest
from .common import allow_private_option, db_option, published_option, quiet_option, settings_from


def _language(_ctx, _param, value: str | None) -> str | None:
    try:
        return declared_language(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


language_option = click.option(
    "--language", callback=_language, metavar="|".join(DECLARABLE), default=None,
    help="The language of every input (stored and in the output), over what a source declares; "
         "without it: the source's, else detected, else the setting `language`.")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@quiet_option
@allow_private_option
@language_option
def command(paths: tuple[str, ...], db: str | None, published, quiet: bool,
            allow_private: bool | None, language: str | None) -> None:
    """Store articles from files, folders, JSON Lines, HTML, WARC, feeds or URLs.

    Articles already stored (same id, text or canonical URL) are skipped, so running it again
    changes nothing and an interrupted run resumes. With --published, an article stored
    undated is read again with that date and replaces its undated copy (docs/INGEST.md).
    Exits non-zero if any input failed.
    """
    settings = settings_from(db=db, quiet=quiet or None, allow_private=allow_private)
    try:
        summary = run_ingest(paths, settings=settings, published=published, language=language)
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    for line in summary.lines():
        click.echo(line, err=True)
    if summary.interrupted:
        sys.exit(130)
    if not summary.ok:
        sys.exit(1)
