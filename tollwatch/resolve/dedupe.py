"""Near-duplicate articles: wire copies and light rewrites count once.

Exact copies are found by content hash; longer texts by MinHash over word shingles with
LSH (datasketch); short texts (a few sentences, where shingles are too few for MinHash) by
rapidfuzz's token-set ratio within a few days of each other. Every article maps to the
*canonical* article of its group: the earliest published, then the smallest id, so the
result does not depend on the order articles arrive.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Iterable

from ..models import Article

SHINGLE_WORDS = 3          # word shingles
NUM_PERM = 64              # MinHash permutations
JACCARD = 0.5              # shingle overlap above which two long texts are one report
                           # (a lightly edited wire copy scores about 0.6; distinct stories < 0.1)
SHORT_WORDS = 40           # texts shorter than this are compared with rapidfuzz
SHORT_SCORE = 90.0         # rapidfuzz token_set_ratio for short texts
SHORT_DAYS = 3             # short texts are compared only within this many days

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[bytes]:
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)}


class _Groups:
    """Union-find over article ids; the root is always the canonical article."""

    def __init__(self, rank: dict[str, tuple]):
        self.parent: dict[str, str] = {k: k for k in rank}
        self.rank = rank

    def find(self, a: str) -> str:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.rank[rb] < self.rank[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra


def _order_key(a: Article) -> tuple:
    return (a.published or date.max, a.id)


def canonical_articles(articles: Iterable[Article]) -> dict[str, str]:
    """Map every article id to the id of the canonical article of its near-duplicate group."""
    arts = {a.id: a for a in articles}
    groups = _Groups({i: _order_key(a) for i, a in arts.items()})
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
    _link_long(long_ids, words, groups)
    _link_short(short_ids, words, arts, groups)
    return {i: groups.find(i) for i in arts}


def _link_long(ids: list[str], words: dict[str, list[str]], groups: _Groups) -> None:
    if len(ids) < 2:
        return
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=JACCARD, num_perm=NUM_PERM)
    first = MinHash(num_perm=NUM_PERM, seed=1)
    perms, scheme = first.permutations, first.scheme
    sigs = {}
    for i in ids:
        m = MinHash(num_perm=NUM_PERM, seed=1, permutations=perms, scheme=scheme)
        m.update_batch(list(_shingles(words[i])))
        sigs[i] = m
        for other in lsh.query(m):
            if m.jaccard(sigs[other]) >= JACCARD:
                groups.union(other, i)
        lsh.insert(i, m)


def _link_short(ids: list[str], words: dict[str, list[str]], arts: dict[str, Article],
                groups: _Groups) -> None:
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
                if _same_figures(words[i], words[j]):
                    groups.union(i, j)


def _same_figures(a: list[str], b: list[str]) -> bool:
    """Short texts that differ in their numbers are updates, not copies."""
    return sorted(w for w in a if w.isdigit()) == sorted(w for w in b if w.isdigit())
