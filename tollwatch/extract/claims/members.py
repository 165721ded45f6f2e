"""Stage 3, members: people named as some of the dead without a verb of their own ("A nurse
was among those killed", "Among the dead were three children", "The dead included two police
officers"). Each is a part of the figure its group belongs to, or of the one told before."""
from __future__ import annotations

from typing import Iterator

from ..packs import LanguagePack
from .relations import Finding, Token, kids, obliques, outcome


def group_category(group: Token, pack: LanguagePack) -> str | None:
    """The category a group of people names: "the dead", "the wounded", "those killed", "the
    people who died"; None for any other noun ("the victims" may be hurt or dead)."""
    if group.lemma_.lower() in pack.words("ambiguous_counted"):
        return None  # "the casualties included a sergeant": dead or hurt
    if (cat := outcome(group, pack)) is not None:
        return cat
    g = pack.grammar
    for clause in kids(group, pack, "acl", "relcl"):
        lemma = clause.lemma_.lower()
        cat = g["intransitive"].get(lemma) or g["transitive"].get(lemma) or g["states"].get(clause.lower_)
        if cat is not None and not kids(clause, pack, "obj"):
            return cat
    return None


def members(tok: Token, pack: LanguagePack) -> Iterator[Finding]:
    """A copula whose subject (or attribute) is among a group of casualties, or an including verb
    whose subject is that group: the others are members of it."""
    lemma = tok.lemma_.lower()
    if lemma in pack.words("copulas"):
        groups = [n for p, n in obliques(tok, pack) if p in pack.words("including")]
        named = kids(tok, pack, "subj") + kids(tok, pack, "attr", "pred")
    elif lemma in pack.words("including") and tok.pos_ in ("VERB", "AUX"):
        groups = kids(tok, pack, "subj")
        named = kids(tok, pack, "obj")
    else:
        return
    for group in groups:
        cat = group_category(group, pack)
        if cat is None:
            continue
        for noun in named:
            if noun not in groups and noun.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                yield Finding(cat, noun, tok, member=True)
        return
