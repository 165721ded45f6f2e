"""tollwatch serve: the HTTP API and dashboard over a store."""
from __future__ import annotations

import click

from ..serve.app import serve
from .common import db_option, settings_from


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
def command(db: str | None, host: str, port: int) -> None:
    """Serve the read/write API (/api/v1) and the dashboard (/) with uvicorn."""
    serve(settings_from(db=db), host=host, port=port)
