"""/api/v1/articles and /api/v1/search: each report with its claims and evidence spans."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ..models import Reading
from .deps import current_view, reading_or_404, store_of
from .filters import Limit, Offset, page
from .view import View

router = APIRouter(prefix="/api/v1", tags=["articles"])

def article_summary(reading: Reading, conflict: str | None) -> dict[str, Any]:
    a = reading.article
    return {"id": a.id, "title": a.title, "url": a.url,
            "published": a.published.isoformat() if a.published else None,
            "conflict": conflict, "claims": len(reading.claims), "events": len(reading.events),
            "killed": reading.toll.killed.to_dict()}

def article_detail(reading: Reading, conflict: str | None) -> dict[str, Any]:
    """The contract's article object plus its text (every evidence offset refers to it)."""
    out = reading.to_dict()
    out.update(text=reading.article.text, conflict=conflict)
    return out

@router.get("/articles", summary="Articles read, newest first")
def list_articles(view: Annotated[View, Depends(current_view)],
                  conflict: Annotated[str | None, Query(max_length=200)] = None,
                  limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    rows = [article_summary(r, view.conflict_of.get(aid)) for aid, r in view.readings.items()
            if conflict is None or view.conflict_of.get(aid) == conflict]
    rows.sort(key=lambda r: (r["published"] or "", r["id"]), reverse=True)
    return page(rows, limit, offset)

@router.get("/articles/{article_id}", summary="One article: text, claims with evidence spans, events, toll")
def get_article(article_id: str, view: Annotated[View, Depends(current_view)]) -> dict[str, Any]:
    return article_detail(reading_or_404(view, article_id), view.conflict_of.get(article_id))

@router.get("/search", summary="Full-text search over articles, best first, with the matching passage")
def search(q: Annotated[str, Query(min_length=1, max_length=200)],
           view: Annotated[View, Depends(current_view)], store=Depends(store_of),
           limit: Limit = 20) -> dict[str, Any]:
    """Words match by stem in each article's language ("quoted phrase", `or`, `-word`). Each
    item: the article's summary plus `rank` (higher is better), `matched` ("all" words, or
    "some" when no article has them all), `snippet` (the best passage, matches in [brackets])
    and `passage` (the same as [[text, is_match], ...])."""
    items = [article_summary(view.readings[h["id"]], view.conflict_of.get(h["id"]))
             | {k: h[k] for k in ("rank", "matched", "snippet", "passage")}
             for h in find_articles(store, q, limit) if h["id"] in view.readings]
    return {"query": q, "total": len(items), "items": items}

def find_articles(store, q: str, limit: int) -> list[dict[str, Any]]:
    """The store's full-text search (FTS5 / PostgreSQL text search): see tollwatch.store.search."""
    return store.search(q, limit=limit)
