"""What every export reads from an incident: its sources, their scale, its country."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from functools import cache
from importlib import resources

import pycountry

from ..models import Event
from ..resolve.incidents import Incident
from ..resolve.sources import read_source

PRECISION_CODE = {"day": 1, "week": 2, "month": 3}   # ACLED time_precision


def country_of(event: Event) -> tuple[str | None, str | None, int | None]:
    """(ISO alpha-3, country name, ISO numeric) of the event's place, Nones when unknown."""
    iso2 = event.location.country if event.location else None
    c = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    if c is None:
        return None, None, None
    return c.alpha_3, getattr(c, "common_name", None) or c.name, int(c.numeric)


def iso_date(d: date | None) -> str:
    return d.isoformat() if d else ""


def reporters(inc: Incident) -> list[tuple[str | None, str | None, str | None]]:
    """(name, kind, side) of who reports the incident's figures, then each article's outlet,
    earliest report first."""
    out = []
    for m in inc.members:
        ids = set(m.event.claims)
        out += [(c.reported_by.name, c.reported_by.kind, c.reported_by.side)
                for c in m.reading.claims if c.id in ids and c.reported_by.name]
        if m.reading.article.outlet:
            out.append((m.reading.article.outlet, None, None))
    return out


def sources(inc: Incident) -> list[str]:
    """ACLED's `source`: every source once, earliest report first, under its canonical name
    (one institution however worded: resolve/sources.py); an outlet under its own name."""
    out: dict[str, None] = {}
    for name, kind, side in reporters(inc):
        if name and name.strip():
            out[read_source(name, side, kind).name if kind or side else name.strip()] = None
    return list(out)


@cache
def table(name: str) -> dict:
    """A data table shipped with the exports (tollwatch/export/data/NAME)."""
    return json.loads(resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8"))


def acled_region(iso2: str | None) -> str:
    """ACLED's region of a country ("Caucasus and Central Asia"), empty when not listed."""
    return table("acled_regions.v1.json")["regions"].get(iso2 or "", "")


SCALE_ORDER = ("New media", "Subnational", "National", "Regional", "International")


def source_scale(inc: Incident) -> str:
    """ACLED's source_scale from who reports the incident's figures and the outlets: a named
    international or regional source, else the reporter's kind (government -> National)."""
    t = table("source_scales.v1.json")
    found: set[str] = set()
    for name, kind, _side in reporters(inc):
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
