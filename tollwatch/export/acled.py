"""ACLED-style CSV: one row per incident, with ACLED's column names (ACLED codebook), then
tollwatch's own columns (where each row's fatalities come from)."""
from __future__ import annotations

from datetime import datetime, time, timezone

import pycountry

from ..extract.events.gazetteer import district_of
from ..models import Actor, Event
from ..resolve.apportion import RULES as APPORTION
from . import common
from .events import EventRow
from .places import checked_place

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
           "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
           "notes", "fatalities", "tags", "timestamp")
EXTRA = ("conflict", "fatalities_basis", "fatalities_stated", "fatalities_apportioned",
         "first_reported", "articles", "claims")

DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
CROWDS = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}


def _interaction(a: int | None, b: int | None) -> int:
    codes = sorted(c for c in (a, b) if c)
    if not codes:
        return 0
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def actors_by_role(ev: Event, country: str | None) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) as ACLED codes them: actor1 the side that acted; civilians are actor2,
    never actor1 outside riots and protests; an unnamed actor1 is an unidentified armed group
    (protesters, rioters) of the event's country."""
    roles = {a.role: a for a in ev.actors}
    a1, a2 = roles.get("actor1"), roles.get("actor2")
    if a1 is not None and a1.inter == 7 and ev.event_type not in CROWDS:
        a1, a2 = (a2, a1) if a2 is not None and a2.inter != 7 else (None, a1)
    if a1 is None and ev.event_type:
        where = f" ({country})" if country else ""
        name, inter = CROWDS.get(ev.event_type, ("Unidentified Armed Group", 3))
        a1 = Actor(f"{name}{where}", None, "actor1", inter)
    return a1, a2


def _incident_row(row: EventRow) -> dict:
    inc = row.incident
    ev = inc.event
    loc = checked_place(ev.location)
    ev_at = Event(ev.id, ev.event_type, ev.sub_event_type, ev.evidence, ev.date, ev.actors, loc)
    iso3, country, numeric = common.country_of(ev_at)
    a1, a2 = actors_by_role(ev, country)
    roles = {a.role: a for a in ev.actors}
    start = ev.date.start
    disorder = DISORDER.get(ev.event_type, "")
    if ev.sub_event_type == "Excessive force against protesters":
        disorder = "Political violence; Demonstrations"
    first = inc.first_reported
    stamp = int(datetime.combine(first, time(), timezone.utc).timestamp()) if first else ""
    article, _, event_id = inc.id.partition("#")
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}-{article}-{event_id}",
        "event_date": common.iso_date(start), "year": start.year if start else "",
        "time_precision": common.PRECISION_CODE.get(ev.date.precision or "", ""),
        "disorder_type": disorder, "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "actor1": a1.name if a1 else "",
        "assoc_actor_1": roles["assoc_actor_1"].name if "assoc_actor_1" in roles else "",
        "inter1": (a1.inter or 0) if a1 else 0,
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": roles["assoc_actor_2"].name if "assoc_actor_2" in roles else "",
        "inter2": (a2.inter or 0) if a2 else 0,
        "interaction": _interaction(a1.inter if a1 else None, a2.inter if a2 else None),
        "civilian_targeting": "Civilian targeting" if a2 is not None and a2.inter == 7 else "",
        "iso": numeric if numeric is not None else "", "region": common.acled_region(loc.country if loc else None),
        "country": country or "", "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (district_of(loc.name, loc.country, loc.admin1) or "") if loc else "", "admin3": "",
        "location": (loc.name or "") if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": (loc.precision or 3) if loc else "",
        "source": "; ".join(common.sources(inc)), "source_scale": common.source_scale(inc),
        "notes": ev.evidence.sentence, "fatalities": row.killed[1],
        "tags": f"{ev.rules}; {row.conflict.id}", "timestamp": stamp,
    }


def _aggregate_row(row: EventRow) -> dict:
    c = pycountry.countries.get(alpha_2=row.side) if row.side and len(row.side) == 2 else None
    day = row.as_of or row.conflict.end
    whose = f"on the {getattr(c, 'common_name', None) or c.name} side" if c else (
        "of unknown side" if row.side == "unknown" else f"of {row.side}")
    out = {k: "" for k in COLUMNS}
    out.update({
        "event_id_cnty": f"{c.alpha_3 if c else 'XXX'}-{row.conflict.id}-{row.side}-aggregate",
        "event_date": common.iso_date(day), "year": day.year if day else "",
        "inter1": 0, "inter2": 0, "interaction": 0,
        "iso": int(c.numeric) if c else "", "region": common.acled_region(row.side),
        "country": (getattr(c, "common_name", None) or c.name) if c else "",
        "notes": f"Killed {whose} in {row.conflict.name} that no reported event carries",
        "fatalities": row.killed[1], "tags": f"{APPORTION}; {row.conflict.id}",
    })
    return out


def acled_rows(rows: list[EventRow]) -> list[dict]:
    out = []
    for row in rows:
        d = _incident_row(row) if row.incident else _aggregate_row(row)
        d.update({
            "conflict": row.conflict.id, "fatalities_basis": row.basis,
            "fatalities_stated": row.deaths.stated if row.incident else 0,
            "fatalities_apportioned": row.deaths.apportioned if row.incident else 0,
            "first_reported": common.iso_date(row.incident.first_reported) if row.incident else "",
            "articles": "; ".join(row.incident.articles) if row.incident else "",
            "claims": "; ".join(row.incident.claims) if row.incident else "",
        })
        out.append(d)
    return out


def to_acled_csv(rows: list[EventRow]) -> str:
    """ACLED-style CSV text: header, one row per incident and per aggregate; fatalities add up
    to the conflict's best toll (docs/EXPORTS.md)."""
    return common.csv_text([*COLUMNS, *EXTRA], acled_rows(rows))
