"""The `tollwatch` command: thin commands over library functions, one module each."""
from __future__ import annotations

import importlib
import logging

import click

# Each module defines `command` (a click.Command) or `commands` (a list of them).
COMMAND_MODULES = [
    "extract",   # tollwatch extract
    "ingest",    # tollwatch ingest PATH...
    "watch",     # tollwatch watch FEED... --every 15m
    "batch",     # tollwatch batch INPUTS... [--workers N]
    "search",    # tollwatch search QUERY
    "migrate",   # tollwatch migrate
    "eval",      # tollwatch eval FILE
    "serve",     # tollwatch serve
    "toll",      # tollwatch toll [CONFLICT] / tollwatch conflicts
    "export",    # tollwatch export --format acled-csv|ucdp-csv|geojson|jsonl
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log lines (-vv for debug).")
@click.version_option(package_name="tollwatch")
def main(verbose: int) -> None:
    """Casualty figures from conflict reports, with evidence, reconciled into tolls."""
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s")


for _name in COMMAND_MODULES:
    _mod = importlib.import_module(f"{__name__}.{_name}")
    for _cmd in getattr(_mod, "commands", None) or [_mod.command]:
        main.add_command(_cmd)
