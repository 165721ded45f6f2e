"""A parser's head choices made into one well-formed tree per sentence.

Slovnet picks each token's head independently (an argmax, not a tree search), so a sentence can
come back with no root, several roots, a token that heads itself, or a cycle. spaCy accepts such
heads silently and then walks them forever, so they are repaired here: one root, every other
token reaching it. A repaired attachment is labelled `dep` (UD's unspecified relation), so the
claim grammar never reads a relation the parser did not give.
"""
from __future__ import annotations

ROOT = "root"
UNSPECIFIED = "dep"


def _choose_root(heads: list[int], rels: list[str]) -> int:
    """The token to root the sentence: the first the parser rooted with the `root` relation, else
    the first it rooted at all, else the first labelled `root`, else the first token."""
    rooted = [i for i, head in enumerate(heads) if head == 0]
    for i in rooted:
        if rels[i] == ROOT:
            return i
    if rooted:
        return rooted[0]
    labelled = [i for i, rel in enumerate(rels) if rel == ROOT]
    return labelled[0] if labelled else 0


def repair_tree(heads: list[int], rels: list[str]) -> tuple[list[int], list[str], int]:
    """Heads as the parser gives them (1-based, 0 = root) -> 0-based heads with the root heading
    itself, relations, and how many attachments were changed."""
    size = len(heads)
    if size == 0:
        return [], [], 0
    heads = [h - 1 if 0 < h <= size else -1 for h in heads]  # -1: no usable head
    rels = list(rels)
    root = _choose_root([h + 1 for h in heads], rels)
    repairs = 0
    for i in range(size):
        if i == root:
            continue
        if heads[i] < 0 or heads[i] == i:
            heads[i], rels[i] = root, UNSPECIFIED
            repairs += 1
    if heads[root] != -1 or rels[root] != ROOT:  # the parser did not root it, or not as `root`
        repairs += 1
    heads[root], rels[root] = root, ROOT
    # Break cycles: walk up from each token; a walk that comes back on itself is cut at the
    # token where it started looping, which is re-attached to the root.
    reaches_root = {root}
    for start in range(size):
        path, seen, node = [], set(), start
        while node not in reaches_root and node not in seen:
            seen.add(node)
            path.append(node)
            node = heads[node]
        if node not in reaches_root:  # came back to `node`: a cycle
            heads[node], rels[node] = root, UNSPECIFIED
            repairs += 1
        reaches_root.update(path)
    return heads, rels, repairs


def numbers_on_verbs(heads: list[int], rels: list[str], pos: list[str]) -> int:
    """"выросло до 19": slovnet hangs the number on the verb as `nummod`, a relation UD keeps for
    a number counting a noun; a number after its verb, with its own preposition (`case`), is an oblique
    ("о 14 погибших" is a number before the participle it counts, left alone), relabelled `obl`
    in place. A preposition hung on the verb right before a number after the same verb
    ("зросла до 9", both on "зросла"), or right before an oblique number that has none ("до"
    hung on the noun before it), is the number's. `heads` are 0-based with the root heading itself. Returns
    how many were relabelled."""
    changed = 0
    for i in range(len(heads) - 1):  # "до 9" with "до" hung on the verb beside its number, or elsewhere
        n = i + 1
        if rels[i] != "case" or pos[n] != "NUM" or heads[i] == n or heads[n] == n \
                or any(heads[j] == n and rels[j] == "case" for j in range(len(heads))):
            continue
        if (heads[i] == heads[n] < i and pos[heads[i]] in ("VERB", "AUX")) or rels[n] == "obl":
            heads[i] = n
            changed += 1
    for i, (head, rel) in enumerate(zip(heads, rels)):
        if rel.startswith("nummod") and head < i and pos[head] in ("VERB", "AUX") and any(
                heads[j] == i and rels[j] == "case" for j in range(len(heads)) if j != i):
            rels[i] = "obl"
            changed += 1
    return changed


def hedges_on_numbers(heads: list[int], rels: list[str], words: list[str], hedges: frozenset[str]) -> int:
    """"свыше 30 человек", "понад 30 людей": slovnet makes the hedge a preposition (`case`) of the
    noun, outside the number it bounds, so the figure loses its hedge. A one-word hedge (the
    language's vague table) right before the noun's number becomes that number's `advmod`.
    Changed in place; returns how many were moved."""
    moved = 0
    for i, (head, rel) in enumerate(zip(heads, rels)):
        j = i + 1
        if rel != "case" or words[i].lower() not in hedges or j >= len(heads) or heads[j] == j:
            continue
        if heads[j] == head and rels[j].startswith("nummod"):
            heads[i], rels[i] = j, "advmod"
            moved += 1
    return moved


def breakdowns_after_colon(heads: list[int], rels: list[str], words: list[str], pos: list[str]) -> int:
    """"поранили 5 жителів: 3 в Торецьку та 2 у Бахмуті": slovnet makes the number after the colon
    a second object of the verb, a second set of victims; it details the noun before the colon,
    so it becomes that noun's `appos` (a part of its figure, as in English). Returns how many moved."""
    moved = 0
    for i in range(2, len(heads)):
        if words[i - 1] != ":" or pos[i] != "NUM" or rels[i] not in ("obj", "nsubj", "nsubj:pass"):
            continue
        before = [j for j in range(i - 1) if heads[j] == heads[i] and rels[j] == rels[i] and pos[j] in ("NOUN", "PROPN")]
        if before and heads[i] != i:
            heads[i], rels[i] = before[-1], "appos"
            moved += 1
    return moved
