"""Readings written by hand for reconciliation tests (no extraction involved)."""
from __future__ import annotations

from datetime import date

from tollwatch.models import Article, Claim, Period, Place, Reading, Source, Span, Victims


def claim(cid: str, category: str, low: int | None, high: int | None = "same", *,
          side: str | None = None, by: str | None = None, by_side: str | None = None,
          kind: str | None = "government", partisan: bool = False, verified: bool | None = None,
          scope: str = "side", part_of: str | None = None, historical: bool = False,
          country: str | None = None, place: str | None = None, day: date | None = None,
          best: int | None = None) -> Claim:
    if high == "same":
        high = low
    return Claim(
        id=cid, category=category, low=low, high=high, best=best, text=str(low),
        evidence=Span(0, 1, str(low)), rules="test.v1",
        victims=Victims("people", side), reported_by=Source(by, kind if by else None, by_side),
        verified=verified, partisan=partisan, scope=scope, part_of=part_of,
        historical=historical, period=Period(day, day),
        location=Place(name=place, country=country, admin1=place) if country else None,
    )


def reading(aid: str, published: date | None, *claims: Claim, text: str | None = None) -> Reading:
    text = text if text is not None else f"Report {aid}: " + "; ".join(
        f"{c.category} {c.low} {c.victims.side} per {c.reported_by.name}" for c in claims)
    return Reading(article=Article(id=aid, text=text, published=published), claims=tuple(claims))
