"""tollwatch watch FEED... --every 15m: poll RSS/Atom feeds and ingest their new items."""
from __future__ import annotations

import sys
from datetime import datetime

import click

from ..errors import TollwatchError
from ..jobs import Summary, parse_interval, watch_feeds
from .common import db_option, settings_from


def _report(summary: Summary) -> None:
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    lines = summary.lines()
    click.echo(f"{stamp} {lines[0]}", err=True)
    for line in lines[1:]:
        click.echo(line, err=True)


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="15m", show_default=True, metavar="INTERVAL",
              help="How often to poll: 30s, 15m, 1h, 1h30m.")
@db_option
@click.option("--once", is_flag=True, help="Poll once and exit (non-zero if a feed failed).")
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow feeds and pages on loopback or private addresses.")
def command(feeds: tuple[str, ...], every: str, db: str | None, once: bool,
            allow_private: bool | None) -> None:
    """Keep polling feeds; ingest only items not stored yet. A feed that is down or returns
    something other than a feed is logged and polled again next time."""
    settings = settings_from(db=db, allow_private=allow_private, quiet=True)
    try:
        seconds = parse_interval(every)
        last = watch_feeds(list(feeds), settings=settings, every=seconds, once=once,
                           report=_report)
    except TollwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if once and not last.ok:
        sys.exit(1)
