"""The `tollwatch` command: thin commands over library functions, one module each."""
from __future__ import annotations

import importlib
import logging

import click

# Command name -> the module defining it (`command`, or `commands` for several). Modules are
# imported only when their command runs, so `tollwatch extract` does not load the server or Dask.
COMMANDS = {
    "extract": "extract",      # tollwatch extract
    "ingest": "ingest",        # tollwatch ingest PATH...
    "watch": "watch",          # tollwatch watch FEED... --every 15m
    "batch": "batch",          # tollwatch batch INPUTS... [--workers N]
    "search": "search",        # tollwatch search QUERY
    "migrate": "migrate",      # tollwatch migrate
    "eval": "eval",            # tollwatch eval FILE
    "serve": "serve",          # tollwatch serve
    "toll": "toll",            # tollwatch toll [CONFLICT]
    "conflicts": "toll",       # tollwatch conflicts
    "export": "export",        # tollwatch export --format acled-csv|ucdp-csv|geojson|jsonl
}


class _Commands(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"{__name__}.{COMMANDS[name]}")
        return next(c for c in getattr(module, "commands", None) or [module.command] if c.name == name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log lines (-vv for debug).")
@click.version_option(package_name="tollwatch")
def main(verbose: int) -> None:
    """Casualty figures from conflict reports, with evidence, reconciled into tolls."""
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s")
