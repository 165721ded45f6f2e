"""Readings to table rows and back, losslessly: `rows_to_reading(reading_to_rows(r)) == r`."""
from __future__ import annotations

import json
import logging
from dataclasses import fields
from datetime import date, datetime, timezone
from typing import Any

from ..models import (CATEGORIES, Actor, Article, Claim, Event, EventDate, Period, Place,
                      Range, Reading, Source, Span, Toll, Victims)
from .urls import canonical_url

log = logging.getLogger(__name__)

_ARTICLE_COLUMNS = {"id", "text", "title", "url", "published", "published_inferred",
                    "language", "outlet", "origin"}
_CLAIM_COLUMNS = {"id", "category", "low", "high", "text", "evidence", "rules", "approximate",
                  "best", "victims", "reported_by", "verified", "partisan", "period",
                  "location", "scope", "part_of", "historical", "cumulative"}
_EVENT_COLUMNS = {"id", "event_type", "sub_event_type", "evidence", "date", "actors",
                  "location", "claims", "rules"}


def _extra(obj: Any, known: set[str]) -> dict | None:
    """Model fields added after the schema: kept in a JSON column when JSON can carry them."""
    out = {}
    for f in fields(obj):
        if f.name in known:
            continue
        value = getattr(obj, f.name)
        value = list(value) if isinstance(value, tuple) else value
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            log.warning("store: %s.%s is not JSON; not stored", type(obj).__name__, f.name)
            continue
        out[f.name] = value
    return out or None


def _with_extra(cls: type, extra: dict | None) -> dict:
    if not extra:
        return {}
    names = {f.name: f for f in fields(cls)}
    out = {}
    for k, v in extra.items():
        if k in names:
            out[k] = tuple(v) if isinstance(v, list) else v
    return out


def _place(p: Place | None) -> dict | None:
    return None if p is None else {f.name: getattr(p, f.name) for f in fields(Place)}


def _evidence(span: Span) -> dict:
    return {"evidence_start": span.start, "evidence_end": span.end,
            "evidence_sentence": span.sentence}


def article_row(reading: Reading) -> dict:
    a = reading.article
    return {"id": a.id, "hash": a.hash, "url": a.url, "canonical_url": canonical_url(a.url),
            "title": a.title, "text": a.text, "published": a.published,
            "published_inferred": a.published_inferred, "language": a.language,
            "outlet": a.outlet, "origin": a.origin, "toll": reading.toll.to_dict(),
            "extra": _extra(a, _ARTICLE_COLUMNS), "stored_at": datetime.now(timezone.utc)}


def claim_row(article_id: str, position: int, c: Claim) -> dict:
    return {"article_id": article_id, "id": c.id, "position": position,
            "category": c.category, "low": c.low, "high": c.high, "best": c.best,
            "best_value": c.best_value, "approximate": c.approximate, "text": c.text,
            "victims_group": c.victims.group, "victims_side": c.victims.side,
            "reported_by_name": c.reported_by.name, "reported_by_kind": c.reported_by.kind,
            "reported_by_side": c.reported_by.side, "verified": c.verified,
            "partisan": c.partisan, "rules": c.rules, "period_start": c.period.start,
            "period_end": c.period.end, "location": _place(c.location),
            "country": c.location.country if c.location else None, "scope": c.scope,
            "part_of": c.part_of, "historical": c.historical, "cumulative": c.cumulative,
            **_evidence(c.evidence), "extra": _extra(c, _CLAIM_COLUMNS)}


def event_row(article_id: str, position: int, e: Event) -> dict:
    return {"article_id": article_id, "id": e.id, "position": position,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "date_start": e.date.start, "date_end": e.date.end,
            "date_precision": e.date.precision,
            "actors": [{f.name: getattr(a, f.name) for f in fields(Actor)} for a in e.actors],
            "location": _place(e.location),
            "country": e.location.country if e.location else None,
            "claims": list(e.claims), "rules": e.rules, **_evidence(e.evidence),
            "extra": _extra(e, _EVENT_COLUMNS)}


def _as_date(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value))


def _span(row: Any) -> Span:
    return Span(row.evidence_start, row.evidence_end, row.evidence_sentence)


def _opt_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def to_claim(row: Any) -> Claim:
    return Claim(
        id=row.id, category=row.category, low=row.low, high=row.high, text=row.text,
        evidence=_span(row), rules=row.rules, approximate=bool(row.approximate), best=row.best,
        victims=Victims(row.victims_group, row.victims_side),
        reported_by=Source(row.reported_by_name, row.reported_by_kind, row.reported_by_side),
        verified=_opt_bool(row.verified), partisan=bool(row.partisan),
        period=Period(_as_date(row.period_start), _as_date(row.period_end)),
        location=Place(**row.location) if row.location is not None else None,
        scope=row.scope, part_of=row.part_of, historical=bool(row.historical),
        cumulative=bool(row.cumulative), **_with_extra(Claim, row.extra))


def to_event(row: Any) -> Event:
    return Event(
        id=row.id, event_type=row.event_type, sub_event_type=row.sub_event_type,
        evidence=_span(row),
        date=EventDate(_as_date(row.date_start), _as_date(row.date_end), row.date_precision),
        actors=tuple(Actor(**a) for a in row.actors),
        location=Place(**row.location) if row.location is not None else None,
        claims=tuple(row.claims), rules=row.rules, **_with_extra(Event, row.extra))


def to_toll(data: dict) -> Toll:
    return Toll(**{c: Range(**data[c]) for c in CATEGORIES if c in data})


def to_reading(row: Any, claim_rows: list, event_rows: list) -> Reading:
    article = Article(
        id=row.id, text=row.text, title=row.title, url=row.url,
        published=_as_date(row.published), published_inferred=bool(row.published_inferred),
        language=row.language, outlet=row.outlet, origin=row.origin,
        **_with_extra(Article, row.extra))
    return Reading(article=article,
                   claims=tuple(to_claim(r) for r in sorted(claim_rows, key=lambda r: r.position)),
                   events=tuple(to_event(r) for r in sorted(event_rows, key=lambda r: r.position)),
                   toll=to_toll(row.toll))
