"""Repairs of the numbers in UD trees from the small French and Spanish models (the rest of the
repairs: ud_repairs.py, whose pipeline component calls these in order).

A number counts a noun (`nummod`), never a verb; hung on a verb before it with no subject ("y
otras 150 quedaron heridas", "y más de 150 resultaron heridos"), it stands for the people the
verb is said of: its `nsubj`. A figure in digits is a number whatever the tagger says, and a
comparative over a number bounds it ("más de 150 heridos"). A number word the tagger missed, a
number beside its plural or hung across a later verb is put back on its noun.
"""
from __future__ import annotations

from ..numbers import parse_number

OBJECT = "obj"
SUBJECT = "nsubj"


def has_subject(tok) -> bool:
    return any(c.dep_.startswith(SUBJECT) for c in tok.children)


def numbers_on_verbs(doc) -> int:
    """Make a number before a verb without a subject that verb's `nsubj`: a number hung on the
    verb as `nummod`, or as `obl` with no preposition of its own ("y otras 150 resultaron
    heridas"), or under an adverb of the verb that bounds it ("y más de 150 resultaron heridos":
    the adverb then hangs on the number, as its hedge). Returns how many were changed."""
    changed = 0
    for tok in doc:
        if tok.pos_ != "NUM" or tok.dep_ not in ("nummod", "obl") or any(c.dep_ == "case" for c in tok.children) \
                and tok.dep_ == "obl":
            continue
        hedge = tok.head if tok.head.pos_ == "ADV" and tok.head.dep_ == "advmod" and tok.dep_ == "nummod" else None
        verb = hedge.head if hedge is not None else tok.head
        if verb.pos_ not in ("VERB", "AUX") or tok.i > verb.i or has_subject(verb):
            continue
        tok.head, tok.dep_ = verb, SUBJECT
        if hedge is not None:
            hedge.head = tok
        changed += 1
    return changed


def digits_are_numbers(doc) -> int:
    """"et 150 ont été blessées": fr_core_news_sm tags a bare figure in digits a pronoun (or a
    noun); written in digits it is a number, `NUM`; so is a number word it made an adjective of
    the plural right after it ("neuf morts"), or a pronoun after a preposition ("à trois"). Returns how many were retagged."""
    changed = 0
    for tok in doc:
        if tok.pos_ in ("PRON", "NOUN", "PROPN") and tok.text.replace(".", "").replace(",", "").isdigit():
            tok.pos_ = "NUM"
            changed += 1
        elif tok.pos_ == "PRON" and "Card" in tok.morph.get("NumType") and any(c.dep_ == "case" for c in tok.children) \
                and tok.is_alpha and (parse_number(tok.text, doc.lang_) or 0) > 1:
            tok.pos_ = "NUM"  # "à trois": a cardinal word after its preposition, no pronoun ("l'un")
            changed += 1
        elif tok.pos_ != "NUM" and tok.dep_ == "fixed" and tok.head.pos_ == "ADP" and tok.is_alpha \
                and (parse_number(tok.text, doc.lang_) or 0) > 1:
            tok.pos_ = "NUM"  # "portant à neuf le nombre": a number word fixed to its preposition, not "neuf" (new)
            changed += 1
        elif tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.like_num and tok.is_alpha and tok.head.i == tok.i + 1 \
                and "Plur" in tok.head.morph.get("Number"):
            tok.pos_, tok.dep_ = "NUM", "nummod"  # "à neuf morts": a number word before a plural, not "neuf" (new)
            changed += 1
    return changed


def numbers_as_punctuation(doc) -> int:
    """"ont fait au moins dix-sept morts": fr_core_news_sm labels a hyphenated number word
    `punct` and leaves the plural after it (the verb's object) as the root, the verb its
    dependent. The number counts the plural; the plural is the object of the verb it hung under.
    Returns how many were mended."""
    changed = 0
    for tok in doc[:-1]:
        noun = doc[tok.i + 1]
        if tok.dep_ != "punct" or tok.pos_ != "NUM" or noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number"):
            continue
        tok.head, tok.dep_ = noun, "nummod"
        verb = next((c for c in noun.children if c.pos_ == "VERB" and c.i < tok.i and c.dep_ == "dep"), None)
        if noun.head == noun and verb is not None:
            verb.head, verb.dep_ = verb, "ROOT"
            noun.head, noun.dep_ = verb, OBJECT
            for c in list(noun.children):
                if c.i > noun.i and c.dep_ not in ("amod", "nmod", "acl"):
                    c.head = verb  # the sentence's end and its obliques were the root's
        changed += 1
    return changed


def numbers_as_determiners(doc) -> int:
    """"a fait quarante blessés, dont huit graves": fr_core_news_sm labels a cardinal before its
    noun a determiner (`det`) where a clause follows; "entre las cuatro personas asesinadas":
    es_core_news_sm hangs it on the article before it. In UD a cardinal is its noun's `nummod`.
    Returns how many were mended."""
    changed = 0
    for tok in doc:
        if tok.pos_ != "NUM" or "Card" not in tok.morph.get("NumType"):
            continue
        if tok.dep_ == "det" and tok.head.i > tok.i:
            tok.dep_ = "nummod"
        elif tok.dep_ == "nummod" and tok.head.pos_ == "DET" and tok.head.head.i > tok.i \
                and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok.head = tok.head.head
        else:
            continue
        changed += 1
    return changed


def _plural(noun) -> bool:
    """Tagged plural, or a noun the lemmatiser took an ending off ("tuant neuf éleveurs", tagged
    singular)."""
    text, lemma = noun.lower_, noun.lemma_.lower()
    return "Plur" in noun.morph.get("Number") or (
        noun.pos_ == "NOUN" and text != lemma and text.startswith(lemma) and "Sing" in noun.morph.get("Number"))


def number_words_before_nouns(doc) -> int:
    """"Au moins vingt-trois civils ont péri", "Fueron asesinados veintidós campesinos", "Treinta y
    un soldados murieron": the small models tag a number word an adverb, a name or an adjective and
    make the plural after it its dependent or its sibling. A number word (several joined by a
    conjunction, read as one number) right before a plural is that plural's `nummod`; the plural
    takes the number's place when it hung on it. Returns how many were rebuilt."""
    rebuilt = 0
    for tok in doc:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.pos_ in ("NUM", "DET", "PRON") or not tok.text.replace("-", "").isalpha() or nxt is None \
                or (nxt.pos_ != "CCONJ" and not _plural(nxt)) \
                or parse_number(tok.text, doc.lang_) is None:
            continue
        end = tok.i
        while end + 2 < len(doc) and doc[end + 1].pos_ == "CCONJ" and (
                parse_number(doc[tok.i:end + 3].text, doc.lang_) or 0) > (parse_number(doc[tok.i:end + 1].text, doc.lang_) or 0):
            end += 2  # "treinta y un"
        if end + 1 >= len(doc):
            continue
        noun, span = doc[end + 1], doc[tok.i:end + 1]
        if noun.pos_ not in ("NOUN", "ADJ", "PROPN") or not _plural(noun):
            continue
        top = next((t for t in span if t.head.i not in range(tok.i, end + 1) or t.head == t), None)
        if top is None:
            continue
        if noun.head in span:
            noun.head, noun.dep_ = (noun, "ROOT") if top.head == top else (top.head, top.dep_)
        elif top.head == noun:
            pass  # "au moins neuf morts": the word already hangs on its plural, as a participle ("neuf" read as new)
        elif noun.head != top.head:
            continue
        for t in span:
            for c in list(t.children):
                if c.i not in range(tok.i, end + 2) and c.dep_ != "advmod":
                    c.head = noun  # "Douze personnes arrêtées ...": the clause was the number's
        tok.head, tok.dep_, tok.pos_ = noun, "nummod", "NUM"
        for t in span[1:]:
            t.head, t.dep_ = tok, "compound"
        if noun.pos_ == "ADJ":
            noun.pos_ = "NOUN"
        rebuilt += 1
    return rebuilt


def numbers_beside_their_nouns(doc) -> int:
    """"a fait 11 blessés", "a recensé onze victimes": the model hung a number and the plural right
    after it side by side on the verb (the number as its subject or complement). The plural is
    the number's noun: it takes the number's subject role when the verb has no other subject,
    else an object's. Returns how many were rebuilt."""
    rebuilt = 0
    for num in doc:
        if num.pos_ != "NUM" or num.dep_ in ("nummod", "ROOT") or num.i + 1 >= len(doc):
            continue
        noun, verb = doc[num.i + 1], num.head
        if noun.head != verb or noun.pos_ not in ("NOUN", "ADJ") or "Plur" not in noun.morph.get("Number") \
                or verb.pos_ not in ("VERB", "AUX"):
            continue
        other = any(c.dep_.startswith(SUBJECT) for c in verb.children if c not in (num, noun))
        if num.dep_.startswith(SUBJECT) and not other:
            role = num.dep_
        elif other or OBJECT in (num.dep_, noun.dep_):
            role = OBJECT
        else:
            role = noun.dep_
        for c in list(num.children):
            if c.dep_ not in ("advmod", "fixed", "case") and c.i > num.i:
                c.head = noun
        num.head, num.dep_ = noun, "nummod"
        noun.dep_, noun.pos_ = role, "NOUN"
        rebuilt += 1
    return rebuilt


def numbers_across_verbs(doc) -> int:
    """"tuant au moins 19 fidèles et en blessant une quarantaine": the model hung the number on the
    noun after a later verb and the plural right after the number under the number. That plural
    is the number's noun, in the far noun's place under the first verb; the far noun goes to the
    verb between them. Returns how many were rebuilt."""
    rebuilt = 0
    for num in doc:
        far = num.head
        if num.pos_ != "NUM" or num.dep_ != "nummod" or far.i <= num.i + 2 or far.head.i >= num.i \
                or far.head.pos_ != "VERB":
            continue
        noun = doc[num.i + 1]
        verbs = [t for t in doc[noun.i + 1:far.i] if t.pos_ == "VERB"]
        if noun.head != num or noun.pos_ not in ("NOUN", "ADJ") or "Plur" not in noun.morph.get("Number") \
                or not verbs or verbs[-1].head not in (noun, num):
            continue
        first, verb = far.head, verbs[-1]
        noun.head, noun.dep_, noun.pos_ = first, far.dep_, "NOUN"
        num.head = noun
        verb.head = first
        far.head = verb
        rebuilt += 1
    return rebuilt


def hedges_over_numbers(doc) -> int:
    """"hay más de 150 heridos": the model makes the comparative the noun's modifier and hangs the
    number under it; the number counts the noun (`nummod`) and the adverb bounds the number
    (`advmod`). Returns how many were moved."""
    moved = 0
    for tok in doc:
        hedge, noun = tok.head, tok.head.head
        if tok.pos_ != "NUM" or tok.dep_ != "nummod" or hedge.pos_ != "ADV" or hedge.dep_ != "advmod" \
                or hedge.i > tok.i or noun.pos_ != "NOUN" or noun.i < tok.i:
            continue
        tok.head = noun
        hedge.head = tok
        moved += 1
    return moved


def gapped_numbers(doc) -> int:
    """"Once soldados murieron en Boni y nueve en Tessit": the second clause leaves out its verb
    and its noun; the model joins "nueve" to the place before it. A number joined (`conj`) to an
    oblique of the verb, after it, while the verb's subject is counted by a number, is a second
    count of that subject: a conjunct of the subject. Returns how many moved."""
    moved = 0
    for tok in doc:
        place = tok.head
        verb = place.head
        if tok.pos_ != "NUM" or tok.dep_ != "conj" or place.dep_ not in ("obl", "obl:arg", "obl:mod") \
                or verb.pos_ not in ("VERB", "AUX") or tok.i < verb.i:
            continue
        subjects = [c for c in verb.children if c.dep_.startswith(SUBJECT)
                    and any(n.dep_ == "nummod" for n in c.children)]
        if len(subjects) != 1:
            continue
        tok.head = subjects[0]
        moved += 1
    return moved
