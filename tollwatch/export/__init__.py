"""Exports over stored readings: ACLED CSV, UCDP-style CSV, GeoJSON, JSON Lines (docs/EXPORTS.md)."""
from __future__ import annotations

from datetime import date
from typing import Callable, Iterable

from ..errors import ConfigError
from ..models import Reading
from .acled import to_acled_csv
from .geojson import to_geojson
from .jsonl import to_jsonl
from .ucdp import to_ucdp_csv

FORMATS: dict[str, Callable[[Iterable[Reading]], str]] = {
    "acled-csv": to_acled_csv, "ucdp-csv": to_ucdp_csv, "geojson": to_geojson, "jsonl": to_jsonl,
}


def export_readings(readings: Iterable[Reading], fmt: str) -> str:
    """The text of `readings` in format `fmt` (one of FORMATS)."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ConfigError(f"unknown export format {fmt!r}; expected one of {sorted(FORMATS)}")
    return writer(list(readings))


def export_store(fmt: str, *, db: str | None = None, conflict: str | None = None,
                 since: date | None = None) -> str:
    """Read readings from the store at `db` (optionally one conflict, from `since`) and export them."""
    from ..resolve import assign_conflicts
    from ..store import open_store

    with open_store(db) as store:
        readings = list(store.readings(since=since))
    if conflict:
        assignment = assign_conflicts(readings)
        readings = [r for r in readings if assignment.get(r.article.id) == conflict]
    return export_readings(readings, fmt)
