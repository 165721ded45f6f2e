"""JSON Lines: one object per incident (and per aggregate row), or one contract object per
article (`articles-jsonl`)."""
from __future__ import annotations

import json
from typing import Any, Iterable

from ..models import Reading
from ..resolve.apportion import RULES as APPORTION
from ..resolve.incidents import RULES as INCIDENTS
from . import common
from .events import EventRow
from .places import checked_place


def event_object(row: EventRow) -> dict[str, Any]:
    """An incident (or aggregate row) with its killed, where they come from, and its sources."""
    low, best, high = row.killed
    out: dict[str, Any] = {
        "id": row.incident.id if row.incident else f"{row.conflict.id}:aggregate:{row.side}",
        "conflict": row.conflict.id, "as_of": common.iso_date(row.as_of) or None,
        "killed": {"low": low, "best": best, "high": high},
        "killed_by_side": row.deaths_by_side(),
        "fatalities_basis": row.basis,
        "fatalities_stated": row.deaths.stated if row.incident else 0,
        "fatalities_apportioned": row.deaths.apportioned if row.incident else 0,
        "rules": [INCIDENTS, APPORTION],
    }
    inc = row.incident
    if inc is None:
        out.update(side=row.side, event=None)
        return out
    ev = inc.event.to_dict()
    loc = checked_place(inc.event.location)
    ev["location"] = loc.to_dict() if loc else None
    out.update(
        event=ev, first_reported=common.iso_date(inc.first_reported) or None,
        sources=common.sources(inc), source_scale=common.source_scale(inc),
        articles=list(inc.articles), claims=list(inc.claims),
        members=[{"article": m.reading.article.id, "event": m.event.id,
                  "published": common.iso_date(m.published) or None} for m in inc.members],
    )
    return out


def to_jsonl(rows: list[EventRow]) -> str:
    return "".join(json.dumps(event_object(r), ensure_ascii=False) + "\n" for r in rows)


def articles_jsonl(readings: Iterable[Reading]) -> str:
    """One contract object (Reading.to_dict) per article."""
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in readings)
