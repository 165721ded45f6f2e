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

_KEYS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


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
    """A drop-in for `AttributeRuler.match`: (pattern number, match id, start, end), sorted."""

    def __init__(self, ruler):
        self.by_tag: dict[str, list] = defaultdict(list)
        self.by_word: dict[str, list] = defaultdict(list)
        self.any_token: list = []
        self.matcher = Matcher(ruler.vocab)
        self.longer = False
        for number, rule in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings.add(str(number))
            for pattern in rule["patterns"]:
                if not _simple(pattern):
                    self.matcher.add(match_id, [pattern])
                    self.longer = True
                    continue
                test = [(_KEYS[k], v) for k, v in pattern[0].items()]
                entry = (number, match_id, test)
                tag, word = pattern[0].get("TAG"), pattern[0].get("LOWER")
                if isinstance(tag, str):
                    self.by_tag[tag].append(entry)
                elif isinstance(word, str):
                    self.by_word[word].append(entry)
                else:
                    self.any_token.append(entry)

    def __call__(self, doc):
        found = []
        for tok in doc:
            for number, match_id, test in (*self.by_tag.get(tok.tag_, ()), *self.by_word.get(tok.lower_, ()),
                                           *self.any_token):
                if all(_test(getattr(tok, attr), spec) for attr, spec in test):
                    found.append((number, match_id, tok.i, tok.i + 1))
        if self.longer:
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
