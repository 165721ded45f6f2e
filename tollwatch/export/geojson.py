"""GeoJSON FeatureCollection of incidents (RFC 7946: coordinates are [lon, lat])."""
from __future__ import annotations

import json

from .events import EventRow
from .jsonl import event_object
from .places import checked_place


def to_geojson(rows: list[EventRow]) -> str:
    """One Feature per incident and per aggregate row; a row without coordinates has a null
    geometry. Properties: the JSON Lines object of the row (docs/EXPORTS.md)."""
    features = []
    for row in rows:
        loc = checked_place(row.incident.event.location) if row.incident else None
        geometry = None
        if loc and loc.lat is not None and loc.lon is not None:
            geometry = {"type": "Point", "coordinates": [loc.lon, loc.lat]}
        props = event_object(row)
        features.append({"type": "Feature", "id": props["id"], "geometry": geometry,
                         "properties": props})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
