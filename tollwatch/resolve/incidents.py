"""Incidents: the events of many reports that describe the same happening, as one event.

Rules `incidents.v2` (docs/EXPORTS.md, "Event identity"). Within one conflict episode, events
from reports published by `as_of` are one incident when they have
- the same event-type family (FAMILIES: fighting, violence against civilians, demonstrations,
  strategic developments);
- the same or overlapping dates (an undated event fits any date);
- the same place, or one of them unknown: the same country and region (a country-level place
  fits any region of that country; no place fits any place);
- compatible actors: the armed actors of both name at most two sides between them.
An event of a near-duplicate copy is the canonical article's event of the same id (same family):
copies never make a second incident. Events are taken most specific first (a region before a
country, a day before a week), each joining the first incident it fits, so the result does not
depend on the order reports arrive. An incident whose killed figures are all a side's or a
total, with no place finer than a country, is a *summary* (it restates a toll). The incident's type, date, place and actors are those of its
most specific event; its id is its earliest-reported event's.

Rule `incidents.v2` for the toll's incident figures (`apart_by_type`): an incident figure is
told apart by its place and day; where one report states incident figures at one place and day
in events of different type families (a shelling and an attack on a bus, in Batken, on the
17th), those are different sets of victims: each family's figures there are one incident of
their own, in every report. Elsewhere the family does not split a place and day (reports
classify the same attack differently).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from ..models import Event, Reading
from .provenance import Report

RULES = "incidents.v2"
FAMILIES = {"Battles": "fighting", "Explosions/Remote violence": "fighting",
            "Violence against civilians": "violence against civilians",
            "Protests": "demonstrations", "Riots": "demonstrations",
            "Strategic developments": "strategic developments"}
VIOLENT = ("fighting", "violence against civilians")
_PRECISION = {"day": 0, "week": 1, "month": 2}


@dataclass(frozen=True)
class Member:
    """One event as one article reports it."""
    reading: Reading
    canonical: str            # the canonical article of its near-duplicate group
    published: date | None
    event: Event

    @property
    def key(self) -> tuple[str, str]:
        return (self.reading.article.id, self.event.id)


@dataclass(frozen=True)
class Incident:
    id: str                          # "article#event" of its earliest-reported event
    conflict: str
    event: Event                     # its most specific event: type, date, place, actors
    members: tuple[Member, ...]      # earliest report first

    @property
    def family(self) -> str:
        return family(self.event)

    @property
    def violent(self) -> bool:
        return self.family in VIOLENT

    @property
    def summary(self) -> bool:
        """Only restates a side's or the conflict's toll: every killed figure of its events is
        a side's or a total, and it has no place finer than a country."""
        figures = [c for m in self.members for c in m.reading.claims
                   if c.id in m.event.claims and c.category == "killed" and not c.historical]
        loc = self.event.location
        return bool(figures) and all(c.scope != "incident" for c in figures) and (
            loc is None or loc.admin1 is None)

    @property
    def first_reported(self) -> date | None:
        days = [m.published for m in self.members if m.published]
        return min(days) if days else None

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.reading.article.id for m in self.members))

    @property
    def claims(self) -> tuple[str, ...]:
        """Every claim of every member, as "article#claim"."""
        return tuple(dict.fromkeys(f"{m.reading.article.id}#{c}" for m in self.members
                                   for c in m.event.claims))


def family(ev: Event) -> str:
    if ev.event_type == "Strategic developments":
        return f"strategic developments: {ev.sub_event_type}"
    return FAMILIES.get(ev.event_type, ev.event_type)


def _place(ev: Event) -> tuple[str | None, str | None]:
    loc = ev.location
    if loc is None:
        return None, None
    region = (loc.admin1 or (loc.name if loc.lat is not None else None) or "").casefold() or None
    return (loc.country or None), region


def _span(ev: Event) -> tuple[date, date] | None:
    d = ev.date
    if d.start is None and d.end is None:
        return None
    return (d.start or d.end, d.end or d.start)


def _armed_sides(ev: Event) -> set[str]:
    return {a.side for a in ev.actors if a.side and a.inter != 7}


def _specificity(m: Member) -> tuple:
    country, region = _place(m.event)
    span = _span(m.event)
    return (region is None, country is None, _PRECISION.get(m.event.date.precision or "", 3),
            span is None, span or (date.max, date.max), m.published or date.max, m.key)


def _report_order(m: Member) -> tuple:
    return (m.published or date.max, m.key)


class _Draft:
    def __init__(self, first: Member) -> None:
        self.members = [first]
        self.country, self.region = _place(first.event)
        self.span = _span(first.event)
        self.sides = _armed_sides(first.event)
        self.family = family(first.event)

    def fits(self, m: Member) -> bool:
        country, region = _place(m.event)
        if family(m.event) != self.family:
            return False
        if country and self.country and country != self.country:
            return False
        if region and self.region and region != self.region:
            return False
        span = _span(m.event)
        if span and self.span and (span[1] < self.span[0] or self.span[1] < span[0]):
            return False
        return len(self.sides | _armed_sides(m.event)) <= 2

    def add(self, m: Member) -> None:
        self.members.append(m)
        self.sides |= _armed_sides(m.event)
        if self.country is None:
            self.country, self.region = _place(m.event)
        if self.span is None:
            self.span = _span(m.event)


def group_incidents(conflict: str, members: Iterable[Member]) -> list[Incident]:
    """The incidents of one conflict from its events (see the module's rules)."""
    members = list(members)
    own = {m.key: m for m in members if m.reading.article.id == m.canonical}
    copy_of: dict[tuple, tuple] = {}
    for m in members:
        target = own.get((m.canonical, m.event.id))
        if m.key not in own and target and family(target.event) == family(m.event):
            copy_of[m.key] = target.key
    drafts: list[_Draft] = []
    placed: dict[tuple, _Draft] = {}
    for m in sorted((m for m in members if m.key not in copy_of), key=_specificity):
        draft = next((d for d in drafts if d.fits(m)), None)
        if draft is None:
            draft = _Draft(m)
            drafts.append(draft)
        else:
            draft.add(m)
        placed[m.key] = draft
    for m in members:
        if m.key in copy_of:
            placed[copy_of[m.key]].members.append(m)
    out = []
    for d in drafts:
        ordered = tuple(sorted(d.members, key=_report_order))
        first = ordered[0]
        out.append(Incident(f"{first.reading.article.id}#{first.event.id}", conflict,
                            d.members[0].event, ordered))
    return sorted(out, key=lambda i: (_report_order(i.members[0]), i.id))


def claim_families(reading: Reading) -> dict[str, str]:
    """{claim id: type family of the events that carry it}, for claims whose events are of
    one family."""
    found: dict[str, set[str]] = defaultdict(set)
    for ev in reading.events:
        for cid in ev.claims:
            found[cid].add(family(ev))
    return {cid: next(iter(fams)) for cid, fams in found.items() if len(fams) == 1}


def apart_by_type(reports: list[Report], readings: dict[str, Reading]) -> list[Report]:
    """The reports with the incident key (place, day) of figures at a place and day that one
    report splits between event-type families made (place, day, family) (rule
    `incidents.v2`, above); `readings`: {article id: reading}."""
    families = {a: claim_families(readings[a]) for a in {p.article for p in reports
                                                         if p.kind == "incident"}}
    told: dict[tuple, set[str]] = defaultdict(set)     # (article, place/day) -> families
    for p in reports:
        fam = families[p.article].get(p.claim.id) if p.kind == "incident" else None
        if fam is not None:
            told[(p.article, p.incident)].add(fam)
    split = {key for (_a, key), fams in told.items() if len(fams) > 1}
    if not split:
        return reports
    return [replace(p, incident=(*p.incident, families[p.article].get(p.claim.id)))
            if p.kind == "incident" and p.incident in split else p for p in reports]
