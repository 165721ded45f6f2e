"""ACLED-style CSV: one row per event, with ACLED's column names (ACLED codebook)."""
from __future__ import annotations

from datetime import datetime, time, timezone
from typing import Iterable

from ..extract.events.gazetteer import district_of
from ..models import Reading
from . import common

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
           "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
           "notes", "fatalities", "tags", "timestamp")

DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}


def _interaction(a: int | None, b: int | None) -> str:
    codes = sorted(c for c in (a, b) if c)
    if not codes:
        return ""
    return str(codes[0] * 10 + (codes[1] if len(codes) > 1 else 0))


def acled_rows(readings: Iterable[Reading]) -> list[dict]:
    rows = []
    for reading, ev in common.all_events(readings):
        roles = {a.role: a for a in ev.actors}
        a1, a2 = roles.get("actor1"), roles.get("actor2")
        iso3, country, numeric = common.country_of(ev)
        loc = ev.location
        iso2 = loc.country if loc else None
        start = ev.date.start
        disorder = DISORDER.get(ev.event_type, "")
        if ev.sub_event_type == "Excessive force against protesters":
            disorder = "Political violence; Demonstrations"
        published = reading.article.published
        stamp = int(datetime.combine(published, time(), timezone.utc).timestamp()) if published else ""
        rows.append({
            "event_id_cnty": f"{iso3 or 'XXX'}-{reading.article.id}-{ev.id}",
            "event_date": common.iso_date(start), "year": start.year if start else "",
            "time_precision": common.PRECISION_CODE.get(ev.date.precision or "", ""),
            "disorder_type": disorder, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
            "actor1": a1.name if a1 else "", "assoc_actor_1": roles["assoc_actor_1"].name if "assoc_actor_1" in roles else "",
            "inter1": a1.inter if a1 and a1.inter else "",
            "actor2": a2.name if a2 else "", "assoc_actor_2": roles["assoc_actor_2"].name if "assoc_actor_2" in roles else "",
            "inter2": a2.inter if a2 and a2.inter else "",
            "interaction": _interaction(a1.inter if a1 else None, a2.inter if a2 else None),
            "civilian_targeting": "Civilian targeting" if any(a.inter == 7 for a in (a1, a2) if a) else "",
            "iso": numeric if numeric is not None else "", "region": common.acled_region(iso2),
            "country": country or "", "admin1": (loc.admin1 or "") if loc else "",
            "admin2": (district_of(loc.name, loc.country, loc.admin1) or "") if loc else "", "admin3": "",
            "location": (loc.name or "") if loc else "",
            "latitude": loc.lat if loc and loc.lat is not None else "",
            "longitude": loc.lon if loc and loc.lon is not None else "",
            "geo_precision": loc.precision if loc and loc.precision else "",
            "source": "; ".join(common.sources(reading, ev)),
            "source_scale": common.source_scale(reading, ev),
            "notes": ev.evidence.sentence, "fatalities": common.conservative(common.event_claims(reading, ev)),
            "tags": ev.rules, "timestamp": stamp,
        })
    return rows


def to_acled_csv(readings: Iterable[Reading]) -> str:
    """ACLED-style CSV text (header + one row per event); fatalities = conservative killed figure."""
    return common.csv_text(COLUMNS, acled_rows(readings))
