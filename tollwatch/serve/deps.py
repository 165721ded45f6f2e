"""What every route needs, taken from the app's state (set once in create_app)."""
from __future__ import annotations

import gzip
from typing import Literal

from fastapi import Request
from fastapi.responses import Response

from ..errors import NotFound
from ..settings import Settings
from .view import View, json_bytes

Category = Literal["killed", "injured", "missing", "detained", "kidnapped", "displaced"]


def current_view(request: Request) -> View:
    return request.app.state.views.current()


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def store_of(request: Request):
    return request.app.state.store


def conflict_or_404(view: View, conflict_id: str, as_of=None) -> dict:
    toll = view.toll(conflict_id, as_of)
    if toll is None:
        raise NotFound(f"no conflict {conflict_id!r}", source=conflict_id)
    return toll


def reading_or_404(view: View, article_id: str):
    reading = view.readings.get(article_id)
    if reading is None:
        raise NotFound(f"no article {article_id!r}", source=article_id)
    return reading


def cached_answer(request: Request, view: View, key, render, media_type: str) -> Response:
    """`render()` (bytes), rendered once per View: the store has not changed, so neither has the
    answer. Clients that accept gzip get the body compressed, also once per View. An error
    raised by `render` (a 404) is raised every time, never kept."""
    if "gzip" in request.headers.get("accept-encoding", ""):
        body = view.rendered(("gzip", key), lambda: gzip.compress(view.rendered(key, render), 6))
        return Response(body, media_type=media_type,
                        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return Response(view.rendered(key, render), media_type=media_type,
                    headers={"Vary": "Accept-Encoding"})


def cached_json(request: Request, view: View, key, answer) -> Response:
    """`answer()` as JSON, rendered once per View (see `cached_answer`)."""
    return cached_answer(request, view, ("json", key), lambda: json_bytes(answer()),
                         "application/json")
