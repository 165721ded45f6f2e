"""Sentences with their character offsets, found cheaply (no model)."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "adm",
    "gov", "sen", "rep", "st", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr",
    "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "approx", "dept", "mt", "ft", "brig",
}
# a sentence opens with a capital of any of the packs' alphabets (Latin with accents, Cyrillic)
_BOUNDARY = re.compile(r"""([.!?]["'”’)\]]*)(\s+)(?=["'“‘(\[«]?[A-Z0-9À-ÖØ-ÞА-ЯЁІЇЄҐ])|\n\s*\n+|\n(?=\s*[-*•])"""
                       r"""|(?<=[^\n,;:]{3})\n(?=\s*[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])"""
                       r"""|(?<=[a-zß-öø-ÿа-яёіїєґ]{3})(?<!www)(\.)(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zß-öø-ÿа-яёіїєґ])""")  # "de Neiva.Los": glued
_BULLET = re.compile(r"\s*[-*•]\s")
_SHORT_LINE = 60  # a line this short without final punctuation is a headline or dateline


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def list_item(sentence: str) -> bool:
    """"- Attaque au couteau à Paris : un mort et quatre blessés": a line of a list, most often a
    headline linking to a report (this one's or another's)."""
    return _BULLET.match(sentence) is not None


def _ends_with_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _short_line(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    return newline - line_start < _SHORT_LINE


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; offsets index into `text`, whitespace trimmed."""
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        dot = m.group(1) or m.group(3)
        if dot and dot.startswith(".") and _ends_with_abbrev(text, m.start(1) if m.group(1) else m.start(3)):
            continue
        if m.group(0) == "\n" and not _short_line(text, m.start()) and not _BULLET.match(text, m.end()):
            continue  # a hard-wrapped line, not a boundary; a list item ("- ...") always opens one
        cut = m.end(1) if m.group(1) else m.end(3) if m.group(3) else m.start()
        _add(out, text, pos, cut)
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


_LINK_ITEMS = 8  # link titles read past a marker line at most
_ENDS_SENTENCE = re.compile(r"""[.!?]["'”’»)\]]*\s*$""")


def link_lists(text: str, marker: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of `text` that list links to other reports: a line the pack's `marker` matches
    ("RELATED COVERAGE", "Read more:", "Lire aussi | ...") and the titles after it, lines without
    final punctuation ("Pakistan says 12 militants killed in raids"), blank lines between them."""
    spans = []
    for m in marker.finditer(text):
        end, items = m.end(), 0
        for line in re.finditer(r"[^\n]*(?:\n|$)", text[m.end():]):
            body = line.group().strip()
            if body and (_ENDS_SENTENCE.search(body) or items == _LINK_ITEMS):
                break
            items += bool(body)
            end = m.end() + line.end()
            if not line.group():
                break
        spans.append((m.start(), end))
    return spans


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span's characters but line breaks made spaces (the same offsets)."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
