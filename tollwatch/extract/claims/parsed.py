"""Stage 2 of a reading: the sentences a cheap cue filter keeps, parsed in one batch.

All-capitals and title-case lines (MUC-4 wires, press-release headlines) are case-normalised
before parsing, character for character, so token offsets still index the original sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..packs import LanguagePack
from ..text import Sentence

BATCH = 64


@dataclass(frozen=True)
class ParsedSentence:
    sentence: Sentence
    doc: Any            # a spaCy Doc over the (case-normalised) sentence text


def _same_length_lower(word: str) -> str:
    low = word.lower()
    return low if len(low) == len(word) else word


def normalise_case(text: str) -> str:
    """Lower-case a shouting or title-case line for the parser, keeping every offset.

    Upper-case text: every word lowered, the first letter of the line kept. Title case (most words
    capitalised, as in a headline): capitalised words lowered except acronyms and the first word."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return text
    upper = sum(c.isupper() for c in letters) / len(letters)
    words = text.split(" ")
    if upper > 0.6:
        out = _same_length_lower(text)
        return text[0] + out[1:] if out and len(out) == len(text) else out
    capitalised = [w for w in words if w[:1].isalpha()]
    if len(capitalised) >= 4 and sum(w[0].isupper() for w in capitalised) / len(capitalised) > 0.75:
        fixed = [w if i == 0 or not w[:1].isupper() or (len(w) > 1 and w.isupper())
                 else _same_length_lower(w) for i, w in enumerate(words)]
        return " ".join(fixed)
    return text


def parse_cue_sentences(sentences: list[Sentence], pack: LanguagePack) -> dict[int, ParsedSentence]:
    """Index in `sentences` -> its parse, for the sentences with a casualty cue."""
    keep = [i for i, s in enumerate(sentences) if pack.cue.search(s.text)]
    texts = [normalise_case(sentences[i].text) for i in keep]
    docs = pack.parser.pipe(texts, batch_size=BATCH)
    return {i: ParsedSentence(sentences[i], doc) for i, doc in zip(keep, docs)}
