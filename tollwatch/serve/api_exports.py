"""/api/v1/exports: the store's readings in the field's formats, as downloads."""
from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from .. import export
from .deps import current_view
from .view import View

router = APIRouter(prefix="/api/v1/exports", tags=["exports"])

FORMATS = {
    "acled.csv": ("text/csv; charset=utf-8", "acled_csv"),
    "ucdp.csv": ("text/csv; charset=utf-8", "ucdp_csv"),
    "events.geojson": ("application/geo+json", "geojson"),
}


@router.get("/{name}", summary="Download an export: ACLED CSV, UCDP-style CSV or GeoJSON",
            response_class=Response,
            responses={200: {"content": {"text/csv": {}, "application/geo+json": {}}}})
def download(name: Literal["acled.csv", "ucdp.csv", "events.geojson"],
             view: Annotated[View, Depends(current_view)],
             conflict: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    media, func = FORMATS[name]
    readings = [r for aid, r in view.readings.items()
                if conflict is None or view.conflict_of.get(aid) == conflict]
    body = getattr(export, func)(readings)
    if not isinstance(body, (str, bytes)):
        body = json.dumps(body, ensure_ascii=False)
    stem = f"tollwatch-{conflict}" if conflict else "tollwatch"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{stem}-{name}"'})
