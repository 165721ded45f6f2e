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


@router.get("/search", summary="Full-text search over articles")
def search(q: Annotated[str, Query(min_length=1, max_length=200)],
           view: Annotated[View, Depends(current_view)], store=Depends(store_of),
           limit: Limit = 20) -> dict[str, Any]:
    ids = find_articles(store, view, q, limit)
    items = [article_summary(view.readings[i], view.conflict_of.get(i)) | {"snippet": snippet(view.readings[i], q)}
             for i in ids if i in view.readings]
    return {"query": q, "total": len(items), "items": items}


def find_articles(store, view: View, q: str, limit: int) -> list[str]:
    """The store's full-text search (FTS5 / tsvector); every word must appear otherwise."""
    found = []
    if hasattr(store, "search"):
        for hit in store.search(q, limit=limit):
            aid = _article_id(hit)
            if aid and aid not in found:
                found.append(aid)
        return found
    words = q.lower().split()
    for aid, r in view.readings.items():
        hay = f"{r.article.title or ''} {r.article.text}".lower()
        if all(w in hay for w in words):
            found.append(aid)
    return found[:limit]


def _article_id(hit: Any) -> str | None:
    if isinstance(hit, Reading):
        return hit.article.id
    if isinstance(hit, str):
        return hit
    if isinstance(hit, dict):
        return hit.get("article_id") or hit.get("id")
    return getattr(hit, "id", None)


def snippet(reading: Reading, q: str, width: int = 90) -> str:
    text = reading.article.text
    at = max((text.lower().find(w) for w in q.lower().split()), default=-1)
    if at < 0:
        return text[: 2 * width]
    start = max(0, at - width)
    return ("…" if start else "") + text[start:at + width] + ("…" if at + width < len(text) else "")
