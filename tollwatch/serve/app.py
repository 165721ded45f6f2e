"""The HTTP application: read API, write API and dashboard over one store."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from ..settings import Settings
from . import (api_articles, api_claims, api_conflicts, api_exports, dashboard, errors,
               page_conflict, write)
from .view import ViewCache

DESCRIPTION = """Casualty claims read from conflict reports, with their evidence, and the
reconciled toll of each conflict. Every error answers `{"error": {"code", "message", "source"}}`.
Writes need `Authorization: Bearer <token>` (setting `token`, env `TOLLWATCH_TOKEN`)."""

# Swagger UI is served from the package (vendored from swagger-ui-dist, Apache-2.0, see
# static/vendor/SWAGGER_UI), never from a CDN: the API docs work offline.
SWAGGER_UI = "vendor/swagger-ui-5.35.0"


def create_app(settings: Settings, store=None) -> FastAPI:
    """The app over `store` (opened from `settings.db` when not given)."""
    if store is None:
        from ..store import open_store
        store = open_store(settings.db)
    from importlib.metadata import version

    app = FastAPI(title="tollwatch", version=version("tollwatch"), description=DESCRIPTION,
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.store = store
    app.state.views = ViewCache(store)
    app.state.templates = dashboard.templates()
    errors.install(app)
    for module in (api_conflicts, api_claims, api_articles, api_exports, write, dashboard,
                   page_conflict):
        app.include_router(module.router)
    app.add_api_route("/api/v1/docs", api_docs, include_in_schema=False, response_class=HTMLResponse)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).with_name("static"))), name="static")
    app.add_middleware(errors.BodyLimit, limit=settings.max_request_bytes)
    return app


def api_docs() -> HTMLResponse:
    """Swagger UI over /api/v1/openapi.json, its script and stylesheet from /static."""
    return get_swagger_ui_html(
        openapi_url="/api/v1/openapi.json", title="tollwatch API",
        swagger_js_url=f"/static/{SWAGGER_UI}/swagger-ui-bundle.js",
        swagger_css_url=f"/static/{SWAGGER_UI}/swagger-ui.css",
        swagger_favicon_url=f"/static/{SWAGGER_UI}/favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None})   # no badge from validator.swagger.io


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning" if settings.quiet else "info")
