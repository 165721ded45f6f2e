"""What every export reads from an event: its claims, its conservative toll, its country."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from functools import cache
from importlib import resources

import pycountry

from ..models import Claim, Event, Reading

PRECISION_CODE = {"day": 1, "week": 2, "month": 3}   # ACLED time_precision


def event_claims(reading: Reading, event: Event, category: str = "killed") -> list[Claim]:
    """The event's current (not historical) claims of one category."""
    ids = set(event.claims)
    return [c for c in reading.claims if c.id in ids and c.category == category and not c.historical]


def conservative(claims: list[Claim]) -> int:
    """ACLED's most conservative credible figure: the larger of the stated total, the sum of the
    sides' figures and the sum of separate incidents (an incident inside a side's toll counts once)."""
    total = max((c.low or 0 for c in claims if c.scope == "total"), default=0)
    sides = sum(c.low or 0 for c in claims if c.scope == "side")
    incidents = sum(c.low or 0 for c in claims if c.scope == "incident" and c.part_of is None)
    return max(total, sides, incidents)


def country_of(event: Event) -> tuple[str | None, str | None, int | None]:
    """(ISO alpha-3, country name, ISO numeric) of the event's place, Nones when unknown."""
    iso2 = event.location.country if event.location else None
    c = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    if c is None:
        return None, None, None
    return c.alpha_3, getattr(c, "common_name", None) or c.name, int(c.numeric)


def iso_date(d: date | None) -> str:
    return d.isoformat() if d else ""


def sources(reading: Reading, event: Event) -> list[str]:
    """Who reports the event's figures, then the outlet."""
    ids = set(event.claims)
    names = [c.reported_by.name for c in reading.claims if c.id in ids and c.reported_by.name]
    if reading.article.outlet:
        names.append(reading.article.outlet)
    return list(dict.fromkeys(names))


def all_events(readings):
    for r in readings:
        for e in r.events:
            yield r, e


@cache
def table(name: str) -> dict:
    """A data table shipped with the exports (tollwatch/export/data/NAME)."""
    return json.loads(resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8"))


def acled_region(iso2: str | None) -> str:
    """ACLED's region of a country ("Caucasus and Central Asia"), empty when not listed."""
    return table("acled_regions.v1.json")["regions"].get(iso2 or "", "")


SCALE_ORDER = ("New media", "Subnational", "National", "Regional", "International")


def source_scale(reading: Reading, event: Event) -> str:
    """ACLED's source_scale from who reports the event's figures and the outlet: a named
    international or regional source, else the reporter's kind (government -> National)."""
    t = table("source_scales.v1.json")
    ids = set(event.claims)
    found: set[str] = set()
    reporters = [(c.reported_by.name, c.reported_by.kind) for c in reading.claims if c.id in ids]
    reporters.append((reading.article.outlet, None))
    for name, kind in reporters:
        words = f" {(name or '').casefold()} "
        named = [scale for key, scale in (("new_media", "New media"), ("international", "International"),
                                          ("regional", "Regional"))
                 if any(f" {w.casefold()} " in words or f" {w.casefold()}," in words for w in t[key])]
        if named:
            found.add(named[0])
        elif kind in t["national_kinds"]:
            found.add("National")
        elif kind in t["subnational_kinds"]:
            found.add("Subnational")
    return "-".join(s for s in SCALE_ORDER if s in found)



def csv_text(columns: list[str], rows: list[dict]) -> str:
    """CSV text with a header line, in the given column order."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()
