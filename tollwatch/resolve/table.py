"""Reconciled tolls as plain-text tables for people (`--format table`)."""
from __future__ import annotations

from ..models import CATEGORIES, Reading
from ..report import number, table
from .reconcile import ConflictToll

ALL_SIDES = "all sides"
NOT_YET = "-"


def _rng(low, best, high) -> str:
    return f"{number(low)}/{number(best)}/{'open' if high is None else number(high)}"


def _side_order(t: ConflictToll, sides: set[str]) -> list[str]:
    """The conflict's countries first, in its order, then any other side (armed groups)."""
    first = [s for s in t.conflict.countries if s in sides]
    return first + sorted(sides - set(first))


def series_tables(t: ConflictToll) -> list[str]:
    """Per category, the best toll as it stood on each day it changed: dates down, sides
    across, the total last. A side shows "-" before its first figure."""
    out = []
    for cat in CATEGORIES:
        points = [p for p in t.series if p["category"] == cat]
        if not points:
            continue
        sides = _side_order(t, {p["side"] for p in points if p["side"] is not None})
        columns = [*sides, None]
        stood: dict[str | None, int] = {}
        rows = []
        for day in dict.fromkeys(p["date"] for p in points):   # series order: by date
            stood.update({p["side"]: p["best"] for p in points if p["date"] == day})
            rows.append([day or "undated",
                         *(number(stood[c]) if c in stood else NOT_YET for c in columns)])
        header = [f"{cat} (best)", *sides, ALL_SIDES]
        out.append(table(rows, header, right=set(range(1, len(header)))))
    return out


def toll_table(t: ConflictToll) -> str:
    c = t.conflict
    head = (f"== {c.id}  {c.name}  ({c.start or '?'} to {c.end or '?'}), "
            f"as of {t.as_of or '?'}, {len(t.articles)} articles")
    rows = []
    for cat in CATEGORIES:
        ct = t.tolls[cat]
        sides = []
        for s, st in ct.by_side.items():
            note = ""
            if st.claimed_by_adversary:
                note = f" (enemy claims {number(st.claimed_by_adversary['best'])})"
            sides.append(f"{s} {_rng(st.low, st.best, st.high)}{note}")
        rows.append([cat, _rng(ct.low, ct.best, ct.high), "; ".join(sides)])
    out = [head, table(rows, ["category", "low/best/high", "by side"])]
    for i, series in enumerate(series_tables(t)):
        out += ["", "How the toll grew (best, as it stood on each report day):"] if i == 0 else [""]
        out.append(series)
    if t.disputes:
        out.append("")
    for d in t.disputes:
        if d["kind"] == "adversary_claim":
            out.append(f"dispute: {d['category']} {d['side']}: {', '.join(d['by'])} claim "
                       f"{number(d['claimed'])}, credible figures {number(d['credible_best'])}")
        else:
            figs = ", ".join(f"{f['source']} {number(f['best'])}" for f in d["figures"])
            out.append(f"dispute: {d['category']} {d['side'] or 'all sides'}: {figs}")
    return "\n".join(out)


def conflicts_table(tolls: list[ConflictToll]) -> str:
    rows = [[t.conflict.id, t.conflict.name, str(t.conflict.start or "?"),
             str(t.conflict.end or "?"), number(len(t.articles)),
             _rng(t.tolls["killed"].low, t.tolls["killed"].best, t.tolls["killed"].high),
             _rng(t.tolls["injured"].low, t.tolls["injured"].best, t.tolls["injured"].high)]
            for t in tolls]
    if not rows:
        return "(no conflicts)"
    return table(rows, ["id", "name", "start", "end", "articles", "killed", "injured"], right={4})


UNDATED_HINT = ("undated reports join no conflict; give a date with `tollwatch ingest PATH "
                "--published YYYY-MM-DD`")


def undated_table(readings: list[Reading]) -> str:
    """The undated reports: id, title or origin, claims and the article's own killed toll."""
    rows = [[r.article.id, _short(r.article.title or r.article.origin or r.article.url or ""),
             number(len(r.claims)), number(r.toll.killed.best)] for r in readings]
    if not rows:
        return "(no undated reports)"
    return table(rows, ["id", "title", "claims", "killed"], right={2, 3}) + "\n" + UNDATED_HINT


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
