"""Events coded the way ACLED codes them: type, sub-type, date, place, actors, claims.

One event = one type of violence (or development) in one place on one day. Each body sentence
with a trigger (lexicons/events.v1.json) opens an event; the next sentences of the same type,
place and day join it; a claim belongs to the event of its sentence, else the nearest event
before it. Headlines and datelines summarise the body and open no event of their own.
Place and date come from the event's sentence, else the nearest sentence before it that states
one (then the next one, then the dateline); what cannot be resolved stays null.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from ...models import Article, Claim, Event, EventDate, Period, Place, Span
from . import actors as actors_mod
from . import dates, places
from .date_words import place_dateline
from .event_types import (classify, default_type, is_background, is_link_line, is_not_happening,
                          kind_with_claims)
from ..text import Sentence, split_sentences

RULES = "events.v1"
VIOLENT = ("killed", "injured", "missing", "kidnapped")


_LINE_BREAK = re.compile(r"[\n\u2028\u2029]")


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[tuple[int, ...], int]:
    """Offsets of every line break, and of the last non-space character (once per text)."""
    stripped = text.rstrip()
    return tuple(m.start() for m in _LINE_BREAK.finditer(text)), len(stripped) - 1


def _line_end(text: str, start: int) -> int:
    """Where the line from `start` ends (a newline or a Unicode line separator), else -1."""
    breaks, _ = _lines(text)
    i = bisect_left(breaks, start)
    return breaks[i] if i < len(breaks) else -1


def _is_heading(s: Sentence, text: str, body_start: int, language: str = "en") -> bool:
    if s.end <= body_start:
        return True
    line_end = _line_end(text, s.start)
    one_line = line_end == -1 or line_end >= s.end
    more_follows = line_end != -1 and line_end < _lines(text)[1]
    if is_link_line(s.text, language):
        return True
    if one_line and more_follows and s.start < 600 and _blank_line_after(text, s.end) \
            and not s.text.rstrip().endswith((".", "!", "?", '"', "”", ":")) and len(s.text) < 120:
        return True  # a headline or sub-headline on its own line near the top
    return s.start == 0 and one_line and more_follows and body_start == 0 \
        and not s.text.rstrip().endswith((".", "!", "?", '"')) and len(s.text) < 150


def _blank_line_after(text: str, end: int) -> bool:
    return re.match(r"[ \t]*(\r?\n|\u2028)[ \t\xa0]*(\r?\n|\u2028)", text[end:end + 12]) is not None


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
    language = article.language or "en"
    dl = dates.dateline(text, language)
    body_start = dl.end if dl else 0
    if dl is not None and text[dl.end:dl.end + 1] == ":":  # "May 8: <headline>" heads the release
        line_end = _line_end(text, dl.end)
        body_start = line_end if line_end != -1 else body_start
    filed = place_dateline(language).match(text)  # "BISHKEK - ...", "YEREVAN/BAKU (SPA) - ..."
    if filed:
        body_start = max(body_start, filed.end())
    countries = places.document_countries(text, gaz, language)
    regions = places.document_regions(text, gaz, language)
    dl_place = _dateline_place(text, dl, gaz, countries, language)
    if dl_place is None and filed and "/" not in filed.group(1):
        dl_place = places.best_place(places.find_places(filed.group(1).title(), gaz, countries, language=language))

    said_place: list[Place | None] = []
    unknown_place: list[bool] = []
    said_when: list[EventDate | None] = []
    named: Counter[str] = Counter()
    for s in sentences:
        masked = _mask(s, body_start)
        ms = places.find_places(masked, gaz, countries, regions, language)
        named.update(m.place.country for m in ms if m.place.country)
        said_place.append(places.best_place(ms))
        unknown_place.append(places.names_unknown_place(gaz, masked, ms))
        said_when.append(dates.event_date(masked, article.published, language))
    # a country named once, beside one named again and again, is an aside ("Moscow ... referee")
    aside = {c for c, n in named.items() if n == 1} if named and max(named.values()) > 1 else set()

    by_id = {c.id: c for c in claims}

    def place_for(i: int, here: list[Claim]) -> Place | None:
        own = said_place[i]
        if own is not None and own.admin1 is not None:
            return own
        theirs = _victims_country(here, by_id, set(named), gaz)
        if theirs is not None and (own is None or own.country != theirs.country):
            return theirs  # "46 Kyrgyz died", "35 Tajik dead": where their side is
        if own is not None or unknown_place[i]:
            return own  # "in the spa town of Zarvash": its own place, unknown, not a neighbour's
        for j in list(range(i - 1, -1, -1)) + list(range(i + 1, min(i + 3, len(sentences)))):
            p = lent_place[j]
            if p is not None and p.country not in aside and not _is_heading(sentences[j], text, body_start, language):
                return p
        return dl_place

    def when_for(i: int) -> EventDate | None:
        for j in list(range(i, -1, -1)) + list(range(i + 1, min(i + 2, len(sentences)))):
            when = said_when[i] if j == i else lent_when[j]
            if when is not None and not _is_heading(sentences[j], text, body_start, language):
                return when
        if article.published is not None:
            return EventDate(article.published, article.published, "day")
        return None

    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        idx = _sentence_of(sentences, c.evidence.start)
        by_sentence.setdefault(idx, []).append(c)

    heading = [_is_heading(s, text, body_start, language) for s in sentences]
    kinds = [None if h else classify(_mask(s, body_start), language) for s, h in zip(sentences, heading)]
    background = [is_background(s.text, language) for s in sentences]
    any_current = any(k is not None and not bg for k, bg in zip(kinds, background))
    lent_place, lent_when = list(said_place), list(said_when)  # what a sentence lends to others
    for j, bg in enumerate(background):
        if bg and any_current:  # where a target once acted is not where the event happened
            lent_place[j] = lent_when[j] = None
        mine = by_sentence.get(j, [])
        if mine and all(c.historical for c in mine):  # "In April 2021, ... 50 dead": an earlier episode
            lent_place[j] = lent_when[j] = None
        if article.published is None and lent_when[j] is not None and lent_when[j].precision == "month":
            lent_when[j] = None  # an undated report's "in April 2021" dates no other sentence
    drafts: list[_Draft] = []
    owner: dict[str, _Draft] = {}
    for i, s in enumerate(sentences):
        if heading[i]:
            continue
        mine = by_sentence.get(i, [])
        here = [c for c in mine if not c.historical]
        kind = kind_with_claims(_mask(s, body_start), here, language) if kinds[i] else None
        if not here and (is_not_happening(s.text, language) or (background[i] and any_current)):
            kind = None  # "The leader is responsible for IED attacks": who a target is, no event
        if (mine and not here) or _before_episode(said_when[i], article.published):
            kind = None  # "In April 2021, fighting left 50 dead": an earlier episode
        prev = drafts[-1] if drafts else None
        own = said_place[i] or _victims_country(here, by_id, set(named), gaz)
        if kind is None and here and (prev is None or (_elsewhere(own, prev.place) and any(
                c.category in VIOLENT for c in here))):
            kind = default_type(s.text, language)  # victims counted in a place of their own
        if kind is not None:
            d = _Draft(kind[0], kind[1], s, i, place_for(i, here), when_for(i))
            if prev and (prev.sub_event_type, prev.place, prev.when) == (d.sub_event_type, d.place, d.when):
                d = prev
            else:
                drafts.append(d)
        else:
            d = prev
        for c in here:
            if d is not None:
                d.claim_ids.append(c.id)
                owner[c.id] = d
    # claims found in headings go to the first event
    for c in claims:
        if c.id not in owner and drafts and not c.historical:
            drafts[0].claim_ids.append(c.id)
            owner[c.id] = drafts[0]

    main = _main_country(named)
    for d in drafts:
        d.place = _refined(d.place, lent_place[d.index + 1:d.index + 4])
        if d.place is None and main is not None:
            d.place = places.country_place(main, gaz)  # the country the whole report is about
    events: list[Event] = []
    for n, d in enumerate(drafts, 1):
        country = d.place.country if d.place else (next(iter(countries)) if len(countries) == 1 else None)
        events.append(Event(
            id=f"e{n}", event_type=d.event_type, sub_event_type=d.sub_event_type,
            evidence=Span(d.sentence.start, d.sentence.end, d.sentence.text),
            date=d.when or EventDate(),
            actors=actors_mod.find_actors(d.sentence.text, country, d.event_type, language),
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


def _before_episode(when: EventDate | None, published) -> bool:
    """A sentence dated well before the report (a month or more) tells of an earlier episode."""
    return when is not None and published is not None and when.end is not None \
        and when.end < published - timedelta(days=30)


def _main_country(named: Counter[str]) -> str | None:
    """The country a report names as a place at least twice, and more than twice as often as
    any other: where an event it does not place otherwise happened."""
    top = named.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] <= 2 * top[1][1]):
        return None
    return top[0][0]


def _elsewhere(here: Place | None, there: Place | None) -> bool:
    """`here` is a different country or region than `there` (both known)."""
    if here is None or there is None:
        return False
    return here.country != there.country or (here.admin1 is not None and there.admin1 is not None
                                             and here.admin1 != there.admin1)


def _victims_country(here: list[Claim], by_id: dict[str, Claim], named: set[str], gaz) -> Place | None:
    """The country whose people a sentence counts ("46 Kyrgyz", "twelve people" within the Tajik
    toll), when all its victims belong to one country the report names as a place."""
    sides = set()
    for c in here:
        parent = by_id.get(c.part_of) if c.part_of else None
        sides.add(c.victims.side or (parent.victims.side if parent else None))
    sides.discard(None)
    if len(sides) != 1:
        return None
    side = sides.pop()
    return places.country_place(side, gaz) if side in named else None


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


def _dateline_place(text: str, dl, gaz, countries, language: str = "en") -> Place | None:
    """Where the report was filed ("KABUL, Afghanistan (...)", "БИШКЕК, 14 сентября"): the last resort."""
    if dl is None:
        return None
    c = dates.lexicon(language)["patterns"]["capitals"]
    m = re.search(rf"([{c}][{c} .'\-]{{2,40}}),[^,(\n]*,?\s*[(\[]?\s*$", text[max(0, dl.start - 80):dl.start])
    if not m:
        return None
    return places.best_place(places.find_places(m.group(1).title(), gaz, countries, language=language))


def _sentence_of(sentences: list[Sentence], offset: int) -> int:
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
        if s.start > offset:
            return max(i - 1, 0)
    return len(sentences) - 1
