"""Which kind of event a sentence reports, coded to ACLED event and sub-event types.

The trigger table is data (lexicons/events.v1.json): in a sentence, the matching rule with the
highest priority gives the sub-event type, except that a non-violent development ("announced",
"truce") yields to violence when the sentence counts dead or wounded. Background sentences on a
target ("the leader is responsible for IED attacks") and link lines ("SEE ALSO ...") are told
apart here too. Each language has its table (lexicons/<lang>/events.v1.json: en, fr, es, ru, uk);
a language without one reads with the English table.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ...models import Claim
from .needles import NeedleIndex, needles
from .tables import language_table


@cache
def lexicon(language: str = "en") -> dict:
    """The event triggers of `language` (the English table where it has none)."""
    return language_table("events.v1.json", language)


@cache
def _compiled(language: str = "en") -> list[tuple[dict, list[tuple[re.Pattern, frozenset[str] | None]]]]:
    return [(r, [(re.compile(p, re.I), needles(p)) for p in r["patterns"]]) for r in lexicon(language)["rules"]]


@cache
def _needle_index(language: str = "en") -> NeedleIndex:
    """The (rule, pattern) places by their needles: a sentence's needles are looked for once, not
    once per pattern."""
    return NeedleIndex(((r, k), need) for r, (_, patterns) in enumerate(_compiled(language))
                       for k, (_, need) in enumerate(patterns))


@lru_cache(maxsize=4096)
def classify_all(sentence: str, language: str = "en") -> tuple[tuple[str, str], ...]:
    """Every (event_type, sub_event_type) whose trigger is in `sentence`, highest priority first.
    A pattern is searched only where one of its literal needles is in the sentence (needles.py:
    most of the 137 English patterns hold none of a sentence's words; a joined alternation of
    them all searched slower than the patterns one by one)."""
    found: list[tuple[int, int, dict]] = []
    lowered = sentence.lower()
    maybe = _needle_index(language).candidates(lowered)
    for r, (rule, patterns) in enumerate(_compiled(language)):
        hits = [m.start() for k, (p, _) in enumerate(patterns) if (r, k) in maybe and (m := p.search(sentence))]
        if hits:
            found.append((rule["priority"], min(hits), rule))
    found.sort(key=lambda f: (-f[0], f[1]))
    return tuple((r["event_type"], r["sub_event_type"]) for _, _, r in found)


def classify(sentence: str, language: str = "en") -> tuple[str, str] | None:
    """(event_type, sub_event_type) of the highest-priority trigger in `sentence`, else None."""
    kinds = classify_all(sentence, language)
    return kinds[0] if kinds else None


def default_type(sentence: str, language: str = "en") -> tuple[str, str]:
    """A sentence that counts victims without naming what happened."""
    lex = lexicon(language)
    d = lex["default_with_casualties"]
    key = "civilian" if re.search(lex.get("civilian_words", r"\bcivilians?\b"), sentence, re.I) else "other"
    return tuple(d[key])  # type: ignore[return-value]


def kind_with_claims(sentence: str, claims: list[Claim], language: str = "en") -> tuple[str, str] | None:
    """The sentence's kind, where a development that yields to violence gives way when the
    sentence counts dead or wounded ("killed ... despite the truce")."""
    kinds = classify_all(sentence, language)
    violent = [c for c in claims if c.category in ("killed", "injured")]
    yields = set(lexicon(language).get("yield_to_violence", []))
    if not kinds or not violent or kinds[0][1] not in yields:
        return kinds[0] if kinds else None
    rest = [k for k in kinds if k[1] not in yields and k[0] != "Strategic developments"]
    return rest[0] if rest else default_type(sentence, language)


def is_background(sentence: str, language: str = "en") -> bool:
    """A sentence about what a target is known for, or a habitual state, not an event."""
    return any(re.search(p, sentence, re.I) for p in lexicon(language).get("background", []))


def is_not_happening(sentence: str, language: str = "en") -> bool:
    """'called on both sides to avoid new clashes': violence feared or warned of, not reported."""
    return any(re.search(p, sentence, re.I) for p in lexicon(language).get("not_happening", []))


def is_link_line(sentence: str, language: str = "en") -> bool:
    """'SEE ALSO – ...', 'Read more: ...', 'Source link': pointers to other reports."""
    return any(re.match(p, sentence, re.I) for p in lexicon(language).get("link_lines", []))
