"""The HTTP application: read API, write API and dashboard over one store."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..settings import Settings
from . import api_articles, api_claims, api_conflicts, api_exports, dashboard, errors, write
from .view import ViewCache

DESCRIPTION = """Casualty claims read from conflict reports, with their evidence, and the
reconciled toll of each conflict. Every error answers `{"error": {"code", "message", "source"}}`.
Writes need `Authorization: Bearer <token>` (setting `token`, env `TOLLWATCH_TOKEN`)."""


def create_app(settings: Settings, store=None) -> FastAPI:
    """The app over `store` (opened from `settings.db` when not given)."""
    if store is None:
        from ..store import open_store
        store = open_store(settings.db)
    from importlib.metadata import version

    app = FastAPI(title="tollwatch", version=version("tollwatch"), description=DESCRIPTION,
                  openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs", redoc_url=None)
    app.state.settings = settings
    app.state.store = store
    app.state.views = ViewCache(store)
    app.state.templates = dashboard.templates()
    errors.install(app)
    for module in (api_conflicts, api_claims, api_articles, api_exports, write, dashboard):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).with_name("static"))), name="static")
    app.add_middleware(errors.BodyLimit, limit=settings.max_request_bytes)
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning" if settings.quiet else "info")
