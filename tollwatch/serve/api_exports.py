"""/api/v1/exports: the store's incidents in the field's formats, as downloads."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from ..export import export_readings
from .deps import conflict_or_404, current_view
from .view import View

router = APIRouter(prefix="/api/v1/exports", tags=["exports"])

FORMATS = {
    "acled.csv": ("text/csv; charset=utf-8", "acled-csv"),
    "ucdp.csv": ("text/csv; charset=utf-8", "ucdp-csv"),
    "events.geojson": ("application/geo+json", "geojson"),
    "events.jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
}


@router.get("/{name}", summary="Download an export: ACLED CSV, UCDP-style CSV, GeoJSON or JSON Lines",
            response_class=Response,
            responses={200: {"content": {"text/csv": {}, "application/geo+json": {},
                                         "application/x-ndjson": {}}}})
def download(name: Literal["acled.csv", "ucdp.csv", "events.geojson", "events.jsonl"],
             view: Annotated[View, Depends(current_view)],
             conflict: Annotated[str | None, Query(max_length=200)] = None,
             as_of: Annotated[date | None, Query(description="As it stood that day")] = None
             ) -> Response:
    """Incidents with killed adding up to the conflict's toll as of `as_of` (docs/EXPORTS.md)."""
    media, fmt = FORMATS[name]
    if conflict is not None:
        conflict_or_404(view, conflict)
    body = export_readings(view.readings.values(), fmt, as_of=as_of, conflict=conflict)
    stem = "tollwatch-" + re.sub(r"[^A-Za-z0-9._-]+", "_", conflict) if conflict else "tollwatch"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{stem}-{name}"'})
