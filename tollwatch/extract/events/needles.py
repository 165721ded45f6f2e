"""Literal needles of a regular expression: strings one of which every match must contain.

A trigger table searches every sentence with each of its patterns; most patterns cannot match
most sentences. `needles(pattern)` reads the pattern's parse (the standard library's own parser)
for literal runs every match must hold: the longest run of plain characters at the top level, or
a required group's own needles (an alternation gives one needle per branch). A pattern is
searched only where one of its needles is in the sentence, lower-cased (the patterns are
case-insensitive); `None`: no needle found, always search.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
    from re import _constants as sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_LITERAL, _BRANCH, _SUBPATTERN = sre_constants.LITERAL, sre_constants.BRANCH, sre_constants.SUBPATTERN
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


def needles(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of `pattern` contains, or None."""
    try:
        found = _sequence(sre_parse.parse(pattern, flags))
    except (re.error, ValueError, TypeError):
        return None
    return frozenset(n.lower() for n in found) if found else None


def _sequence(items) -> set[str] | None:
    """The most selective needle set of a sequence of parsed items (each set: any one required)."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        if op is _BRANCH:
            alts = [_sequence(alt) for alt in av[1]]
            if all(alts):
                candidates.append(set().union(*alts))
        elif op is _SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            inner = _sequence(av[3])
            if inner:
                candidates.append(inner)
        elif op in _REPEATS and av[0] >= 1:
            inner = _sequence(av[2])
            if inner:
                candidates.append(inner)
    if run:
        candidates.append({"".join(run)})
    candidates = [c for c in candidates if all(len(n) >= 2 for n in c)]
    return max(candidates, key=lambda c: (min(len(n) for n in c), -len(c))) if candidates else None


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` ("a|b(c|d)" -> ["a", "b(c|d)"]); the pattern whole
    where a global inline flag ("(?i)...") would not reach every part."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return [pattern]
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # "[]a]", "[^]a]": a bracket first in a class is literal
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class NeedleIndex:
    """Items, each with its needle set (None: no needle, always a candidate): `candidates(lowered)`
    gives the items one of whose needles is in the lower-cased text, each needle looked for once
    however many items share it."""

    def __init__(self, items):
        self.always: set = set()
        self.by_needle: dict[str, set] = {}
        for item, need in items:
            if need is None:
                self.always.add(item)
            for n in need or ():
                self.by_needle.setdefault(n, set()).add(item)

    def candidates(self, lowered: str) -> set:
        return self.always.union(*(items for n, items in self.by_needle.items() if n in lowered))


class Alternatives:
    """`found(text)`: whether `pattern` matches somewhere in `text`, each top-level alternative
    searched only where one of its needles is in the lower-cased text. A long alternation with no
    common start (a pack's casualty cue: a hundred stems) costs the engine a try of every branch at
    every position; here most sentences search none, the rest one or two."""

    def __init__(self, pattern: str, flags: int = re.IGNORECASE):
        self.index = NeedleIndex((re.compile(part, flags), needles(part, flags)) for part in branches(pattern))

    def found(self, text: str) -> bool:
        return any(p.search(text) for p in self.index.candidates(text.lower()))
