"""The conflict page's map: one marker per incident, as the exports count them.

Incidents are the export's rows (`export.events.event_rows`: events of many reports as one,
rules `incidents.v2`, killed apportioned by `apportion.v2`) as of the page's day, each read
through `export.jsonl.event_object`, so the map, the GeoJSON and the CSVs name the same
incidents with the same figures and places. Incidents at one place (the same coordinates to
about 100 m) are one place on the map: its label carries the count, and the page spreads its
markers around it. Incidents without coordinates, and the deaths of a side that no incident
carries (aggregate rows), are listed under the map instead of being dropped.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Iterable

from ..export.events import event_rows
from ..export.jsonl import event_object
from ..models import Reading
from ..resolve.episodes import Episodes

FIGURES_SHOWN = 12          # figures listed per incident; the rest are counted
PLACE_DIGITS = 3            # coordinates rounded to this many decimals make one place


def _figure(claim: dict[str, Any]) -> dict[str, Any]:
    return {"article": claim["article_id"], "claim": claim["id"], "category": claim["category"],
            "low": claim["low"], "high": claim["high"], "best": claim.get("best"),
            "text": claim["text"], "side": claim["victims"].get("side"),
            "source": claim["reported_by"].get("name") or claim["reported_by"].get("kind"),
            "verified": claim["verified"], "historical": claim.get("historical", False),
            "sentence": claim["evidence"]["sentence"]}


def _where(loc: dict[str, Any] | None) -> str:
    """How the place reads: 'Batken (Batken, KG)', 'Kyrgyzstan (KG)', '' when unknown."""
    if not loc:
        return ""
    name, region, country = loc.get("name"), loc.get("admin1"), loc.get("country")
    inside = ", ".join(p for p in (region if region != name else None, country) if p)
    return f"{name} ({inside})" if name and inside else (name or inside or "")


def _incident(obj: dict[str, Any], claims: dict[tuple[str, str], dict[str, Any]],
              evidence: dict[str, Any]) -> dict[str, Any]:
    ev = obj["event"]
    loc = ev.get("location") or {}
    found = [claims[(a, c)] for a, _, c in (ref.partition("#") for ref in obj["claims"])
             if (a, c) in claims]
    return {"id": obj["id"], "event_type": ev["event_type"], "sub_event_type": ev["sub_event_type"],
            "date": ev["date"], "place": loc.get("name"), "where": _where(loc),
            "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "killed": obj["killed"], "basis": obj["fatalities_basis"],
            "sources": obj["sources"], "articles": obj["articles"],
            "first_reported": obj["first_reported"], "evidence": evidence,
            "figures": [_figure(c) for c in found[:FIGURES_SHOWN]],
            "more_figures": max(0, len(found) - FIGURES_SHOWN)}


def incident_map(readings: Iterable[Reading], conflict_id: str, as_of: date | None,
                 claims: dict[tuple[str, str], dict[str, Any]],
                 episodes: Episodes | None = None) -> dict[str, Any]:
    """The map of one conflict as of `as_of`: `located` incidents (each with its
    `place_index`), `places` (name, country, lat, lon, count), `unlocated` incidents and `aggregate` rows
    (side, killed). `claims`: the View's claim rows by (article id, claim id); `episodes`: the
    View's linked episodes (not linked again when given)."""
    located: list[dict[str, Any]] = []
    unlocated: list[dict[str, Any]] = []
    aggregate: list[dict[str, Any]] = []
    for row in event_rows(readings, as_of=as_of, conflict=conflict_id, episodes=episodes):
        obj = event_object(row)
        if row.incident is None:
            aggregate.append({"side": row.side, "killed": obj["killed"]})
            continue
        main = next((m for m in row.incident.members if m.event is row.incident.event),
                    row.incident.members[0])
        evidence = {"article": main.reading.article.id, "sentence": main.event.evidence.sentence}
        item = _incident(obj, claims, evidence)
        (located if item["lat"] is not None and item["lon"] is not None else unlocated).append(item)
    return {"located": located, "places": _places(located), "unlocated": unlocated,
            "aggregate": aggregate}


def _places(located: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One place per distinct point; sets each incident's `place` (index into the list)."""
    at: dict[tuple[float, float], list[dict[str, Any]]] = defaultdict(list)
    for item in located:
        at[(round(item["lat"], PLACE_DIGITS), round(item["lon"], PLACE_DIGITS))].append(item)
    places = []
    for (lat, lon), items in sorted(at.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        names = sorted({i["place"] or "?" for i in items})
        for i in items:
            i["place_index"] = len(places)
        countries = sorted({i["country"] for i in items if i["country"]})
        places.append({"name": " / ".join(names), "country": "/".join(countries),
                       "lat": items[0]["lat"], "lon": items[0]["lon"], "count": len(items)})
    return places
