"""GeoJSON FeatureCollection of events (RFC 7946: coordinates are [lon, lat])."""
from __future__ import annotations

import json
from typing import Iterable

from ..models import Reading
from . import common


def to_geojson(readings: Iterable[Reading]) -> str:
    """One Feature per event; an event without coordinates has a null geometry."""
    features = []
    for reading, ev in common.all_events(readings):
        loc = ev.location
        geometry = None
        if loc and loc.lat is not None and loc.lon is not None:
            geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        features.append({
            "type": "Feature", "id": f"{reading.article.id}:{ev.id}", "geometry": geometry,
            "properties": {
                "article": reading.article.id, "event": ev.id, "event_type": ev.event_type,
                "sub_event_type": ev.sub_event_type, "date": ev.date.to_dict(),
                "place": loc.to_dict() if loc else None,
                "actors": [a.to_dict() for a in ev.actors],
                "fatalities": common.conservative(common.event_claims(reading, ev)),
                "claims": list(ev.claims), "evidence": ev.evidence.sentence, "rules": ev.rules,
            },
        })
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
