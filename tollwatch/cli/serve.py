"""tollwatch serve: the HTTP API and dashboard over a store."""
from __future__ import annotations

import click

from .common import db_option, reading_store, settings_from


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
def command(db: str | None, host: str, port: int) -> None:
    """Serve the dashboard (http://HOST:PORT/), the read/write API (/api/v1) and its docs
    (/api/v1/docs) with uvicorn. Without a write token the store must exist (`tollwatch ingest`
    makes one); with one ($TOLLWATCH_TOKEN) the server writes, and creates the store if need be."""
    settings = settings_from(db=db)
    with reading_store(settings.db, writes=bool(settings.token)) as store:
        import uvicorn  # the server's libraries load once the store is known to be there

        from ..serve.app import create_app

        app = create_app(settings, store=store)
        uvicorn.run(app, host=host, port=port, log_level="warning" if settings.quiet else "info")
