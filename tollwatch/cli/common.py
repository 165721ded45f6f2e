"""Options and helpers shared by commands."""
from __future__ import annotations

from datetime import date

import click

from ..settings import load_settings


def iso_date(_ctx, _param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}")


db_option = click.option("--db", "db", default=None, metavar="URL",
                         help="SQLAlchemy URL of the store (default sqlite:///tollwatch.db, "
                              "or $TOLLWATCH_DB).")
published_option = click.option("--published", callback=iso_date, metavar="YYYY-MM-DD",
                                help="Publication date for inputs that carry none.")
allow_private_option = click.option("--allow-private", is_flag=True, default=None,
                                    help="Allow fetching URLs on loopback or private addresses.")
quiet_option = click.option("-q", "--quiet", is_flag=True, default=False,
                            help="No progress bar.")


def settings_from(**overrides):
    return load_settings(**overrides)
