"""Dates in news text: the publication date (dateline) and when an event happened.

`infer_published` reads a missing publication date from the article's own dateline
("KABUL, Afghanistan (Jan. 25, 2013)", "SAN SALVADOR, 13 JAN 90"), else the latest full date
the text gives for its own events, never one from a historical mention ("the April 2021
clashes"); with nothing to go on the article stays undated. `event_date` resolves what a sentence says about when something happened
("yesterday", "on Sunday", "between Wednesday and Friday", "last week", "Sept. 26") against the
publication date, the way dateparser's PREFER_DATES_FROM='current_period' does, but never later
than the publication date. Words and the date grammar of each language live in
lexicons/<lang>/dates.v1.json (en, fr, es, ru, uk); a language without a file reads as English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ...models import Article, EventDate
from ..memo import per_sentence
from ..text import split_sentences
from .date_words import _compiled, _earlier_event, _grammar, _words_pattern, lexicon
from .event_types import is_link_line

RULES = "dates.v1"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int | None
    month: int
    year: int | None  # None when the text leaves it out ("Sept. 1")


@cache
def _patterns(language: str = "en") -> dict[str, re.Pattern]:
    g = _grammar(language)
    months = "|".join(sorted(lexicon(language)["months"], key=len, reverse=True))
    m = rf"(?P<mon>{months})(?:\.|(?![^\W\d_]))"  # a whole month word: not "2 sep" of "2 separate attacks"
    y = r"(?P<year>(?:19|20)\d\d|'?\d\d)"
    suffix, day_month, after_day = g["day_suffix"], g["day_month"], g["year_after_day"]
    found = {
        # 25 January 2013 / 13 JAN 90 / 25 Jan / le 14 septembre / 14 de septiembre de 2022 / 14 сентября
        "dmy": re.compile(rf"\b(?P<day>[0-3]?\d){suffix}{day_month}{m}(?:{after_day}{y}\b)?", re.I),
        # January 2013, septiembre de 2022, сентябре 2022 (month precision)
        "my": re.compile(rf"\b{m}{g['year_after_month']}(?P<year>(?:19|20)\d\d)\b", re.I),
        "iso": re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    }
    if g["month_day_order"]:  # Jan. 25, 2013 / January 25 2013 / Jan. 25
        found["mdy"] = re.compile(rf"\b{m}\s+(?P<day>[0-3]?\d){suffix}\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
                                  re.I)
    return found


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.lstrip("'")
    if len(raw) == 2:
        n = int(raw)
        return 1900 + n if n >= 30 else 2000 + n
    return int(raw)


def _month(raw: str, language: str = "en") -> int:
    return int(raw) if raw.isdigit() else lexicon(language)["months"][raw.lower().rstrip(".")]


def capital_only_months(language: str = "en") -> frozenset[str]:
    """Month words that are months only with a capital ("May", not "may")."""
    return frozenset(_grammar(language)["capital_only_months"])


@per_sentence()
def find_dates(text: str, language: str = "en") -> tuple[DateMention, ...]:
    """Absolute dates in `text`, in order, without overlaps (day-level before month-level); kept
    per text (the dateline, the event and the claims' context read the same sentences again)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    patterns = _patterns(language)
    capital_only = _grammar(language)["capital_only_months"]
    for kind in ("iso", "mdy", "dmy", "my"):
        if kind not in patterns:
            continue
        for mt in patterns[kind].finditer(text):
            if any(s < mt.end() and mt.start() < e for s, e in taken):
                continue
            day = int(mt.group("day")) if "day" in mt.groupdict() and mt.group("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            # a bare month word like "may" needs a capital to be a month
            if mt.group("mon").lower() in capital_only and not mt.group("mon")[0].isupper():
                continue
            mention = DateMention(mt.start(), mt.end(), day, _month(mt.group("mon"), language),
                                  _year(mt.groupdict().get("year")))
            if _to_date(mention, mention.year or 2000) is None:
                continue
            found.append(mention)
            taken.append((mt.start(), mt.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def _to_date(m: DateMention, year: int) -> date | None:
    try:
        return date(year, m.month, m.day or 1)
    except ValueError:
        return None


@cache
def _dateline_pattern(capitals: str) -> re.Pattern:
    """"KABUL, Afghanistan (Jan. 25, 2013)" / "SAN SALVADOR, 13 JAN 90" / "URUZGAN, Afghanistan (Oct. 3)"
    / "MOSCOW (USSR), 6 JUL 89" / "БИШКЕК, 14 сентября"; `capitals`: the language's capital letters."""
    c = capitals
    return re.compile(rf"(?:^|\n|\s)[{c}][{c}.'\- ]{{2,40}}(?:\s*\([{c}][{c}a-z.' ]{{1,30}}\))?,"
                      rf"(?:\s+[{c}][{c}a-z.' ]{{1,30}})?,?\s*[(\[]?\s*(?=\S)")


def dateline(text: str, language: str = "en") -> DateMention | None:
    """The date of the article's dateline, if it has one (looked for in the first 1,500 characters)."""
    head = text[:1500]
    dates = find_dates(head, language)
    capitals = _grammar(language)["capitals"]
    for mt in _dateline_pattern(capitals).finditer(head):
        city_end = head.index(",", mt.start())
        for d in dates:  # "KABUL, Afghanistan (Jan. 25, 2013)", "DUSHANBE, Sept. 18, 2022 -"
            if city_end < d.start <= mt.end() and d.day is not None:
                return d
    # a line of its own: "Bishkek, 19 September 2022"
    for d in dates:
        line_start = head.rfind("\n", 0, d.start) + 1
        line_end = head.find("\n", d.end)
        before = head[line_start:d.start]
        if (d.day is not None and d.year is not None and re.fullmatch(rf"[{capitals}][\w.'’ -]{{1,40}},\s*", before)
                and not head[d.end:line_end if line_end != -1 else len(head)].strip()):
            return d
    # a release headed by its date: "May 15: Operations in ..."
    for d in dates:
        if d.day is not None and not head[:d.start].strip() and head[d.end:d.end + 1] == ":":
            return d
    return None


def _borrow_year(text: str, m: DateMention, language: str = "en") -> int | None:
    """A year for a dateline that leaves it out: another full date, a 'YYYY-MM' code, a year."""
    for d in find_dates(text, language):
        if d.year and d.month == m.month:
            return d.year
    code = re.search(r"\b((?:19|20)\d\d)-([01]\d)-", text)
    if code and int(code.group(2)) == m.month:
        return int(code.group(1))
    years = [d.year for d in find_dates(text, language) if d.year]
    if years:
        return max(years)
    bare = re.findall(r"\b((?:19|20)\d\d)\b", text[:2000])
    return int(bare[0]) if bare else None


def infer_published(article: Article) -> Article:
    """The article with `published` read from its dateline or latest absolute date, marked inferred."""
    if article.published is not None:
        return article
    text = article.text or ""
    language = article.language or "en"
    found: date | None = None
    dl = dateline(text, language)
    if dl is not None:
        year = dl.year or _borrow_year(text, dl, language)
        found = _to_date(dl, year) if year else None
    if found is None:
        full = [_to_date(d, d.year) for d in current_dates(text, language)]
        full = [d for d in full if d is not None]
        found = max(full) if full else None
        if found is not None:  # "22 сентября 2014 ... утром в среду 24 декабря": a later day of that year
            later = [day for m in find_dates(text, language) if m.year is None and m.day is not None
                     and (day := _to_date(m, found.year)) is not None and 0 < (day - found).days < 183]
            found = max(later, default=found)
    if found is None:
        return article  # nothing to go on: the report stays undated (published None)
    return replace(article, published=found, published_inferred=True)


def current_dates(text: str, language: str = "en") -> list[DateMention]:
    """Full dates (day, month, year) that the text gives for its own events: never a date that
    names an earlier event ('the 9 April 2021 clashes'), one in a sentence about an earlier
    episode ('the previous fighting, on 9 April 2021'), nor one in a pointer to another report
    ('SEE ALSO - ...'). A month without a day ('in April 2021') dates nothing here."""
    cues = _words_pattern(tuple(lexicon(language)["earlier_cues"]))
    out: list[DateMention] = []
    for sentence_start, sentence in _sentences(text):
        if is_link_line(sentence) or cues.search(sentence):
            continue
        for d in find_dates(sentence, language):
            if d.year and d.day and not _names_earlier_event(sentence, d, language):
                out.append(replace(d, start=d.start + sentence_start, end=d.end + sentence_start))
    return out


def _sentences(text: str) -> list[tuple[int, str]]:
    return [(s.start, s.text) for s in split_sentences(text)]


def _on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _month_span(d: date) -> tuple[date, date]:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date(d.year, d.month, 1), nxt - timedelta(days=1)


def _names_earlier_event(sentence: str, d: DateMention, language: str = "en") -> bool:
    """'the Aug. 7 attack', 'the September 2021 clashes', 'les affrontements du 9 avril 2021':
    a date naming an earlier event."""
    before, after = _earlier_event(language)
    return (before.search(sentence[max(0, d.start - _grammar(language)['earlier_event_window']):d.start]) is not None
            and after.match(sentence[d.end:]) is not None)


def _day_range(sentence: str, published: date | None, language: str = "en") -> tuple[int, int, EventDate] | None:
    """'between 14 and 17 September', 'from 12 to 15 Sept.', 'du 14 au 17 septembre': a span of
    days in one month."""
    if published is None:
        return None
    m = _compiled(language, "day_range").search(sentence)
    if not m:
        return None
    year = int(m.group(4)) if m.group(4) else published.year
    a = _to_date(DateMention(0, 0, int(m.group(1)), _month(m.group(3), language), year), year)
    b = _to_date(DateMention(0, 0, int(m.group(2)), _month(m.group(3), language), year), year)
    if a is None or b is None or a > b or b > published + timedelta(days=1):
        return None
    return m.start(), m.end(), EventDate(a, b, "day" if a == b else "week")


def event_date(sentence: str, published: date | None, language: str = "en") -> EventDate | None:
    """When `sentence` says its event happened, resolved against `published`; None if it does not say."""
    lex = lexicon(language)
    hits: list[tuple[int, EventDate]] = []
    span = _day_range(sentence, published, language)
    if span is not None:
        hits.append((span[0], span[2]))
    for d in find_dates(sentence, language):
        if _names_earlier_event(sentence, d, language) or (span is not None and span[0] <= d.start < span[1]):
            continue
        year = d.year or (published.year if published else None)
        if year is None:
            continue
        when = _to_date(d, year)
        if when is None:
            continue
        if d.year is None and published and when > published:
            when = _to_date(d, year - 1)
        if published and when and when > published + timedelta(days=1):
            continue  # a future date (a trial, a deadline) is not when the event happened
        if d.day is None:
            s, e = _month_span(when)
            hits.append((d.start, EventDate(s, min(e, published) if published else e, "month")))
        else:
            hits.append((d.start, EventDate(when, when, "day")))
    if published is not None:
        days = _words_pattern(tuple(lex["relative_days"]))
        reporting, reported = _compiled(language, "reporting_after"), _compiled(language, "reporting_before")
        for mt in days.finditer(sentence):
            if reporting.match(sentence, mt.end()) or reported.search(sentence[:mt.start()]):
                continue  # "ISAF today confirmed ...": when it was said, not when it happened
            when = published + timedelta(days=lex["relative_days"][mt.group(1).lower()])
            hits.append((mt.start(), EventDate(when, when, "day")))
        wd = "|".join(lex["weekdays"])
        case = lex["patterns"]["weekday_case"]
        between = _compiled(language, "between_weekdays").search(sentence)
        if between:
            a = _on_or_before(published, lex["weekdays"][between.group(1).lower()])
            b = _on_or_before(published, lex["weekdays"][between.group(2).lower()])
            if a > b:
                a -= timedelta(days=7)
            hits.append((between.start(), EventDate(a, b, "day" if a == b else "week")))
        else:
            for mt in re.finditer(rf"\b({wd})\b", sentence, re.I):
                if (case == "upper" and not mt.group(1)[0].isupper()) or (
                        case == "lower" and not mt.group(1)[0].islower()):
                    continue
                when = _on_or_before(published, lex["weekdays"][mt.group(1).lower()])
                hits.append((mt.start(), EventDate(when, when, "day")))
        spans = _words_pattern(tuple(lex["relative_spans"]))
        for mt in spans.finditer(sentence):
            rule = lex["relative_spans"][mt.group(1).lower()]
            if "days_back" in rule:
                back_start, back_end = rule["days_back"]
                hits.append((mt.start(), EventDate(published - timedelta(days=back_start),
                                                   published - timedelta(days=back_end), "week")))
            else:
                ref = published.replace(day=1)
                for _ in range(rule["months_back"]):
                    ref = (ref - timedelta(days=1)).replace(day=1)
                s, e = _month_span(ref)
                hits.append((mt.start(), EventDate(s, min(e, published), "month")))
    if not hits:
        return None
    # the most precise statement wins; among equals, the first in the sentence
    order = {"day": 0, "week": 1, "month": 2}
    hits.sort(key=lambda h: (order[h[1].precision], h[0]))
    return hits[0][1]
