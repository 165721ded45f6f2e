"""Figures in a list share a verb: "7 soldiers, 7 peacekeepers and 2 civilians were injured".

`join(drafts, sentence)` gives a figure without a verb of its own the category of its neighbour,
marks figures inside another ("including 3 children", "five of them", an aside in brackets) and
drops what stays without a category.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from .draft import Draft

_LIST_GAP = re.compile(r"^\s*(?:,|and|,\s*and|as well as|plus|along with)\s*(?:(?:their|his|her|its)\s+)?$", re.IGNORECASE)
_ALONG_WITH = re.compile(r"^[^;:]{0,100}?(?:,\s*|\s)(?:as\s+well\s+as|along\s+with|together\s+with)\s*$", re.IGNORECASE)
_ELLIPSIS_GAP = re.compile(r"^(?:[^\d,.;]{0,25}\s)?(?:,|and|,\s*and)\s*$", re.IGNORECASE)
WHOLE_GAP = re.compile(r"^\s*(?:more|others|other\s+people)?\s*,?\s*(?:including|among\s+them)\b", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r"^\s*(?:\([^()]{1,80}\)|--[^-]{1,80}--)")


def _across_asides(out: list[Draft], s: str) -> list[Draft]:
    """"six Jesuits (five Spaniards and one Salvadoran) and two women were killed": a figure before
    an aside takes the verb of the list after it; the figures inside the aside are its parts."""
    for i, d in enumerate(out):
        if d.category is not None or d.joined in ("others", "breakdown"):
            continue
        rel = d.end - d.sentence.start
        aside = _ASIDE_AFTER.match(s[rel:])
        if not aside:
            continue
        end = rel + aside.end()
        inner = [j for j in range(i + 1, len(out)) if out[j].start - d.sentence.start < end]
        after = next((j for j in range(i + 1, len(out)) if j not in inner), None)
        if after is None or out[after].category is None or not _LIST_GAP.match(s[end:out[after].start - d.sentence.start]):
            continue
        cat = out[after].category
        out[i] = replace(d, category=cat)
        for j in inner:
            out[j] = replace(out[j], category=cat, joined="including")
    return out


def join(drafts: list[Draft], s: str) -> list[Draft]:
    """Give a number without a verb the category of its neighbour in the sentence."""
    inc = lexicon().cue("including_cues")
    out = _across_asides(list(drafts), s)
    for i in range(len(out) - 2, -1, -1):  # "7 soldiers, 7 peacekeepers and 2 civilians were injured"
        d, n = out[i], out[i + 1]
        p = out[i - 1] if i > 0 else None
        if p is not None and p.category is not None and inc.search(s[p.end - d.sentence.start:d.start - d.sentence.start]):
            continue  # "72 killed, including 29 children and over 200 others injured": the children are the killed
        gap = s[d.end - d.sentence.start:n.start - d.sentence.start]
        if d.category is None and n.category is not None and d.joined not in ("others", "breakdown") \
                and (_LIST_GAP.match(gap) or ((w := WHOLE_GAP.match(gap)) and not gap[w.end():].strip())):
            out[i] = replace(d, category=n.category)
    for i, d in enumerate(out):
        if d.joined == "breakdown":
            continue  # its category is its referent's, in the sentence before
        rel = d.start - d.sentence.start
        prev = next((p for p in reversed(out[:i]) if p.category), None)
        if d.group is None and d.side is None and prev is not None and prev.side \
                and _ELLIPSIS_GAP.match(s[prev.end - d.sentence.start:rel]):
            d = out[i] = replace(d, side=prev.side, group=prev.group)  # "35 Tajiks killed and 25 wounded"
        if d.category is not None:
            gap = s[prev.end - d.sentence.start:rel] if prev is not None else ""
            if prev is not None and ((len(gap) < 40 and (inc.search(gap) or d.group == "them" or (
                    prev.joined == "including" and _LIST_GAP.match(gap)))) or _elliptic_part(d, prev, gap)):
                out[i] = replace(d, joined="including")
            continue
        nxt = next((n for n in out[i + 1:] if n.category), None)
        if prev is not None:
            gap = s[prev.end - d.sentence.start:rel]
            if inc.search(gap) or (prev.joined == "including" and _LIST_GAP.match(gap)):
                out[i] = replace(d, category=prev.category, joined="including")
                continue
            if d.group == "them" and _LIST_GAP.match(gap):
                out[i] = replace(d, category=prev.category, joined="including")  # "six priests, five of them Spaniards"
                continue
            if d.shape == "singular" and d.joined == "list" and gap.strip() == "," and (
                    prev.shape == "singular" or prev.group in (None, "named")) \
                    and not re.match(r"\s*,?\s*and\b", s[d.end - d.sentence.start:], re.IGNORECASE):
                continue  # "Hector Oqueli, a Salvadoran leader": an apposition, not a second victim
            if d.joined == "others" or _LIST_GAP.match(gap) or (_ALONG_WITH.search(gap) and d.shape != "singular"):
                out[i] = replace(d, category=prev.category)
                continue
        if nxt is not None and _LIST_GAP.match(s[d.end - d.sentence.start:nxt.start - d.sentence.start]):
            out[i] = replace(d, category=nxt.category)
    return [d for d in out if d.category is not None or d.joined == "breakdown"]


_PARTICIPLE_GAP = re.compile(r"^[^.;:]*,\s*(?:\w+ly\s+)?\w+ing\s*$", re.IGNORECASE)


def _elliptic_part(d: Draft, prev: Draft, gap: str) -> bool:
    """"stabbed 3 people, seriously wounding one": a bare number in a participle clause after a
    figure of the same category counts some of those victims, not others."""
    return (d.shape == "bare" and d.group is None and prev.category == d.category and prev.group is not None
            and d.low is not None and prev.low is not None and d.low <= prev.low
            and _PARTICIPLE_GAP.match(gap) is not None)


