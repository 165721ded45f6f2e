"""The filters claims and events share (conflict, source, side, category, verified, dates)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query

from .deps import Category
from .view import claim_day


@dataclass(frozen=True)
class ClaimFilter:
    conflict: str | None = None
    source: str | None = None
    side: str | None = None
    category: str | None = None
    verified: str | None = None
    since: date | None = None
    until: date | None = None
    article: str | None = None

    def keeps_claim(self, row: dict[str, Any]) -> bool:
        if self.conflict is not None and row.get("conflict") != self.conflict:
            return False
        if self.article is not None and row.get("article_id") != self.article:
            return False
        if self.category is not None and row.get("category") != self.category:
            return False
        if self.side is not None and not _same_side(row["victims"].get("side"), self.side):
            return False
        if self.source is not None:
            who = " ".join(filter(None, (row["reported_by"].get("name"), row["reported_by"].get("kind"))))
            if self.source.lower() not in who.lower():
                return False
        if self.verified is not None and _verified_word(row.get("verified")) != self.verified:
            return False
        return self._in_dates(claim_day(row))

    def keeps_event(self, row: dict[str, Any], claims_by_id: dict | None = None) -> bool:
        if self.conflict is not None and row.get("conflict") != self.conflict:
            return False
        if self.article is not None and row.get("article_id") != self.article:
            return False
        if self.side is not None and not any(_same_side(a.get("side"), self.side) for a in row["actors"]):
            return False
        if self.category is not None or self.source is not None or self.verified is not None:
            claims = [claims_by_id.get((row["article_id"], c)) for c in row["claims"]] if claims_by_id else []
            probe = ClaimFilter(category=self.category, source=self.source, verified=self.verified)
            if not any(c is not None and probe.keeps_claim(c) for c in claims):
                return False
        day = (row.get("date") or {}).get("start") or row.get("published")
        return self._in_dates(day)

    def _in_dates(self, day: str | None) -> bool:
        if self.since is None and self.until is None:
            return True
        if day is None:
            return False
        if self.since is not None and day < self.since.isoformat():
            return False
        return self.until is None or day <= self.until.isoformat()


def _same_side(value: str | None, wanted: str) -> bool:
    if wanted == "none":
        return value is None
    return value is not None and value.lower() == wanted.lower()


def _verified_word(value: bool | None) -> str:
    return {True: "true", False: "false", None: "unknown"}[value]


def claim_filter(
    conflict: Annotated[str | None, Query(description="Conflict id (see /api/v1/conflicts).")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Part of the reporting source's name or kind, e.g. 'ministry'.")] = None,
    side: Annotated[str | None, Query(max_length=40, description="Victims' side: ISO code ('KG'), group id ('taliban'), or 'none'.")] = None,
    category: Category | None = None,
    verified: Literal["true", "false", "unknown"] | None = None,
    since: Annotated[date | None, Query(description="Claims about days from this date.")] = None,
    until: Annotated[date | None, Query(description="Claims about days up to this date.")] = None,
    article: Annotated[str | None, Query(max_length=200, description="Only this article's claims.")] = None,
) -> ClaimFilter:
    return ClaimFilter(conflict, source, side, category, verified, since, until, article)


def page(items: list, limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
