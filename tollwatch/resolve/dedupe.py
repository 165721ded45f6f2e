"""Near-duplicate articles: wire copies and light rewrites count once.

Exact copies are found by content hash; longer texts by MinHash over word shingles with
LSH (datasketch); short texts (a few sentences, where shingles are too few for MinHash) by
rapidfuzz's token-set ratio within a few days of each other. Texts that state other figures
are updates, not copies, however alike their wording (a template-like daily bulletin): the
figures weigh in the MinHash (so LSH does not even propose such pairs) and must agree.
Every article maps to the
*canonical* article of its group: the earliest published, then the smallest id, so the
result does not depend on the order articles arrive.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict
from datetime import date
from typing import Iterable, Mapping

from ..models import Article
from .groups import UnionFind

SHINGLE_WORDS = 3          # word shingles
NUM_PERM = 64              # MinHash permutations
JACCARD = 0.5              # shingle overlap above which two long texts are one report
                           # (a lightly edited wire copy scores about 0.6; distinct stories < 0.1)
SHORT_WORDS = 40           # texts shorter than this are compared with rapidfuzz
SHORT_SCORE = 90.0         # rapidfuzz token_set_ratio for short texts
SHORT_DAYS = 3             # short texts are compared only within this many days
FIGURE_WEIGHT = 3          # each number counts as this many shingles in the MinHash
FIGURE_OVERLAP = 0.75      # share of the fewer figures the other text must also state

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str], figures: set[str]) -> set[bytes]:
    if len(words) < SHINGLE_WORDS:
        out = {" ".join(words).encode("utf-8")}
    else:
        out = {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
               for i in range(len(words) - SHINGLE_WORDS + 1)}
    for n in figures:
        out.update(f"#{n}#{k}".encode("ascii") for k in range(FIGURE_WEIGHT))
    return out


def _figures(words: list[str]) -> set[str]:
    return {w for w in words if w.isdigit()}


def _figures_agree(fa: set[str], fb: set[str]) -> bool:
    """Most of the figures of the text with fewer figures are in the other (a light edit may
    drop a date or a number; a different bulletin states other figures)."""
    if not fa or not fb:
        return not fa and not fb
    return len(fa & fb) >= FIGURE_OVERLAP * min(len(fa), len(fb))


def _order_key(a: Article) -> tuple:
    return (a.published or date.max, a.id)


def canonical_articles(articles: Iterable[Article],
                       about: Mapping[str, tuple] | None = None) -> dict[str, str]:
    """Map every article id to the id of the canonical article of its near-duplicate group.

    `about` gives, where known, the countries each article is about (its conflict parties):
    copies of one report are about the same countries, so two articles about different
    countries are never one report, however alike their wording."""
    arts = {a.id: a for a in articles}
    about = about or {}
    groups = UnionFind({i: _order_key(a) for i, a in arts.items()})
    by_hash: dict[str, str] = {}
    long_ids: list[str] = []
    short_ids: list[str] = []
    words: dict[str, list[str]] = {}
    for i in sorted(arts, key=lambda k: _order_key(arts[k])):
        h = arts[i].hash
        if h in by_hash:
            groups.union(by_hash[h], i)
            continue
        by_hash[h] = i
        words[i] = _words(arts[i].text)
        (long_ids if len(words[i]) >= SHORT_WORDS else short_ids).append(i)
    _link_long(long_ids, words, groups, about)
    _link_short(short_ids, words, arts, groups, about)
    return {i: groups.find(i) for i in arts}


def _same_parties(about: Mapping[str, tuple], a: str, b: str) -> bool:
    pa, pb = about.get(a), about.get(b)
    return not pa or not pb or pa == pb


def _link_long(ids: list[str], words: dict[str, list[str]], groups: UnionFind,
               about: Mapping[str, tuple]) -> None:
    if len(ids) < 2:
        return
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=JACCARD, num_perm=NUM_PERM)
    first = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32)
    perms, scheme = first.permutations, first.scheme
    sigs = {}
    figs = {i: _figures(words[i]) for i in ids}
    for i in ids:
        m = MinHash(num_perm=NUM_PERM, seed=1, permutations=perms, scheme=scheme,
                    hashfunc=zlib.crc32)
        m.update_batch(list(_shingles(words[i], figs[i])))
        sigs[i] = m
        for other in lsh.query(m):
            if groups.find(other) == groups.find(i) or not _same_parties(about, i, other):
                continue
            if _figures_agree(figs[i], figs[other]) and m.jaccard(sigs[other]) >= JACCARD:
                groups.union(other, i)
        lsh.insert(i, m)


def _link_short(ids: list[str], words: dict[str, list[str]], arts: dict[str, Article],
                groups: UnionFind, about: Mapping[str, tuple]) -> None:
    if len(ids) < 2:
        return
    from rapidfuzz import fuzz, process

    by_day: dict[date | None, list[str]] = defaultdict(list)
    for i in ids:
        by_day[arts[i].published].append(i)
    texts = {i: " ".join(words[i]) for i in ids}
    for day, members in by_day.items():
        near = list(members)
        if day is not None:
            for off in range(1, SHORT_DAYS + 1):
                near += by_day.get(date.fromordinal(day.toordinal() + off), [])
        for i in members:
            choices = {j: texts[j] for j in near if j != i}
            for _t, _score, j in process.extract(texts[i], choices, scorer=fuzz.token_set_ratio,
                                                 score_cutoff=SHORT_SCORE, limit=None):
                if _same_figures(words[i], words[j]) and _same_parties(about, i, j):
                    groups.union(i, j)


def _same_figures(a: list[str], b: list[str]) -> bool:
    """Short texts that differ in their numbers are updates, not copies."""
    return sorted(w for w in a if w.isdigit()) == sorted(w for w in b if w.isdigit())
