"""UCDP GED-style CSV: one row per incident with deaths (and per aggregate), split by side as
UCDP writes it (UCDP GED codebook), then tollwatch's own columns."""
from __future__ import annotations

import pycountry

from ..resolve.series import UNKNOWN_SIDE
from . import common
from .events import EventRow
from .places import checked_place

COLUMNS = ("date_start", "date_end", "where_prec", "date_prec", "type_of_violence", "side_a",
           "side_b", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low",
           "high", "country", "source_article", "source_original")
EXTRA = ("conflict", "event_id", "fatalities_basis", "deaths_by_side")

# UCDP where_prec: 1 exact place, 3 second-order admin (district), 4 first-order admin, 6 country.
WHERE_PREC = {1: 1, 2: 3, 3: 4}
# UCDP date_prec: 1 exact day, 2 a 2-6 day span, 3 a week, 4 a month.
DATE_PREC = {"day": 1, "week": 3, "month": 4}


def _country(code: str | None):
    return pycountry.countries.get(alpha_2=code) if code and len(code) == 2 else None


def side_name(side: str, names: dict[str, str]) -> str:
    """UCDP's name of a side: "Government of Kyrgyzstan" for a state, else the actor's name."""
    c = _country(side.upper())
    if c is not None and side.isupper():
        return f"Government of {getattr(c, 'common_name', None) or c.name}"
    return names.get(side) or side.replace("_", " ").title()


def _dyad(row: EventRow) -> tuple[str | None, str | None, int]:
    """(side a, side b, type_of_violence): the sides with deaths first, then the armed actors,
    then the conflict's countries; a state is side A. One armed side against civilians only is
    one-sided violence (3, side B "Civilians"); two sides with a state are state-based (1);
    two non-state sides are non-state (2)."""
    dead = [s for (s, civ), n in sorted(row.deaths.by_side.items()) if n and not civ
            and s != UNKNOWN_SIDE]
    civilians = any(n for (s, civ), n in row.deaths.by_side.items() if civ)
    armed, target_civilians = [], False
    if row.incident:
        for m in row.incident.members:
            for a in m.event.actors:
                if a.inter == 7:
                    target_civilians = True
                elif a.side:
                    armed.append(a.side)
    armed = list(dict.fromkeys(armed))
    if not dead and len(armed) == 1 and (civilians or target_civilians):
        return armed[0], None, 3
    sides = list(dict.fromkeys([*dead, *armed, *row.conflict.countries]))[:2]
    sides.sort(key=lambda s: not (len(s) == 2 and s.isupper()))
    a, b = (sides + [None, None])[:2]
    states = [s for s in (a, b) if s and _country(s)]
    return a, b, 1 if states else 2


def ucdp_rows(rows: list[EventRow]) -> list[dict]:
    out = []
    for row in rows:
        low, best, high = row.killed
        if not best:
            continue
        a, b, violence = _dyad(row)
        names = {}
        if row.incident:
            names = {x.side: x.name for m in row.incident.members for x in m.event.actors if x.side}
        deaths = {"a": 0, "b": 0, "civilians": 0, "unknown": 0}
        for (side, civ), n in row.deaths.by_side.items():
            key = "civilians" if civ else "a" if side == a else "b" if side == b else "unknown"
            deaths[key] += n
        inc = row.incident
        ev = inc.event if inc else None
        loc = checked_place(ev.location) if ev else None
        where = (WHERE_PREC.get(loc.precision, 6) if loc.admin1 else 6) if loc else 6
        d = ev.date if ev else None
        if d is None:
            date_prec = 5
        elif d.precision == "week" and d.start and d.end and (d.end - d.start).days < 7:
            date_prec = 2
        else:
            date_prec = DATE_PREC.get(d.precision or "", 5)
        day = row.as_of or row.conflict.end
        country = _country(loc.country if loc else row.side)
        out.append({
            "date_start": common.iso_date(d.start if d else row.conflict.start),
            "date_end": common.iso_date(d.end if d else day),
            "where_prec": where, "date_prec": date_prec, "type_of_violence": violence,
            "side_a": side_name(a, names) if a else "",
            "side_b": "Civilians" if violence == 3 else side_name(b, names) if b else "",
            "deaths_a": deaths["a"], "deaths_b": deaths["b"],
            "deaths_civilians": deaths["civilians"], "deaths_unknown": deaths["unknown"],
            "best": best, "low": low, "high": "" if high is None else high,
            "country": (getattr(country, "common_name", None) or country.name) if country else "",
            "source_article": "; ".join(_titles(row)),
            "source_original": "; ".join(common.sources(inc)) if inc else "",
            "conflict": row.conflict.id, "event_id": inc.id if inc else f"aggregate:{row.side}",
            "fatalities_basis": row.basis,
            "deaths_by_side": "; ".join(f"{s}={n}" for s, n in row.deaths_by_side().items()),
        })
    return out


def _titles(row: EventRow) -> list[str]:
    if row.incident is None:
        return []
    arts = [m.reading.article for m in row.incident.members]
    return list(dict.fromkeys(a.title or a.url or a.id for a in arts))


def to_ucdp_csv(rows: list[EventRow]) -> str:
    """UCDP-style CSV text; only rows with deaths (as GED records only fatal events)."""
    return common.csv_text([*COLUMNS, *EXTRA], ucdp_rows(rows))
