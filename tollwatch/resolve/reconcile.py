"""Many reports, one toll: reconciled low / best / high per conflict, category and side.

The rules (docs/RECONCILE.md gives them as an analyst reads them):
- historical figures never count; an incident `part_of` a side's toll is not added again;
- a party's figure for its enemy's losses is kept apart and marked (`claimed_by_adversary`);
- each source's latest figure supersedes its earlier ones (publication order, not arrival);
- per side, the largest latest figure of any source, or the sum of the side's incidents if larger
  (incidents are told apart by place and day, and by event type where one report tells types
  apart at a place and day: incidents.apart_by_type; an incident figure without a place is
  taken as a restatement of the side's figure);
- the total is the larger of the largest stated total and the sum of the sides (figures for
  victims of unknown side are a floor for low and best, added only to the high);
- low uses the lows of the figures not called unverified (a party's own losses count even when
  unverified: an admission is a floor); best their stated values; high their
  highs, open (None) when any figure is open-ended or unnumbered.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable

from ..models import CATEGORIES, Claim, Reading
from .conflicts import Conflict, reading_date
from .episodes import Episodes, link_episodes, published_by
from .incidents import apart_by_type
from .pauses import collector_paused
from .sources import Said, identify, read_source
from .provenance import Report, adversary_sides, disputes, figures
from .series import MEASURES, OPEN, Entry, Ledger, bounded, timeline

RULES = "reconcile.v1"
RULE = f"{RULES}:max-latest-per-source"


@dataclass(frozen=True)
class SideToll:
    low: int | None
    best: int | None
    high: int | None
    claimed_by_adversary: dict | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"low": self.low, "best": self.best, "high": self.high}
        if self.claimed_by_adversary:
            d["claimed_by_adversary"] = self.claimed_by_adversary
        return d


@dataclass(frozen=True)
class CategoryToll:
    low: int | None
    best: int | None
    high: int | None
    rule: str
    by_side: dict[str, SideToll] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high, "rule": self.rule,
                "by_side": {s: t.to_dict() for s, t in self.by_side.items()}}


@dataclass(frozen=True)
class ConflictToll:
    conflict: Conflict
    as_of: date | None
    tolls: dict[str, CategoryToll]
    series: tuple[dict, ...] = ()
    claims: tuple[dict, ...] = ()
    disputes: tuple[dict, ...] = ()
    articles: tuple[str, ...] = ()
    band: tuple[dict, ...] = ()     # low/best/high per category and side on each report day
    sources: tuple[dict, ...] = ()  # each named source: canonical name, kind, country, as written

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"conflict": self.conflict.to_dict(),
                               "as_of": self.as_of.isoformat() if self.as_of else None,
                               "rules": RULES}
        for cat in CATEGORIES:
            out[cat] = self.tolls[cat].to_dict()
        out["series"] = list(self.series)
        out["claims"] = list(self.claims)
        out["disputes"] = list(self.disputes)
        out["articles"] = list(self.articles)
        out["band"] = list(self.band)
        out["sources"] = list(self.sources)
        return out


def source_key(c: Claim, canonical: str, language: str = "en") -> str:
    """Who says it: the named source's canonical name as the name alone gives it (the conflict
    may still give it a country: `_same_sources`), else its kind and side, else the
    (canonical) article."""
    rb = c.reported_by
    if rb.name and rb.name.strip():
        return read_source(rb.name, rb.side, rb.kind, language).name
    if rb.kind or rb.side:
        return f"{rb.kind or 'source'}:{rb.side or '-'}"
    return f"article:{canonical}"


def role(c: Claim) -> str:
    if c.historical:
        return "historical"
    if c.part_of:
        return "part_of"
    rb, side = c.reported_by.side, c.victims.side
    if c.partisan and rb and side and rb != side:
        return "adversary"
    return "counted"


def incident_place(c: Claim) -> str | None:
    """The place that tells an incident apart: its region (else its name). A place that is a
    whole country (no region, no coordinates: "in Kyrgyzstan") tells no incident apart."""
    loc = c.location
    if loc is None or (loc.admin1 is None and loc.lat is None):
        return None
    return (loc.admin1 or loc.name or "").lower() or None


def incident_day(c: Claim) -> date | None:
    """The day that, with the place, tells an incident apart: the one day its period names.
    A running figure ("the toll rose to") or one over several days has none: updates of one
    place's figure over days do not add up."""
    p = c.period
    if c.cumulative or p.start is None or p.end not in (None, p.start):
        return None
    return p.start


def _same_sources(reports: list[Report], languages: dict[str, str] | None = None
                  ) -> tuple[list[Report], list[dict]]:
    """Each named source under its one canonical name (sources.identify over the conflict;
    `languages`: {article id: language}, English when not given), and the list of sources:
    canonical name, kind, country and the names as written."""
    languages = languages or {}
    ids = identify(Said(p.article, p.claim.id, p.claim.reported_by, p.claim.victims.side,
                        languages.get(p.article, "en")) for p in reports)
    written: dict = defaultdict(set)
    out = []
    for p in reports:
        sid = ids.get((p.article, p.claim.id))
        if sid is None:
            out.append(p)
            continue
        written[sid].add(p.claim.reported_by.name.strip())
        out.append(p if p.source == sid.name else replace(p, source=sid.name))
    listed = [dict(sid.to_dict(), written=sorted(names))
              for sid, names in sorted(written.items(), key=lambda kv: kv[0].name)]
    return out, listed


def _report(c: Claim, r: Reading, canonical: str, when: date) -> Report:
    side = c.victims.side
    if c.scope == "incident":
        kind = "incident"
    elif side or c.scope == "side":
        kind = "side"
    else:
        kind = "total"
    place = incident_place(c)
    if kind == "incident" and place is None:
        kind = "side"   # incidents are told apart by place; without one, a restatement
    incident = (place, incident_day(c)) if kind == "incident" else None
    return Report(claim=c, article=r.article.id, canonical=canonical, date=when, kind=kind,
                  side=side if kind != "total" else None, incident=incident,
                  source=source_key(c, canonical, r.article.language), role=role(c))


def _entries(reports: list[Report], measure: str) -> list[Entry]:
    out = []
    for p in reports:
        c = p.claim
        if p.role != "counted":
            continue
        if measure == "low":
            own_admission = c.reported_by.side is not None and c.reported_by.side == c.victims.side
            if c.low is None or (c.verified is False and not own_admission):
                continue
            value = c.low
        elif measure == "best":
            if c.best_value is None:
                continue
            value = c.best_value
        else:
            value = OPEN if c.low is None or c.high is None else max(c.high, c.best_value)
        out.append(Entry(c.category, p.kind, p.side, p.incident, p.source, p.date, value))
    return out


def _category(cat: str, low: Ledger, best: Ledger, high: Ledger, adversary: dict) -> CategoryToll:
    bt, bsides, rule = best.figure(cat)
    lt, lsides, _ = low.figure(cat)
    ht, hsides, _ = high.figure(cat, add_unknown=True)
    by_side = {}
    for s in sorted(set(bsides) | set(hsides) | set(adversary.get(cat, {}))):
        rng = bounded(lsides.get(s, 0), bsides.get(s, 0), hsides.get(s, 0))
        by_side[s] = SideToll(*rng, claimed_by_adversary=adversary.get(cat, {}).get(s))
    return CategoryToll(*bounded(lt, bt, ht), rule=f"{RULE};{rule}", by_side=by_side)


def ledgers_of(reports: list[Report]) -> dict:
    """{measure: Ledger} as they stand after every report: what the toll is read from."""
    return timeline({m: _entries(reports, m) for m in MEASURES})[0]


def _conflict_toll(conflict: Conflict, reports: list[Report], as_of: date | None,
                   sources: list[dict] = ()) -> ConflictToll:
    ledgers, series, band = timeline({m: _entries(reports, m) for m in MEASURES})
    adversary = adversary_sides(reports)
    tolls = {cat: _category(cat, ledgers["low"], ledgers["best"], ledgers["high"], adversary)
             for cat in CATEGORIES}
    dated = [p.date for p in reports if p.date != date.min]
    return ConflictToll(
        conflict=conflict,
        as_of=as_of or (max(dated) if dated else None),
        tolls=tolls,
        series=tuple(series),
        claims=tuple(figures(reports, ledgers["best"])),
        disputes=tuple(disputes(reports, ledgers["best"], tolls)),
        articles=tuple(sorted({p.article for p in reports})),
        band=tuple(band),
        sources=tuple(sources),
    )


def reconcile(readings: Iterable[Reading], *, as_of: date | None = None,
              episodes: Episodes | None = None) -> list[ConflictToll]:
    """One reconciled toll per conflict episode, from every reading published by `as_of`.

    Episodes are drawn from every reading, so a conflict keeps its id on any `as_of`; its
    figures, series and articles use only the reports published by then. `episodes`, when
    given, is `link_episodes(readings)` computed before (the readings are then not read again).
    """
    with collector_paused():
        return _reconcile(readings, as_of, episodes)


def _reconcile(readings: Iterable[Reading], as_of: date | None,
               episodes: Episodes | None) -> list[ConflictToll]:
    return [_conflict_toll(conflict, reports, as_of, sources)
            for conflict, reports, sources in conflict_reports(readings, as_of, episodes)]


def conflict_reports(readings: Iterable[Reading], as_of: date | None = None,
                     episodes: Episodes | None = None
                     ) -> list[tuple[Conflict, list[Report], list[dict]]]:
    """(conflict, its reports, its sources) per conflict episode with a report published by
    `as_of`, by id: what a toll is reconciled from (the exports apportion the same reports
    over incidents)."""
    ep = episodes if episodes is not None else link_episodes(readings)
    canon, assignment, conflicts = ep.canonical, ep.assignment, ep.conflicts
    by_id = {r.article.id: r for r in ep.readings}
    reports: dict[str, list[Report]] = defaultdict(list)
    languages = {r.article.id: r.article.language for r in ep.readings}
    live = set()
    for r in ep.readings:
        if not published_by(r, as_of):
            continue
        own = reading_date(r)
        canonical = canon[r.article.id]
        first_seen = reading_date(by_id[canonical]) or own or date.min
        when = own or first_seen
        cid = assignment[canonical]
        if own is not None:
            live.add(cid)
        for c in r.claims:
            if c.category in CATEGORIES:
                reports[cid].append(_report(c, r, canonical, when))
    out = []
    for cid in sorted(conflicts):
        conflict = conflicts[cid]
        if as_of is not None:
            if cid not in live:
                continue
            if conflict.end and conflict.end > as_of:
                conflict = replace(conflict, end=as_of)
        same, listed = _same_sources(apart_by_type(reports[cid], by_id), languages)
        out.append((conflict, same, listed))
    return out
