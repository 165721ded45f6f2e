"""Figures for the conflict page, shaped for plotly: each source's series, the band by side
(the map's incidents: event_map.py)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..models import Source
from ..resolve.sources import Said, SourceId, identify
from .view import claim_day


def source_series(claims: list[dict[str, Any]], category: str = "killed",
                  languages: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """What each source reported over time: one line per (source, victims' side).

    A source is one institution under its canonical name (resolve.sources.identify over the
    conflict's claims, as reconciliation names it): "Kyrgyz health ministry" and "Ministry of
    Health of the Kyrgyz Republic" are one line, "Ministry of Health of Kyrgyzstan". Historical
    figures and incidents inside a larger toll (`part_of`) are left out: a line shows the
    source's running toll, not every detail it gave. `languages`: {article id: language}.
    """
    languages = languages or {}
    ids = identify(Said(row["article_id"], row["id"], Source(**row["reported_by"]),
                        row["victims"].get("side"), languages.get(row["article_id"], "en"))
                   for row in claims)
    lines: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    about: dict[str, SourceId | None] = {}
    for row in claims:
        if row["category"] != category or row.get("historical") or row.get("part_of"):
            continue
        if row.get("scope") == "incident" or row.get("best") is None:
            continue
        day = claim_day(row)
        if day is None:
            continue
        sid = ids.get((row["article_id"], row["id"]))
        kind = row["reported_by"].get("kind")
        who = sid.name if sid else (f"Unnamed {kind} source" if kind else "Unattributed")
        about[who] = sid
        side = row["victims"].get("side") or "all"
        best = row["best"]
        kept = lines[(who, side)].get(day)
        if kept is None or best > kept["best"]:
            lines[(who, side)][day] = {"date": day, "best": best, "low": row["low"],
                                       "high": row["high"], "article_id": row["article_id"],
                                       "claim_id": row["id"]}
    return [{"source": who, "side": side, "kind": about[who].kind if about[who] else None,
             "country": about[who].country if about[who] else None,
             "points": [pts[d] for d in sorted(pts)]}
            for (who, side), pts in sorted(lines.items())]


def band_by_side(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The band points (date, side, low, best, high) regrouped as one series per side."""
    sides: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        sides[p["side"]].append(p)
    return [{"side": s, "points": sorted(ps, key=lambda p: p["date"])} for s, ps in sorted(sides.items())]
