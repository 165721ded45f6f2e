"""Events coded the way ACLED codes them: type, sub-type, date, place, actors, claims.

One event = one type of violence (or development) in one place on one day. Each body sentence
with a trigger (lexicons/events.v1.json) opens an event; the next sentences of the same type,
place and day join it; a claim belongs to the event of its sentence, else the nearest event
before it. Headlines and datelines summarise the body and open no event of their own.
Place and date come from the event's sentence, else the nearest sentence before it that states
one (then the next one, then the dateline); what cannot be resolved stays null.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..models import Article, Claim, Event, EventDate, Period, Place, Span
from . import actors as actors_mod
from . import dates, places
from .text import Sentence, split_sentences

RULES = "events.v1"


@cache
def lexicon() -> dict:
    return json.loads(resources.files(__package__).joinpath("lexicons/events.v1.json")
                      .read_text(encoding="utf-8"))


@cache
def _compiled() -> list[tuple[dict, list[re.Pattern]]]:
    return [(r, [re.compile(p, re.I) for p in r["patterns"]]) for r in lexicon()["rules"]]


def classify(sentence: str) -> tuple[str, str] | None:
    """(event_type, sub_event_type) of the highest-priority trigger in `sentence`, else None."""
    best: tuple[int, int, dict] | None = None
    for rule, patterns in _compiled():
        for p in patterns:
            m = p.search(sentence)
            if m and (best is None or rule["priority"] > best[0]):
                best = (rule["priority"], m.start(), rule)
    if best is None:
        return None
    return best[2]["event_type"], best[2]["sub_event_type"]


def _is_background(sentence: str) -> bool:
    """A sentence about what a target is known for ("is responsible for attacks"), not an event."""
    return any(re.search(p, sentence, re.I) for p in lexicon().get("background", []))


def _default_type(sentence: str) -> tuple[str, str]:
    d = lexicon()["default_with_casualties"]
    key = "civilian" if re.search(r"\bcivilians?\b", sentence, re.I) else "other"
    return tuple(d[key])  # type: ignore[return-value]


def _line_end(text: str, start: int) -> int:
    """Where the line from `start` ends (a newline or a Unicode line separator), else -1."""
    m = re.compile(r"[\n\u2028\u2029]").search(text, start)
    return m.start() if m else -1


def _is_heading(s: Sentence, text: str, body_start: int) -> bool:
    if s.end <= body_start:
        return True
    line_end = _line_end(text, s.start)
    one_line = line_end == -1 or line_end >= s.end
    more_follows = line_end != -1 and text[line_end:].strip() != ""
    return s.start == 0 and one_line and more_follows and body_start == 0 \
        and not s.text.rstrip().endswith((".", "!", "?", '"')) and len(s.text) < 150


@dataclass
class _Draft:
    event_type: str
    sub_event_type: str
    sentence: Sentence
    index: int
    place: Place | None
    when: EventDate | None
    claim_ids: list[str] = field(default_factory=list)


def build_events(article: Article, claims: list[Claim],
                 gazetteer: places.Gazetteer | None = None) -> tuple[list[Claim], list[Event]]:
    """Group `claims` into events; return the claims with period/location filled, and the events."""
    text = article.text or ""
    sentences = split_sentences(text)
    if not sentences:
        return list(claims), []
    gaz = gazetteer or places.default_gazetteer()
    dl = dates.dateline(text)
    body_start = dl.end if dl else 0
    if dl is not None and text[dl.end:dl.end + 1] == ":":  # "May 8: <headline>" heads the release
        line_end = _line_end(text, dl.end)
        body_start = line_end if line_end != -1 else body_start
    countries = places.document_countries(text, gaz)
    regions = places.document_regions(text, gaz)
    dl_place = _dateline_place(text, dl, gaz, countries)

    said_place: list[Place | None] = []
    said_when: list[EventDate | None] = []
    for s in sentences:
        masked = _mask(s, body_start)
        ms = places.find_places(masked, gaz, countries, regions)
        said_place.append(places.best_place(ms))
        said_when.append(dates.event_date(masked, article.published))

    def place_for(i: int) -> Place | None:
        for j in list(range(i, -1, -1)) + list(range(i + 1, min(i + 3, len(sentences)))):
            if said_place[j] is not None and not _is_heading(sentences[j], text, body_start):
                return said_place[j]
        return dl_place

    def when_for(i: int) -> EventDate | None:
        for j in list(range(i, -1, -1)) + list(range(i + 1, min(i + 2, len(sentences)))):
            if said_when[j] is not None and not _is_heading(sentences[j], text, body_start):
                return said_when[j]
        if article.published is not None:
            return EventDate(article.published, article.published, "day")
        return None

    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        idx = _sentence_of(sentences, c.evidence.start)
        by_sentence.setdefault(idx, []).append(c)

    kinds = [None if _is_heading(s, text, body_start) else classify(_mask(s, body_start))
             for s in sentences]
    background = [_is_background(s.text) for s in sentences]
    any_current = any(k is not None and not bg for k, bg in zip(kinds, background))
    for j, bg in enumerate(background):
        if bg and any_current:  # where a target once acted is not where the event happened
            said_place[j] = said_when[j] = None
    drafts: list[_Draft] = []
    owner: dict[str, _Draft] = {}
    for i, s in enumerate(sentences):
        if _is_heading(s, text, body_start):
            continue
        kind = kinds[i]
        here = [c for c in by_sentence.get(i, []) if not c.historical]
        if background[i] and any_current and not here:
            kind = None  # "The leader is responsible for IED attacks": who a target is, no event
        if kind is None and here and not drafts:
            kind = _default_type(s.text)
        if kind is not None:
            d = _Draft(kind[0], kind[1], s, i, place_for(i), when_for(i))
            prev = drafts[-1] if drafts else None
            if prev and (prev.sub_event_type, prev.place, prev.when) == (d.sub_event_type, d.place, d.when):
                d = prev
            else:
                drafts.append(d)
        else:
            d = drafts[-1] if drafts else None
        for c in by_sentence.get(i, []):
            if d is not None:
                d.claim_ids.append(c.id)
                owner[c.id] = d
    # claims found in headings go to the first event
    for c in claims:
        if c.id not in owner and drafts:
            drafts[0].claim_ids.append(c.id)
            owner[c.id] = drafts[0]

    for d in drafts:
        d.place = _refined(d.place, said_place[d.index + 1:d.index + 4])
    events: list[Event] = []
    for n, d in enumerate(drafts, 1):
        country = d.place.country if d.place else (next(iter(countries)) if len(countries) == 1 else None)
        events.append(Event(
            id=f"e{n}", event_type=d.event_type, sub_event_type=d.sub_event_type,
            evidence=Span(d.sentence.start, d.sentence.end, d.sentence.text),
            date=d.when or EventDate(), actors=actors_mod.find_actors(d.sentence.text, country),
            location=d.place, claims=tuple(d.claim_ids), rules=RULES))
    filled: list[Claim] = []
    for c in claims:
        d = owner.get(c.id)
        if d is None or c.historical:
            filled.append(c)
            continue
        period = c.period
        if period.start is None and d.when is not None:
            period = Period(d.when.start, d.when.end)
        filled.append(c.with_(period=period, location=c.location or d.place))
    return filled, events


def _refined(place: Place | None, later: list[Place | None]) -> Place | None:
    """A summary that names only a country ("in southern Afghanistan") takes the region its
    detail sentences give ("in Nowzad district, Helmand province")."""
    if place is not None and place.admin1 is not None:
        return place
    for p in later:
        if p is not None and p.admin1 is not None and (place is None or p.country == place.country):
            return p
    return place


def _mask(s: Sentence, body_start: int) -> str:
    """The sentence with everything before the body blanked: headline, header and dateline
    say where and when the report was filed, not where and when the event happened."""
    if body_start <= s.start:
        return s.text
    cut = min(body_start, s.end) - s.start
    return " " * cut + s.text[cut:]


def _dateline_place(text: str, dl, gaz, countries) -> Place | None:
    """Where the report was filed ("KABUL, Afghanistan (...)"): the last resort for an event's place."""
    if dl is None:
        return None
    m = re.search(r"([A-Z][A-Z .'\-]{2,40}),[^,(\n]*,?\s*[(\[]?\s*$", text[max(0, dl.start - 80):dl.start])
    if not m:
        return None
    return places.best_place(places.find_places(m.group(1).title(), gaz, countries))


def _sentence_of(sentences: list[Sentence], offset: int) -> int:
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
        if s.start > offset:
            return max(i - 1, 0)
    return len(sentences) - 1
