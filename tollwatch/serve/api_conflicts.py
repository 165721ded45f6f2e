"""/api/v1/conflicts: the reconciled toll of each conflict, and its dated series."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from .deps import Category, cached_json, conflict_or_404, current_view
from .view import View

router = APIRouter(prefix="/api/v1/conflicts", tags=["conflicts"])

AsOf = Annotated[date | None, Query(description="The toll as it stood on this day (YYYY-MM-DD).")]


DETAIL = ("series", "claims", "disputes", "articles", "band")


@router.get("", summary="Every conflict with its reconciled toll")
def list_conflicts(request: Request, view: Annotated[View, Depends(current_view)], as_of: AsOf = None,
                   full: Annotated[bool, Query(description="Include each toll's series, claims, "
                                               "disputes and articles (long).")] = False) -> dict[str, Any]:
    """The tolls by category and side; `full=true` adds the lists that `/conflicts/{id}` gives."""
    def answer() -> dict[str, Any]:
        tolls = view.tolls(as_of)
        if not full:
            tolls = [{k: v for k, v in t.items() if k not in DETAIL}
                     | {"disputed": len(t.get("disputes") or [])} for t in tolls]
        return {"as_of": as_of.isoformat() if as_of else None, "total": len(tolls), "items": tolls}
    return cached_json(request, view, ("conflicts", as_of, full), answer)


@router.get("/{conflict_id}", summary="One conflict's reconciled toll (by side, with disputes)")
def get_conflict(conflict_id: str, request: Request, view: Annotated[View, Depends(current_view)],
                 as_of: AsOf = None) -> dict[str, Any]:
    """The toll with its series, band, claims (figures with their reports), disputes and articles."""
    return cached_json(request, view, ("conflict", conflict_id, as_of),
                       lambda: conflict_or_404(view, conflict_id, as_of))


@router.get("/{conflict_id}/series", summary="The dated series of a conflict's toll")
def get_series(conflict_id: str, request: Request, view: Annotated[View, Depends(current_view)],
               category: Category | None = None,
               as_of: AsOf = None) -> dict[str, Any]:
    """`series`: the reconciled best figure per day, category and side; `band`: low/best/high by
    side as the toll stood at the end of each day a report came in (category `killed` unless
    given)."""
    def answer() -> dict[str, Any]:
        toll = conflict_or_404(view, conflict_id, as_of)
        series = [p for p in toll.get("series") or [] if category is None or p.get("category") == category]
        band = view.band(conflict_id, category or "killed", as_of)
        return {"conflict": toll["conflict"], "series": series, "band": band}
    return cached_json(request, view, ("series", conflict_id, category, as_of), answer)
