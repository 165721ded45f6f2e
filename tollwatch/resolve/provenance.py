"""What stands behind a toll: the figures, the reports of each, the disputes.

The same figure from the same source repeated by fifty outlets is one figure with fifty
reports. Each figure carries its role: counted (a source's latest word), superseded (the source
said more, or later, since: `superseded_by` names the figure that replaced it), part_of (inside
the figure `part_of` names), historical, adversary (a party about its enemy's losses). A report
read from a near-duplicate of another article (a wire copy) carries `copy_of`: the article it
copies, which is the one counted.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..models import Claim
from .series import UNKNOWN_SIDE, Ledger


@dataclass(frozen=True)
class Report:
    """One claim as one article reports it, placed for reconciliation."""
    claim: Claim
    article: str
    canonical: str          # the canonical article of its near-duplicate group
    date: date              # its own publication date (date.min when unknown)
    kind: str               # total | side | incident
    side: str | None
    incident: tuple | None
    source: str
    role: str               # counted | part_of | historical | adversary

    @property
    def ref(self) -> str:
        return f"{self.article}#{self.claim.id}"


def _iso(d: date) -> str | None:
    return None if d == date.min else d.isoformat()


def figures(reports: list[Report], best: Ledger) -> list[dict]:
    """One entry per distinct figure, with every report of it."""
    groups: dict[tuple, list[Report]] = defaultdict(list)
    for p in reports:
        c = p.claim
        groups[(c.category, p.kind, p.side or "", p.incident or (), p.source, c.low, c.high,
                c.best_value, c.verified, p.role)].append(p)
    out, keys, lasts = [], [], []
    for key, ps in groups.items():
        keys.append(key)
        ps.sort(key=lambda p: (p.date, p.article, p.claim.id))
        c, first = ps[0].claim, ps[0]
        role = first.role
        latest = None
        if role == "counted" and c.best_value is not None:
            latest = best.current(first.kind, c.category, first.side, first.incident).get(first.source)
            if latest is None or latest[1] != c.best_value or latest[0] != ps[-1].date:
                role = "superseded"
        out.append({
            "id": first.ref, "category": c.category, "side": first.side, "scope": first.kind,
            "source": first.source, "low": c.low, "high": c.high, "best": c.best_value,
            "verified": c.verified, "partisan": c.partisan, "role": role,
            "first_reported": _iso(first.date), "outlets": len({p.canonical for p in ps}),
            "part_of": f"{first.article}#{c.part_of}" if c.part_of else None,
            "superseded_by": None,
            "reports": [{"article": p.article, "claim": p.claim.id, "published": _iso(p.date),
                         "copy_of": p.canonical if p.canonical != p.article else None}
                        for p in ps],
        })
        lasts.append((latest, ps[-1].date))
    _link_superseded(out, keys, lasts)
    order = sorted(range(len(out)), key=lambda n: (
        out[n]["category"], out[n]["side"] or "", out[n]["first_reported"] or "", out[n]["id"],
        repr(keys[n])))
    return [out[n] for n in order]


def _link_superseded(out: list[dict], keys: list[tuple], lasts: list[tuple]) -> None:
    """Name, on each superseded figure, the figure of the same source and victims that is the
    source's current word (the one whose value and date the ledger holds)."""
    current: dict[tuple, str] = {}
    for n, f in enumerate(out):
        key = keys[n][:5] + (f["best"], lasts[n][1])
        if f["role"] == "counted" and (key not in current or f["id"] < current[key]):
            current[key] = f["id"]  # of equal figures, the first by id: the same whatever the order
    for n, f in enumerate(out):
        latest = lasts[n][0]
        if f["role"] == "superseded" and latest is not None:
            f["superseded_by"] = current.get(keys[n][:5] + (latest[1], latest[0]))


def adversary_sides(reports: list[Report]) -> dict[str, dict[str, dict]]:
    """{category: {side: {"best", "by"}}}: a party's figures for its enemy's losses (the
    figures themselves are in the toll's claims with role "adversary")."""
    latest: dict[tuple, tuple] = {}
    for p in reports:
        c = p.claim
        if p.role != "adversary" or c.best_value is None:
            continue
        key = (c.category, c.victims.side, p.source)
        old = latest.get(key)
        if old is None or (p.date, c.best_value) > old:
            latest[key] = (p.date, c.best_value)
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for (cat, side, source), (_d, value) in sorted(latest.items()):
        entry = out[cat].setdefault(side, {"best": 0, "by": []})
        entry["best"] = max(entry["best"], value)
        entry["by"].append(source)
    return dict(out)


def _disagree(book: dict) -> bool:
    """Sources disagree when one states less than another said on the same day or before: a
    lower figure from an earlier day is the toll as it stood then, not a dispute."""
    figures = list(book.values())
    return any(low < high and d_low >= d_high for d_low, low in figures for d_high, high in figures)


def disputes(reports: list[Report], best: Ledger, tolls: dict) -> list[dict]:
    """Where credible sources' latest figures disagree (see `_disagree`), and where a party
    claims more enemy losses than the credible figures show."""
    out = []
    books = [(cat, None, book) for cat, book in best.total.items()]
    books += [(cat, side, book) for (cat, side), book in best.side.items()]
    for cat, side, book in sorted(books, key=lambda b: (b[0], b[1] or "")):
        if _disagree(book):
            out.append({"kind": "sources_disagree", "category": cat,
                        "side": None if side == UNKNOWN_SIDE else side,
                        "figures": [{"source": s, "best": int(v), "date": _iso(d)}
                                    for s, (d, v) in sorted(book.items())]})
    for cat, sides in sorted(adversary_sides(reports).items()):
        for side, claim in sorted(sides.items()):
            credible = tolls[cat].by_side.get(side)
            credible_best = credible.best if credible else 0
            if claim["best"] > (credible_best or 0):
                out.append({"kind": "adversary_claim", "category": cat, "side": side,
                            "claimed": claim["best"], "by": claim["by"],
                            "credible_best": credible_best})
    return out
