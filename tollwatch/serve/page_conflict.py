"""The conflict page: the toll, its charts, map and claims as they stood on a day (`?as_of=`),
each claim with its role in the toll, filtered by role, side and category."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from ..errors import NotFound
from ..models import CATEGORIES
from ..resolve.episodes import published_by
from . import charts
from .deps import cached_answer, conflict_or_404, current_view
from .event_map import incident_map
from .errors import BadRequest
from .roles import LABELS, ROLES, with_roles
from .view import View

router = APIRouter(include_in_schema=False)

TABLE_PAGE = 200
Word = Annotated[str, Query(max_length=40)]


def conflict_parts(view: View, conflict_id: str, as_of: date | None) -> dict[str, Any]:
    """The conflict's claims (oldest report first, each with its role), chart data and map
    (its incidents, as the exports count them: serve/event_map.py) from the reports published
    by `as_of`; computed once per View and day."""
    toll = view.toll(conflict_id, as_of)
    shown = [r for r in view.claims if r.get("conflict") == conflict_id
             and published_by(view.readings[r["article_id"]], as_of)]
    shown.sort(key=lambda r: (r.get("published") or "", r["article_id"], r["id"]))
    claims = with_roles(shown, toll, view.claim_index)
    chart = {"band": charts.band_by_side(view.band(conflict_id, "killed", as_of)),
             "sources": charts.source_series(claims, "killed"),
             "map": incident_map(view.readings.values(), conflict_id, as_of, view.claim_index,
                                 episodes=view.episodes)}
    return {"claims": claims, "chart": chart,
            "sides": sorted({r["victims"].get("side") or "" for r in claims} - {""}),
            "categories": [c for c in CATEGORIES if any(r["category"] == c for r in claims)]}


def _day(as_of: str) -> date | None:
    if not as_of:
        return None
    try:
        return date.fromisoformat(as_of)
    except ValueError:
        raise BadRequest(f"as_of: {as_of!r} is not a date (YYYY-MM-DD)", source="as_of") from None


def _toll(view: View, conflict_id: str, day: date | None) -> dict[str, Any]:
    toll = view.toll(conflict_id, day)
    if toll is None and day is not None:
        latest = conflict_or_404(view, conflict_id)
        began = latest["conflict"].get("start") or "?"
        raise NotFound(f"{latest['conflict']['name']} had not begun on {day.isoformat()}: "
                       f"its first report is dated {began}", source=conflict_id)
    return conflict_or_404(view, conflict_id, day)


@router.get("/conflicts/{conflict_id}", response_class=HTMLResponse)
def conflict_page(conflict_id: str, request: Request, view: Annotated[View, Depends(current_view)],
                  offset: Annotated[int, Query(ge=0)] = 0, as_of: Word = "", role: Word = "",
                  side: Word = "", category: Word = ""):
    day = _day(as_of)
    if role and role not in ROLES:
        raise BadRequest(f"role: {role!r} is not one of {', '.join(ROLES)}", source="role")
    toll = _toll(view, conflict_id, day)
    latest = view.toll(conflict_id)

    def page() -> bytes:
        parts = view.memo(("conflict-page", conflict_id, day),
                          lambda: conflict_parts(view, conflict_id, day))
        chart = dict(parts["chart"], topojson=str(request.url_for("static", path="topojson/")))
        claims = [r for r in parts["claims"] if (not role or r["role"]["role"] == role)
                  and (not side or (r["victims"].get("side") or "") == side)
                  and (not category or r["category"] == category)]
        kept = {"as_of": day.isoformat() if day else "", "role": role, "side": side,
                "category": category}
        def link(**change) -> str:
            return "?" + urlencode({k: v for k, v in (kept | change).items() if v})
        return request.app.state.templates.TemplateResponse(request, "conflict.html", dict(
            toll=toll, latest=latest, as_of=day, claims=claims[offset:offset + TABLE_PAGE],
            n_claims=len(claims), n_all=len(parts["claims"]), offset=offset,
            page_size=TABLE_PAGE, chart=chart, link=link,
            roles=ROLES, role_labels=LABELS, sides=parts["sides"], categories=parts["categories"],
            chosen={"role": role, "side": side, "category": category})).body
    # the page depends on the store (one View), the conflict, the day, the filters, the table
    # page and the host
    key = ("conflict-page", conflict_id, day, role, side, category, offset, str(request.base_url))
    return cached_answer(request, view, key, page, "text/html; charset=utf-8")
