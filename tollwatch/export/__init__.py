"""Exports over stored readings: ACLED CSV, UCDP-style CSV, GeoJSON, JSON Lines (docs/EXPORTS.md).

Every format but `articles-jsonl` writes incidents (`events.event_rows`): events of many reports
as one, with killed apportioned so that they add up to the reconciled toll of the same day.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from ..errors import ConfigError
from ..models import Reading
from .acled import to_acled_csv
from .events import EventRow, conflict_readings, event_rows
from .geojson import to_geojson
from .jsonl import articles_jsonl, to_jsonl
from .ucdp import to_ucdp_csv

FORMATS = {"acled-csv": to_acled_csv, "ucdp-csv": to_ucdp_csv, "geojson": to_geojson,
           "jsonl": to_jsonl, "articles-jsonl": None}

__all__ = ["EventRow", "FORMATS", "event_rows", "export_readings", "export_store"]


def export_readings(readings: Iterable[Reading], fmt: str, *, as_of: date | None = None,
                    conflict: str | None = None) -> str:
    """The text of `readings` in format `fmt` (one of FORMATS) as of `as_of`, every conflict or
    one (`conflict`: an id, or an unambiguous prefix; an unknown one raises NotFound)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; expected one of {sorted(FORMATS)}")
    if fmt == "articles-jsonl":
        return articles_jsonl(conflict_readings(readings, as_of=as_of, conflict=conflict))
    return FORMATS[fmt](event_rows(readings, as_of=as_of, conflict=conflict))


def export_store(fmt: str, store, *, conflict: str | None = None,
                 since: date | None = None, as_of: date | None = None) -> str:
    """Export an open `Store` (see `export_readings`; the CLI opens it, for reading); `since`
    keeps articles published on or after that day (the rows are then built from those only)."""
    readings = list(store.readings(since=since))
    return export_readings(readings, fmt, as_of=as_of, conflict=conflict)
