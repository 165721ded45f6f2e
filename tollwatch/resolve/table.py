"""Reconciled tolls as plain-text tables for people (`--format table`)."""
from __future__ import annotations

from ..models import CATEGORIES
from ..report import table
from .reconcile import ConflictToll


def _rng(low, best, high) -> str:
    return f"{'?' if low is None else low}/{'?' if best is None else best}/" \
           f"{'open' if high is None else high}"


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
                note = f" (enemy claims {st.claimed_by_adversary['best']})"
            sides.append(f"{s} {_rng(st.low, st.best, st.high)}{note}")
        rows.append([cat, _rng(ct.low, ct.best, ct.high), "; ".join(sides)])
    out = [head, table(rows, ["category", "low/best/high", "by side"])]
    if t.series:
        pts = [f"{p['date'] or '?'} {p['category']} {p['side'] or 'all'} {p['best']}"
               for p in t.series]
        out.append("series: " + ", ".join(pts))
    for d in t.disputes:
        if d["kind"] == "adversary_claim":
            out.append(f"dispute: {d['category']} {d['side']}: {', '.join(d['by'])} claim "
                       f"{d['claimed']}, credible figures {d['credible_best']}")
        else:
            figs = ", ".join(f"{f['source']} {f['best']}" for f in d["figures"])
            out.append(f"dispute: {d['category']} {d['side'] or 'all sides'}: {figs}")
    return "\n".join(out)


def conflicts_table(tolls: list[ConflictToll]) -> str:
    rows = [[t.conflict.id, t.conflict.name, str(t.conflict.start or "?"),
             str(t.conflict.end or "?"), str(len(t.articles)),
             _rng(t.tolls["killed"].low, t.tolls["killed"].best, t.tolls["killed"].high),
             _rng(t.tolls["injured"].low, t.tolls["injured"].best, t.tolls["injured"].high)]
            for t in tolls]
    if not rows:
        return "(no conflicts)"
    return table(rows, ["id", "name", "start", "end", "articles", "killed", "injured"])
