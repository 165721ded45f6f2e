"""Stage 3, none told: a sentence that says no one was harmed ("No one was hurt", "caused no
casualties", "There were no reports of injuries", "не пострадал никто"). It gives no figure, but
it tells the article's own event: a figure of a recalled time after it is an earlier episode's."""
from __future__ import annotations

from ..packs import LanguagePack
from .relations import Token, casualty_kind, kids, negated, verb_category


def tells_none(doc, pack: LanguagePack) -> bool:
    """True when a casualty word of the sentence is negated, or its subject is ("no one", "nobody"),
    or the noun of report it hangs on is ("no reports of injuries")."""
    return any(_casualty_word(t, pack) and _none(t, pack) for t in doc)


def _casualty_word(t: Token, pack: LanguagePack) -> bool:
    g = pack.grammar
    lemma = t.lemma_.lower()
    if t.pos_ in ("VERB", "AUX", "ADJ") and (lemma in g["intransitive"] or verb_category(t, pack) is not None):
        return True
    return t.pos_ in ("NOUN", "ADJ", "PRON", "VERB") and casualty_kind(t, pack) is not None


def _none(t: Token, pack: LanguagePack) -> bool:
    negators = pack.words("negators")
    if negated(t, pack) or (t.head != t and t.head.lower_ in negators):
        return True  # "caused no casualties", "пострадавших нет" (the word of absence its head)
    if any(negated(s, pack) or s.lower_ in negators for s in kids(t, pack, "subj", "subjpass")):
        return True  # "No one was killed", "Nobody was hurt", "никто не пострадал"
    holder = t.head.head if pack.relation(t) == "pobj" else t.head
    return holder != t and holder.pos_ == "NOUN" and pack.relation(t) in ("pobj", "nmod") and negated(holder, pack)
