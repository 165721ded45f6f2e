"""Stage 4 of a reading: how many victims a victim phrase names, read from its structure.

A numeral or number word ("Seven border guards", "At least 29 people") gives the figure with its
hedge; a vague amount ("dozens of civilians", "several insurgents") its coded range; a singular
determiner, a singular pronoun or a proper name gives 1; a bare plural ("civilians") is an
unnumbered plural (2, or unknown). Coordinated victims are each a figure ("the mayor, her
bodyguard and a passer-by": three); a partitive ("two of his colleagues") counts its number; an
apposition is the same victim and counts once; "including N" is a part of the figure before it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterator

from ..attribution import side_of, sides_table
from ..events.gazetteer import country_names
from ..numbers import find_quantities, hedge_before
from ..packs import LanguagePack
from ..text import Sentence
from .draft import Draft
from .nouns import caused_injuries
from .lexicon import lexicon
from .referents import (acting_subject, after_including, among_them, antecedent, clause_subject, is_name, is_person, marked_part,
                        plural_referent,
                        parts_of, singular)
from .relations import DASHES, Finding, companions, day_of_month, has_count, hurt_of_its_own, in_care, kids, left_states, next_oblique, numbers_after, obliques, outcome, stated, stolen_subject
from .tolls import running

Token = Any
_MODIFIERS = ("num", "qmod", "det", "amod", "compound", "poss", "advmod", "nmod")


@dataclass(frozen=True)
class _Count:
    low: int | None
    high: int | None
    approximate: bool
    best: int | None
    start: int           # span in the sentence (characters)
    end: int
    anchor: int
    group: str | None
    shape: str
    joined: str | None = None
    restates: bool = False


def _phrase(noun: Token, pack: LanguagePack) -> tuple[int, int]:
    """Character span of the noun with its left modifiers (not its clauses or prepositions)."""
    start, first = noun.idx, noun.i
    for c in noun.children:
        if c.i < noun.i and pack.relation(c) in _MODIFIERS and c.lemma_.lower() not in pack.grammar["resultative"]:
            left = next((t for t in c.subtree if not t.is_space), None)
            if left is None:
                continue  # a blanked dateline the parser hung on the noun as a modifier
            start, first = min(start, left.idx), min(first, left.i)
    prev = noun.doc[first - 1] if first > 0 else None
    if prev is not None and prev.pos_ == "NUM" and (pack.relation(prev) in ("punct", "dep") or (
            pack.relation(prev) == "num" and prev.head == noun.head != noun)):
        start = prev.idx  # "said 29 Tajik citizens died": a number the parser cut loose; "trois autres blessées"
    first_tok = noun.doc[first]
    if first_tok.like_num or first_tok.pos_ == "NUM":  # "По меньшей мере 12 человек": a hedge hung apart
        hedge = hedge_before(noun.doc.text[:start], pack.language)
        start = start if hedge is None else hedge
    after = [c for c in noun.children if c.i > noun.i and pack.relation(c) == "num" and noun.doc[c.left_edge.i - 1].text == ","]
    if after:  # "killed civilians in three villages, at least 25": the count set off after the noun
        last = after[-1].right_edge
        return start, last.idx + len(last.text)
    return start, noun.idx + len(noun.text)


def _quantity(text: str, a: int, b: int, anchors: set[int], language: str):
    """The stated quantity inside text[a:b] that covers one of the anchor offsets; a number
    before a vague word ("as many as nine": nine, not "many")."""
    found = [q for q in find_quantities(text[a:b], a, language=language) if any(q.start <= x < q.end for x in anchors)]
    exact = [q for q in found if any(ch.isdigit() for ch in q.text) or q.best_value is None]
    last = (exact or found or [None])[-1]
    floor = [q for q in found if q is not last and q.end <= (last.start if last else 0)
             and q.low and q.high is None and last.low == 0 and last.high and q.low <= last.high]
    if floor:  # "At least 12 and as many as 20 people": the up-to's other bound is the text's
        return replace(last, low=floor[-1].low, start=floor[-1].start, best_value=None,
                       text=text[floor[-1].start:last.end])
    return last


def _described(noun: Token, pack: LanguagePack):
    """"an elderly couple", "a young couple": the vague amount with its adjectives left out."""
    det = [d for d in kids(noun, pack, "det") if d.i < noun.i]
    if not det or not kids(noun, pack, "amod") or any(pack.relation(t) not in ("amod", "det") for t in noun.doc[det[0].i:noun.i]):
        return None
    article = det[0].lower_
    said = f"{pack.grammar['article_forms'].get(article, article)} {noun.lower_}"
    end = noun.idx + len(noun.text)
    return next((replace(q, start=det[0].idx, end=end, text=noun.doc.text[det[0].idx:end])
                 for q in find_quantities(said, 0, language=pack.language) if q.end == len(said)), None)


def _count(noun: Token, text: str, pack: LanguagePack, unknown: bool,
           people: frozenset[str] = frozenset()) -> _Count | None:
    if noun.is_space or not noun.text.strip():
        return None  # a blanked dateline the parser hung as a word
    word, lemma = noun.lower_, noun.lemma_.lower()
    if word in pack.words("possessive_singular") and pack.relation(noun) in ("poss", "det"):
        return _Count(1, 1, False, None, noun.idx, noun.idx + len(noun.text), noun.idx, word, "singular")  # "claimed his life"
    if word in pack.words("back_pronouns") and (ante := antecedent(noun, pack, people)) is not None:
        return _count(ante, text, pack, unknown, people)  # "dragged 11 men from the mosque and executed them"
    if (agent := acting_subject(noun, pack)) is not None:
        return _count(agent, text, pack, unknown, people)  # "A gunman wounded two officers before he was shot dead"
    if (subject := clause_subject(noun, pack, people)) is not None:
        return _count(subject, text, pack, unknown, people)  # "Two men were riding home when they were shot dead"
    if plural_referent(noun, pack) and pack.relation(noun) in ("subj", "subjpass", "obj", "poss", "det"):
        return _Count(None, None, False, None, noun.idx, noun.idx + len(noun.text), noun.idx, word, "referring")
        # "Their bodies were found": those the figure before counted, if any (casualties._later_dead_group)
    if noun.pos_ in ("VERB", "AUX") and pack.grammar.get("dropped_subjects") and pack.relation(noun) == "root":
        return _Count(None, None, False, None, noun.idx, noun.idx + len(noun.text), noun.idx, None, "referring")
        # "Murieron en el lugar": the verb's ending its subject (grammar._dropped_subject)
    counts_some = word in pack.words("vague_heads") and any(
        p in pack.words("partitive") for p, _ in obliques(noun, pack))  # "killing many of them": a vague count
    if word in lexicon(pack.language).words("both_words") and noun.pos_ == "PRON":
        return _Count(2, 2, False, None, noun.idx, noun.idx + len(noun.text), noun.idx, word, "number", restates=True)
        # "leaving both with severe burns": two, part of a count of two or more told before (part_of)
    if (word in pack.words("back_pronouns") or word in pack.words("relative_pronouns")) and not counts_some:
        return None                                  # a restatement: counted where first named
    if any(c.lower_ in pack.words("negators") and not _hedge(c) for c in kids(noun, pack, "det", "neg", "advmod")):
        return None                                  # "no civilians were hurt"
    if any(t.lower_ in pack.words("interrogative_amounts") for t in noun.subtree if t.i <= noun.i):
        return None                                  # "unclear how many people were killed": no figure
    start, end = _phrase(noun, pack)
    partner = word in pack.words("vague_heads") and noun.pos_ == "NOUN" and any(
        pack.relation(d) == "poss" or d.lower_ in pack.words("possessive_singular") for d in noun.children)
    if word in pack.words("pair_nouns") and noun.pos_ == "NOUN" and not partner and not kids(noun, pack, "num", "qmod") \
            and not any(p in pack.words("partitive") for p, _ in obliques(noun, pack)) \
            and _quantity(text, start, end, {noun.idx}, pack.language) is None:
        return _Count(2, 2, False, 2, start, end, noun.idx, word, "number")  # "the couple were shot dead": two
    if ((noun.pos_ == "NUM" and not _age(noun, pack)) or word in pack.words("vague_heads") or _number_word(noun, pack)) \
            and not partner:  # "su pareja": one's partner, not a pair
        of = [n for p, n in obliques(noun, pack) if p in pack.words("partitive")]
        things = lexicon(pack.language).not_people
        if of and (of[0].lower_ in things or of[0].lemma_.lower() in things):
            return None  # "shot down 18 of the 26 missiles": no people
        whose = [] if of else [c for c in kids(noun.head, pack, "nmod") if c.i < noun.i
                               and c.lower_ in pack.words("relative_pronouns")] + [  # "dont trois ont été hospitalisées"
            n for p, n in obliques(noun.head, pack) if p in pack.words("partitive") and n.i == noun.left_edge.i - 1
            and n.lower_ in pack.words("back_pronouns")]  # "из них пятеро госпитализированы": "of them" on the verb
        group = of[0].lower_ if of else whose[0].lower_ if whose else None
        if of:
            end = max(end, of[0].idx + len(of[0].text))  # "a number of suspected insurgents", "two of them" (not "de ellas tres")
        for c in kids(noun, pack, "compound"):
            if c.i > noun.i and c.pos_ in ("NUM", "DET"):
                end = max(end, c.idx + len(c.text))  # "treinta y cuatro": the rest of the number
        if noun.pos_ == "NUM":
            for c in kids(noun, pack, "conj"):
                if c.i == noun.i + 2 and c.pos_ == "NUM" and pack.relation(noun.doc[noun.i + 1]) == "cc":
                    end = max(end, c.idx + len(c.text))  # "put the toll at between 30 and 40": a range's bound
        for c in noun.children:
            if c.pos_ == "NUM" and c.i == noun.i + 2 and noun.doc[noun.i + 1].text in ("-",) + DASHES:
                end = max(end, c.idx + len(c.text))  # "15-20 dead": the range's second number
        left = next(t for t in noun.subtree if not t.is_space)
        while left.i > 0 and noun.i - left.i < 3 and noun.doc[left.i - 1].pos_ in ("ADP", "ADV", "PART"):
            left = noun.doc[left.i - 1]  # "wounded up to 37": a hedge the parser left outside the number
        q = _quantity(text, min(left.idx, start), end, {noun.idx}, pack.language) or _described(noun, pack)
        if q is None:
            return None
        told = of and ((of[0].lower_ in lexicon(pack.language).words("whole_groups") and any(
            d.lower_ in pack.words("plural_definite") for d in kids(of[0], pack, "det")))  # "dos de las víctimas"
            or bool(kids(of[0], pack, "num")))  # "12 de los 40 heridos", "12 из 40 раненых": a counted whole
        joined = "including" if group in pack.words("back_pronouns") | pack.words("relative_pronouns") or told \
            or marked_part(noun, pack) else None  # "five of them", "three of whom"; "among them a commander and four of his guards"
        return _Count(q.low, q.high, q.approximate, q.best_value, q.start, max(q.end, end), noun.idx, group,
                      "bare" if group is None else "number", joined)
    part = among_them(noun, pack)  # "four police officers among them"
    listed = marked_part(noun, pack)  # "among them four children and a captain": the captain too
    among = among_them(noun, pack, partitive=False)  # "killing five, among them a 10-year-old boy"
    anchors = {c.idx for c in noun.children if pack.relation(c) in ("num", "qmod", "amod", "det")
               and c.i < noun.i}
    anchors -= _ages(noun.doc[:noun.i], pack)
    anchors |= {t.idx for t in noun.doc[:noun.i] if t.idx >= start and not _age(t, pack) and (
        t.like_num or t.lower_ in pack.words("vague_words") or (t.is_alpha is False and find_quantities(t.text, language=pack.language)))}
    for c in list(noun.children):
        if pack.relation(c) == "num" and not _age(c, pack):  # "15-річного хлопця": an age, no count
            anchors |= {t.idx for t in c.subtree if not t.is_space}
        elif c.i < noun.i and pack.relation(c) in ("nmod", "compound"):  # a number one level down
            anchors |= {t.idx for t in c.subtree if pack.relation(t) == "num" and t.head == c}
    # "the ward 4 chairman", "Camp 5 residents": a label after a noun of the victim's own head (not
    # the dateline's "21 Sept. Three border guards")
    labels = {t.idx for t in noun.doc[:noun.i] if t.like_num and t.i and noun.doc[t.i - 1].idx >= start
              and noun.doc[t.i - 1].pos_ in ("NOUN", "PROPN") and noun.doc[t.i - 1].head == noun}
    anchors -= labels
    q = _quantity(text, _hedge_start(noun, start, pack), end, anchors, pack.language) if anchors else None
    if q is None or q.high == q.low:  # not a range ("between 10 and 15 people")
        q = _numbers_each(noun, text, pack) or q
    if q is not None and (q.low or 0) > 1 and q.high == q.low and singular(noun) \
            and word not in pack.words("collective_nouns") and any(
                d.lower_ in pack.words("indefinite_singular") for d in kids(noun, pack, "det")):
        q = None  # "a form six student": a number inside a singular phrase counts nothing
    if q is None and not singular(noun) and any(t.like_num and t.pos_ == "NUM" and t.idx not in labels
                                                for t in noun.doc[:noun.i] if t.idx >= start):
        return None  # a number that is no count of people ("999...9 people", "1e308")
    if q is not None:
        return _Count(q.low, q.high, q.approximate, q.best_value, q.start, end, q.start, _member_of(noun, pack) or word,
                      "number", "including" if part else None)
    restates = noun.pos_ == "PROPN" or any(
        c.lower_ in pack.words("restating_determiners") for c in kids(noun, pack, "det"))
    plural = ("Plur" in noun.morph.get("Number") or noun.tag_ in ("NNS", "NNPS")) and not (
        noun.pos_ == "PROPN" and word not in people and (
            "Plur" not in noun.morph.get("Number") or kids(noun, pack, "compound")))  # "Palestinians", not "Mr Williams"
    if noun.pos_ == "PRON":
        if _one_more(noun, pack):
            return _Count(1, 1, False, None, noun.idx, end, noun.idx, word, "singular")  # "killed five and wounded another"
        of_them = [n for p, n in obliques(noun, pack) if p in pack.words("partitive") and n.lower_ in pack.words("back_pronouns")]
        doc = noun.doc
        if not of_them and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in pack.words("partitive") \
                and doc[noun.i + 2].lower_ in pack.words("back_pronouns") and doc[noun.i + 2].pos_ != "DET":
            of_them = [doc[noun.i + 2]]  # "L'une d'elles a succombé", "d'elles" hung elsewhere
        if of_them and word in pack.words("singular_pronouns"):
            return _Count(1, 1, False, None, noun.idx, of_them[0].idx + len(of_them[0].text), noun.idx,
                          of_them[0].lower_, "number", "including")  # "una de ellas murió": one of those counted, as "one of them"
        of_group = [n for p, n in obliques(noun, pack) if p in pack.words("partitive") and n.pos_ in ("NOUN", "ADJ")]
        if of_group and word in pack.words("singular_pronouns"):  # "uno de los heridos", "l'un des blessés"
            return _Count(1, 1, False, None, noun.idx, of_group[0].idx + len(of_group[0].text), noun.idx,
                          of_group[0].lower_, "number", "including")
        if word not in pack.words("singular_pronouns") or of_them:
            return None  # "uno de ellos": one of those counted already
        return _Count(1, 1, False, None, noun.idx, end, noun.idx, word, "singular")
    if plural:
        if not is_person(noun, pack, people, frozenset()):
            return None  # "burning shops and motorbikes": an unnumbered plural must name people
        low = None if unknown else 2  # "the soldiers" too: restated or not, decided in casualties
        return _Count(low, None, True, None, start, end, noun.idx, word, "plural", "including" if listed or among else None,
                      restates=restates)
    group = "named" if is_name(noun, pack) and word not in people else word
    return _Count(1, 1, False, None, start, end, noun.idx, group, "singular", "including" if listed or among else None,
                  restates=restates)  # "killing five, among them a 10-year-old boy"


def _partitive_group(noun: Token, pack: LanguagePack) -> Token | None:
    """The noun of the group a partitive after `noun` names ("members of the security forces"), if any."""
    return next((n for p, n in obliques(noun, pack) if p in pack.words("partitive") and n.pos_ in ("NOUN", "PROPN")), None)


def _member_of(noun: Token, pack: LanguagePack) -> str | None:
    """"Two members of the security forces": a noun of membership counts the group its partitive
    names; that group's word, else None."""
    if noun.lower_ not in pack.words("member_nouns"):
        return None
    group = _partitive_group(noun, pack)
    return group.lower_ if group is not None else None


def _group_of(noun: Token, pack: LanguagePack) -> str:
    """The words of the group a partitive after the noun names, with its modifiers ("[members] of the
    Taliban's security forces", "[integrantes] de las fuerzas de seguridad afganas"), not its clauses;
    "" where none."""
    n = _partitive_group(noun, pack)
    if n is None:
        return ""
    return " ".join(t.text for c in n.children if pack.relation(c) in _MODIFIERS for t in c.subtree) + " " + n.text


def _whose(noun: Token, predicate: Token, pack: LanguagePack) -> str:
    """The words that say whose the counted are, where their own phrase may not: the subject of a loss verb
    ("Las tropas rusas perdieron a dos soldados") or the group a partitive after the noun names ("Seven
    members of the Taliban's security forces", "trois militaires des forces armées maliennes"); "" else."""
    if predicate.lemma_.lower() in pack.words("loss_verbs"):
        losers = [s for s in kids(predicate, pack, "subj") if s.i < noun.i]
        if losers:
            return " ".join(t.text for t in losers[0].subtree)
    return _group_of(noun, pack)


def _numbers_each(noun: Token, text: str, pack: LanguagePack):
    """"killing three and four people respectively": numbers joined by a conjunction other than
    "or" on one noun each count it; the figure is their sum (None where they are no such list)."""
    nums = [n for n in kids(noun, pack, "num") if n.i < noun.i]
    for n in nums:
        joined = [c for c in kids(n, pack, "conj") if c.i < noun.i and (c.pos_ == "NUM" or c.like_num)] or [
            m for m in nums if m.i > n.i]  # "trois et quatre personnes", both numbers hung on the noun (UD)
        if not joined:
            continue
        ccs = [c for t in [n, *joined] for c in kids(t, pack, "cc")] or [
            t for t in noun.doc[n.i + 1:joined[-1].i] if pack.relation(t) == "cc"]
        if not ccs or any(c.lower_ in pack.words("alternatives") for c in ccs):
            continue
        each = [_quantity(text, t.idx, t.idx + len(t.text), {t.idx}, pack.language) for t in [n, *joined]]
        if any(q is None or q.low is None or q.high != q.low for q in each):
            continue
        total = sum(q.low for q in each)
        return replace(each[0], low=total, high=total, best_value=None, end=each[-1].end,
                       text=text[each[0].start:each[-1].end])
    return None


def _hedge_start(noun: Token, start: int, pack: LanguagePack) -> int:
    """Where the phrase's number may begin: up to three particles or prepositions before the
    phrase, which the parser hung elsewhere ("Около двадцати пяти человек": "около" on the noun;
    "au moins vingt et un morts": "au moins" on the verb). Only a hedge of the vague table there
    changes the quantity read."""
    first = next((t for t in noun.doc[:noun.i + 1] if t.idx >= start), noun)
    for _ in range(3):
        if first.i == 0 or noun.doc[first.i - 1].pos_ not in ("ADP", "ADV", "PART"):
            break
        first = noun.doc[first.i - 1]
    return min(first.idx, start)


def _one_more(pron: Token, pack: LanguagePack) -> bool:
    """"killed five members of a family and wounded another", "one was killed and another
    wounded": a pronoun of addition (the pack's addition words) as the object or subject of a
    verb joined to another verb, or as the subject of a clause of its own after another ("killed
    one protester; another died", "Another died in hospital"), is one more victim."""
    return pron.lower_ in lexicon(pack.language).words("addition_words") and (
        (pack.relation(pron) in ("obj", "subj", "subjpass") and pack.relation(pron.head) == "conj")
        or (pack.relation(pron) in ("subj", "subjpass") and pron.head.pos_ == "VERB" and pron.i < pron.head.i
            and pack.relation(pron.head) in ("root", "parataxis", "advcl"))  # "..., while another died later"
        or (pack.relation(pron) == "conj" and pron.head.pos_ in ("NOUN", "PROPN", "NUM"))  # "three supporters and another"
        or (pack.relation(pron) == "conj" and pron.head.pos_ == "VERB" and bool(kids(pron.head, pack, "obj"))
            and any(in_care(n, pack) for _, n in obliques(pron, pack))))  # "left one dead and another in hospital"


def _gapped_owner(conj: Token, pack: LanguagePack) -> bool:
    """"informó de 46 muertos entre sus ciudadanos y Tayikistán de 35": a name joined to the list
    with a number under a case word of its own owns a figure of a clause whose verb was left out
    (grammar.gapped_figures), no member of the list."""
    return conj.pos_ == "PROPN" and any(kids(n, pack, "case") for n in kids(conj, pack, "num") if n.i > conj.i) \
        and not any(t.like_num and _age(t, pack) for t in conj.head.subtree if t.i < conj.i)  # "Jhon, de 34 años, y su
    # cuñado Wilmer, de 27": an age after the first name, the second's number another age


def _conjuncts(noun: Token, pack: LanguagePack) -> list[Token]:
    out, todo = [], [noun]
    while todo:
        n = todo.pop(0)
        out.append(n)
        todo += [c for c in kids(n, pack, "conj") if c.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ")
                 and not _subject_of_its_own(c, pack) and not _casualty_nominal(c, pack) and not _second_title(n, c, pack)
                 and not _state_of_its_own(n, c, pack) and not _gapped_owner(c, pack)]
        todo += companions(n, pack)
        todo += [c for _, m in obliques(n, pack) for c in kids(m, pack, "conj") if c.pos_ == "NOUN" and c not in todo
                 and (any(d.lower_ in pack.words("possessive_singular") for d in c.children) or _counted_person_past(m, c, pack))
                 and c.lemma_.lower() not in pack.words("not_victims")]  # "le chef du village et son adjoint": hung on the village
        todo += [a for _, m in obliques(n, pack) for a in kids(m, pack, "appos") if a not in todo and kids(a, pack, "conj")
                 and any(d.lower_ in pack.words("possessive_singular") for d in a.children)]
        # "le chef du comité de paix, son frère et un neveu": the list's second made the village's apposition
        todo += [m for m in kids(n, pack, "nmod") if m.left_edge.pos_ == "CCONJ" and m.pos_ in ("NOUN", "PROPN")
                 and not kids(m, pack, "case") and m not in todo and outcome(n, pack) is None]
        # "un maire et ses deux gardes": the second made a modifier (not "y una decena de lesionados": the amount
        # of a state word, the "y" hung on it)
        listed = n.pos_ != "PROPN" or bool(kids(n, pack, "num"))  # a name's apposition describes it
        todo += [a for a in kids(n, pack, "appos") if (listed and kids(a, pack, "conj") and not _named_one_by_one(n, a, pack)
                                                        and not _described_in_kinds(n, a, pack))
                 or (any(not kids(x, pack, "case") for x in kids(a, pack, "num")) and a.lemma_ != n.lemma_
                     and not _of_them(a, pack))]  # (not "su hijo Andrés, de 19": an age under its preposition)
        # "5 farmers, a teacher, and her son"; "three soldiers, eight civilians" (not "eight of them children")
        todo += [a for a in kids(n, pack, "appos") if a not in todo and any(c.i > a.i for c in kids(n, pack, "conj"))
                 and any(pack.relation(d) == "poss" or d.lower_ in pack.words("possessive_singular") for d in a.children)]
        # "Un hombre, su esposa y su hija": a list of three, its second made an apposition
        if not listed:  # "Musa Bello, a former chairman of Kaura LGA, and his younger brother": a possessive's
            todo += [c for a in kids(n, pack, "appos") for c in kids(a, pack, "conj")  # person joined to the name's
                     if kids(c, pack, "poss") and c.pos_ in ("NOUN", "PROPN")]         # apposition is another one
        if kids(n, pack, "num"):  # "24 morts côté kirghize et 22 côté tadjik": an elided second figure
            todo += [e for m in kids(n, pack, "nmod") for c in kids(m, pack, "conj") if not _gapped_owner(c, pack)
                     for e in ([c] if c.pos_ == "NUM" else kids(c, pack, "num"))]
    return out


def _counted_person_past(thing: Token, conj: Token, pack: LanguagePack) -> bool:
    """"arrested the mastermind of the attack and three accomplices": counted people joined to a
    thing of the oblique before them are the first noun's conjunct."""
    lex = lexicon(pack.language)
    people, not_people = lex.people, lex.not_people
    return bool(kids(conj, pack, "num")) and is_person(conj, pack, people, not_people) \
        and not is_person(thing, pack, people, not_people)


def _range_to(noun: Token, pack: LanguagePack):
    """"passé de 12 à 19 morts", "pasó de cuatro a seis muertos": under a verb of update, a count
    "from N to M" is M. The number after the update preposition, or None (UD trees)."""
    if noun.head.lemma_.lower() not in pack.words("update_verbs"):
        return None
    return next((m for n in kids(noun, pack, "num") for m in kids(n, pack, "nmod", "num") if m.pos_ == "NUM" and m.i > n.i
                 and any(k.lower_ in pack.words("update_preps") for k in kids(m, pack, "case"))), None)


def _of_them(noun: Token, pack: LanguagePack) -> bool:
    """"eight of them children": a number of the victims told before, a part of them."""
    pronouns = pack.words("back_pronouns") | pack.words("relative_pronouns")
    return any(p in pack.words("partitive") and m.lower_ in pronouns
               for c in kids(noun, pack, "num") for p, m in obliques(c, pack))


def _second_title(noun: Token, conj: Token, pack: LanguagePack) -> bool:
    """"a Somali elder and businessman", "a journalist and activist": a bare singular common noun
    joined to a singular with an article (in a language with articles) is a second title of the
    same person, unless it names a person of its own ("a woman and child"); so is a bare title
    joined to a titled name, and a singular described by a count ("and mother of four")."""
    own = pack.words("own_person_nouns")
    if not pack.grammar.get("articles"):
        return False
    if noun.pos_ == "NOUN" and singular(noun) and not kids(noun, pack, "det", "num", "poss") and is_name(conj, pack) \
            and any(c.pos_ == "NOUN" and c.i < conj.i for c in kids(conj, pack, "compound")):
        return True  # "Palestinian engineer and professor Fadi al-Batsh": two titles before one name
    doc = conj.doc
    if conj.pos_ == "NOUN" and singular(conj) and not kids(conj, pack, "det", "poss") and kids(noun, pack, "det") \
            and conj.i + 2 < len(doc) and doc[conj.i + 1].lower_ in pack.words("partitive") and doc[conj.i + 2].pos_ == "NUM":
        return True  # "a human rights activist and mother of four"
    return (conj.pos_ == "NOUN" and singular(conj) and singular(noun)
            and noun.pos_ == "NOUN" and not kids(conj, pack, "det", "num", "poss")
            and any(d.lower_ in pack.words("singular_determiners") for d in kids(noun, pack, "det"))
            and conj.lemma_.lower() not in own and conj.lower_ not in own and noun.lemma_.lower() not in own
            and not _plural_verb(noun, pack))


def _plural_verb(subject: Token, pack: LanguagePack) -> bool:
    """"A journalist and cameraman were killed": a subject whose finite verb is not singular."""
    if pack.relation(subject) not in ("subj", "subjpass"):
        return False
    verb = subject.head
    finite = [t for t in kids(verb, pack, "aux", "auxpass") + [verb] if "Fin" in t.morph.get("VerbForm")]
    return bool(finite) and "Sing" not in finite[0].morph.get("Number")


def _described_in_kinds(noun: Token, appos: Token, pack: LanguagePack) -> bool:
    """"the villagers, mostly women and children": a plural described by a list of bare plurals,
    each without a count, determiner or owner, adds no one."""
    members = [appos] + kids(appos, pack, "conj")
    return not singular(noun) and all(not singular(m) and m.pos_ == "NOUN" and not kids(m, pack, "det", "num", "poss")
                                      for m in members)


def _named_one_by_one(noun: Token, appos: Token, pack: LanguagePack) -> bool:
    """"the two men, a trader and his apprentice": an apposition listing as many single people as
    its noun's number describes them, adding no one."""
    end = max(t.i for t in appos.subtree) + 1
    if end < len(noun.doc) and not noun.doc[end].is_punct and noun.head.i >= end:
        return False  # "Two soldiers, a nurse and a child were wounded": no comma closes it, a list
    members, todo = [], [appos]
    while todo:
        t = todo.pop(0)
        members.append(t)
        todo += kids(t, pack, "conj")
    if any(kids(m, pack, "num") or not singular(m) for m in members):
        return False
    told = [q for c in kids(noun, pack, "num") for q in find_quantities(c.text, language=pack.language)]
    return any(q.low == q.high == len(members) for q in told)


def _outcome_after(number: Token, pack: LanguagePack) -> str | None:
    """The category of the state word or counted noun right after a bare number, wherever the
    parser hung it ("12 morts et 200 blessés")."""
    if number.i + 1 >= len(number.doc):
        return None
    doc, g = number.doc, pack.grammar
    nxt = doc[number.i + 1]
    own = outcome(nxt, pack)
    if own or nxt.pos_ not in ("NOUN", "PRON"):
        return own
    j = nxt.i + 1  # "rose to 20 and more than 40 others were wounded": the verb after its noun, with no subject of its own
    while j < len(doc) and doc[j].pos_ == "AUX":
        j += 1
    if j == nxt.i + 1 or j >= len(doc) or doc[j].pos_ != "VERB" or kids(doc[j], pack, "subj", "subjpass"):
        return None
    lemma = doc[j].lemma_.lower()
    return g["transitive"].get(lemma) or g["intransitive"].get(lemma) or g["states"].get(doc[j].lower_)


def _summing(noun: Token, pack: LanguagePack) -> bool:
    """"Un hombre muerto y otro herido, es el saldo de un hecho ...", "Un mort et deux blessés, c'est
    le bilan": victims (the first of a list) made the subject of a toll noun sum up the article; so
    do victims heading a line with no verb ("2 fatalities.") or told after a toll noun heading its
    line ("Bilan : deux morts")."""
    first = noun
    while pack.relation(first) == "conj" and first.head != first:
        first = first.head
    if first.head == first:  # "2 fatalities.", "Two dead, three injured.": a line with no verb
        return not any(t.pos_ in ("VERB", "AUX") for t in first.sent)
    toll = first.head.lemma_.lower() in pack.grammar["toll_nouns"]
    return toll and (pack.relation(first) == "subj" or (  # "Bilan : deux morts", "Saldo: dos muertos"
        first.head.head == first.head and pack.relation(first) in ("nmod", "appos")))


def _state_of_its_own(noun: Token, conj: Token, pack: LanguagePack) -> bool:
    """"dejó dos muertos y tres civiles heridos": a conjunct with a state word of its own, after a
    noun that is a state word or has one, tells its own outcome; so does one in hospital or in a
    grave condition there ("left five dead and 12 in hospital"; not "11 people died at the scene and
    two more in hospital", the verb's again), and a number with a state for its subject."""
    own = [s for s in kids(noun, pack, "amod", "acl") if stated(s, pack)]
    left = [s for s in left_states(noun, pack) if s.i < conj.i]
    body = noun.lemma_.lower() in pack.words("body_nouns")  # "12 bodies and 30 injured people": a body is a state
    return (any(stated(s, pack) for s in kids(conj, pack, "amod", "acl")) and (stated(noun, pack) or bool(own) or body)) or (
        stated(noun, pack) and any(s.i > conj.i for s in own)) or (  # the conjunct's state hung on the first noun
        (stated(noun, pack) or bool(own or left)) and hurt_of_its_own(conj, pack)) or (
        # ("left a soldier dead and two others in serious condition", "... six people with shrapnel wounds")
        conj.pos_ == "NUM" and any(stated(s, pack) for s in kids(conj, pack, "subj")))  # "пятеро, раненых восемь"


def _casualty_nominal(c: Token, pack: LanguagePack) -> bool:
    """"the death of a paramedic and injury of three workers": a conjunct that is itself a casualty
    noun is a predicate of its own, not one more victim (its count after it is its victims': "и
    ранении тридцати пяти")."""
    return not set(kids(c, pack, "num")) - set(numbers_after(c, pack)) \
        and c.lemma_.lower() in pack.grammar["nominal_categories"]


def _second_subject(f: Finding, pack: LanguagePack) -> bool:
    """"загинули п'ятеро людей, ще 12 поранені": a counted state word the parser made a second
    subject of the verb, after its first, tells its own outcome."""
    v = f.victim
    return pack.relation(v) in ("subj", "subjpass") and bool(kids(v, pack, "num")) and any(
        s.i < v.i for s in kids(f.predicate, pack, "subj", "subjpass"))


def _own_predicate(noun: Token, pack: LanguagePack) -> bool:
    g = pack.grammar
    return any(pack.relation(c) in ("acl", "relcl") and (c.lemma_.lower() in g["transitive"] or c.lower_ in g["states"]
               or c.lemma_.lower() in g["intransitive"]) for c in noun.children) or (
        noun.like_num and any(pack.relation(c) == "amod" and c.lower_ in g["states"] for c in noun.children)) or (
        noun.lower_ in pack.words("vague_heads") and any(  # "et des dizaines de blessés"
            p in pack.words("partitive") and (n.lemma_.lower() in g["counted_nouns"] or outcome(n, pack) is not None)
            for p, n in obliques(noun, pack)))  # "and dozens of wounded" (a participle, its lemma the verb's)


def _hedge(neg: Token) -> bool:
    """"no fewer than 39 persons": a negator opening the number's own hedge negates nothing."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.head != nxt and nxt.head.pos_ == "NUM"


def _number_word(tok: Token, pack: LanguagePack) -> bool:
    """"douze" tagged PROPN or NOUN, "uno" PRON by a small model: a number word is a numeral
    whatever its tag."""
    return tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.text.replace("-", "").isalpha() and any(
        q.start == tok.idx and q.end == tok.idx + len(tok.text)
        for q in find_quantities(tok.text, tok.idx, language=pack.language))


def _age(tok: Token, pack: LanguagePack) -> bool:
    """"24-летняя", "16-летний", "37 year old": a number joined to an age word is an age, no count."""
    after = tok.text.split("-", 1)[1].lower() if "-" in tok.text else ""
    nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" \
        and not tok.whitespace_ else None
    word = after or (nxt.lower_ if nxt is not None else "")
    spaced = " ".join(t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]) if tok.like_num else ""  # "37 year old"
    return any(w and w.startswith(s) for w in (word, spaced) for s in pack.words("age_words"))


def _ages(tokens, pack: LanguagePack) -> set[int]:
    return {t.idx for t in tokens if _age(t, pack)}


def _subject_of_its_own(noun: Token, pack: LanguagePack) -> bool:
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (nxt is not None and pack.relation(nxt) in ("aux", "auxpass") and nxt.head.i > nxt.i
            and noun in stolen_subject(nxt.head, pack)) or _speaker(noun, pack) or _verb_of_its_own(nxt, pack)


def _verb_of_its_own(nxt: Token | None, pack: LanguagePack) -> bool:
    """"погиб полицейский, двое его коллег ранены", "murió un patrullero y otro resultó herido": a
    casualty verb right after a conjunct, joined to the first verb with no subject of its own, is
    the conjunct's (its outcome, not the first verb's)."""
    if nxt is None or nxt.pos_ not in ("VERB", "ADJ") or pack.relation(nxt) not in ("conj", "advcl") \
            or kids(nxt, pack, "subj", "subjpass") or (
                pack.relation(nxt) == "advcl" and nxt.head.lemma_.lower() in pack.words("leave_verbs")):
        return False  # "left two soldiers and a child wounded": the state of all of them
    g, lemma = pack.grammar, nxt.lemma_.lower()
    return (lemma in g["transitive"] or lemma in g["intransitive"] or nxt.lower_ in g["states"]
            or (lemma in pack.words("linking_verbs") and any(c.lower_ in g["states"] for c in nxt.children)))


def _speaker(noun: Token, pack: LanguagePack) -> bool:
    """"wounded 65 others, residents and an emergency official said": a conjunct whose phrase
    runs into a reporting verb that has no subject is that verb's subject, not a victim."""
    end = noun.right_edge.i + 1
    verb = noun.doc[end] if end < len(noun.doc) else None
    return (verb is not None and verb.pos_ == "VERB" and verb.lower_ in sides_table(pack.language)["reporting_verbs"]
            and not kids(verb, pack, "subj"))


def _attackers_before(noun: Token, pack: LanguagePack) -> str | None:
    """The attackers a back pronoun ("three of them") stands for: the nearest plural noun before it
    in its sentence, where that is a perpetrators' word; None otherwise ("injuring at least 18
    people; one of them later died": the people)."""
    words = lexicon(pack.language).words("perpetrator_groups")
    for t in reversed(noun.doc[:noun.i]):
        if t.pos_ in ("NOUN", "PROPN") and "Plur" in t.morph.get("Number"):
            return t.lower_ if t.lower_ in words or t.lemma_.lower() in words else None
    return None


def _less(c: _Count, parts: list[_Count | None]) -> _Count | None:
    """The whole's count less its counted parts ("Only one of the 12 hostages survived": 11), or None
    where a part has no figure or leaves nothing."""
    if c.low is None or any(p is None or p.low is None for p in parts):
        return None
    taken_low, taken_high = sum(p.low for p in parts), sum(p.high if p.high is not None else p.low for p in parts)
    if taken_high >= c.low:
        return None
    best = None if c.best is None else c.best - taken_low
    return replace(c, low=c.low - taken_high, high=None if c.high is None else c.high - taken_low, best=best,
                   approximate=c.approximate or any(p.approximate for p in parts), shape="number")


def count_finding(f: Finding, sent: Sentence, pack: LanguagePack, unknown: bool,
                  lex_people: frozenset[str], lex_not_people: frozenset[str]) -> Iterator[Draft]:
    """The drafts one finding gives: one per coordinated victim, plus its "including" parts."""
    text = sent.text

    def victim(noun: Token, inside_vague: bool = False) -> bool:
        if not inside_vague and pack.relation(noun) == "pobj" and not (noun.pos_ == "NUM" and (
                f.update or noun.head.lower_ in pack.words("update_preps"))) \
                and noun.head.head.lemma_.lower() in pack.grammar["toll_nouns"] \
                and not (f.predicate.head == noun and pack.relation(f.predicate) == "amod" and kids(noun, pack, "num")):
            return False                           # "the number of soldiers killed": the toll's victims (not "a toll of 27",
                                                   # "and the number of injured to 40", "a toll of six soldiers dead")
        of = [n for p, n in obliques(noun, pack) if p in pack.words("partitive")]
        if noun.lower_ in pack.words("vague_heads") and of:
            return victim(of[0], True)             # "a number of insurgents", not "thousands of families"
        if day_of_month(noun, pack):
            return False                           # "госпитализирован с ранениями 12 сентября": a day, no one
        age = _age(noun, pack)                     # "a 16-year-old", "24-летний": a person of that age
        if noun.pos_ != "NUM" and any(ch.isdigit() for ch in noun.text) and not age:
            return False                           # "2010-08-CA-256": a document number, no one's name
        if not kids(noun, pack, "num") and noun.lower_ in pack.words("organisation_heads"):
            return False                           # "ISAF Joint Command", "Afghan National Security Force": a body, no person
        units = pack.words("organisation_heads")
        if noun.pos_ == "PROPN" and any(c.i > noun.i and not kids(c, pack, "num") and (c.lower_ in units or c.lemma_.lower() in units)
                                        for c in kids(noun, pack, "conj")):
            return False                           # "both the Bracamonte and the Atlacatl battalions": a unit's name
        if noun.lower_ in pack.words("not_victims") or noun.lemma_.lower() in pack.words("not_victims"):
            return False
        if noun.pos_ == "PROPN" and " ".join(t.text for t in noun.subtree if t == noun or (
                t.i < noun.i and pack.relation(t) == "compound")).lower() in country_names():
            return False                           # "and Tajikistan 35 dead": a country's name, no one's
        if (noun.lower_ in pack.words("day_names") or noun.lemma_.lower() in pack.words("day_names")) \
                and not kids(noun, pack, "num"):
            return False                           # "the victims of Sunday's massacre" (not "44 more wounded Wednesday")
        if noun.pos_ == "PROPN" and "Inan" in noun.morph.get("Animacy"):
            return False                           # "обстрілу Харкова": a place's name, where the parser tells animacy
        if noun.pos_ not in ("NUM", "PRON") and noun.lower_ in lex_not_people:
            return False
        if noun != f.victim and not kids(noun, pack, "num") and noun.lower_ not in lex_people \
                and noun.lemma_.lower() not in lex_people and any(
                p in pack.words("partitive") and not kids(n, pack, "num")
                and (n.lower_ in lex_not_people or n.lemma_.lower() in lex_not_people) for p, n in obliques(noun, pack)):
            return False                           # "the detention of five suspects and the seizure of weapons"
        if noun.pos_ == "ADJ" and "Sup" in noun.morph.get("Degree"):
            return False                           # "the latest in a string of killings", "the deadliest"
        elliptic = (noun.pos_ == "ADJ" or (noun.pos_ == "NOUN" and not of) or (noun.pos_ == "ADV" and kids(noun, pack, "det"))) \
            and (noun.lower_ in lexicon(pack.language).words("addition_words")  # "a third was shot dead"
                 or noun.lower_ in pack.words("vague_heads"))  # "an elderly couple was burned to death"
        stated = noun != f.victim and bool(kids(noun, pack, "num")) and outcome(noun, pack) is not None  # "y cinco heridas"
        kin = noun != f.victim and noun.lower_ not in lex_not_people and any(
            d.lower_ in pack.words("possessive_singular") for d in noun.children)  # "and his deputy": someone's person
        return not (f.person_only and noun.pos_ != "NUM" and not elliptic and not age and not stated and not kin
                    and not is_person(noun, pack, lex_people, lex_not_people))

    numbered = False
    for i, noun in enumerate(_conjuncts(f.victim, pack)):
        if noun.lower_ in pack.words("container_heads") or noun.lemma_.lower() in pack.words("container_heads"):  # "a total of 68 people"
            inner = next((n for p, n in [*obliques(noun, pack), *next_oblique(noun, pack)] if p in pack.words("partitive")), noun)
            if noun.lower_ not in pack.words("vague_heads") or inner.like_num or kids(inner, pack, "num"):
                noun = inner  # (not "a group of insurgents": a vague amount of the table, as "a number of")
        elif noun.lemma_.lower() in pack.words("body_nouns") and not kids(noun, pack, "num"):
            noun = next((n for p, n in obliques(noun, pack) if p in pack.words("partitive")
                         and has_count(n, pack)), noun)  # "the decapitated bodies of six men"
        elif noun.lower_ in pack.words("organisation_heads") and not kids(noun, pack, "num"):
            noun = next((n for p, n in obliques(noun, pack) if p in pack.words("partitive") and n.pos_ == "NOUN"
                         and is_person(n, pack, lex_people, lex_not_people)), None) or next(
                (a for a in kids(noun, pack, "appos") if a.i > noun.i and a.pos_ == "NOUN"
                 and is_person(a, pack, lex_people, lex_not_people)), noun)
            # "a senior Islamic Movement of Uzbekistan leader" (the leader under "of", or its apposition)
        if not victim(noun):
            continue
        if i and (_own_predicate(noun, pack) or caused_injuries(noun, pack)):
            continue  # "Ten persons killed and five injured": the five are the injured; "y heridas a otros cuatro"
        if i and noun.pos_ == "NOUN" and kids(noun, pack, "subj") and noun.i > f.victim.i:
            continue  # "Sur les 15 blessés, quatre sont dans un état critique": a clause of its own, no one listed
        if i and f.predicate.head == f.victim and f.victim.i < f.predicate.i < noun.i and not (
                outcome(noun, pack)) and not f.predicate.left_edge.i <= noun.i <= f.predicate.right_edge.i:
            continue  # "left six people dead and 38 others injured": "dead" covers the six only (but "the
            # commander, who was killed along with 4 of his men": its own clause's companions)
        c = _count(noun, text, pack, unknown, lex_people)
        if f.update and c is not None and any(q.lower_ in pack.words("update_preps") for q in kids(noun, pack, "qmod")):
            q = _quantity(text, noun.idx, noun.idx + len(noun.text), {noun.idx}, pack.language)
            c = c if q is None else replace(c, low=q.low, high=q.high, approximate=q.approximate, best=q.best_value,
                                            start=noun.idx)  # "rose from three to seven": seven, not the range
        end = _range_to(noun, pack) if c is not None else None
        if end is not None:  # "le bilan, passé de 12 à 19 morts": the figure it went to, not the range
            q = _quantity(text, end.idx, noun.idx + len(noun.text), {end.idx}, pack.language)
            c = c if q is None else replace(c, low=q.low, high=q.high, approximate=q.approximate, best=q.best_value,
                                            start=end.idx)
        if c is not None and f.less:
            c = _less(c, [_count(t, text, pack, unknown, lex_people) for t in f.less])
        if c is None:
            continue
        if i == 0 and c.shape == "plural" and _counted_list_after(noun, pack):
            continue  # "The victims, four men and two women, were shot": the list counts them, not "victims"
        if i == 0:
            numbered = c.shape in ("number", "bare")
        elif numbered and (c.shape == "plural" or (c.shape == "singular" and pack.grammar["articles"])) \
                and noun.pos_ in ("NOUN", "PROPN") \
                and not kids(noun, pack, "det", "poss", "num") and not (is_name(noun, pack) and singular(noun)) \
                and not (any("Preppron" in m.morph.get("AdpType") for m in kids(noun, pack, "case"))
                         and is_person(noun, pack, lex_people, lex_not_people)):
            continue  # "55 soldiers and tribal fighters", "15 patients and staff": one number for the list
            # (not "a seis pasajeros y al conductor": an article inside its preposition)
        own = outcome(noun, pack) if i or _second_subject(f, pack) else None  # "muertas y tres heridas"
        if (i or f.update) and own is None and noun.pos_ == "NUM":
            own = _outcome_after(noun, pack)  # "s'élève à 12 morts et 200 blessés" ("blessés" hung on "morts")
        joined = "including" if after_including(noun, pack) else "member" if f.member \
            else "including" if f.part and c.shape == "bare" else c.joined  # "Among the dead were ..., including a priest"
        if _inside_update(f.predicate, pack):
            joined = "including"  # "had risen to 36, after two wounded men died": inside the toll
        owner = _owner(f.predicate, pack) if f.update else ""
        attackers = next((w for w in owner.lower().split() if w in lexicon(pack.language).words("perpetrator_groups")), None)
        if attackers:  # "Потери нападавших составили 30", "the attackers' losses": their own figure, no update
            c = replace(c, group=attackers)
        elif c.group in pack.words("back_pronouns") and pack.relation(noun) in ("subj", "subjpass") \
                and (gang := _attackers_before(noun, pack)):  # not "gunmen sprayed a bus ..., killing seven of them"
            c = replace(c, group=gang)  # "Gunmen then tried to storm the building ...; three of them were killed"
        if f.gapped:  # "le Tadjikistan de 35": whose figure its clause says
            owner = " ".join(t.text for t in noun.head.subtree if t not in set(noun.subtree))
        elif (remnant := _remnant_of(noun, pack)) is not None:  # "таджикская — о 35 погибших и 25 раненых"
            owner = " ".join(t.text for t in remnant.head.subtree if t not in set(remnant.subtree))
        elif not owner and (whose := _whose(noun, f.predicate, pack)):  # the side of the losers or of the group
            owner = whose + " " + sent.text[c.start:c.end]
        d = _draft(own or f.category, c, sent, joined, f.update and not attackers, noun, owner, f.weak,
                   language=pack.language)  # "84 deaths and 90 injuries"
        yield replace(d, summary=True) if _summing(noun, pack) else d
        verb_parts = [n for p, n in obliques(f.predicate, pack) if p in pack.words("including")] if i == 0 and not f.member else []
        if i == 0 and not f.member and not verb_parts and not parts_of(noun, pack):  # "The shooting left six dead, including
            clause = f.predicate if f.predicate.pos_ in ("VERB", "AUX") else f.predicate.head  # the gunman": hung on the subject
            verb_parts = [n for h in kids(clause, pack, "subj") for p, n in obliques(h, pack)
                          if p in pack.words("including") and n.i > noun.i]
        for part in parts_of(noun, pack) + verb_parts:  # "were killed, including 11 children"
            p = _count(part, text, pack, unknown, lex_people) if victim(part) else None
            if p is not None and p.low is not None and not (p.shape == "plural" and c.low is not None and p.low > c.low):
                # not "un blessé parmi les gendarmes": an uncounted plural larger than its whole is those it was among
                res = pack.grammar["resultative"]  # "four people, one of them fatally": that one died
                fatal = next((res[c.lower_] for c in kids(part, pack, "advmod") if c.lower_ in res), None)
                yield _draft(fatal or own or f.category, p, sent, "including", noun=part, language=pack.language)


def _counted_list_after(noun: Token, pack: LanguagePack) -> bool:
    """"The victims, four men and two women, ...": a definite plural with no count of its own set
    beside a list of counted nouns (an apposition, or conjuncts after a comma), which counts them."""
    if not any(d.lower_ in pack.words("restating_determiners") for d in kids(noun, pack, "det")):
        return False
    if any((kids(a, pack, "num") or singular(a)) and kids(a, pack, "conj") for a in kids(noun, pack, "appos")):
        return True
    listed = kids(noun, pack, "conj")
    listed += [c for n in listed for c in kids(n, pack, "conj")]  # "four men and two women" joined to the first
    return len(listed) >= 2 and all(kids(c, pack, "num") or singular(c) for c in listed) \
        and noun.doc[listed[0].left_edge.i - 1].text == ","


def _inside_update(pred: Token, pack: LanguagePack) -> bool:
    """"had risen to 36, after two wounded men died", "est passé à 31 morts après le décès de quatre
    blessés", "возросло до 31 после того, как скончались четверо раненых": deaths told in a clause
    or a noun phrase under a running toll's verb (two steps up at most) are inside that toll; so are
    bodies a clause under it finds ("rose to 16 after the bodies of four missing soldiers were found")."""
    if pred.pos_ == "NOUN" and pack.relation(pred) in ("subj", "subjpass") and pred.head != pred:
        pred = pred.head  # the clause the noun of death is the subject of
    for _ in range(2):
        if pack.relation(pred) not in ("advcl", "acl", "obl", "nmod") or pred.head == pred:
            return False
        pred = pred.head
        if running(pred, pack):
            return True
    return False


def _remnant_of(noun: Token, pack: LanguagePack) -> Token | None:
    """The remnant (UD `orphan`) a victim noun heads or is joined to: the figure of a clause whose
    verb was left out ("таджикская — о 35 погибших"), whose remaining words say whose it is."""
    top = noun.head if pack.relation(noun) == "num" else noun  # "35" of "35 погибших"
    while pack.relation(top) == "conj" and top.head != top:
        top = top.head
    return top if pack.relation(top) == "orphan" else None


def count_part(noun: Token, cat: str, sent: Sentence, pack: LanguagePack) -> Draft | None:
    c = _count(noun, sent.text, pack, False)
    return _draft(cat, c, sent, "including", noun=noun, language=pack.language) if c is not None and c.low is not None else None


def _owner(toll: Token, pack: LanguagePack) -> str:
    """"Armenia's military losses": the words before a toll noun that say whose it is."""
    left = [t for c in toll.children if c.i < toll.i and pack.relation(c) in _MODIFIERS for t in c.subtree]
    for p, n in obliques(toll, pack):  # "the number of Kyrgyz citizens killed"
        if p in pack.words("partitive"):
            left += [t for c in n.children if c.i < n.i and pack.relation(c) in _MODIFIERS for t in c.subtree]
            left.append(n)
    return " ".join(t.text for t in sorted(left, key=lambda t: t.i))


def _draft(cat: str, c: _Count, sent: Sentence, joined: str | None, update: bool = False,
           noun: Token | None = None, owner: str = "", weak: bool = False, *, language: str) -> Draft:
    words = sent.text[c.start:c.end]
    return Draft(cat, c.low, c.high, c.approximate, c.best, words, sent.start + c.start,
                 sent.start + c.end, sent.start + c.anchor, c.group, side_of(owner or words, language), c.shape,
                 sent, joined, update=update, head=noun.lemma_.lower() if noun is not None else None,
                 restates=c.restates, weak=weak)
