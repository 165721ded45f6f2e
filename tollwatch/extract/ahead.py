"""Cue sentences of many articles parsed in one batch per language (Reader.read_many).

spaCy pays a fixed cost per `pipe` call and per short batch: the cue sentences of one article
(two on average in the dev sets) fill a batch poorly. Parsed ahead for some thirty articles at
a time, the same sentences parse in about two thirds of the time, to the same trees (batching
changes no parse: bench/bench_extract.py checks it on every run). A reading uses its parses only
where they fit its own cue sentences (CueParses.fit), else it parses them itself.
"""
from __future__ import annotations

import logging

from .casualties import sentences_of
from .claims.parsed import BATCH, CueParses, cue_texts
from .packs import LanguagePack

log = logging.getLogger(__name__)

AHEAD_CHARS = 50_000  # a longer text is parsed in its own reading, under its time limit


def parse_ahead(texts: list[tuple[str, LanguagePack | None]]) -> list[CueParses | None]:
    """For each (text, pack): the parses of its cue sentences, in order; None where there is no
    pack, the text is too long or could not be prepared (its reading then parses it, and reports
    what fails)."""
    wanted: dict[int, tuple[LanguagePack, list[tuple[int, list[int], list[str]]]]] = {}
    out: list[CueParses | None] = [None] * len(texts)
    for k, (text, pack) in enumerate(texts):
        if pack is None or len(text) > AHEAD_CHARS:
            continue
        try:
            keep, cues = cue_texts(sentences_of(text, pack), pack)
        except Exception:  # the reading itself meets it again and reports it
            log.debug("cue sentences of text %d not prepared ahead", k, exc_info=True)
            continue
        wanted.setdefault(id(pack), (pack, []))[1].append((k, keep, cues))
    for pack, items in wanted.values():
        try:
            docs = iter(list(pack.parser.pipe([c for _, _, cues in items for c in cues], batch_size=BATCH)))
        except Exception:  # each reading parses its own: one bad text fails alone
            log.debug("batch of %d texts not parsed ahead", len(items), exc_info=True)
            continue
        for k, keep, cues in items:
            out[k] = CueParses(keep, [next(docs) for _ in cues])
    return out
