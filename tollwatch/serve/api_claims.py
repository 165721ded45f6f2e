"""/api/v1/claims and /api/v1/events: every figure and event read, filtered and paged."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends

from .deps import current_view
from .filters import ClaimFilter, Limit, Offset, claim_filter, page
from .view import View

router = APIRouter(prefix="/api/v1", tags=["claims"])


@router.get("/claims", summary="Claims (one figure about one set of victims, as one source states it)")
def list_claims(view: Annotated[View, Depends(current_view)],
                where: Annotated[ClaimFilter, Depends(claim_filter)],
                limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Each item is the contract's claim plus `article_id`, `article_title`, `conflict`, `published`."""
    rows = view.memo(("claims", where), lambda: [r for r in view.claims if where.keeps_claim(r)])
    return page(rows, limit, offset)


@router.get("/events", summary="Events (ACLED-coded), as JSON or GeoJSON")
def list_events(view: Annotated[View, Depends(current_view)],
                where: Annotated[ClaimFilter, Depends(claim_filter)],
                limit: Limit = 100, offset: Offset = 0,
                format: Literal["json", "geojson"] = "json") -> dict[str, Any]:
    """Filters as for claims; `side` matches an actor's side, `category`/`source`/`verified`
    keep events with a matching claim. `format=geojson` gives a FeatureCollection of the page's
    located events."""
    rows = view.memo(("events", where),
                     lambda: [r for r in view.events if where.keeps_event(r, view.claim_index)])
    result = page(rows, limit, offset)
    if format == "geojson":
        return {"type": "FeatureCollection", "total": result["total"],
                "features": [f for f in map(event_feature, result["items"]) if f is not None]}
    return result


def event_feature(row: dict[str, Any]) -> dict[str, Any] | None:
    loc = row.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    props = {k: v for k, v in row.items() if k not in ("location",)}
    props.update(place=loc.get("name"), country=loc.get("country"), admin1=loc.get("admin1"))
    return {"type": "Feature", "id": f"{row['article_id']}/{row['id']}",
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": props}
