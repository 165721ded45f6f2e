"""The analyst's pages (server-rendered): overview, article, search (the conflict page is
page_conflict.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..models import CATEGORIES
from .api_articles import find_articles
from .deps import current_view, reading_or_404, store_of
from .highlight import explain, from_headline, segments
from .view import View

router = APIRouter(include_in_schema=False)


def headline(article, words: int = 12) -> str:
    """How a report is named in lists: its title, else its first words (never its hash)."""
    if article.title and article.title.strip():
        return article.title.strip()
    first = article.text.split()
    if not first:
        return f"(empty report {article.id})"
    return " ".join(first[:words]) + (" …" if len(first) > words else "")


def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
    t.env.filters["fig"] = lambda v: "—" if v is None else f"{v:,}"
    t.env.filters["headline"] = headline
    t.env.globals["CATEGORIES"] = CATEGORIES
    return t


def _render(request: Request, name: str, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, view: Annotated[View, Depends(current_view)]):
    articles = sorted(view.readings.values(), key=lambda r: (str(r.article.published or ""), r.article.id),
                      reverse=True)[:15]
    counts: dict[str, int] = {}
    for cid in view.conflict_of.values():
        counts[cid] = counts.get(cid, 0) + 1
    return _render(request, "overview.html", tolls=view.tolls(), articles=articles, counts=counts,
                   conflict_of=view.conflict_of)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request, view: Annotated[View, Depends(current_view)]):
    reading = reading_or_404(view, article_id)
    return _render(request, "article.html", reading=reading, segments=segments(reading),
                   headline_claims=from_headline(reading),
                   explain=explain, conflict=view.conflict_of.get(article_id))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, view: Annotated[View, Depends(current_view)], store=Depends(store_of),
                q: Annotated[str, Query(max_length=200)] = ""):
    found = find_articles(store, q, 50) if q.strip() else []
    hits = [(view.readings[h["id"]], h) for h in found if h["id"] in view.readings]
    return _render(request, "search.html", q=q, hits=hits,
                   some=bool(hits) and hits[0][1]["matched"] == "some")
