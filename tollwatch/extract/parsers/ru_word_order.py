"""Attachments slovnet gets wrong in Russian word order, put right before the claim grammar reads them."""
from __future__ import annotations


def subjects_after_their_verbs(heads: list[int], rels: list[str], pos: list[str]) -> int:
    """"погиб полицейский и ранены четыре человека": Russian puts each verb's subject after it,
    and slovnet hangs the second subject on the first verb too. A subject that follows a verb
    joined to its head (`conj`, no subject of its own), while the head keeps a subject of its own
    before that verb, moves to the joined verb. `heads` are 0-based with the root heading itself.
    Returns how many moved."""
    size, moved = len(heads), 0
    subject = lambda j: rels[j].startswith("nsubj")  # noqa: E731
    for s in range(size):
        h = heads[s]
        if not subject(s) or h >= s:
            continue
        joined = [v for v in range(h + 1, s) if heads[v] == h and rels[v] == "conj" and pos[v] in ("VERB", "AUX", "ADJ")
                  and not any(heads[j] == v and subject(j) for j in range(size))]
        if joined and any(j != s and heads[j] == h and subject(j) and j < joined[-1] for j in range(size)):
            heads[s] = joined[-1]
            moved += 1
    return moved


def including_phrases(heads: list[int], rels: list[str], words: list[str]) -> int:
    """"шесть человек, в том числе двое детей": slovnet joins "детей" to "человек" as a conjunct
    and hangs "в том числе" under it as a place. The phrase is one marker headed by "том" (the
    pack's "including" word) on the noun after it, and that noun details the one it was joined
    to (`nmod`, as "including two children" does). Returns how many phrases were rebuilt."""
    low, done = [w.lower() for w in words], 0
    for i in range(len(low) - 3):
        part = heads[i + 2]
        if low[i:i + 3] != ["в", "том", "числе"] or part <= i + 2:
            continue
        heads[i + 1], rels[i + 1] = part, "case"
        heads[i], rels[i] = i + 1, "fixed"
        heads[i + 2], rels[i + 2] = i + 1, "fixed"
        if rels[part] == "conj":
            rels[part] = "nmod"
        done += 1
    return done
