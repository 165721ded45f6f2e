"""The data model: frozen dataclasses shared by every layer.

Dates are `datetime.date`; `to_dict` methods give the JSON contract shape
(../shared/CONTRACT.md, tollwatch/contract/article.schema.json).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

CATEGORIES = ("killed", "injured", "missing", "detained", "kidnapped", "displaced")
SCOPES = ("total", "side", "incident")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def content_hash(text: str) -> str:
    """Stable id for an article without one: sha256 of its whitespace-normalised text (each run of
    whitespace one space, none at the ends: `" ".join(text.split())`, without a list of every word)."""
    norm = _WHITESPACE.sub(" ", text).strip(" ")
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


_WHITESPACE = re.compile(r"\s+")  # the characters str.split splits on (str.isspace), as in re


@dataclass(frozen=True)
class Span:
    """Where a figure stands in the article text (character offsets into Article.text)."""
    start: int
    end: int
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "sentence": self.sentence}


@dataclass(frozen=True)
class Quantity:
    """A number as the text states it: "at least 81" -> low 81, high None."""
    low: int | None
    high: int | None
    approximate: bool
    text: str
    start: int = 0
    end: int = 0
    best_value: int | None = None  # when the text's figure is neither low nor high ("around 50")

    @property
    def best(self) -> int | None:
        if self.best_value is not None:
            return self.best_value
        if self.low is None:
            return None
        if self.high is None:
            return self.low
        return (self.low + self.high) // 2


@dataclass(frozen=True)
class Victims:
    group: str | None = None
    side: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "side": self.side}


@dataclass(frozen=True)
class Source:
    """Who reports a figure: a ministry, an army, a news agency, a witness."""
    name: str | None = None
    kind: str | None = None  # government | military | armed_group | agency | ngo | media | witness | other
    side: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "side": self.side}


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": _iso(self.start), "end": _iso(self.end)}


@dataclass(frozen=True)
class Place:
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None  # ACLED geo_precision: 1 town, 2 part of region, 3 region

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "admin1": self.admin1,
                "lat": self.lat, "lon": self.lon, "precision": self.precision}


@dataclass(frozen=True)
class Claim:
    """One figure about one set of victims, as one source states it."""
    id: str
    category: str
    low: int | None
    high: int | None
    text: str
    evidence: Span
    rules: str
    approximate: bool = False
    best: int | None = None
    victims: Victims = field(default_factory=Victims)
    reported_by: Source = field(default_factory=Source)
    verified: bool | None = None
    partisan: bool = False
    period: Period = field(default_factory=Period)
    location: Place | None = None
    scope: str = "incident"
    part_of: str | None = None
    historical: bool = False
    cumulative: bool = False  # "the toll rose to", "bringing the total to"
    reader: str = "parse"     # how the figure was counted: from the sentence's parse

    def with_(self, **changes: Any) -> "Claim":
        return replace(self, **changes)

    @property
    def best_value(self) -> int | None:
        if self.best is not None:
            return self.best
        if self.low is None:
            return None
        if self.high is None:
            return self.low
        return (self.low + self.high) // 2

    def to_dict(self) -> dict[str, Any]:
        loc = self.location.to_dict() if self.location else None
        if loc is not None:
            loc.pop("precision", None)
        return {
            "id": self.id, "category": self.category, "low": self.low, "high": self.high,
            "best": self.best_value, "approximate": self.approximate, "text": self.text,
            "victims": self.victims.to_dict(), "reported_by": self.reported_by.to_dict(),
            "verified": self.verified, "partisan": self.partisan, "rules": self.rules,
            "period": self.period.to_dict(), "location": loc, "scope": self.scope,
            "part_of": self.part_of, "historical": self.historical,
            "cumulative": self.cumulative, "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True)
class Actor:
    name: str
    side: str | None = None
    role: str = "actor1"  # actor1 | actor2 | assoc_actor_1 | assoc_actor_2
    inter: int | None = None  # ACLED inter code

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "side": self.side, "role": self.role, "inter": self.inter}


@dataclass(frozen=True)
class EventDate:
    start: date | None = None
    end: date | None = None
    precision: str | None = None  # day | week | month

    def to_dict(self) -> dict[str, Any]:
        return {"start": _iso(self.start), "end": _iso(self.end), "precision": self.precision}


@dataclass(frozen=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    evidence: Span
    date: EventDate = field(default_factory=EventDate)
    actors: tuple[Actor, ...] = ()
    location: Place | None = None
    claims: tuple[str, ...] = ()
    rules: str = "events.v1"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "date": self.date.to_dict(), "actors": [a.to_dict() for a in self.actors],
            "location": self.location.to_dict() if self.location else None,
            "claims": list(self.claims), "evidence": self.evidence.to_dict(), "rules": self.rules,
        }


@dataclass(frozen=True)
class Range:
    """low <= best <= high; high None = open-ended."""
    low: int | None = 0
    best: int | None = 0
    high: int | None = 0

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "best": self.best, "high": self.high}


ZERO = Range(0, 0, 0)


@dataclass(frozen=True)
class Toll:
    killed: Range = ZERO
    injured: Range = ZERO
    missing: Range = ZERO
    detained: Range = ZERO
    kidnapped: Range = ZERO
    displaced: Range = ZERO

    def get(self, category: str) -> Range:
        return getattr(self, category)

    def to_dict(self) -> dict[str, Any]:
        return {c: self.get(c).to_dict() for c in CATEGORIES}


@dataclass(frozen=True)
class Article:
    """One report as ingested. `text` is the plain text every offset refers to."""
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_inferred: bool = False
    language: str = "en"
    language_declared: bool = False  # a source or the caller said it ("en" too): no detection
    outlet: str | None = None
    origin: str | None = None  # the file, feed or URL it came from
    author: str | None = None  # byline, when the source gives one (HTML, feeds)

    @classmethod
    def from_text(cls, text: str, **kw: Any) -> "Article":
        kw.setdefault("id", None)
        if not kw["id"]:
            kw["id"] = content_hash(text)
        return cls(text=text, **kw)

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Reading:
    """What tollwatch reads in one article: its claims, events and own toll."""
    article: Article
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    toll: Toll = field(default_factory=Toll)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id, "title": a.title, "url": a.url, "language": a.language,
            "published": {"date": _iso(a.published), "inferred": a.published_inferred},
            "toll": self.toll.to_dict(),
            "claims": [c.to_dict() for c in self.claims],
            "events": [e.to_dict() for e in self.events],
        }
