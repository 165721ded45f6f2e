"""The attribute ruler's matching, indexed by tag: the same matches, found without the Matcher.

spaCy's `attribute_ruler` runs a Matcher over every token with all its patterns (179 in the English
model: tag-map rows and word exceptions), about 8 % of a claim reading. Nearly all its patterns
are one token long; here each is tried only on tokens with its tag (or its word), and the few
longer ones stay with a Matcher of their own. The ruler sorts its matches by pattern number and
sets attributes in that order; so does this, from the same list, so the output is the same
(tests/extract/test_attribute_index.py compares the two on every token of a corpus).
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.matcher import Matcher

_KEYS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space", "POS": "pos_"}
_IDS = {"tag_": "tag", "lower_": "lower", "dep_": "dep", "is_space": "is_space", "pos_": "pos"}  # the same, as ids
_KEPT = 50_000  # tokens' match lists kept at most (about 20 MB); then the store starts again


def _test(value, spec) -> bool:
    if not isinstance(spec, dict):
        return value == spec
    (op, arg), = spec.items()
    if op == "IN":
        return value in arg
    if op == "NOT_IN":
        return value not in arg
    return re.search(arg, value) is not None  # REGEX


def _simple(pattern: list[dict]) -> bool:
    """One token, tested only on the attributes and operators _test knows."""
    return len(pattern) == 1 and all(
        k in _KEYS and (not isinstance(v, dict) or (len(v) == 1 and next(iter(v)) in ("IN", "NOT_IN", "REGEX")))
        for k, v in pattern[0].items())


class IndexedMatch:
    """A drop-in for `AttributeRuler.match`: (pattern number, match id, start, end), sorted.

    A one-token pattern reads only a few attributes of its token (_KEYS), so the patterns a token
    matches are kept per value of those attributes (a word seen before costs one lookup); the
    longer patterns' Matcher runs only on a text with a token their first token's test admits."""

    def __init__(self, ruler):
        self.by_tag: dict[str, list] = defaultdict(list)
        self.by_word: dict[str, list] = defaultdict(list)
        self.any_token: list = []
        self.matcher = Matcher(ruler.vocab)
        self.longer = False
        self.openings: list | None = []  # the longer patterns' first-token tests (None: some not testable here)
        self.read: set[str] = set()       # the token attributes all those tests read
        self.seen: dict[tuple, tuple] = {}
        for number, rule in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings.add(str(number))
            for pattern in rule["patterns"]:
                if not _simple(pattern):
                    self.matcher.add(match_id, [pattern])
                    self.longer = True
                    first = pattern[0] if pattern else {}
                    if self.openings is not None and first and _simple([first]):
                        self.openings.append([(_KEYS[k], v) for k, v in first.items()])
                        self.read.update(_KEYS[k] for k in first)
                    else:
                        self.openings = None
                    continue
                test = [(_KEYS[k], v) for k, v in pattern[0].items()]
                self.read.update(attr for attr, _ in test)
                entry = (number, match_id, test)
                tag, word = pattern[0].get("TAG"), pattern[0].get("LOWER")
                if isinstance(tag, str):
                    self.by_tag[tag].append(entry)
                elif isinstance(word, str):
                    self.by_word[word].append(entry)
                else:
                    self.any_token.append(entry)
        self.key = tuple(sorted(_IDS[attr] for attr in self.read | {"tag_", "lower_"}))

    def _matches(self, tok) -> tuple[tuple, bool]:
        """(pattern number, match id) of every one-token pattern `tok` matches, in pattern order,
        and whether it passes a longer pattern's first-token test."""
        key = tuple(getattr(tok, attr) for attr in self.key)
        found = self.seen.get(key)
        if found is None:
            found = (tuple((number, match_id) for number, match_id, test in
                           (*self.by_tag.get(tok.tag_, ()), *self.by_word.get(tok.lower_, ()), *self.any_token)
                           if all(_test(getattr(tok, attr), spec) for attr, spec in test)),
                     self.openings is None or any(all(_test(getattr(tok, attr), spec) for attr, spec in test)
                                                  for test in self.openings))
            if len(self.seen) >= _KEPT:  # a bound on a long run's memory
                self.seen.clear()
            self.seen[key] = found
        return found

    def __call__(self, doc):
        found, opens = [], False
        for tok in doc:
            matches, first = self._matches(tok)
            found += [(number, match_id, tok.i, tok.i + 1) for number, match_id in matches]
            opens = opens or first
        if self.longer and opens:  # else no longer pattern can start anywhere
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                found.append((int(doc.vocab.strings[match_id]), match_id, start, end))
        found.sort()
        return found


def index_attribute_ruler(nlp) -> bool:
    """Give the pipeline's attribute ruler (if any) the indexed matching; True when it has one."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.match = IndexedMatch(ruler)
    return True
