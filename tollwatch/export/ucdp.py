"""UCDP GED-style CSV: one row per event with deaths, split by side (UCDP GED codebook)."""
from __future__ import annotations

from typing import Iterable

from ..models import Reading
from . import common

COLUMNS = ("date_start", "date_end", "where_prec", "date_prec", "side_a", "side_b", "deaths_a",
           "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low", "high",
           "source_article", "source_original")

# UCDP where_prec: 1 exact place, 3 second-order admin (district), 4 first-order admin, 6 country.
WHERE_PREC = {1: 1, 2: 3, 3: 4}
# UCDP date_prec: 1 exact day, 2 a 2-6 day span, 3 a week, 4 a month.
DATE_PREC = {"day": 1, "week": 3, "month": 4}


def ucdp_rows(readings: Iterable[Reading]) -> list[dict]:
    rows = []
    for reading, ev in common.all_events(readings):
        killed = common.event_claims(reading, ev)
        if not killed:
            continue
        actors = sorted(ev.actors, key=lambda a: (a.inter != 1, a.role))  # a state is side A
        armed = [a for a in actors if a.inter != 7]
        side_a = armed[0] if armed else None
        side_b = armed[1] if len(armed) > 1 else None
        deaths = {"a": 0, "b": 0, "civilians": 0, "unknown": 0}
        counted = [c for c in killed if c.part_of is None and c.scope != "total"] or killed
        for c in counted:
            n = c.best_value or 0
            if side_a and c.victims.side and c.victims.side == side_a.side:
                deaths["a"] += n
            elif side_b and c.victims.side and c.victims.side == side_b.side:
                deaths["b"] += n
            elif c.victims.group and "civilian" in c.victims.group.lower():
                deaths["civilians"] += n
            else:
                deaths["unknown"] += n
        best = sum(deaths.values())
        low = common.conservative(killed)
        highs = [c.high for c in counted]
        high = sum(highs) if all(h is not None for h in highs) else ""
        if high != "" and high < best:
            high = best
        loc, d = ev.location, ev.date
        where = WHERE_PREC.get(loc.precision, 6) if loc and loc.admin1 else (6 if loc else "")
        if d.precision == "week" and d.start and d.end and (d.end - d.start).days < 7:
            date_prec = 2
        else:
            date_prec = DATE_PREC.get(d.precision or "", "")
        rows.append({
            "date_start": common.iso_date(d.start), "date_end": common.iso_date(d.end),
            "where_prec": where, "date_prec": date_prec,
            "side_a": side_a.name if side_a else "", "side_b": side_b.name if side_b else "",
            "deaths_a": deaths["a"], "deaths_b": deaths["b"], "deaths_civilians": deaths["civilians"],
            "deaths_unknown": deaths["unknown"], "best": best, "low": min(low, best), "high": high,
            "source_article": reading.article.title or reading.article.url or reading.article.id,
            "source_original": "; ".join(common.sources(reading, ev)),
        })
    return rows


def to_ucdp_csv(readings: Iterable[Reading]) -> str:
    """UCDP-style CSV text; only events with deaths (as GED records only fatal events)."""
    return common.csv_text(COLUMNS, ucdp_rows(readings))
