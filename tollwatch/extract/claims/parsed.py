"""Stage 2 of a reading: the sentences a cheap cue filter keeps, parsed in one batch.

All-capitals and title-case lines (MUC-4 wires, press-release headlines) are case-normalised
before parsing, character for character, so token offsets still index the original sentence.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.attrs import HEAD

from ..attribution import sides_table
from ..numbers import find_quantities, parse_number, vague_table
from ..packs import LanguagePack
from ..text import Sentence
from .lexicon import lexicon
from .referents import possessed_one
from .relations import in_care, participle, stated, time_told

log = logging.getLogger(__name__)

BATCH = 64


@dataclass(frozen=True)
class ParsedSentence:
    sentence: Sentence
    doc: Any            # a spaCy Doc over the (case-normalised) sentence text


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _recase(word: str, pack: LanguagePack) -> str:
    low = word.lower()
    if len(low) != len(word):
        return word
    g = pack.grammar
    stems = [low] + [low[:-len(end)] for end in g["recase_endings"] if low.endswith(end) and len(low) - len(end) >= 3]
    stems += [low[:-len(end)] + new for end, new in g["recase_replacements"].items() if low.endswith(end)]
    if low in pack.words("recase_capitalised"):  # "WEDNESDAY" -> "Wednesday"
        return low[:1].upper() + low[1:]
    if any(s in pack.common_words for s in stems):  # "bodies" -> "body", "injuring" -> "injure"
        return low
    return low[:1].upper() + low[1:]  # not a word of the language: a name


def normalise_case(text: str, pack: LanguagePack) -> str:
    """Re-case a shouting or title-case line for the parser, keeping every offset.

    Words of the language are lowered, other words (names) keep a capital; the first letter of
    the line stays as it is; acronyms in a title-case line are kept."""
    letters = list(filter(str.isalpha, text))
    if not letters:
        return text
    upper = sum(map(str.isupper, letters)) / len(letters)
    words = [m for m in _WORD.finditer(text)]
    if upper > 0.6:
        keep = lambda w: False  # noqa: E731
    else:
        capitalised = [m for m in words if m.group()[0].isupper()]
        if len(words) < 4 or len(capitalised) / len(words) <= 0.75:
            return text
        keep = lambda w: len(w) > 1 and w.isupper()  # noqa: E731
    out = list(text)
    for m in words:
        w = m.group()
        if keep(w):
            continue
        new = _recase(w, pack)
        if m.start() == words[0].start():
            new = new[:1].upper() + new[1:]
        out[m.start():m.end()] = new
    return "".join(out)


def mask_dateline(text: str, pack: LanguagePack) -> str:
    """"KANO, Nigeria, May 2, 2021 - Two policemen ...": the dateline blanked out (same length),
    so the parser sees the sentence that follows it."""
    m = pack.dateline.match(text.lstrip())
    if m is None and not shouting(text):  # release numbers and titles run into the dateline
        m = next((d for d in pack.dateline.finditer(text, 0, DATELINE_WITHIN)
                  if re.search(pack.grammar["dateline_dated"], d.group())), None)  # "(Jan. 12, 2011) —", "(AFP) -"
        end = m.end() if m else 0
    else:
        end = m.end() + len(text) - len(text.lstrip()) if m else 0
    return " " * end + text[end:] if end else text


DATELINE_WITHIN = 400  # characters: a dateline further into a sentence is not its opening


def shouting(text: str) -> bool:
    """More than six letters in ten are capitals: a shouting wire."""
    letters = list(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) / len(letters) > 0.6


_ASIDE = re.compile(r"\s?\([^()]{1,80}\)|\s--\s?[^-]{1,80}?\s?--(?=\s)"
                    r"|\s[–—]\s[^–—]{1,80}?(?<![\"»”],)\s[–—](?=\s)"  # '", – зазначив він': a quote's dash
                    r"|\s-\s[^-]{1,80}?(?<![\"»”],)\s-(?=\s)")


def plain_quotes(text: str, pack: LanguagePack) -> str:
    """"Selon le ministère, « plus de 100 terroristes ont été neutralisés »": guillemets as
    straight quotes, where the pack says its parser reads those better (offsets unchanged)."""
    return text.translate(_QUOTES) if pack.grammar.get("plain_quotes") else text


_QUOTES = str.maketrans({"«": '"', "»": '"'})


def mask_asides(text: str, pack: LanguagePack) -> str:
    """"Six monks (four Italians and two Kenyans) and three cooks were shot dead": a bracketed
    or dashed aside blanked out for the parser (it details the phrase before it, and parsers
    hang the rest of the sentence on it). An aside that gives the figures of an uncounted group
    word right before it ("The casualties (four dead and nine injured) were taken to hospital") is
    those figures: set off by commas instead, as an apposition (same length)."""
    return _ASIDE.sub(lambda m: m.group(0) if _pairs(m, text) else _as_apposition(m.group(0))
                      if _figures_of_a_group(m, text, pack) else " " * len(m.group(0)), text)


def _figures_of_a_group(m: re.Match, text: str, pack: LanguagePack) -> bool:
    """The aside holds a figure or a list ("a farmer, his wife and their son") and follows a group or
    state word with no count of its own, or a pronoun of a group ("They — a teacher and two nurses —
    were killed")."""
    before = re.search(r"(\w+)\s*$", text[:m.start()])
    groups = lexicon(pack.language).words("whole_groups") | frozenset(pack.grammar["states"])  # "The wounded (about 20 people)"
    return before is not None and before.group(1).lower() in groups | pack.words("group_pronouns") \
        and (bool(find_quantities(m.group(0), language=pack.language)) or "," in m.group(0).strip()[1:-1]) \
        and not find_quantities(" ".join(text[:m.start()].split()[-4:]), language=pack.language)  # no count of its own


def _as_apposition(aside: str) -> str:
    """The aside's bracket or dash pair as commas, each right after its word ("group, four dead
    and nine injured, were")."""
    out = list(aside)
    opening = len(aside) - len(aside.lstrip())
    closing = len(aside.rstrip()) - 1
    for at in (opening, closing):
        if at and out[at - 1].isspace():
            out[at - 1], out[at] = ",", " "
        else:
            out[at] = ","
    return "".join(out)


_PAIR = re.compile(r"\s[–—]\s+\d[\d\s.,]*,|\s[–—]\s+\d[\d\s.,]*\w+,\s*\w+\s[–—]$")


def _pairs(m: re.Match, text: str) -> bool:
    """"Погибших — 5, раненых — 12", "Раненых — 12 человек, погибших — трое": dashes that pair
    words with figures (a counted word may follow the figure when a word and its dash come next),
    no aside."""
    return bool(_PAIR.match(m.group(0))) or bool(re.match(r"\s*\d", text[m.end():m.end() + 4]))


def mask_part_asides(text: str, pack: LanguagePack) -> str:
    """"Cuatro personas, entre ellas un niño, fueron asesinadas": an aside between commas that opens
    with the pack's breakdown words details the phrase before it; blanked for the parser (same
    length), which otherwise takes the aside's noun for the sentence's root. The closing comma stays
    where a word of addition opens the next clause ("загинули троє цивільних, серед них дитина, ще
    семеро поранені")."""
    if pack.grammar.get("prepositions_as_heads", True):
        return text  # the English parser reads these asides (WAD: masking them moved rows both ways)
    opening = re.compile(pack.grammar.get("breakdown_opening", "(?!)"), re.IGNORECASE)
    more = lexicon(pack.language).words("addition_words")
    out = list(text)
    for m in re.finditer(r",(?=([^,;.]{1,60}),\s*(\w*))", text):  # each comma opens a candidate (the closing one may open the next)
        if opening.match(m.group(1)):
            end = m.end(1) + (m.group(2).lower() not in more)
            out[m.start():end] = " " * (end - m.start())
    return "".join(out)


_INSERTION = re.compile(r"\[([^\[\]\n]{1,60})\]")


def mask_insertions(text: str) -> str:
    """"killed Musa Bello, [a former] chairman of Kaura LGA, and his brother": an editor's words
    put in square brackets are read as part of the sentence (the brackets blanked, same length);
    an all-capitals note ("[TEXT]", "[WORDS INDISTINCT]") stays as it is, except where it opens the
    sentence ("[TEXT] UNIDENTIFIED INDIVIDUALS KIDNAPPED ..."): blanked, as a dateline is."""
    def one(m: re.Match) -> str:
        if any(c.islower() for c in m.group(1)):
            return f" {m.group(1)} "
        return " " * len(m.group(0)) if not text[:m.start()].strip() else m.group(0)
    return _INSERTION.sub(one, text)


_DIGIT_GROUP = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])")


def mask_digit_groups(text: str) -> str:
    """"5 000 blessés", "1 500 человек": digits grouped by a space, joined by a point for the
    parser (same length), which otherwise splits the number in two and hangs it as determiners.
    Counting reads the original text."""
    return _DIGIT_GROUP.sub(lambda m: re.sub(r"\s", ".", m.group(0)), text)


_PLUS = re.compile(r"(?<=\d)\+(?=\s)")


def mask_plus(text: str) -> str:
    """"31 dead, 150+ injured": a count's plus sign, which the parser takes for a word of its own
    (the count then hung apart from its state), blanked for the parser (same length). Counting
    reads the original text."""
    return _PLUS.sub(" ", text)


_HYPHENED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def mask_number_words(text: str, pack: LanguagePack) -> str:
    """"forty-four more wounded", "Sixty-four were reported as injured": number words joined by
    hyphens, which the tokenizer cuts into three tokens the parser misreads, become the number in
    digits for the parser, as a decimal to keep the length ("24.000000000": one token a number,
    where leading zeros read as no count at a sentence's start), where the pack says so. Counting
    reads the original text."""
    if not pack.grammar.get("digits_for_number_words"):
        return text
    def digits(m: re.Match) -> str:
        word = m.group(0)
        n = parse_number(word, pack.language)
        if n is None or any(parse_number(w, pack.language) is None for w in word.split("-")) or len(str(n)) > len(word):
            return word
        return f"{n}." + "0" * (len(word) - len(str(n)) - 1) if len(word) > len(str(n)) + 1 else str(n).rjust(len(word), "0")
    return _HYPHENED.sub(digits, text)


def _deps(tok, pack: LanguagePack, *rels: str) -> list:
    """`tok`'s children in the project's relations, as the repairs before left the tree (relations.kids
    keeps its first reading, for the finished parse)."""
    return [c for c in _children(tok) if pack.relation(c) in rels]


_TOKENS = "tollwatch.tokens"  # Doc.user_data while the repairs run: the parse's tokens (_Tokens)
_CHILDREN = "tollwatch.children"  # ... and each token's children, until a repair moves a word


def _children(tok) -> tuple:
    """`tok`'s children in the order Token.children gives them, read once per tree: the repairs walk
    every word's children again and again (a Doc makes each child anew); a repair that sets a head
    calls `_stale` at once."""
    data = tok.doc.user_data
    table = data.get(_CHILDREN)
    if table is None:
        tokens = data.get(_TOKENS) or list(tok.doc)
        rows = [[] for _ in tokens]
        for t, offset in zip(tokens, tok.doc.to_array(HEAD).view("int64").tolist()):
            if offset:
                rows[t.i + offset].append(t)
        table = data[_CHILDREN] = [tuple(r) for r in rows]
    return table[tok.i]


def _object_ending_at(verb, end: int, pack: LanguagePack):
    """`verb`'s object whose phrase ends on the word at `end` (a list's next member, a relative clause or
    an apposition stands right after it), or None."""
    return next((o for o in _deps(verb, pack, "obj") if o.right_edge.i == end), None)


def _stale(tok) -> None:
    """A head in `tok`'s parse was set: the children read so far no longer hold."""
    tok.doc.user_data.pop(_CHILDREN, None)


def _label(pack: LanguagePack, relation: str) -> str:
    """The parser's label of one of the project's relations."""
    return next(label for label, rel in pack.grammar["relations"].items() if rel == relation)


def _harm_verb(verb, pack: LanguagePack) -> bool:
    """A verb of harm by its lemma, or a phrasal one with its particle ("gunned down"). (Not
    relations.verb_category: it reads the relation cache, built once the repairs are done.)"""
    lemma = verb.lemma_.lower()
    return lemma in pack.grammar["transitive"] or any(f"{lemma} {p.lower_}" in pack.grammar["phrasal"]
                                                      for p in _deps(verb, pack, "prt"))


def _state_label(pack: LanguagePack) -> str:
    """The parser's label for a state a verb leaves its object in ("left six dead"): its object
    predicate where it has one, else its open complement (UD)."""
    return _label(pack, "oprd" if "oprd" in pack.grammar["relations"].values() else "xcomp")


def _state_or_harm(tok, pack: LanguagePack) -> bool:
    """A state word ("dead", "blessés") or a participle of a verb of harm ("killed")."""
    return stated(tok, pack) or tok.lemma_.lower() in pack.grammar["transitive"]


def _marked_object(noun, pack: LanguagePack) -> bool:
    """The noun's preposition is an object marker ("a un agente"), not a place's ("cerca de")."""
    return any(c.lower_ in pack.words("object_markers") for c in _deps(noun, pack, "case"))


def _harm_clause(verb, pack: LanguagePack) -> bool:
    """A verb of harm or state, a linking verb (or a passive) with a state after it ("resultaron
    heridos", "ont été retrouvés morts"), or a verb losing a life ("perdieron la vida")."""
    return _state_or_harm(verb, pack) or ((verb.lemma_.lower() in pack.words("linking_verbs") or (
        _deps(verb, pack, "auxpass") and verb.i + 1 < len(verb.doc)
        and pack.relation(verb.doc[verb.i + 1]) in ("oprd", "xcomp")))
        and any(c.i > verb.i and stated(c, pack) for c in _children(verb))) or (  # or "sont portés disparus"
        pack.grammar["life_verbs"].get(verb.lemma_.lower()) == "subj"  # or "perdieron la vida", "ont trouvé la mort"
        and any(_death_noun(o, pack) for o in _deps(verb, pack, "obj")))


def lift_blanks(doc, pack: LanguagePack) -> int:
    """"Cinco jóvenes, [entre ellos dos menores,] fueron asesinados": a masked aside is one blank
    token, which a parser may make the clause's subject with the victim hung on it; the noun before
    the blank takes the blank's place in the tree, the blank's other words hang on it. Returns how many."""
    lifted = 0
    for blank in doc:
        if not blank.is_space or blank.head == blank or pack.relation(blank) in ("punct", "dep"):
            continue
        nouns = [c for c in _children(blank) if c.i < blank.i and c.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            if pack.relation(blank) in ("subj", "subjpass", "obj"):
                blank.dep_ = _label(pack, "dep")  # "dejó 14 civiles muertos, [entre ellos ...,]": the blank
                lifted += 1                        # made the state's subject is no one
            continue
        noun, head, dep = nouns[-1], blank.head, blank.dep_
        for c in list(_children(blank)):
            if c != noun:
                c.head = noun
                _stale(c)
        noun.head, noun.dep_ = head, dep
        _stale(noun)
        blank.head, blank.dep_ = noun, _label(pack, "dep")
        _stale(blank)
        lifted += 1
    return lifted


def words_past_a_blank(doc, pack: LanguagePack) -> int:
    """"Кількість загиблих зросла до 12, [серед них дитина,] повідомив голова ОВА": with the aside
    blanked, the parser may hang the word before the blank on the verb after it, a clause of its own
    hung on the verb before (the reporter's). The word goes back to that verb before. Returns how many."""
    moved = 0
    for word, blank in zip(doc[:-1], doc[1:]):
        verb = word.head
        if not blank.is_space or verb.i != blank.i + 1 or verb.pos_ != "VERB" or verb.head.i >= word.i \
                or pack.relation(verb) not in ("parataxis", "ccomp") or verb.head.pos_ not in ("VERB", "AUX") \
                or verb.head in word.subtree:
            continue
        word.head = verb.head
        _stale(word)
        moved += 1
    return moved


def words_on_punctuation(doc, pack: LanguagePack | None = None) -> int:
    """"the insurgent leader, along with three of his fighters, was killed": a word the parser hung
    on a comma or other mark hangs on the mark's head instead. Returns how many."""
    moved = 0
    for tok in doc:
        mark = tok.head
        if mark != tok and mark.is_punct and not tok.is_punct and mark.head != mark and mark.head != tok:
            tok.head = mark.head
            _stale(tok)
            moved += 1
    return moved


def digit_numerals(doc, pack: LanguagePack | None = None) -> int:
    """"ont porté à 17 le nombre de morts", "Killed: 2": a figure in digits that the tagger made a
    determiner, an adjective or a foreign word is a number. Returns how many."""
    fixed = 0
    for tok in doc:
        if tok.is_digit and tok.pos_ in ("DET", "ADJ", "PRON", "X"):
            tok.pos_ = "NUM"
            fixed += 1
    return fixed


def number_words_mistagged(doc, pack: LanguagePack) -> int:
    """"and more than forty injured": a number word with a hedge of its own ("more than", "about")
    that the tagger made a noun is a number; so is one made an adjective that determines the noun
    after it ("reçu neuf corps": "neuf" read as "new") or modifies it ("Eleven people remain in
    intensive care"), or that a list's conjunction opens, its state after it ("et neuf blessées").
    Returns how many."""
    fixed = 0
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.like_num and not tok.is_digit and _deps(tok, pack, "qmod"):
            tok.pos_ = "NUM"
            fixed += 1
        elif tok.pos_ == "NOUN" and not tok.is_digit and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].head == tok and doc[tok.i + 1].pos_ in ("NOUN", "ADJ") \
                and pack.relation(doc[tok.i + 1]) == "amod" and (parse_number(tok.text, pack.language) or 0) > 1 \
                and not list(_children(doc[tok.i + 1])):  # "ont interpellé dix-huit suspects": the count made
            noun = doc[tok.i + 1]                       # the head, its plural noun a modifier
            noun.head, noun.dep_, noun.pos_ = tok.head, tok.dep_, "NOUN"
            _stale(noun)
            for c in list(_children(tok)):
                c.head = noun
                _stale(c)
            tok.head, tok.dep_, tok.pos_ = noun, _label(pack, "num"), "NUM"
            _stale(tok)
            fixed += 1
        elif tok.pos_ in ("ADJ", "DET") and tok.like_num and not tok.is_digit and pack.relation(tok) in ("det", "amod") \
                and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and tok.lower_ not in pack.words("indefinite_singular") \
                and ((tok.pos_, pack.relation(tok)) == ("ADJ", "det") or (parse_number(tok.text, pack.language) or 0) > 1):
            tok.pos_, tok.dep_ = "NUM", _label(pack, "num")  # (or "Eleven people remain ...": a cardinal tagged
            fixed += 1                                        # an adjective; not "first", which is no count)
        elif tok.pos_ == "PRON" and tok.like_num and not tok.is_digit and (parse_number(tok.text, pack.language) or 0) > 1 \
                and any(c.lower_ in pack.words("partitive") for n in _deps(tok, pack, "nmod") for c in _deps(n, pack, "case")):
            tok.pos_ = "NUM"  # "Quatre des blessés ont dû être opérés": a count of some of a group, tagged a pronoun
            fixed += 1
        elif tok.pos_ in ("ADJ", "VERB", "NOUN", "PROPN") and tok.i and tok.i + 1 < len(doc) \
                and pack.relation(doc[tok.i - 1]) == "cc" and not tok.is_digit and _state_or_harm(doc[tok.i + 1], pack) \
                and (parse_number(tok.text, pack.language) or 0) > 1 \
                and (tok.head == doc[tok.i + 1] or not doc[tok.i + 1].is_ancestor(tok)):
            state = doc[tok.i + 1]  # "et neuf blessées": a count with its state, not "new" (nor a verb)
            tok.pos_ = "NUM"
            if tok.head == state:
                tok.dep_ = _label(pack, "num")  # (hung on the state: its count, as "et 9 blessées")
            elif state.head != tok:
                state.head, state.dep_ = tok, _label(pack, "acl")
                _stale(state)
            if state.pos_ not in ("VERB", "ADJ"):
                state.pos_ = "VERB"
                state.set_morph("Tense=Past|VerbForm=Part")  # (a participle, tagged a name)
            fixed += 1
    return fixed


def numbers_joined_as_lists(doc, pack: LanguagePack) -> int:
    """"two hundred and five people": the parser made "five" a conjunct of "hundred" (a list of
    100 and 5). A number word joined to a number before it, read together as one number larger
    than either part, is part of it. Returns how many."""
    joined = 0
    for tok in doc:
        if tok.pos_ != "NUM" or not tok.is_alpha:
            continue
        first = min([tok] + [t for t in _children(tok) if t.i < tok.i and pack.relation(t) == "compound"], key=lambda t: t.i)
        for c in [c for c in _children(tok) if pack.relation(c) == "conj" and c.pos_ == "NUM" and c.is_alpha]:
            whole = parse_number(doc[first.i:c.i + 1].text, pack.language)
            parts = [parse_number(doc[first.i:tok.i + 1].text, pack.language), parse_number(c.text, pack.language)]
            if whole is None or None in parts or whole <= max(parts) or list(_children(c)):
                continue
            c.dep_ = _label(pack, "compound")
            for k in doc[tok.i + 1:c.i]:
                if k.head in (c, tok):
                    k.head, k.dep_ = tok, _label(pack, "compound")
                    _stale(k)
            joined += 1
    return joined


def compound_numerals(doc, pack: LanguagePack) -> int:
    """"treinta y cuatro resultaron heridas", "о восьмидесяти пяти раненых": number words the
    parser split between two heads are one number when read together (and more than either part);
    the first word takes the last one's place in the tree, the rest hang on it. Returns how many."""
    joined = 0
    for tok in doc:
        if not tok.is_alpha or tok.i + 1 >= len(doc):
            continue
        last = doc[tok.i + 1]
        if last.pos_ == "CCONJ" and tok.i + 2 < len(doc):
            last = doc[tok.i + 2]
        if last.pos_ not in ("NUM", "DET") or not last.is_alpha or last in tok.ancestors \
                or last.head == last:  # "quarante et un morts": "un" a determiner
            continue
        if tok.pos_ != "NUM" and parse_number(tok.text, pack.language) is None:
            continue  # (a number word tagged otherwise: "Vingt et une personnes", "Vingt" a name)
        if last.head == tok:  # "Doscientas cinco personas": the first word tagged a noun, the second its count
            whole = parse_number(doc[tok.i:last.i + 1].text, pack.language)
            if tok.pos_ != "NUM" and tok.head.i > last.i and tok.head.pos_ in ("NOUN", "PROPN") and whole is not None \
                    and whole > (parse_number(last.text, pack.language) or whole):
                tok.pos_, tok.dep_ = "NUM", _label(pack, "num")
                for t in doc[tok.i + 1:last.i + 1]:
                    t.head, t.dep_ = tok, _label(pack, "compound")
                    _stale(t)
                joined += 1
            continue
        if tok.head == tok and last.pos_ == "DET" and last.head.i > last.i and last.head.head.head == tok \
                and pack.relation(last.head.head) == "conj":  # "Quarante et un soldats ont été tués": the number
            verb = last.head.head                          # made the root, the verb its conjunct
            verb.head, verb.dep_ = verb, tok.dep_  # (the root's own label)
            _stale(verb)
            for c in [c for c in _children(tok) if c.i > last.i]:
                c.head = verb
                _stale(c)
            tok.head = verb  # (hung on the verb for now: the general case below moves it to the noun)
            _stale(tok)
        verb = last.head
        if verb in tok.subtree and verb.head != tok:
            continue
        whole = parse_number(doc[tok.i:last.i + 1].text, pack.language)
        parts = [parse_number(t.text, pack.language) for t in (tok, last)]
        if whole is None or None in parts or whole <= max(parts):
            continue
        if verb.head == tok:  # "y treinta y cuatro resultaron": the verb hung on the first word
            verb.head, verb.dep_ = (verb, tok.dep_) if tok.head == tok else (tok.head, tok.dep_)
            _stale(verb)
            for c in [c for c in _children(tok) if c.i < tok.i]:
                c.head = verb
                _stale(c)
        tok.head, tok.dep_ = verb, _label(pack, "num") if last.pos_ == "DET" else last.dep_
        _stale(tok)
        for t in doc[tok.i + 1:last.i + 1]:
            t.head, t.dep_ = tok, _label(pack, "compound")
            _stale(t)
        joined += 1
    return joined


def hyphen_numerals(doc, pack: LanguagePack) -> int:
    """"douze morts et vingt-trois blessés": number words joined by hyphens that the tagger took for
    a noun of their own, right before the noun they count (hung elsewhere), are that noun's count:
    the noun takes the number's place in the tree. Returns how many."""
    moved = 0
    for tok, noun in zip(doc[:-1], doc[1:]):
        if (tok.pos_ == "NUM" and pack.relation(tok) == "num") or "-" not in tok.text or not (
                noun.pos_ in ("NOUN", "ADJ") or "Part" in noun.morph.get("VerbForm")) \
                or tok.is_ancestor(noun) or (noun.is_ancestor(tok) and tok.head != noun):
            continue
        if parse_number(tok.text, pack.language) is None or any(
                parse_number(w, pack.language) is None for w in tok.text.split("-")):
            continue
        if tok.head == noun:  # "et trente-trois tués", the count hung on its noun as an adverb (or a case word)
            tok.dep_, tok.pos_ = _label(pack, "num"), "NUM"
            moved += 1
            continue
        for c in list(_children(tok)):
            c.head = noun  # "et" of "et vingt-trois"
            _stale(c)
        if tok.head != tok:  # a root of its own ("Vingt-neuf soldats ... ont été tués"): the noun keeps its place
            noun.head, noun.dep_ = tok.head, tok.dep_
            _stale(noun)
        tok.head, tok.dep_, tok.pos_ = noun, _label(pack, "num"), "NUM"
        _stale(tok)
        moved += 1
    return moved


def split_numerals(doc, pack: LanguagePack) -> int:
    """"Cinquante-deux civils": a number the tokenizer cut at its hyphen is one number: its first
    words hang on its last (which keeps its place), so the phrase reads all of it. Returns how many."""
    joined = 0
    for tok in doc[2:]:
        dash = doc[tok.i - 1]
        if dash.text != "-":
            continue
        first = doc[tok.i - 2]
        if first.whitespace_ or dash.whitespace_ or list(_children(dash)) \
                or first.is_ancestor(tok) or dash.is_ancestor(tok):
            continue
        if None in (parse_number(first.text, pack.language), parse_number(tok.text, pack.language),
                    parse_number(doc[first.i:tok.i + 1].text, pack.language)):
            continue
        for c in list(_children(first)):
            c.head = tok  # "Au moins" of "Au moins cinquante-deux"
            _stale(c)
        for t in (first, dash):
            t.head, t.dep_ = tok, _label(pack, "compound")
            _stale(t)
        joined += 1
    return joined


def _verb_lemma(tok, pack: LanguagePack, verbs) -> str | None:
    """The lemma of a verb form the tagger took for an adjective ("sustained": lemma "sustained"),
    by the pack's endings."""
    word = tok.lemma_.lower()
    if word in verbs:
        return word
    return next((tok.lower_[:-len(e)] for e in pack.words("recase_endings")
                 if tok.lower_.endswith(e) and tok.lower_[:-len(e)] in verbs), None)


def verbs_as_modifiers(doc, pack: LanguagePack) -> int:
    """"and five suffered wounds", "and another sustained injuries", "killing two soldiers; a further
    nine sustained wounds": a verb of taking injuries that the parser hung as a modifier of its injury
    object, the count before it made the object's count or determiner (or the verb's), is the clause's
    verb: the count its subject, the injuries its object, the verb a clause beside the one the object
    was in (not that clause's object: "sustained" was read as one more of the dead). Returns how many."""
    verbs = {v for v, role in pack.grammar["injury_verbs"].items() if role == "subj"}
    injuries = pack.words("injury_nouns") | pack.words("treatment_nouns")  # "and 60 needed hospital treatment"
    adds = lexicon(pack.language).words("addition_words")
    moved = 0
    for tok in doc:
        noun = tok.head
        if pack.relation(tok) != "amod" or noun.i <= tok.i or not (noun.lemma_.lower() in injuries or noun.lower_ in injuries) \
                or _verb_lemma(tok, pack, verbs) is None:
            continue
        count = [c for c in _children(noun) if c.i < tok.i and (
            (c.pos_ == "NUM" and pack.relation(c) == "num") or c.lower_ in adds)] + [
            c for c in _children(tok) if pack.relation(c) == "subj" or (c.like_num and c.i < tok.i)]
        # "Five suffered wounds": the subject kept; "A further 14 suffered burns": the count hung on the verb
        owner = _aside_owner(noun, tok, pack) if not count else None
        if owner is not None:  # "Five people, including two children, sustained wounds": the noun before the aside
            if any(c.i < tok.i for c in _children(noun)):
                continue
            tok.head, tok.dep_, tok.pos_, tok.lemma_ = tok, owner.dep_, "VERB", _verb_lemma(tok, pack, verbs)
            _stale(tok)
            noun.head, noun.dep_ = tok, _label(pack, "obj")
            _stale(noun)
            owner.head, owner.dep_ = tok, _label(pack, "subj")
            _stale(owner)
            moved += 1
            continue
        if len(count) != 1 or any(count[0].i < c.i < tok.i for c in _children(noun)):
            continue
        subject = count[0]
        for c in _children(noun):
            if c.i < subject.i:  # "a further nine sustained wounds": the count's own words
                c.head = subject
                _stale(c)
        tok.head, tok.dep_ = (tok, noun.dep_) if noun.head == noun else (noun.head, _label(pack, "parataxis"))
        _stale(tok)
        tok.pos_, tok.lemma_ = "VERB", _verb_lemma(tok, pack, verbs)
        noun.head, noun.dep_ = tok, _label(pack, "obj")
        _stale(noun)
        subject.head, subject.dep_ = tok, _label(pack, "subj")
        _stale(subject)
        if subject.pos_ == "DET":
            subject.pos_ = "PRON"
        moved += 1
    return moved


def _aside_owner(noun, verb, pack: LanguagePack):
    """The counted root noun whose "including" aside the parser ended with this verb's object
    ("Five people, including two children, sustained wounds": "wounds" apposed to "children"),
    the aside closed by a comma right before the verb; else None."""
    member = noun.head
    if pack.relation(noun) != "appos" or verb.i == 0 or noun.doc[verb.i - 1].text != ",":
        return None
    mark = member.head
    owner = mark.head
    if mark.lower_ not in pack.words("including") or owner.head != owner or not _deps(owner, pack, "num") \
            or not owner.i < mark.i < member.i < verb.i:
        return None
    return owner


def others_left(doc, pack: LanguagePack) -> int:
    """"left one officer dead and another seriously injured": the other one, which the parser made
    the participle's determiner (or the participle its modifier), is the participle's subject, the
    participle joined to the leave verb, as "and another wounded" is parsed; so too after a passive
    deed ("A jawan was killed and another injured"). Returns how many."""
    adds = lexicon(pack.language).words("addition_words")
    leave = pack.words("leave_verbs")
    moved = 0
    for other in doc:
        if other.lower_ not in adds or other.pos_ not in ("DET", "PRON"):
            continue
        state = next((t for t in doc[other.i + 1:] if not (pack.relation(t) == "advmod" and t.pos_ == "ADV")), None)
        if state is None or not participle(state):
            continue
        if other.head == state and pack.relation(other) == "det" and pack.relation(state) == "conj" \
                and state.head.lemma_.lower() in leave:
            verb = state.head
        elif state.head == other and pack.relation(state) in ("acl", "amod") \
                and pack.relation(other) in ("dep", "conj", "obj"):
            verb = other.head
        else:
            continue
        done = "obj" if verb.lemma_.lower() in leave else "subjpass" if _state_or_harm(verb, pack) else None
        if done is None or not any(pack.relation(c) == done and c.i < other.i for c in _children(verb)):
            continue
        state.head, state.dep_ = verb, _label(pack, "conj")
        _stale(state)
        other.head, other.dep_, other.pos_ = state, _label(pack, "subj"), "PRON"
        _stale(other)
        moved += 1
    return moved


def objects_past_a_second_verb(doc, pack: LanguagePack) -> int:
    """"killing 9 people and wounding at least 40, several of them critically": an object (a count or
    a part) hung on a verb from beyond that verb's conjunct, itself with an object before it (or
    none, the verb one of its own before the conjunct), belongs to the conjunct. Returns how many
    were moved."""
    moved = 0
    for verb in doc:
        if not verb.n_rights:
            continue
        for obj in [c for c in _children(verb) if pack.relation(c) == "obj" and c.i > verb.i and (c.like_num or any(
                pack.relation(p) == "prep" and p.lower_ in pack.words("partitive") for p in _children(c)))]:  # a count or a part
            first = [o for o in _children(verb) if pack.relation(o) == "obj" and verb.i < o.i < obj.i]
            second = next((v for v in _children(verb) if pack.relation(v) == "conj" and verb.i < v.i < obj.i
                           and v.pos_ == "VERB" and any(pack.relation(o) == "obj" and o.i < obj.i for o in _children(v))),
                          None)  # (children, not `kids`: its rows are built once, for the final parse)
            if second is None and first:  # "tuant 17 fidèles et en blessant plus de 40": the verb has its object
                second = next((v for v in _children(verb) if pack.relation(v) == "conj" and first[-1].i < v.i < obj.i
                               and v.pos_ == "VERB" and not any(pack.relation(o) == "obj" for o in _children(v))), None)
            if second is not None:
                obj.head = second
                _stale(obj)
                moved += 1
    return moved


def clauses_across_a_semicolon(doc, pack: LanguagePack) -> int:
    """"A strike on a market killed 4 civilians, according to an official; the Houthis denied
    responsibility": the parser hangs the clause before a semicolon on the root verb after it as
    its complement (told as denied, or as said by that clause's speaker). The first clause stands
    beside the second, no part of it. Returns how many."""
    moved = 0
    for verb in doc:
        root = verb.head
        if root.head == root and root.i > verb.i and pack.relation(verb) in ("ccomp", "advcl", "dep", "xcomp") \
                and any(p.text == ";" and verb.i < p.i < root.i for p in _deps(root, pack, "punct")):
            verb.dep_ = _label(pack, "parataxis")
            moved += 1
    return moved


def counts_on_an_oblique(doc, pack: LanguagePack) -> int:
    """"At least 7 people were killed on both sides and several others injured": the parser joins
    the second count to the noun of the oblique before it and hangs the state after it on the verb.
    A counted conjunct right before a state with no subject of its own is that state's subject, the
    state joined to the verb. Returns how many."""
    moved = 0
    vague = pack.words("vague_words")
    for state in doc[1:]:
        verb = state.head
        if pack.relation(state) not in ("advcl", "conj") or verb.i > state.i or not _state_or_harm(state, pack) \
                or _deps(state, pack, "subj", "subjpass", "obj"):
            continue
        count = doc[state.i - 1]
        while count.head != count and count.head.i < state.i and pack.relation(count) != "conj":
            count = count.head
        oblique = count.head
        if pack.relation(count) != "conj" or pack.relation(oblique) not in ("pobj", "obl", "nmod") \
                or not (count.pos_ == "NUM" or _deps(count, pack, "num")
                        or any(a.lower_ in vague for a in _deps(count, pack, "amod", "det"))):
            continue
        for cc in _deps(oblique, pack, "cc"):
            if oblique.i < cc.i < count.i:
                cc.head = state
                _stale(cc)
        count.head, count.dep_ = state, _label(pack, "subj")
        _stale(count)
        state.dep_ = _label(pack, "conj")
        moved += 1
    return moved


def subjects_across_a_semicolon(doc, pack: LanguagePack) -> int:
    """"A device planted in a bin went off at a bus stop; 3 people were killed": the parser hangs a
    clause's subject before a semicolon on the verb after it, beside that verb's own subject. The
    first is no subject of that verb. Returns how many."""
    moved = 0
    if not any(t.text == ";" for t in doc):
        return 0
    for verb in doc:
        marks = [p for p in _deps(verb, pack, "punct") if p.text == ";" and p.i < verb.i]
        subjects = _deps(verb, pack, "subj", "subjpass")
        if marks and any(n.i > marks[-1].i for n in subjects):
            for n in subjects:
                if n.i < marks[-1].i:
                    n.dep_ = _label(pack, "dep")
                    moved += 1
    return moved


def parts_between_number_and_noun(doc, pack: LanguagePack) -> int:
    """"injured more than 60, 15 of them children": the parser counts the part's noun by the whole's
    number, the part an apposition of that number. A number set off from its noun by a comma and
    a part of it ("15 of them") stands for its noun's place itself; the noun is the part's.
    Returns how many were rebuilt."""
    rebuilt = 0
    for num in doc:
        noun = num.head
        if num.pos_ != "NUM" or pack.relation(num) != "num" or noun.i < num.i + 3 or noun == noun.head:
            continue
        parts = [c for c in _children(num) if pack.relation(c) == "appos" and c.pos_ == "NUM" and c.i < noun.i]
        if not parts or not any(t.text == "," for t in doc[num.i + 1:parts[0].i]):
            continue
        num.head, num.dep_ = noun.head, noun.dep_
        _stale(num)
        noun.head, noun.dep_ = parts[0], _label(pack, "appos")
        _stale(noun)
        rebuilt += 1
    return rebuilt


def subjects_with_a_preposition(doc, pack: LanguagePack) -> int:
    """"Внаслідок нічної атаки дронів постраждала 62-річна жінка": a noun under its own preposition
    made the verb's subject, the real subject after the verb made its apposition. The noun is an
    oblique, the apposition the subject. Returns how many."""
    moved = 0
    for noun in doc:
        verb = noun.head
        if pack.relation(noun) not in ("subj", "subjpass") or not _deps(noun, pack, "case") or noun.i > verb.i:
            continue
        subject = next((a for a in _deps(noun, pack, "appos") if a.i > verb.i and not _deps(a, pack, "case")), None)
        joined = next((c for c in _deps(noun, pack, "conj") if noun.i < c.i < verb.i and not _deps(c, pack, "case")
                       and _deps(c, pack, "num", "det") and _cc_before(c, pack) is not None), None)
        if subject is None and joined is None:
            continue
        if subject is None:  # "tuées près de Kidal et 14 personnes ont été blessées": the place the first verb's,
            subject = joined  # its conjunct the second's subject
            first = verb.head if pack.relation(verb) in ("conj", "advcl") and verb.head.i < noun.i else verb
            noun.head = first
            _stale(noun)
        subject.head, subject.dep_ = verb, noun.dep_
        _stale(subject)
        noun.dep_ = _label(pack, "obl")
        moved += 1
    return moved


def lists_apposed_to_a_group(doc, pack: LanguagePack) -> int:
    """"The victims, a teacher, two nurses and an ambulance driver, were killed": a list set beside an
    uncounted group (a pronoun, or a plural with a definite word) whose first member the parser made
    the group's apposition and the others the group's conjuncts, the list closed by a comma: the others
    join the first member, so the apposition is the whole list, the group's count. Returns how many."""
    definite = pack.words("plural_definite")
    moved = 0
    for group in doc:
        if group.pos_ not in ("NOUN", "PRON") or _deps(group, pack, "num"):
            continue
        if group.pos_ == "NOUN" and not ("Plur" in group.morph.get("Number")
                                         and any(d.lower_ in definite for d in _deps(group, pack, "det", "poss"))):
            continue
        first = next((a for a in _deps(group, pack, "appos") if a.i > group.i), None)
        rest = [c for c in _deps(group, pack, "conj") if first is not None and c.i > first.i]
        end = rest[-1].right_edge.i + 1 if rest else len(doc)
        if end >= len(doc) or doc[end].text != ",":
            continue  # set off by a closing comma: not "The attackers, a policeman and two civilians were killed", a list
        for c in rest:
            c.head = first
            _stale(c)
        moved += bool(rest)
    return moved


def lists_after_a_colon(doc, pack: LanguagePack) -> int:
    """"killed everyone inside: a farmer, his wife and their three children": a list closing the
    sentence after a colon, right after an uncounted group (a pronoun, or a plural with a definite
    word) that a verb of harm takes, hung elsewhere by the parser, names the group: its
    apposition. Returns how many."""
    definite = pack.words("plural_definite")
    moved = 0
    for colon in doc[1:-2]:
        if colon.text != ":":
            continue
        k = colon.i - 1
        while k > 0 and pack.relation(doc[k]) in ("advmod", "appos") and doc[k].pos_ in ("ADV", "ADJ", "DET", "PRON"):
            k -= 1  # "everyone inside", "them all"
        group = doc[k]
        while group.head != group and group.head.i < colon.i:
            up = group.head
            if up.pos_ == "ADP" and up.head.pos_ in ("NOUN", "PRON") and up.head.i < up.i:
                up = up.head  # "everyone on board": the group its phrase sets
            if up.pos_ not in ("NOUN", "PRON") or up.right_edge.i < k:
                break
            group = up
        if group.pos_ not in ("NOUN", "PRON") or _deps(group, pack, "num") or any(a.i > colon.i for a in _deps(group, pack, "appos")) \
                or pack.relation(group) not in ("obj", "subj", "subjpass") or not _harm_clause(group.head, pack):
            continue
        if group.pos_ == "NOUN" and not ("Plur" in group.morph.get("Number")
                                         and any(d.lower_ in definite for d in _deps(group, pack, "det", "poss"))):
            continue
        first = doc[colon.i + 1]
        while first.head != first and first.head.i > colon.i and first.head.left_edge.i == colon.i + 1:
            first = first.head  # the phrase the list opens with
        if first.pos_ not in ("NOUN", "PROPN") or first.left_edge.i != colon.i + 1 or not _deps(first, pack, "conj") \
                or any(pack.relation(t) != "punct" for t in doc[first.right_edge.i + 1:]) \
                or pack.relation(first) in ("subj", "subjpass") or first.head == group:
            continue
        first.head, first.dep_ = group, _label(pack, "appos")
        _stale(first)
        moved += 1
    return moved


def appositions_as_conjuncts(doc, pack: LanguagePack) -> int:
    """"killed its driver, a 45-year-old man identified as ...": a singular noun after a comma,
    with an indefinite article, that the parser joined to the singular noun before it as a list
    with no "and" anywhere, names that noun again: an apposition. Returns how many."""
    some = pack.grammar["indefinite_singular"]
    moved = 0
    for tok in doc[2:]:
        noun = tok.head
        if pack.relation(tok) != "conj" or "," not in (doc[tok.i - 1].text, doc[tok.left_edge.i - 1].text) \
                or tok.pos_ != "NOUN" or noun.pos_ != "NOUN" or noun.i > tok.i or "Plur" in tok.morph.get("Number") \
                or "Plur" in noun.morph.get("Number") or _deps(noun, pack, "num"):
            continue
        joined = [noun] + _deps(noun, pack, "conj")
        if len(joined) != 2 or any(_deps(m, pack, "cc") for m in joined) \
                or not any(d.lower_ in some for d in _deps(tok, pack, "det")):
            continue
        tok.dep_ = _label(pack, "appos")
        moved += 1
    return moved


def sources_read_as_appositions(doc, pack: LanguagePack) -> int:
    """"killed a pregnant woman and her husband, a local official said": the speaker after a comma,
    right before a reporting verb with no subject, that the parser set beside the last victim (an
    apposition). It is the verb's subject. Returns how many."""
    said = sides_table(pack.language)["reporting_verbs"]
    moved = 0
    for tok in doc[2:-1]:
        end = tok.right_edge.i + 1
        verb = doc[end] if end < len(doc) else None
        if pack.relation(tok) != "appos" or tok.head.i > tok.i or doc[tok.left_edge.i - 1].text != "," \
                or verb is None or verb.pos_ != "VERB" or verb.lower_ not in said \
                or _deps(verb, pack, "subj", "subjpass") or tok.head not in verb.subtree:
            continue
        tok.head, tok.dep_ = verb, _label(pack, "subj")
        _stale(tok)
        moved += 1
    return moved


def appositions_in_a_list(doc, pack: LanguagePack) -> int:
    """"asesinó a una familia: el padre, la madre y sus dos hijos": a list's middle member after a
    comma, right before the conjunction of the list's last, that the parser set beside the first
    (an apposition), is a member. Not one with an indefinite article after a definite first ("its
    driver, a 45-year-old man"), which names the noun again; after an indefinite first it is a
    member ("a journalist, a driver and two guards"), the list's end joined to the first or, where
    both are indefinite or the middle one is possessed ("X, his wife, and two other people"), to it;
    not a bare title ("Luis Carlos Galán, senator and presidential hopeful").
    Returns how many."""
    some = pack.grammar["indefinite_singular"]
    moved = 0
    for tok in doc[2:]:
        first, end = tok.head, tok.right_edge.i + 1
        if not (pack.relation(tok) == "appos" or (  # or a determined noun made a modifier: "Un policier, un
                pack.relation(tok) == "amod" and tok.pos_ == "NOUN" and _deps(tok, pack, "det"))) or tok.is_punct:
            continue  # gendarme et trois civils ont été blessés"
        start = min(t.i for t in tok.subtree if not t.is_punct)  # (the comma may hang on it)
        if first.i > tok.i or doc[start - 1].text != "," or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        indefinite = [any(d.lower_ in some for d in _deps(m, pack, "det")) for m in (tok, first)]
        ccs = [c.i for c in _deps(tok, pack, "cc") if c.i > tok.i]
        later = [c for c in _deps(tok, pack, "conj") if ccs and c.i > ccs[0]]
        if indefinite[0] and _deps(first, pack, "num") and later and later[-1].right_edge.i + 1 < len(doc) \
                and doc[later[-1].right_edge.i + 1].text != "," and pack.relation(first) == "obj":
            tok.dep_ = _label(pack, "conj")  # "left two lawyers, a clerk and a police guard injured": no comma
            moved += 1                       # closes it, so no apposition naming the two again
            continue
        if indefinite[0] and not indefinite[1]:
            continue
        own = (all(indefinite) or _deps(tok, pack, "poss")) and ccs \
            and any(c.i > ccs[0] for c in _deps(tok, pack, "conj"))  # the list goes on below it
        last = doc[end].head if end < len(doc) and pack.relation(doc[end]) == "cc" else None
        if own or (last is not None and last.head == first and pack.relation(last) == "conj" and last.i > end):
            tok.dep_ = _label(pack, "conj")
            moved += 1
    return moved


def names_set_apart_from_the_object(doc, pack: LanguagePack) -> int:
    """"killed a teacher, Maria Lopez, and two of her pupils": the name after the object's comma,
    which the parser made a loose modifier of the verb (the list's rest joined to it), names the
    object: its apposition, the list's rest the object's conjuncts. Returns how many."""
    moved = 0
    for name in doc[3:]:
        verb = name.head
        if name.pos_ != "PROPN" or pack.relation(name) not in ("advmod", "dep") or verb.pos_ != "VERB" \
                or doc[name.left_edge.i - 1].text != ",":
            continue
        obj = _object_ending_at(verb, name.left_edge.i - 2, pack)
        if obj is None or obj.pos_ != "NOUN" or "Sing" not in obj.morph.get("Number"):
            continue
        name.head, name.dep_ = obj, _label(pack, "appos")
        _stale(name)
        for k in _deps(name, pack, "conj", "cc"):
            if k.i > name.i:
                k.head = obj
                _stale(k)
        moved += 1
    return moved


def names_split_from_their_object(doc, pack: LanguagePack) -> int:
    """"ont abattu le chef coutumier Boureima Sawadogo", "a coûté la vie au député Amadou Touré":
    the name's last word, which the parser made a second object of the verb, continues the name
    inside the first object (or oblique). Returns how many."""
    moved = 0
    for tok in doc[2:]:
        prev, verb = doc[tok.i - 1], tok.head
        if tok.pos_ != "PROPN" or prev.pos_ != "PROPN" or pack.relation(tok) != "obj" or prev.head == tok \
                or not any(o.i < prev.i and prev in o.subtree for o in _deps(verb, pack, "obj", "obl") if o != tok):
            continue
        tok.head, tok.dep_ = prev, _label(pack, "compound")
        _stale(tok)
        for c in list(_children(tok)):
            c.head = prev
            _stale(c)
        moved += 1
    return moved


def lists_on_a_name(doc, pack: LanguagePack) -> int:
    """"ont tué le conseiller municipal Issa Koné et son garde du corps": the list's rest, which the
    parser joined to the name set right after its title (no comma between), is the title's: the
    name names the one, the list adds the others. Not a plural's names ("murdered brothers Martiza
    and John Paolo Puzo Ochoa and their mother"). Returns how many."""
    moved = 0
    for name in doc[2:]:
        title = name.head
        if name.pos_ != "PROPN" or pack.relation(name) not in ("appos", "nmod") or _deps(name, pack, "case") \
                or title.i > name.i or title.pos_ != "NOUN" or any(t.is_punct for t in doc[title.i:name.i]) \
                or "Plur" in title.morph.get("Number") or _deps(title, pack, "num"):  # not "brothers Martiza and John"
            continue
        rest = [c for c in _deps(name, pack, "conj", "cc") if c.i > name.i]
        if not any(pack.relation(c) == "conj" for c in rest):
            continue
        for c in rest:
            c.head = title
            _stale(c)
        moved += 1
    return moved


def appositions_after_a_list(doc, pack: LanguagePack) -> int:
    """"killing Pedro Gómez and Luis Torres, both farmers": a noun joined to a list after its
    closing member (the one after the conjunction), set off by a comma with no conjunction of its
    own, names the list again: an apposition, not one more member. Returns how many."""
    moved = 0
    for tok in doc[3:]:
        first = tok.head
        if pack.relation(tok) != "conj" or first.i > tok.i or tok.pos_ not in ("NOUN", "PROPN") \
                or doc[tok.left_edge.i - 1].text != ",":
            continue
        ccs = [c.i for c in _deps(first, pack, "cc") + _deps(tok, pack, "cc")]
        closing = [m for m in _deps(first, pack, "conj") if m.i < tok.i and any(c < m.i for c in ccs)]
        if not closing or any(closing[-1].i < c < tok.i for c in ccs) or any(c > tok.i for c in ccs):
            continue
        tok.dep_ = _label(pack, "appos")
        moved += 1
    return moved


def members_read_as_appositions(doc, pack: LanguagePack) -> int:
    """"killed its driver, a 45-year-old man, and a passenger": a noun with an indefinite article
    between commas after a definite or possessed singular, the list's "and" after its comma, names
    that noun again (an apposition); the list's next member joins the first. Returns how many."""
    some = pack.grammar["indefinite_singular"]
    moved = 0
    for tok in doc[2:-2]:
        if pack.relation(tok) != "conj" or tok.pos_ != "NOUN":
            continue
        first = tok.head
        end = next((c.i for c in _children(tok) if c.text == "," and c.i > tok.i), len(doc) - 1)  # its closing comma
        if first.i > tok.i or first.pos_ != "NOUN" \
                or doc[tok.left_edge.i - 1].text != "," or doc[end].text != "," or end + 1 >= len(doc) \
                or pack.relation(doc[end + 1]) != "cc" \
                or not any(d.lower_ in some for d in _deps(tok, pack, "det")) \
                or "Plur" in first.morph.get("Number") or _deps(first, pack, "num") \
                or not (_deps(first, pack, "poss") or any(d.lower_ not in some for d in _deps(first, pack, "det"))):
            continue
        tok.dep_ = _label(pack, "appos")
        for c in _deps(tok, pack, "conj"):
            c.head = first
            _stale(c)
        for k in (doc[end], doc[end + 1]):
            if k.head == tok:
                k.head = next((c for c in _deps(first, pack, "conj") if c.i > end), first)
                _stale(k)
        moved += 1
    return moved


def appositions_past_the_object(doc, pack: LanguagePack) -> int:
    """"The explosion killed everyone on board, 22 people in all": the parser hangs a counted
    apposition at the end on the verb's subject; past the verb's object, it is the object's.
    Returns how many were moved."""
    moved = 0
    for tok in doc:
        subj, verb = tok.head, tok.head.head
        if pack.relation(tok) != "appos" or pack.relation(subj) != "subj" or not subj.i < verb.i < tok.i \
                or not (tok.like_num or any(pack.relation(c) == "num" for c in _children(tok))):
            continue
        obj = next((c for c in _children(verb) if pack.relation(c) == "obj" and verb.i < c.i < tok.i), None)
        if obj is not None:
            tok.head = obj
            _stale(tok)
            moved += 1
    return moved


def updates_hung_on_the_source(doc, pack: LanguagePack) -> int:
    """"Two more soldiers died in hospital, the army said, bringing the total to 6": an update verb
    after a source set inside or after the clause it reports, hung on the saying verb, is that
    clause's (the reported clause before the verb, or the clause the source is set into). Returns
    how many."""
    moved = 0
    for verb in doc:
        said = verb.head
        if pack.relation(verb) != "advcl" or verb.lemma_.lower() not in pack.words("update_verbs") \
                or said.i > verb.i or said.lemma_.lower() not in pack.words("claiming_verbs"):
            continue
        told = [c for c in _deps(said, pack, "ccomp") if c.i < said.i]
        if pack.relation(said) == "parataxis" and said.head.i < said.i:
            told = [said.head]
        if len(told) != 1:
            continue
        verb.head = told[0]
        _stale(verb)
        moved += 1
    return moved


def infinitives_read_as_conjuncts(doc, pack: LanguagePack) -> int:
    """"A wounded soldier succumbed on Thursday, the fourth member of the unit to die": an infinitive
    joined to the verb before with no conjunction, its subject opening after a comma, is a clause of
    that noun, and the noun an apposition of the verb's subject. Returns how many."""
    moved = 0
    for verb in doc[3:]:
        first = verb.head
        if pack.relation(verb) != "conj" or first.i >= verb.i or "Inf" not in verb.morph.get("VerbForm"):
            continue
        subjects = [c for c in _deps(verb, pack, "subj") if c.i < verb.i]
        if not any(a.pos_ == "PART" for a in _deps(verb, pack, "aux")) or _deps(verb, pack, "cc") \
                or len(subjects) != 1 or not doc[subjects[0].left_edge.i - 1].is_punct \
                or any(pack.relation(t) == "cc" for t in doc[first.i:subjects[0].left_edge.i]):
            continue
        whole = next(iter(_deps(first, pack, "subj", "subjpass")), None)
        if whole is None:
            continue
        noun = subjects[0]
        noun.head, noun.dep_ = whole, _label(pack, "appos")
        _stale(noun)
        verb.head, verb.dep_ = noun, _label(pack, "relcl")
        _stale(verb)
        moved += 1
    return moved


def labelled_figures(doc, pack: LanguagePack) -> int:
    """"Dead: 4; injured: 11", "Killed: 5": a state word or a participle of harm, a colon and a
    number: the number is set beside the word (an apposition), wherever the parser hung it; not
    after a verb with a subject of its own, a clause and no label ("Nine were killed: six soldiers and
    three civilians", a list of them). Returns how many were moved."""
    moved = 0
    for tok in doc[:-2]:
        if doc[tok.i + 1].text != ":":
            continue
        num = doc[tok.i + 2]
        if (_state_or_harm(tok, pack) or tok.lemma_.lower() in pack.grammar["intransitive"]) \
                and num.like_num and num not in list(tok.ancestors) and not _deps(tok, pack, "subj", "subjpass"):
            noun = num.head if num.head.i == num.i + 1 else None
            num.head, num.dep_ = tok, _label(pack, "appos")
            _stale(num)
            for c in _deps(noun, pack, "conj") if noun is not None and noun.pos_ == "NOUN" else []:
                c.head = num  # "Killed: 5 soldiers and 3 civilians": the list's other members join the count
                _stale(c)
            if pack.relation(tok) in ("subj", "subjpass", "obj"):
                tok.dep_ = "dep"  # a label, no argument of the next label ("Muertos: 4; heridos: 11")
            moved += 1
    return moved


def ordinals_as_objects(doc, pack: LanguagePack) -> int:
    """"killed two insurgents and detained a third": the parser makes the determined ordinal an
    adverbial of the verb; after a verb without an object it is that verb's object (one more);
    before a bare participle ("left two officers dead and a third injured") its passive subject.
    Returns how many were relabelled."""
    adds = lexicon(pack.language).words("addition_words")
    moved = 0
    for tok in doc:
        verb = tok.head
        if tok.lower_ not in adds or pack.relation(tok) not in ("advmod", "dep") \
                or verb.pos_ != "VERB" or not any(pack.relation(d) == "det" for d in _children(tok)) \
                or any(pack.relation(c) in ("obj", "subj", "subjpass") for c in _children(verb)):
            continue
        if tok.i > verb.i:
            tok.dep_ = _label(pack, "obj")
        elif "Part" in verb.morph.get("VerbForm") and not any(pack.relation(c) == "aux" for c in _children(verb)):
            tok.dep_ = _label(pack, "subjpass")
        else:
            continue
        moved += 1
    return moved


def _listed(noun, pack: LanguagePack, people: frozenset[str]) -> bool:
    """A noun phrase of a list: its own determiner or count, a person's word or a list of its own;
    or a number of people ("two of his bodyguards")."""
    if noun.pos_ == "NUM":
        return any(_listed(n, pack, people) or n.lemma_.lower() in people for n in _partitive(noun, pack))
    return noun.pos_ in ("NOUN", "PROPN") and any(pack.relation(c) in ("det", "num", "poss") for c in _children(noun)) and (
        noun.lemma_.lower() in people or noun.lower_ in people or any(pack.relation(c) == "conj" for c in _children(noun)))


def _partitive(tok, pack: LanguagePack) -> list:
    """The nouns of `tok`'s partitive ("of his bodyguards", "de ses fils"), read afresh."""
    marks = pack.words("partitive")
    return [n for p in _deps(tok, pack, "prep") if p.lower_ in marks for n in _deps(p, pack, "pobj")] + [
        n for n in _deps(tok, pack, "nmod", "obl") if any(k.lower_ in marks for k in _deps(n, pack, "case"))]


def objects_under_a_particle(doc, pack: LanguagePack) -> int:
    """"A gang gunned down the mayor": the object the parser hung on the verb's particle (a
    particle's own object, as if "down" were a preposition) is the verb's; so is one of a
    preposition right after the verb that makes one of the pack's phrasal verbs with it ("finished
    off the wounded driver"), the preposition its particle. Returns how many."""
    moved = 0
    phrasal = pack.grammar["phrasal"]
    for tok in doc[2:]:
        prt = tok.head
        if pack.relation(tok) != "pobj" or prt.i > tok.i or prt.head.pos_ != "VERB":
            continue
        if prt.i == prt.head.i + 1 and pack.relation(prt) == "prep" \
                and f"{prt.head.lemma_.lower()} {prt.lower_}" in phrasal and not _deps(prt.head, pack, "obj"):
            prt.dep_ = _label(pack, "prt")
        if pack.relation(prt) != "prt":
            continue
        tok.head, tok.dep_ = prt.head, _label(pack, "obj")
        _stale(tok)
        moved += 1
    return moved


def prepositions_on_a_particle(doc, pack: LanguagePack) -> int:
    """"revised the death toll down to three": a preposition the parser hung on the verb's particle
    belongs to the verb (a particle takes no phrase of its own). Returns how many."""
    moved = 0
    for tok in doc[2:]:
        prt = tok.head
        if pack.relation(tok) == "prep" and prt.i < tok.i and pack.relation(prt) == "prt" and prt.head.pos_ == "VERB":
            tok.head = prt.head
            _stale(tok)
            moved += 1
    return moved


def objects_of_a_resultative(doc, pack: LanguagePack) -> int:
    """"shot dead the mayor of the town", "hacked to death Ahmed Khan, 34, and his son": the object
    after a resultative phrase, which the parser hung on the state word or left a loose modifier
    of the verb. It is the verb's object, as in "shot dead two robbers". Returns how many."""
    g = pack.grammar
    states = set(g["resultative"])
    verbs = set(g["resultative_verbs"]) | set(g["transitive"])
    moved = 0
    for n in doc[2:]:
        head, rel = n.head, pack.relation(n)
        if n.pos_ not in ("NOUN", "PROPN") or head.i > n.i:
            continue
        if rel in ("pobj", "obj", "advmod") and head.lower_ in states and head.head.pos_ == "VERB" \
                and head.head.i < head.i:
            verb = head.head  # "shot dead the mayor": the mayor hung on "dead"
        elif rel == "advmod" and head.pos_ == "VERB" and any(
                o.lemma_.lower() in states for p in _deps(head, pack, "prep") if p.i < n.i for o in _deps(p, pack, "pobj")):
            verb = head  # "hacked to death Ahmed Khan": the name a loose modifier after "to death"
        elif rel == "advmod" and head.pos_ == "VERB" and doc[n.left_edge.i - 1].lower_ in states \
                and doc[n.left_edge.i - 1].head == head and n.lemma_.lower() in pack.words("pair_nouns"):
            verb = head  # "shot dead a couple": the pair word read as a measure (not "shot dead Friday")
            for state in _deps(verb, pack, "obj") if verb.lemma_.lower() in verbs else ():
                if state.i == n.left_edge.i - 1:
                    state.dep_ = _label(pack, "advmod")  # (the state read as the object)
        else:
            continue
        if verb.lemma_.lower() not in verbs or _deps(verb, pack, "obj"):
            continue
        n.head, n.dep_ = verb, _label(pack, "obj")
        _stale(n)
        moved += 1
    return moved


def pasts_before_a_shared_object(doc, pack: LanguagePack) -> int:
    """"Armed men on motorbikes shot and killed the imam": a verb the tagger took for a participle,
    with a subject of its own and no auxiliary, joined to a second verb whose object the two share,
    is a past tense (not "men shot", the men the ones hurt). Returns how many."""
    fixed = 0
    for verb in doc:
        if verb.pos_ != "VERB" or not participle(verb):
            continue
        later = [c for c in _deps(verb, pack, "conj") if c.i > verb.i and c.pos_ == "VERB"
                 and any(o.i > c.i for o in _deps(c, pack, "obj"))]
        if not later or not _deps(verb, pack, "subj") \
                or _deps(verb, pack, "obj", "aux", "auxpass", "subjpass") or not _deps(verb, pack, "cc"):
            continue
        verb.tag_ = later[0].tag_ if not participle(later[0]) else verb.tag_
        verb.set_morph("Tense=Past|VerbForm=Fin")
        fixed += 1
    return fixed


def doubled_objects(doc, pack: LanguagePack) -> int:
    """"A Juan Pérez lo mataron": an object put first with its object marker, doubled by a clitic
    pronoun before the verb, is the verb's object; the clitic only repeats it. Returns how many."""
    markers = pack.words("object_markers")
    if not markers:
        return 0
    moved = 0
    for pron in doc[2:]:
        verb = pron.head
        if pron.pos_ != "PRON" or pack.relation(pron) != "obj" or verb.pos_ != "VERB" or pron.i > verb.i:
            continue
        noun = next((n for n in _children(verb) if n.i < pron.i and n.pos_ in ("NOUN", "PROPN")
                     and pack.relation(n) in ("dep", "obl", "obj") and (m := _deps(n, pack, "case"))
                     and m[0].lower_ in markers and m[0] == n.left_edge), None)
        if noun is None:
            continue
        noun.dep_, pron.dep_ = _label(pack, "obj"), _label(pack, "dep")
        moved += 1
    return moved


def second_objects_after_a_modifier(doc, pack: LanguagePack) -> int:
    """"arrested a Taliban leader responsible for roadside attacks and two of his associates": a second
    object of the verb (or an apposition of the first) right after a conjunction the parser hung
    inside the first object's modifier is the first object's conjunct. Returns how many."""
    moved = 0
    for second in doc[3:]:
        verb, relation = second.head, pack.relation(second)
        if relation not in ("obj", "appos") or second.i < verb.i:
            continue
        cc = doc[second.left_edge.i - 1]
        if relation == "appos":  # (an apposition of the verb's object: not "engineer and professor Omar Haddad")
            first = verb if pack.relation(verb) == "obj" else None
        else:
            first = next((o for o in _deps(verb, pack, "obj") if verb.i < o.i < cc.i), None)
        if first is None or pack.relation(cc) != "cc" or not (first.is_ancestor(cc) or cc.head == second) \
                or not all(first.is_ancestor(t) for t in doc[first.i + 1:cc.i]):
            continue  # (the first object's phrase runs up to the conjunction)
        second.head, second.dep_ = first, _label(pack, "conj")
        _stale(second)
        cc.head = first
        _stale(cc)
        moved += 1
    return moved


def states_as_second_objects(doc, pack: LanguagePack) -> int:
    """"dejó al menos 14 civiles muertos, [entre ellos ...]": where adjectives go after their noun, a
    state the parser made the verb's second object, right after a counted object, is that object's
    state. Returns how many."""
    if not pack.grammar.get("adjectives_after_nouns"):
        return 0
    moved = 0
    for state in doc[1:]:
        noun, verb = doc[state.i - 1], state.head
        if pack.relation(state) != "obj" or not stated(state, pack) or _deps(state, pack, "det", "num") \
                or noun.head != verb or pack.relation(noun) != "obj" or not _deps(noun, pack, "num"):
            continue
        state.head, state.dep_ = noun, _label(pack, "amod")
        _stale(state)
        moved += 1
    return moved


def places_read_as_objects(doc, pack: LanguagePack) -> int:
    """"ont tué six orpailleurs près de Kidal": an object with a preposition of its own after an
    adverb ("près de", "cerca de"), a place the parser made the verb's second object. It is an
    oblique. Not a number's hedge ("hirieron a más de diez"). Returns how many."""
    if "obl" not in pack.grammar["relations"].values():
        return 0
    moved = 0
    for tok in doc[2:]:
        cases = _deps(tok, pack, "case")
        if pack.relation(tok) != "obj" or tok.pos_ not in ("NOUN", "PROPN") or _deps(tok, pack, "num") or not cases \
                or not any(a.pos_ == "ADV" and a.i == cases[0].i - 1 for a in _deps(tok, pack, "advmod")):
            continue
        tok.dep_ = _label(pack, "obl")
        moved += 1
    return moved


def owners_read_as_objects(doc, pack: LanguagePack) -> int:
    """"Una explosión cobró la vida de un líder social": the owner of a life noun the verb took as
    its object, with its preposition, made a second object of the verb. It is the life noun's
    modifier, as in "cobró la vida de tres soldados". Returns how many."""
    if "nmod" not in pack.grammar["relations"].values():
        return 0
    lives = set(pack.grammar["life_nouns"])
    moved = 0
    for tok in doc[2:]:
        if pack.relation(tok) != "obj":
            continue
        verb = tok.head
        life = next((o for o in _deps(verb, pack, "obj") if o.i < tok.i and o.lemma_.lower() in lives
                     and o.right_edge.i + 1 == tok.left_edge.i), None)
        cases = _deps(tok, pack, "case")
        if pack.relation(tok) != "obj" or life is None or not cases or cases[0] != tok.left_edge \
                or cases[0].lower_ not in pack.words("partitive"):  # not "costó la vida al jefe": the one it cost
            continue
        tok.head, tok.dep_ = life, _label(pack, "nmod")
        _stale(tok)
        moved += 1
    return moved


def _marked_sibling(noun, pack: LanguagePack) -> bool:
    """Another object of `noun`'s verb, after it, opens with an object marker ("a un menor")."""
    return any(o.i > noun.i and _marked_object(o, pack) and _deps(o, pack, "case")[0] == o.left_edge
               for o in _deps(noun.head, pack, "obj") if o != noun)


def objects_with_prepositions(doc, pack: LanguagePack) -> int:
    """"hirió con un cuchillo a tres personas": an object under a preposition that marks no object
    (the instrument, "con") is an oblique, in a language that marks objects with a preposition of
    its own (not a hedge before a number: "около 30 человек"); so is one with any other preposition
    beside an object with the marker ("hirió de gravedad a un menor"). Returns how many were relabelled."""
    markers = pack.words("object_markers")
    if not markers:
        return 0
    marking = markers | pack.words("partitive")
    moved = 0
    for tok in doc:
        cases = _deps(tok, pack, "case") if pack.relation(tok) == "obj" and tok.pos_ == "NOUN" else []
        if cases and cases[0] == tok.left_edge and cases[0].lower_ not in markers and (
                (cases[0].lower_ not in marking and _deps(tok, pack, "det")) or _marked_sibling(tok, pack)):
            tok.dep_ = _label(pack, "obl")
            moved += 1
        elif pack.relation(tok) == "subj" and tok.i > tok.head.i and tok.pos_ in ("NOUN", "PROPN") \
                and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in pack.grammar["transitive"] \
                and (marks := _deps(tok, pack, "case")) and marks[0] == tok.left_edge and marks[0].lower_ in markers:
            tok.dep_ = _label(pack, "obj")  # "y matado a quince terroristas": the marked object made the subject
            moved += 1
    return moved


def compounds_read_as_modifiers(doc, pack: LanguagePack) -> int:
    """"stabbed a village elder to death": where adjectives stand before their noun, a noun labelled
    the modifier of the noun right before it is the phrase's head, and that noun its compound (the
    phrase's words and its place in the clause go to the head). Returns how many."""
    if pack.grammar.get("adjectives_after_nouns"):
        return 0
    moved = 0
    for first, tok in zip(doc[:-1], doc[1:]):
        if tok.head != first or tok.pos_ != "NOUN" or first.pos_ not in ("NOUN", "PROPN") \
                or pack.relation(tok) != "amod" or list(_children(tok)):
            continue
        for k in list(_children(first)):
            if k != tok:
                k.head = tok
                _stale(k)
        tok.head, tok.dep_ = (tok, first.dep_) if first.head == first else (first.head, first.dep_)
        _stale(tok)
        first.head, first.dep_ = tok, _label(pack, "compound")
        _stale(first)
        moved += 1
    return moved


def objects_read_as_owners(doc, pack: LanguagePack) -> int:
    """"claimed the lives of two children herding goats": a noun hung as the modifier of a noun
    further on, with a participle of its own between them that has no object, is that noun's
    head, and the later noun the participle's object (its place in the clause goes to the first
    noun). Returns how many."""
    moved = 0
    for owner in doc:
        head = owner.head
        if head.i <= owner.i or pack.relation(owner) != "nmod" or owner.pos_ not in ("NOUN", "PROPN") \
                or head.pos_ not in ("NOUN", "PROPN"):
            continue
        verbs = [v for v in _deps(owner, pack, "acl") if owner.i < v.i < head.i and v.pos_ == "VERB"
                 and not _deps(v, pack, "obj") and all(doc[j].head == head for j in range(v.i + 1, head.i))]
        if not verbs:
            continue
        owner.head, owner.dep_ = (owner, head.dep_) if head.head == head else (head.head, head.dep_)
        _stale(owner)
        head.head, head.dep_ = verbs[-1], _label(pack, "obj")
        _stale(head)
        moved += 1
    return moved


def verbs_joined_to_a_modifier(doc, pack: LanguagePack) -> int:
    """"killed a conscript and injured seven others": a word tagged an adjective and read as the
    modifier of the object after it, with a verb joined to it in between, is the first verb's
    object itself, and the later object the joined verb's (the words before the modifier go with
    it). Returns how many."""
    moved = 0
    for word in doc:
        noun = word.head
        verb = noun.head
        if pack.relation(word) != "amod" or word.pos_ != "ADJ" or noun.i <= word.i or pack.relation(noun) != "obj" \
                or verb.pos_ != "VERB":
            continue  # (not "plundering and burning shops": a verb's own participle)
        joined = [v for v in _deps(word, pack, "conj") if word.i < v.i < noun.i and v.pos_ == "VERB"]
        if not joined:
            continue
        for d in list(_children(noun)):
            if d.i < word.i:
                d.head = word
                _stale(d)
        for c in _deps(word, pack, "cc"):
            c.head = verb
            _stale(c)
        word.pos_, word.head, word.dep_ = "NOUN", verb, noun.dep_
        _stale(word)
        joined[0].head, joined[0].dep_ = verb, _label(pack, "conj")
        _stale(joined[0])
        noun.head = joined[0]
        _stale(noun)
        moved += 1
    return moved


def verbs_joined_to_an_object(doc, pack: LanguagePack) -> int:
    """"L'armée a neutralisé 20 terroristes et perdu quatre des siens": a verb with an object or
    complement of its own, joined by a conjunction to the object of the verb before, is that verb's
    conjunct (it shares that verb's subject). Returns how many."""
    moved = 0
    for verb in doc:
        noun = verb.head
        first = noun.head
        if pack.relation(verb) != "conj" or verb.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") \
                or pack.relation(noun) != "obj" or first.pos_ != "VERB" or not first.i < noun.i < verb.i \
                or _deps(verb, pack, "subj", "subjpass") or not _deps(verb, pack, "obj", "xcomp") \
                or not any(c.i < verb.i for c in _deps(verb, pack, "cc")):
            continue
        verb.head = first
        _stale(verb)
        moved += 1
    return moved


def conjuncts_of_a_toll(doc, pack: LanguagePack) -> int:
    """"un saldo de ocho personas muertas y al menos cinco lesionadas": a counted conjunct hung on
    the toll noun, whose counted noun stands between them, is that noun's conjunct. Returns how many."""
    tolls = pack.grammar.get("toll_nouns", {})
    moved = 0
    for conj in doc:
        toll = conj.head
        if pack.relation(conj) != "conj" or toll.lower_ not in tolls or not (conj.pos_ == "NUM" or _deps(conj, pack, "num")):
            continue
        counted = [n for n in _deps(toll, pack, "nmod") if toll.i < n.i < conj.i and _deps(n, pack, "num")]
        if counted:
            conj.head = counted[-1]
            _stale(conj)
            moved += 1
    return moved


def nouns_as_adjectives(doc, pack: LanguagePack) -> int:
    """"la muerte de veintitrés personas": a noun under its own preposition labelled an adjective
    of the noun before it is that noun's nominal modifier. Returns how many were relabelled."""
    if "nmod" not in pack.grammar["relations"].values():
        return 0
    moved = 0
    for tok in doc:
        if tok.pos_ == "NOUN" and pack.relation(tok) == "amod" and tok.head.i < tok.i and _deps(tok, pack, "case"):
            tok.dep_ = _label(pack, "nmod")
            moved += 1
    return moved


def adjectives_as_conjuncts(doc, pack: LanguagePack) -> int:
    """"районний суддя і відставний полковник": an adjective joined to a list as a member of its
    own, the noun right after it joined to the same word, is that noun's modifier (the conjunction
    is the noun's). Returns how many."""
    moved = 0
    for adj, noun in zip(doc[:-1], doc[1:]):
        if adj.pos_ == "ADJ" and noun.pos_ == "NOUN" and pack.relation(adj) == "conj" == pack.relation(noun) \
                and noun.head == adj.head and not list(adj.rights):
            for k in list(_children(adj)):
                k.head = noun
                _stale(k)
            adj.head, adj.dep_ = noun, _label(pack, "amod")
            _stale(adj)
            moved += 1
    return moved


def _members_on_a_thing(doc, pack: LanguagePack, people: frozenset[str]):
    """A list's members (people) the parser joined to a thing or a place before them, each judged
    as the loop reaches it (the caller's repairs before it count)."""
    return (c for c in doc if pack.relation(c) == "conj" and c.head.i < c.i and _listed(c, pack, people)
            and c.head.lemma_.lower() not in people and c.head.lower_ not in people)


def _modified_member(thing, pack: LanguagePack, people: frozenset[str]):
    """The noun whose modifiers (things and places, one inside another) end in `thing`."""
    node = thing
    while pack.relation(node) in ("pobj", "nmod") and node.lemma_.lower() not in people and node.lower_ not in people:
        up = node.head.head if pack.relation(node) == "pobj" else node.head
        if up.i >= node.i:
            break
        node = up
    return node


def lists_past_a_modifier(doc, pack: LanguagePack) -> int:
    """"killed a paramedic, a journalist with Al-Quds TV and three members of the civil defence": the
    list's next member hung as a conjunct of the noun in a member's modifier (a thing, no person).
    It joins that member. Returns how many."""
    people = lexicon(pack.language).people
    moved = 0
    for c in _members_on_a_thing(doc, pack, people):
        thing = c.head
        if pack.relation(thing) not in ("pobj", "nmod"):
            continue
        member = _modified_member(thing, pack, people)
        if member.i > thing.i or member.pos_ != "NOUN" or not (
                (pack.relation(member) in ("appos", "conj") and _listed(member, pack, people))
                or (pack.relation(member) == "obj" and _harm_verb(member.head, pack) and (
                    member.lemma_.lower() in people or member.lower_ in people))):
            continue  # "killed the mayor of a town in Ayacucho and his two bodyguards": the object too
        for k in _children(thing):
            if pack.relation(k) == "cc" and thing.i < k.i < c.i:
                k.head = c
                _stale(k)
        c.head = member
        _stale(c)
        moved += 1
    return moved


def lists_on_an_auxiliary(doc, pack: LanguagePack) -> int:
    """"Killed in the attack were a sergeant, his driver and a shopkeeper", "Wounded were two
    soldiers, a nurse and a child": a passive told verb first, its victims hung on the auxiliary
    after it (or the participle made the auxiliary's subject). The auxiliary goes under the verb,
    the first noun after it becomes the verb's passive subject and the nouns after it join it,
    the subject the parser chose too. Returns how many."""
    auxiliaries = pack.words("passive_auxiliaries")
    moved = 0
    for aux in doc:
        if aux.pos_ != "AUX" or aux.lemma_.lower() not in auxiliaries:
            continue
        flip = pack.relation(aux) not in ("aux", "auxpass") or aux.head.i > aux.i
        verb = next((c for c in _deps(aux, pack, "subj") if c.i < aux.i), None) if flip else aux.head
        if verb is None or verb.pos_ != "VERB" or not participle(verb) or any(
                t.head != verb or pack.relation(t) != "advmod" for t in doc[verb.sent.start:verb.i]) \
                or any(c.i < verb.i and pack.relation(c) != "advmod" for c in _children(verb)):
            continue  # the participle opens its sentence, an adverb of its own before it at most ("Also
            # killed was the driver"; not "99 killed was a typo")
        if flip:
            verb.head, verb.dep_ = (verb if aux.head == aux else aux.head), aux.dep_
            _stale(verb)
            aux.head, aux.dep_ = verb, _label(pack, "auxpass")
            _stale(aux)
        nouns = [c for c in list(_children(aux)) + _deps(verb, pack, "subj", "subjpass")
                 if c.i > aux.i and c.pos_ in ("NOUN", "PROPN", "NUM")]
        if not nouns:
            continue
        first, *rest = sorted(nouns, key=lambda t: t.i)
        first.head, first.dep_ = verb, _label(pack, "subjpass")
        _stale(first)
        for c in rest + [a for a in _deps(first, pack, "appos") if a.i > first.i and _deps(a, pack, "conj")]:
            c.head, c.dep_ = first, _label(pack, "conj")  # "were two soldiers, a nurse and a child": a list
            _stale(c)
        for c in list(_children(aux)):
            if c.i > first.i:
                c.head = first
                _stale(c)
        moved += 1
    return moved


def perfect_infinitives(doc, pack: LanguagePack) -> int:
    """"Les shebab ont affirmé avoir tué 27 militaires": a perfect infinitive the parser took apart,
    its auxiliary made the case word of the object and the participle the object's modifier. The
    participle takes the object's place (a complement of the verb above), the auxiliary and the
    object hang on it. Returns how many."""
    moved = 0
    for aux in doc[:-2]:
        participle_, noun = doc[aux.i + 1], aux.head
        if aux.pos_ != "AUX" or aux.lemma_.lower() not in pack.words("perfect_auxiliaries") \
                or pack.relation(aux) != "case" or participle_.head != noun or noun.i <= participle_.i \
                or participle_.pos_ != "VERB" or not participle(participle_) or noun.head == noun:
            continue
        participle_.head, participle_.dep_ = noun.head, _label(pack, "xcomp")
        _stale(participle_)
        noun.head, noun.dep_ = participle_, _label(pack, "obj")
        _stale(noun)
        aux.head, aux.dep_ = participle_, _label(pack, "aux")
        _stale(aux)
        moved += 1
    return moved


def subjects_before_an_aside(doc, pack: LanguagePack) -> int:
    """"Six personnes, toutes membres d'une même famille, ont été retrouvées mortes": the parser
    makes the aside's noun the subject and the counted noun before it an oblique with no
    preposition. The counted noun takes the subject's place, the aside is its apposition.
    Returns how many."""
    moved = 0
    for noun in doc:
        verb = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or pack.relation(noun) not in ("obl", "nmod") or verb.i < noun.i \
                or verb.pos_ not in ("VERB", "AUX") or _deps(noun, pack, "case") or not _deps(noun, pack, "num"):
            continue
        end = max(t.i for t in noun.subtree)
        aside = next((c for c in _deps(verb, pack, "subj", "subjpass") if end + 1 < c.i < verb.i), None)
        if aside is None or doc[end + 1].lower_ != ",":
            continue
        close = max(t.i for t in aside.subtree) + 1
        if close >= verb.i or doc[close].lower_ != ",":
            continue
        noun.dep_ = aside.dep_
        aside.head, aside.dep_ = noun, _label(pack, "appos")
        _stale(aside)
        moved += 1
    return moved


def subjects_taken_by_an_aside(doc, pack: LanguagePack) -> int:
    """"In the attack, which lasted two hours, nine guards and a cook were killed": the counted
    subject after a clause's closing comma made a conjunct of the clause's last noun, the root verb
    after it left with no subject. The noun becomes the root's subject. Returns how many."""
    root = next((t for t in doc if t.head == t), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or _deps(root, pack, "subj", "subjpass"):
        return 0
    for noun in doc[1:root.i]:
        if pack.relation(noun) != "conj" or noun.pos_ not in ("NOUN", "PROPN") or not _deps(noun, pack, "num") \
                or doc[noun.left_edge.i - 1].lower_ != ",":
            continue
        clause = noun.head
        while clause.head != clause and pack.relation(clause) not in ("relcl", "acl", "advcl"):
            clause = clause.head
        if pack.relation(clause) not in ("relcl", "acl", "advcl"):
            continue
        noun.head = root
        _stale(noun)
        noun.dep_ = _label(pack, "subjpass" if _deps(root, pack, "auxpass") else "subj")
        return 1
    return 0


def subjects_in_the_genitive(doc, pack: LanguagePack) -> int:
    """"Унаслідок обстрілу Нікополя загинула 72-річна жінка": a subject in the genitive (the place
    of the noun before it) with a noun in the nominative set beside it; the nominative one is the
    verb's subject, the genitive the noun before it's modifier. Returns how many."""
    moved = 0
    for subj in doc[1:]:
        verb, before = subj.head, doc[subj.i - 1]
        if pack.relation(subj) != "subj" or subj.morph.get("Case") != ["Gen"] or before.pos_ != "NOUN" \
                or before.head != verb:
            continue
        nominative = next((a for a in _deps(subj, pack, "appos") if a.i > subj.i and a.morph.get("Case") == ["Nom"]), None)
        if nominative is None:
            continue
        nominative.head, nominative.dep_ = verb, subj.dep_
        _stale(nominative)
        subj.head, subj.dep_ = before, _label(pack, "nmod")
        _stale(subj)
        moved += 1
    return moved


def subjects_as_appositions(doc, pack: LanguagePack) -> int:
    """"Selon l'armée, 27 rebelles et cinq soldats ont été tués": a counted subject after a comma made
    an apposition of the source's oblique before it, the verb left with no subject. It becomes the
    verb's subject; so does any noun set beside an oblique's noun right before the verb ("In recent
    violence at a market in Herat, a local councillor and his bodyguard were killed"), and a counted
    one the parser made the source's modifier. Returns how many."""
    moved = 0
    for noun in doc[1:-1]:
        if pack.relation(noun) not in ("appos", "nmod"):
            continue
        source = noun.head
        verb = source.head
        after = doc[min(noun.right_edge.i + 1, len(doc) - 1)]
        if pack.relation(after) in ("aux", "auxpass") and after.head.i > after.i:
            after = after.head
        loose = pack.relation(noun) == "appos" or (  # "Selon des sources locales, au moins 12 civils ont été tués":
            pack.relation(noun) == "nmod" and not _deps(noun, pack, "case") and _deps(noun, pack, "num"))  # a modifier
        if not loose or noun.pos_ not in ("NOUN", "PROPN", "ADJ") or source.i > noun.i \
                or (noun.pos_ == "ADJ" and not _deps(noun, pack, "num")) or doc[noun.left_edge.i - 1].lower_ != ",":
            continue
        if _deps(noun, pack, "num") and pack.relation(source) in ("obl", "nmod") and _deps(source, pack, "case"):
            pass
        elif after.pos_ == "VERB" and noun in after.subtree and pack.relation(source) in ("obl", "nmod", "pobj"):
            verb = after  # "In recent violence at a market in Herat, a local councillor and his bodyguard were killed"
        else:
            continue
        if verb.i < noun.i or verb.pos_ not in ("VERB", "AUX") or _deps(verb, pack, "subj", "subjpass"):
            continue
        noun.head, noun.dep_ = verb, _label(pack, "subjpass" if _deps(verb, pack, "auxpass") else "subj")
        _stale(noun)
        if noun.pos_ == "ADJ":
            noun.pos_ = "NOUN"
        moved += 1
    return moved


def objects_listed(doc, pack: LanguagePack) -> int:
    """"tué le maire, son garde du corps et un passant", "asesinaron a un maestro, a su esposa y a dos
    vecinos": a list's middle member hung as a second object, an oblique or a modifier of the first
    object, its last member on the verb: after a comma, a noun phrase of a list (with only object
    markers as its case) joins the first object, and so does the verb's noun conjunct after it (a
    person's noun phrase joined to the verb with no subject of its own: the verb left out)."""
    markers = pack.words("object_markers")
    people = lexicon(pack.language).people
    moved = 0
    for verb in doc:
        first = next((c for c in _children(verb) if pack.relation(c) == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                      and c.lemma_.lower() not in pack.words("life_nouns")), None)  # "costó la vida al jefe, a su esposa"
        if first is None:
            continue
        joined = 0
        for c in sorted([c for c in list(_children(verb)) + list(_children(first)) if c.i > first.i], key=lambda t: t.i):
            rel = pack.relation(c)
            cases = [k for k in _children(c) if pack.relation(k) == "case"]
            if any(k.lower_ not in markers for k in cases) or not _listed(c, pack, people):
                continue
            start = min(t.i for t in c.subtree if not t.is_punct)
            edge = doc[start - 1] if start > 0 else None
            if rel in ("obj", "obl", "xcomp", "nmod") and edge is not None and edge.lower_ == "," and (
                    rel != "nmod" or cases) and (rel != "obl" or cases or any(
                    pack.relation(k) == "cc" for j in _deps(c, pack, "conj") for k in _children(j))):
                pass  # a middle member (unmarked, an oblique only with the list's end: "le préfet, son adjoint et trois gardes")
            elif rel == "conj" and c.head == verb and not joined and edge is not None and edge.lower_ == "," \
                    and not _deps(c, pack, "subj", "subjpass"):
                pass  # "tué le maire, son fils et deux voisins": the middle member joined to the verb
            elif rel == "conj" and c.head == verb and joined and any(pack.relation(k) == "cc" for k in _children(c)):
                pass  # the last member
            elif rel == "conj" and c.head == verb and not joined and edge is not None and edge.i == first.right_edge.i \
                    and pack.relation(doc[start]) == "cc" and doc[start].head == c and not _deps(c, pack, "subj", "subjpass"):
                pass  # "Parmi les morts figurent un policier et deux enfants": the second of two on the verb
            elif rel == "conj" and c.head == verb and not joined and not any(
                    pack.relation(k) in ("subj", "subjpass") for k in _children(c)) and any(
                    pack.relation(k) == "cc" and first.i < k.i < c.i for k in _children(verb)):
                pass  # "killed two farmers in Benue and a vigilante in Kogi": the verb left out before the second
            else:
                continue
            c.head, c.dep_ = first, _label(pack, "conj")
            _stale(c)
            joined += 1
        moved += joined
    return moved


def verb_lemmas(doc, pack: LanguagePack) -> int:
    """"ce qui porte à 12 le nombre de morts": a verb the lemmatiser left as itself (a noun's lemma)
    takes the lemma its ending gives, where that is one of the pack's verbs; a verb whose form is
    itself one of them keeps it ("and wound 110", not "wind"); a root tagged a noun with its subject
    before it is a verb where its ending gives one ("Cinq policiers figurent parmi les morts"). Returns how many."""
    endings = pack.grammar.get("verb_endings") or {}
    g = pack.grammar
    verbs = pack.words("update_verbs") | set(g["transitive"]) | set(g["intransitive"]) | pack.words("leave_verbs") \
        | pack.words("presence_verbs")
    fixed = 0
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.head == tok and tok.lemma_.lower() == tok.lower_ and any(
                c.i < tok.i for c in _deps(tok, pack, "subj")):  # "Cinq policiers figurent parmi les morts": a
            lemma = _by_ending(tok.lower_, endings, verbs)  # root verb tagged a noun, its subject before it
            if lemma is not None:
                tok.pos_, tok.lemma_ = "VERB", lemma
                fixed += 1
            continue
        if tok.pos_ == "VERB" and tok.lower_ in verbs and tok.lemma_.lower() not in verbs:
            tok.lemma_ = tok.lower_  # "kill 32 people and wound 110": not "wind"
            fixed += 1
            continue
        if tok.pos_ == "ADJ" and pack.relation(tok) == "conj" and tok.head.pos_ == "VERB" \
                and "Part" in tok.morph.get("VerbForm") and "Part" in tok.head.morph.get("VerbForm") \
                and tok.lemma_.lower() == tok.lower_ and tok.lower_ not in verbs and any(
                    a.lemma_.lower() in pack.words("perfect_auxiliaries") for a in _deps(tok.head, pack, "aux")):
            lemma = _by_ending(tok.lower_, endings, verbs)
            if lemma is not None:  # "haber perdido tres soldados y matado a quince": a perfect's participle tagged an adjective
                tok.pos_, tok.lemma_ = "VERB", lemma
                fixed += 1
            continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() != tok.lower_ or tok.lower_ in verbs:
            continue
        lemma = _by_ending(tok.lower_, endings, verbs)
        if lemma is not None:
            tok.lemma_ = lemma
            fixed += 1
    return fixed


def _by_ending(word: str, endings: dict[str, str], verbs) -> str | None:
    """The verb of the pack's `verbs` that a form's ending gives ("porte" -> "porter"), or None."""
    return next((word[:-len(e)] + new for e, new in endings.items() if word.endswith(e) and word[:-len(e)] + new in verbs), None)


def names_after_an_article(doc, pack: LanguagePack) -> int:
    """"Al Shabab aseguró haber matado a 60 soldados": a name opened by a capitalised article the
    parser took for a preposition (pack `name_articles`), made the object of the verb after it, is
    that verb's subject when it has none. Returns how many."""
    articles = pack.words("name_articles")
    fixed = 0
    for tok in doc[1:]:
        art, verb = doc[tok.i - 1], tok.head
        if tok.pos_ != "PROPN" or art.lower_ not in articles or not art.text[:1].isupper() or art.head != tok \
                or pack.relation(tok) not in ("obj", "obl") or verb.pos_ != "VERB" or verb.i < tok.i \
                or _deps(verb, pack, "subj", "subjpass"):
            continue
        tok.dep_, art.dep_ = _label(pack, "subj"), _label(pack, "compound")
        fixed += 1
    return fixed


def _list_goes_on(noun, pack: LanguagePack) -> bool:
    """The noun has a later member opened by a conjunction: "un chauffeur [et deux gardes]"."""
    return any(c.i > noun.i and (any(pack.relation(k) == "cc" and k.i < c.i for k in c.subtree)
                                 or any(k.i < c.i for k in _deps(noun, pack, "cc")))
               for c in _deps(noun, pack, "conj", "nmod"))


def lists_opening_before_a_source(doc, pack: LanguagePack) -> int:
    """"Un policier, un pompier et trois passants ont été blessés ..., a indiqué la préfecture": the
    list's first member, opening the sentence, hung on the reporting verb after the clause, and the
    rest made the subject of the verb of harm. The first member is the subject, the rest joins it.
    Returns how many."""
    moved = 0
    for pred in doc:
        if pred.pos_ not in ("VERB", "ADJ") or not _state_or_harm(pred, pack):
            continue
        subjects = [s for s in _deps(pred, pack, "subj", "subjpass") if s.i < pred.i]
        if not subjects:
            continue
        second = subjects[0]
        comma = doc[second.left_edge.i - 1] if second.left_edge.i else None
        first = doc[comma.i - 1] if comma is not None and comma.i else None
        if comma is None or first is None or comma.text != "," or first.pos_ not in ("NOUN", "PROPN") \
                or pack.relation(first) not in ("obl", "obj") or _deps(first, pack, "case") or first.left_edge.i != 0 \
                or first.head.i < pred.i or first.head != pred.head or not _list_goes_on(second, pack):
            continue
        told = second.dep_
        second.head, second.dep_ = first, _label(pack, "conj")
        _stale(second)
        first.head, first.dep_ = pred, told
        _stale(first)
        moved += 1
    return moved


def lists_cut_after_the_object(doc, pack: LanguagePack) -> int:
    """"blessant un journaliste, un chauffeur et deux gardes": the parser ends a verb of harm's
    object at the comma and hangs the list's rest elsewhere (or its last member as a modifier of the
    one before). The rest joins the object. Returns how many."""
    moved = 0
    for obj in doc:
        verb = obj.head
        end = obj.right_edge.i
        if pack.relation(obj) != "obj" or verb.i > obj.i or not _harm_verb(verb, pack) or end + 2 >= len(doc) \
                or doc[end + 1].text != "," or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        rest = next((t for t in doc[end + 2:] if t.left_edge.i == end + 2 and t.pos_ in ("NOUN", "PROPN")
                     and t.head != t and (t.head.i <= end or t.head.lower_ in pack.words("day_names"))
                     and t not in obj.subtree and verb not in t.subtree), None)  # (or made the day's subject:
        # "a blessé un adolescent, sa mère et deux passants dimanche soir")
        if rest is None or not _deps(rest, pack, "det", "num") or _deps(rest, pack, "subj", "subjpass", "obj", "aux") \
                or not _list_goes_on(rest, pack):
            continue
        for last in _deps(rest, pack, "nmod"):
            ccs = [k for k in last.subtree if pack.relation(k) == "cc" and k.i < last.i]
            if last.i > rest.i and ccs and _deps(last, pack, "num", "det") and not _deps(last, pack, "case"):
                last.dep_ = _label(pack, "conj")  # "et deux gardes", no preposition: a member, no modifier
                ccs[0].head = last
                _stale(ccs[0])
        rest.head, rest.dep_ = obj, _label(pack, "conj")
        _stale(rest)
        moved += 1
    return moved


def subjects_left_as_root(doc, pack: LanguagePack) -> int:
    """"Ahmed Khan, 34, and his brother Bilal were killed": the first member of a listed subject
    made the root, the verb its conjunct with the second member as its subject. The verb becomes
    the root and the first member its subject, the second member joined to it. Returns how many."""
    people = lexicon(pack.language).people
    moved = 0
    for root in doc:
        if root.head != root or not (root.pos_ == "PROPN" or ((root.pos_ == "NOUN" or (  # (or a people word read as an
                root.pos_ == "ADJ" and _deps(root, pack, "det", "num"))) and (  # adjective: "Dos menores y su abuela")
                root.lemma_.lower() in people or root.lower_.endswith(tuple(pack.words("person_suffixes")))))) \
                or _deps(root, pack, "subj", "subjpass"):
            continue  # ("A lay preacher and his nephew were hacked to death": a person by its ending; not a
            # predicate with a subject of its own: "Onze fidèles sont morts et deux autres ont été blessés")
        for verb in _deps(root, pack, "conj") + [v for v in _deps(root, pack, "acl", "relcl") if _state_or_harm(v, pack)]:
            # (or a relative of it: "Le chef du village et ses deux fils ont été grièvement blessés")
            subj = next((s for s in _deps(verb, pack, "subj", "subjpass") if root.i < s.i < verb.i), None)
            cc = next((k for k in _deps(root, pack, "cc") if k.i < (subj.i if subj is not None else -1)), None)
            if cc is None and subj is not None and (k := _cc_before(subj, pack)) is not None and root.i < k.i < subj.i \
                    and k.i == subj.left_edge.i - 1:
                cc = k  # the conjunction hung elsewhere, right before the second member
            if cc is None and subj is not None and root.i < subj.left_edge.i - 1 and doc[subj.left_edge.i - 1].text == "," \
                    and _list_goes_on(subj, pack):
                cc = doc[subj.left_edge.i - 1]  # "Un journaliste, un chauffeur et deux gardes ont été blessés"
            if verb.pos_ not in ("VERB", "AUX") or subj is None or cc is None or subj.pos_ not in ("NOUN", "PROPN") \
                    or any(root.i < k.i < cc.i and pack.relation(k) not in ("punct", "appos", "nmod") for k in _children(root)):
                continue  # only an age, a title or an owner between the first member and the conjunction
            for k in _children(root):
                if k.i > verb.i:
                    k.head = verb
                    _stale(k)
            verb.head, verb.dep_ = verb, root.dep_
            _stale(verb)
            root.head, root.dep_ = verb, subj.dep_
            _stale(root)
            subj.head, subj.dep_ = root, _label(pack, "conj")
            _stale(subj)
            cc.head = subj
            _stale(cc)
            moved += 1
            break
    return moved


def objects_read_as_subjects_of_a_gerund(doc, pack: LanguagePack) -> int:
    """"Snipers picked off four people queuing for bread": a verb of harm with no object, whose
    clausal complement in -ing has a subject right after the verb (or its particle), harmed that
    subject; the -ing clause tells what they were doing (a modifier of the noun, as in "killed four
    people waiting at a bus stop"). Returns how many."""
    moved = 0
    for verb in doc:
        if verb.pos_ != "VERB" or not _harm_verb(verb, pack) or _deps(verb, pack, "obj"):
            continue
        after = max([verb.i] + [p.i for p in _deps(verb, pack, "prt")]) + 1
        for clause in _deps(verb, pack, "ccomp"):
            subjects = [n for n in _deps(clause, pack, "subj") if n.pos_ in ("NOUN", "PROPN") and n.left_edge.i == after]
            if clause.tag_ != "VBG" or not subjects:
                continue
            noun = subjects[0]
            noun.head, noun.dep_ = verb, _label(pack, "obj")
            _stale(noun)
            clause.head, clause.dep_ = noun, _label(pack, "acl")
            _stale(clause)
            moved += 1
            break
    return moved


def verbs_read_as_relatives(doc, pack: LanguagePack) -> int:
    """"A grenade thrown into a bar injured 11 customers": with no verb at the root, the verb of
    harm made a reduced relative of a noun inside the subject's own phrase ("a bar injured"), its
    counted object a loose modifier or joined to that noun; so too a determined object, the verb's particle taking it to
    a phrasal verb of harm ("Armed men on motorbikes gunned down a teacher"). The verb becomes the root, the root noun its subject, the
    counted noun its object. Not a reduced relative on the root itself ("Five people injured in a
    blast"). Returns how many."""
    moved = 0
    for root in doc:
        said = root.head  # or a loose noun before the reporting verb at the root ("..., officials said")
        if root.pos_ not in ("NOUN", "PROPN") or not (root.head == root or (
                pack.relation(root) == "dep" and said.head == said and said.i > root.i and said.pos_ == "VERB")):
            continue
        for verb in root.subtree:
            if verb.pos_ != "VERB" or pack.relation(verb) != "acl" or verb.head == root or not _harm_verb(verb, pack) \
                    or _deps(verb, pack, "subj", "subjpass", "aux", "auxpass"):
                continue
            counted = next((c for c in _deps(verb, pack, "obj", "advmod") if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                            and (_deps(c, pack, "num") or (pack.relation(c) != "advmod" and _deps(c, pack, "det", "poss")))), None) \
                or next((c for c in _deps(verb.head, pack, "conj") if c.left_edge.i == verb.i + 1 and c.pos_ == "NOUN"
                         and _deps(c, pack, "num")), None)  # "a bar injured 14 customers": joined to the bar
            if counted is None:
                continue
            _root_for_subject(root, verb, pack, "subj")
            if said != root:
                verb.head, verb.dep_ = said, _label(pack, "ccomp")
                _stale(verb)
            counted.head, counted.dep_ = verb, _label(pack, "obj")
            _stale(counted)
            moved += 1
            break
    return moved


def counted_subjects_as_root(doc, pack: LanguagePack) -> int:
    """"Vingt-trois personnes, pour la plupart des femmes et des enfants, sont mortes": a counted
    subject before an aside made the root, its verb a loose clause of it with no subject. The
    verb becomes the root, the noun its subject. Returns how many."""
    moved = 0
    for root in doc:
        if root.head != root or root.pos_ != "NOUN" or not _deps(root, pack, "num"):
            continue
        verb = next((v for v in _deps(root, pack, "parataxis", "dep", "acl") if v.i > root.i and v.pos_ in ("VERB", "AUX")
                     and not _deps(v, pack, "subj", "subjpass")
                     and doc[min(t.i for t in v.subtree if not t.is_punct) - 1].is_punct), None)
        if verb is None:
            continue
        _root_for_subject(root, verb, pack, "subjpass" if _deps(verb, pack, "auxpass") else "subj")
        moved += 1
    return moved


def _root_for_subject(root, verb, pack: LanguagePack, relation: str) -> None:
    """The verb becomes the root, the noun that was the root its subject (`relation`), and the
    noun's words after the verb the verb's."""
    for k in list(_children(root)):
        if k.i > verb.i:
            k.head = verb
            _stale(k)
    verb.head, verb.dep_ = verb, root.dep_
    _stale(verb)
    root.head, root.dep_ = verb, _label(pack, relation)
    _stale(root)


def lists_past_a_clause(doc, pack: LanguagePack) -> int:
    """"ont attaqué le village, dans l'État de Borno, abattant le chef du village et deux de ses fils": a
    list's last member (a person) joined to a place noun past that noun's clause, whose object is a
    person. It joins that object. Returns how many."""
    people = lexicon(pack.language).people
    moved = 0
    for c in _members_on_a_thing(doc, pack, people):
        place = c.head
        clause = next((v for v in _children(place) if v.pos_ == "VERB" and place.i < v.i < c.i
                       and pack.relation(v) in ("acl", "relcl")), None)
        obj = next((o for o in _deps(clause, pack, "obj") if o.i < c.i), None) if clause is not None else None
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and (obj.lemma_.lower() in people or obj.lower_ in people):
            c.head = obj
            _stale(c)
            moved += 1
    return moved


def lists_past_a_relative(doc, pack: LanguagePack) -> int:
    """"detained a leader who directed attacks on the highway and two of his associates": a list's
    last member (people) joined to a thing inside a relative clause of a person, the clause's
    antecedent. It joins the antecedent. Returns how many."""
    people = lexicon(pack.language).people
    moved = 0
    for c in _members_on_a_thing(doc, pack, people):
        clause = c.head
        while pack.relation(clause) != "relcl" and clause.head != clause and clause.head.i < c.i:
            clause = clause.head
        person = clause.head
        if pack.relation(clause) != "relcl" or person.i > clause.i or person.pos_ not in ("NOUN", "PROPN") \
                or not (person.lemma_.lower() in people or person.lower_ in people):
            continue
        for k in _children(c.head):
            if pack.relation(k) == "cc" and c.head.i < k.i < c.i:
                k.head = c
                _stale(k)
        c.head = person
        _stale(c)
        moved += 1
    return moved


def counts_after_a_bare_object(doc, pack: LanguagePack) -> int:
    """"Gunmen killed civilians in three villages, at least 25 according to an official": a count
    set off by a comma and hung on the verb as its modifier, the verb's object a plural with no count
    of its own before it, counts that object; so does a count in apposition to such a plural
    ("Civilians, at least ten, were killed"). Returns how many."""
    moved = 0
    for num in doc[1:]:
        head = num.head
        if num.pos_ != "NUM" or doc[num.left_edge.i - 1].text != "," or list(_deps(num, pack, "case")):
            continue
        if pack.relation(num) in ("advmod", "dep") and head.pos_ == "VERB":
            nouns = [o for o in _deps(head, pack, "obj") if o.i < num.i]
        elif pack.relation(num) == "appos" and head.i < num.i:
            nouns = [head]  # "Civilians (at least ten) were killed": the aside read as an apposition
        else:
            continue
        nouns = [o for o in nouns if o.pos_ == "NOUN" and "Plur" in o.morph.get("Number") and not _deps(o, pack, "num", "det")]
        if len(nouns) == 1:
            num.head, num.dep_ = nouns[0], _label(pack, "num")
            _stale(num)
            moved += 1
    return moved


def objects_before_an_apposition(doc, pack: LanguagePack) -> int:
    """"a tué douze personnes sur un marché, l'attaque la plus meurtrière": a counted noun with no
    preposition of its own right after a transitive verb, labelled its oblique while the noun after
    a comma was made the object, is the object, and that later noun its apposition. Returns how many."""
    if "obl" not in pack.grammar["relations"].values():
        return 0
    moved = 0
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in pack.grammar["transitive"]:
            continue
        counted = [n for n in _deps(verb, pack, "obl") if n.i > verb.i and n.pos_ == "NOUN"
                   and _deps(n, pack, "num") and not _deps(n, pack, "case")]
        later = [o for o in _deps(verb, pack, "obj") if counted and o.i > counted[0].i and doc[o.left_edge.i - 1].text == ","]
        if counted and later:
            counted[0].dep_ = _label(pack, "obj")
            later[0].head, later[0].dep_ = counted[0], _label(pack, "appos")
            _stale(later[0])
            moved += 1
    return moved


def owners_past_a_participle(doc, pack: LanguagePack) -> int:
    """"Le corps criblé de balles d'un militant a été retrouvé": whose body it is, a person under the
    partitive, hung by the parser on the noun of the participle that describes the body, is the
    body's. Returns how many."""
    marks, bodies = pack.words("partitive"), pack.words("body_nouns")
    people = lexicon(pack.language).people
    moved = 0
    for body in doc:
        if body.pos_ != "NOUN" or (body.lemma_.lower() not in bodies and body.lower_ not in bodies):
            continue
        for part in _deps(body, pack, "acl"):
            things = _deps(part, pack, "nmod", "obl", "pobj") + [t for t in _deps(body, pack, "nmod") if t.i > part.i]
            for thing in things:  # (the participle's noun hung on the participle or on the body)
                for owner in _deps(thing, pack, "nmod"):
                    if any(k.lower_ in marks for k in _deps(owner, pack, "case")) and owner.i > thing.i \
                            and (owner.lemma_.lower() in people or owner.lower_ in people or owner.pos_ == "PROPN"):
                        owner.head = body
                        _stale(owner)
                        moved += 1
    return moved


def numbers_on_the_verb(doc, pack: LanguagePack) -> int:
    """"On compte également onze blessés": a count hung on the verb as its modifier, the noun right
    after it on the same verb as its complement. The count goes under the noun, the noun becomes
    the object. "et deux autres se trouvent dans un état grave": a count hung on the verb as its
    own, the verb's subject right after it, goes under the subject. Returns how many."""
    moved = 0
    for num, noun in zip(doc[:-1], doc[1:]):
        if num.pos_ != "NUM" or num.head.pos_ != "VERB" or noun.head != num.head:
            continue
        if pack.relation(num) in ("amod", "advmod") and noun.pos_ == "NOUN" and pack.relation(noun) in ("xcomp", "obj"):
            num.head, num.dep_ = noun, _label(pack, "num")
            _stale(num)
            noun.dep_ = _label(pack, "obj")
            moved += 1
        elif pack.relation(num) == "num" and pack.relation(noun) in ("subj", "subjpass") \
                and all(pack.relation(c) == "advmod" for c in _children(num)):  # (or "ще 15 поранених")
            num.head = noun
            _stale(num)
            moved += 1
    return moved


def lists_without_a_conjunction(doc, pack: LanguagePack) -> int:
    """"Gunmen kill mayor, two aides in southern Mexico": a counted noun after a comma that closes the
    verb's object, which the parser left an unlabelled dependent of the verb, is the object's conjunct
    (a headline's list without "and"). Returns how many."""
    moved = 0
    for noun in doc[3:]:
        verb = noun.head
        if pack.relation(noun) != "dep" or noun.pos_ not in ("NOUN", "PROPN") or not _deps(noun, pack, "num") \
                or verb.i > noun.i or not doc[noun.left_edge.i - 1].is_punct:
            continue
        first = _object_ending_at(verb, noun.left_edge.i - 2, pack)
        if first is None:
            continue
        noun.head, noun.dep_ = first, _label(pack, "conj")
        _stale(noun)
        moved += 1
    return moved


def counted_appositions_before_their_state(doc, pack: LanguagePack) -> int:
    """"Pakistan: 5 soldiers, 8 militants killed in gunfight": a counted noun apposed after a comma to
    a counted noun of another word, carrying the participle that ends the list, is the first noun's
    conjunct (a headline's list without "and"), not a restatement of it, and the participle the
    list's. Returns how many."""
    moved = 0
    for noun in doc[2:]:
        first = noun.head
        if pack.relation(noun) != "appos" or first.i > noun.i or not doc[noun.left_edge.i - 1].is_punct \
                or noun.left_edge.i - 2 != first.i or noun.lemma_ == first.lemma_ \
                or not _deps(noun, pack, "num") or not _deps(first, pack, "num") or _deps(noun, pack, "conj", "cc") \
                or not any(participle(v) and v.i > noun.i for v in _deps(noun, pack, "acl")):
            continue
        noun.dep_ = _label(pack, "conj")
        for verb in _deps(noun, pack, "acl"):
            verb.head = first  # the list's participle, as with "and"
            _stale(verb)
        moved += 1
    return moved


def counts_hung_past_their_noun(doc, pack: LanguagePack) -> int:
    """"По меньшей мере трое мирных жителей погибли, ещё несколько человек ранены": a count before a
    noun with no count of its own (only its adjectives between), hung on a noun past that noun's own
    verb, is the count of the noun right after it; a hedge right before it that hung past it too is
    its hedge. Returns how many."""
    moved = 0
    for num in doc[:-1]:
        far = num.head
        if num.pos_ != "NUM" or pack.relation(num) != "num" or far.i <= num.i + 1:
            continue
        noun = next((t for t in doc[num.i + 1:far.i] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or any(t.head != noun for t in doc[num.i + 1:noun.i]) or _deps(noun, pack, "num") \
                or noun.head.pos_ != "VERB" or not num.i < noun.head.i < far.i:
            continue
        num.head = noun
        _stale(num)
        hedge = next((t for t in doc[:num.i] if t.right_edge.i == num.i - 1 and t.head.i > num.i), None)
        if hedge is not None and pack.relation(hedge) == "advmod":
            hedge.head = num  # ("По меньшей мере трое ...")
            _stale(hedge)
        moved += 1
    return moved


def counts_hung_on_the_next_verb(doc, pack: LanguagePack) -> int:
    """"число погибших возросло до девяти, ещё 15 раненых получают помощь": a number under an update
    preposition, hung as the count of the next clause's verb (a comma between), is the oblique of
    the update verb right before it (UD). Returns how many."""
    if "obl" not in pack.grammar["relations"].values():
        return 0
    moved = 0
    for num in doc[1:]:
        verb = num.head
        if num.pos_ != "NUM" or verb.i < num.i or verb.pos_ != "VERB" or pack.relation(num) != "num" \
                or not any(t.is_punct for t in doc[num.i + 1:verb.i]):
            continue
        cases = _deps(num, pack, "case")
        update = next((t for t in reversed(doc[:num.i]) if t.pos_ == "VERB"), None)
        if not cases or cases[0].lower_ not in pack.words("update_preps") or update is None \
                or update.lemma_.lower() not in pack.words("update_verbs"):
            continue
        num.head, num.dep_ = update, _label(pack, "obl")
        _stale(num)
        moved += 1
    return moved


def gapped_passives(doc, pack: LanguagePack) -> int:
    """"Trois civils ont été tués, quatre autres évacués vers l'hôpital": a participle after a passive
    verb, joined to it with a subject of its own and no auxiliary (left out, as the first verb's), is
    passive too: its subject the passive subject; so is one the parser made the head of the passive
    clause before it ("Three policemen were killed, two others taken to hospital"). Returns how many."""
    moved = 0
    for verb in doc[1:]:
        if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm"):
            continue
        subjects = _deps(verb, pack, "subj")
        if not subjects or _deps(verb, pack, "aux", "auxpass"):
            continue
        before = [verb.head] if pack.relation(verb) in ("advcl", "conj") and verb.head.i < verb.i else [
            c for c in _deps(verb, pack, "ccomp", "conj", "advcl", "parataxis") if c.i < verb.i]
        if not any(_deps(b, pack, "auxpass", "subjpass") for b in before):
            continue
        for s in subjects:
            s.dep_ = _label(pack, "subjpass")
        moved += 1
    return moved


def participles_tagged_nouns(doc, pack: LanguagePack) -> int:
    """"Un soldat a été tué, deux autres hospitalisés", "trois autres transportés à l'hôpital": a
    counted word after a passive verb, tagged a noun, whose ending (pack `participle_endings`) makes it
    the participle of a verb of harm or care, is that verb in the passive, its auxiliary left out as
    the first verb's: the counted word ("autres", or the count itself) its subject. Returns how many."""
    endings = pack.grammar.get("participle_endings")
    if not endings:
        return 0
    g = pack.grammar
    verbs = set(g["transitive"]) | set(g["injury_verbs"]) | pack.words("hospital_verbs")
    moved = 0
    for tok in doc[1:]:
        first = tok.head
        if tok.pos_ != "NOUN" or first.pos_ != "VERB" or first.i > tok.i or pack.relation(tok) not in ("obl", "conj", "obj"):
            continue
        nums = [c for c in _deps(tok, pack, "num") if c.i < tok.i]
        lemma = _by_ending(tok.lower_, endings, verbs) if nums else None
        if lemma is None or not _deps(first, pack, "auxpass", "subjpass"):
            continue
        others = [a for a in _deps(tok, pack, "amod") if nums[0].i < a.i < tok.i]
        subject = others[0] if others else nums[0]
        if others:
            nums[0].head = subject
            _stale(nums[0])
        subject.head, subject.dep_ = tok, _label(pack, "subjpass")
        _stale(subject)
        tok.pos_, tok.lemma_, tok.dep_ = "VERB", lemma, _label(pack, "conj")
        tok.set_morph("Tense=Past|VerbForm=Part")
        moved += 1
    return moved


def vague_heads_joined_to_a_state(doc, pack: LanguagePack) -> int:
    """"left 25 victims dead and multiple wounded": a vague head tagged an adjective, joined to the
    state before it, right before a second state hung on the same verb (or on the verb of the first
    state's noun), is the second state's subject (as "and several wounded" is read), and that state
    the first's conjunct. Returns how many."""
    moved = 0
    for word in doc[1:-1]:
        if word.pos_ != "ADJ" or word.lower_ not in pack.words("vague_heads"):
            continue
        first, state = word.head, doc[word.i + 1]
        if pack.relation(word) != "conj" \
                or first.i > word.i or not _state_or_harm(first, pack) or not _state_or_harm(state, pack) \
                or state.head not in (first.head, first.head.head) or state.head == state:
            continue
        word.pos_ = "NOUN"
        word.head, word.dep_ = state, _label(pack, "subj")
        _stale(word)
        state.head, state.dep_ = first, _label(pack, "conj")
        _stale(state)
        moved += 1
    return moved


def adjectives_as_subjects(doc, pack: LanguagePack) -> int:
    """"Військовий втратив ногу": an adjective used as a noun ("the soldier"), labelled a modifier of
    the verb after it, which has no subject, is that verb's subject. Returns how many."""
    moved = 0
    for adj in doc[:-1]:
        verb = adj.head
        if adj.pos_ != "ADJ" or verb.pos_ != "VERB" or verb.i < adj.i or pack.relation(adj) != "amod" \
                or _deps(verb, pack, "subj", "subjpass"):
            continue
        adj.pos_, adj.dep_ = "NOUN", _label(pack, "subj")
        moved += 1
    return moved


def numbers_as_obliques(doc, pack: LanguagePack) -> int:
    """"зросла до сорока двох": a number under its own preposition left unlabelled (`dep`) on the
    verb is the verb's oblique (UD). Returns how many."""
    if "obl" not in pack.grammar["relations"].values():
        return 0
    moved = 0
    for num in doc:
        if num.pos_ == "NUM" and pack.relation(num) == "dep" and num.head.pos_ == "VERB" and _deps(num, pack, "case"):
            num.dep_ = _label(pack, "obl")
            moved += 1
    return moved


def numbers_before_their_state(doc, pack: LanguagePack) -> int:
    """"El balance oficial es de nueve fallecidos y 23 lesionados": a number under its own
    preposition made an oblique of the state word right after it counts that state. Returns how many."""
    moved = 0
    for num, state in zip(doc[:-1], doc[1:]):
        if num.pos_ == "NUM" and pack.relation(num) == "obl" and num.head == state and stated(state, pack) \
                and _deps(num, pack, "case") and not _deps(state, pack, "num"):
            num.dep_ = _label(pack, "num")
            moved += 1
    return moved


def states_past_a_listed_count(doc, pack: LanguagePack) -> int:
    """"Dos soldados fueron asesinados y tres más heridos": a count joined to the verb, its state a
    word later (an adverb between) hung on the verb as well, is that state's count, the state the
    list's member, as in "y tres heridos". Returns how many."""
    moved = 0
    for num in doc[1:-2]:
        verb = num.head
        if num.pos_ != "NUM" or pack.relation(num) != "conj" or verb.i > num.i \
                or any(pack.relation(c) != "cc" for c in _children(num)):
            continue
        between = doc[num.i + 1]
        state = doc[num.i + 2]
        if between.head != state or pack.relation(between) != "advmod" or state.head != verb \
                or not stated(state, pack) or _deps(state, pack, "num", "subj", "subjpass", "obj"):
            continue
        state.dep_ = num.dep_
        for c in list(_children(num)) + [c for c in _deps(verb, pack, "cc") if c.i == num.i - 1]:
            c.head = state  # (the list's conjunction, on the count or on the verb)
            _stale(c)
        num.head, num.dep_ = state, _label(pack, "num")
        _stale(num)
        moved += 1
    return moved


def _relative(phrase, pack: LanguagePack) -> bool:
    """A phrase of a relative pronoun alone and its preposition ("of whom", "de los cuales")."""
    return all(t.lower_ in pack.words("relative_pronouns") or pack.relation(t) in ("case", "prep", "det")
               for t in phrase.subtree) and any(t.lower_ in pack.words("relative_pronouns") for t in phrase.subtree)


def partitives_fronted(doc, pack: LanguagePack) -> int:
    """"Of the 40 people injured, 12 remain in hospital", "De los 40 heridos, 12 siguen
    hospitalizados": the whole told first, hung on the verb, its part a bare number as the verb's
    subject. The whole goes under the number, as in "12 of the 40 people"; so does a relative
    pronoun's ("..., of whom 11 remain in critical condition"). Returns how many."""
    marks = pack.words("partitive")
    g = pack.grammar
    moved = 0
    for verb in doc:
        part = next((n for n in _deps(verb, pack, "subj", "subjpass") if n.pos_ == "NUM" and not list(_children(n))), None)
        lemma = verb.lemma_.lower()
        if part is None or "killed" in (g["transitive"].get(lemma), g["intransitive"].get(lemma)):
            continue  # not "Of the six people wounded, one later died": a death of its own (read as it is)
        whole = next((p for p in _children(verb) if p.i < part.i and (p.left_edge.i == 0 or _relative(p, pack)) and (
            (pack.relation(p) == "prep" and p.lower_ in marks)
            or (pack.relation(p) in ("obl", "nmod", "subj") and any(k.lower_ in marks for k in _deps(p, pack, "case"))))), None)
        if whole is not None:
            whole.head = part
            _stale(whole)
            if pack.relation(whole) != "prep":
                whole.dep_ = _label(pack, "nmod")
            moved += 1
    return moved


def numbers_on_articles(doc, pack: LanguagePack) -> int:
    """"entre los once civiles muertos": a count hung on the article before it counts the article's
    noun. Returns how many."""
    moved = 0
    for num in doc:
        if num.pos_ == "NUM" and pack.relation(num) == "num" and num.head.pos_ == "DET" and num.head.i < num.i \
                and pack.relation(num.head) == "det" and num.head.head.i > num.i:
            num.head = num.head.head
            _stale(num)
            moved += 1
    return moved


def clauses_joined_to_a_noun(doc, pack: LanguagePack) -> int:
    """"a fait un mort, un homme de 45 ans, et son fils est dans un état critique": a noun with its
    own subject and copula (a clause) that the parser joined to a noun is a conjunct of that noun's
    verb. Returns how many."""
    moved = 0
    for tok in doc:
        if pack.relation(tok) != "conj" or tok.pos_ not in ("NOUN", "ADJ") or tok.head.pos_ not in ("NOUN", "PROPN") \
                or not _deps(tok, pack, "subj") or not any(a.lemma_.lower() in pack.words("copulas") for a in _deps(tok, pack, "aux")):
            continue
        verb = tok.head
        while verb.head != verb and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i:
            tok.head = verb
            _stale(tok)
            moved += 1
    return moved


def participles_tagged_adjectives(doc, pack: LanguagePack) -> int:
    """"et plusieurs assaillants neutralisés": a participle of a verb of harm after its noun, tagged
    an adjective (its lemma the verb's), is the verb's participle. Returns how many."""
    moved = 0
    for tok in doc:
        if tok.pos_ == "ADJ" and pack.relation(tok) in ("acl", "amod") and tok.head.i < tok.i \
                and tok.lemma_.lower() in pack.grammar["transitive"] and tok.lower_ != tok.lemma_.lower() \
                and tok.lower_ not in pack.grammar["states"]:
            tok.pos_ = "VERB"
            tok.set_morph(str(tok.morph) + ("|" if str(tok.morph) else "") + "VerbForm=Part")
            moved += 1
    return moved


def verbs_joined_to_a_count(doc, pack: LanguagePack) -> int:
    """"The shelling killed at least four and injured scores of others": a second verb of harm
    tagged an adjective or participle, joined to the first verb's count and standing between it
    and its noun, is the first verb's conjunct, the noun its object and the count the first verb's
    own object. Returns how many."""
    moved = 0
    for second in doc[2:]:
        if second.pos_ not in ("ADJ", "VERB") or pack.relation(second) != "conj":
            continue
        num = second.head
        if num.pos_ != "NUM" or pack.relation(num) != "num":
            continue
        noun = num.head
        verb = noun.head
        if not (num.i < second.i < noun.i) or pack.relation(noun) != "obj" or verb.i > num.i or verb.pos_ != "VERB" \
                or not _harm_verb(verb, pack):
            continue
        lemma = _verb_lemma(second, pack, pack.grammar["transitive"]) or pack.lemma_as_verb(second)
        if lemma not in pack.grammar["transitive"] or not any(pack.relation(c) == "cc" and num.i < c.i < second.i
                                                               for c in _children(num)):
            continue
        for cc in _deps(num, pack, "cc"):
            cc.head = verb
            _stale(cc)
        num.head, num.dep_ = verb, _label(pack, "obj")
        _stale(num)
        second.head, second.dep_ = verb, _label(pack, "conj")
        _stale(second)
        second.pos_, second.lemma_ = "VERB", lemma
        noun.head = second
        _stale(noun)
        moved += 1
    return moved


def numbers_as_auxiliaries(doc, pack: LanguagePack) -> int:
    """"23 personnes ont été tuées et 41 blessées": a count before a participle, labelled the
    participle's auxiliary, is its subject (or a counted noun: "Neuf membres des forces de sécurité
    ont été grièvement blessés", where the participle has no subject). Returns how many."""
    moved = 0
    for num in doc:
        if pack.relation(num) in ("aux", "auxpass") and num.head.i > num.i and participle(num.head) and (
                num.pos_ == "NUM" or (num.pos_ in ("NOUN", "PROPN") and _deps(num, pack, "num")
                                      and not _deps(num.head, pack, "subj", "subjpass"))):
            num.dep_ = _label(pack, "subjpass")
            moved += 1
    return moved


def counts_read_as_obliques(doc, pack: LanguagePack) -> int:
    """"Au moins 12 civils ont été grièvement blessés": a counted word with no preposition of its own,
    labelled an oblique of the state or verb of harm after it that has no subject, is its subject.
    Returns how many."""
    moved = 0
    for noun in doc:
        state = noun.head
        if not (pack.relation(noun) in ("obl", "obj", "dep") or (pack.relation(noun) == "advmod" and noun.pos_ == "NOUN")) \
                or state.i < noun.i or not _deps(noun, pack, "num") or _deps(noun, pack, "case") \
                or not _harm_clause(state, pack) or _deps(state, pack, "subj", "subjpass") or not _deps(state, pack, "aux", "auxpass"):
            continue
        noun.dep_ = _label(pack, "subjpass" if _deps(state, pack, "auxpass") or any(
            a.lemma_.lower() in pack.words("passive_auxiliaries") for a in _deps(state, pack, "aux")) else "subj")
        moved += 1
    return moved


def counts_hung_on_a_place(doc, pack: LanguagePack) -> int:
    """"fallecieron en el hospital dos de los heridos": a number after the noun it is hung on (an
    oblique: the place), a partitive right after it, is the subject of the verb of dying (or state)
    that has none, the group it is taken from its own. Returns how many."""
    partitive = pack.words("partitive")
    moved = 0
    for num in doc[2:-2]:
        place, mark = num.head, doc[num.i + 1]
        if num.pos_ != "NUM" or pack.relation(num) != "num" or place.i > num.i or mark.lower_ not in partitive \
                or pack.relation(place) not in ("obl", "pobj", "nmod"):
            continue
        verb = place.head if pack.relation(place) != "pobj" else place.head.head
        group = mark.head
        if group.head != place or group.i < num.i or _deps(verb, pack, "subj", "subjpass") or not (
                verb.lemma_.lower() in pack.grammar["intransitive"] or stated(verb, pack)):
            continue
        num.head, num.dep_ = verb, _label(pack, "subj")
        _stale(num)
        group.head = num
        _stale(group)
        moved += 1
    return moved


def counted_objects_as_modifiers(doc, pack: LanguagePack) -> int:
    """"Les forces de sécurité ont arrêté vingt-trois passagers": a counted noun right after a
    transitive verb of ours that has no object, labelled the verb's modifier, is its object.
    Returns how many."""
    moved = 0
    for noun in doc:
        verb = noun.head
        if noun.pos_ not in ("NOUN", "ADJ") or verb.pos_ != "VERB" or verb.i > noun.i \
                or pack.relation(noun) not in ("amod", "advmod", "conj"):
            continue
        days = [o for o in _deps(verb, pack, "obj") if o.i > noun.i and o.lower_ in pack.words("day_names")]
        if not _deps(noun, pack, "num") or noun.left_edge.i != verb.i + 1 \
                or any(pack.relation(k) == "cc" for k in doc[verb.i + 1:noun.i]) \
                or len(_deps(verb, pack, "obj")) != len(days) \
                or not (_harm_verb(verb, pack) or verb.lemma_.lower() in pack.grammar["transitive"]):
            continue  # (the day after it taken for the object: "ont tué vingt-trois passagers dimanche")
        noun.dep_ = _label(pack, "obj")
        if "obl" in pack.grammar["relations"].values():
            for d in days:
                d.dep_ = _label(pack, "obl")
        moved += 1
    return moved


def adverbs_before_a_participle(doc, pack: LanguagePack) -> int:
    """"Une infirmière a été grièvement blessée": the parser makes the adverb before a participle of
    harm the head of the auxiliaries (and of the clause, the participle its complement). The
    participle heads them, the adverb its modifier, the copula its passive auxiliary. Returns how many."""
    moved = 0
    for adv, verb in zip(doc[:-1], doc[1:]):
        if adv.pos_ != "ADV":
            continue
        held = [c for c in _deps(adv, pack, "aux", "auxpass") if c.i < adv.i]
        if adv.pos_ != "ADV" or not held or not participle(verb) or not _state_or_harm(verb, pack) \
                or not (verb.head == adv or adv.head == verb):
            continue
        if verb.head == adv:  # the participle under the adverb: it takes the adverb's place
            if adv.head == adv:
                verb.head, verb.dep_ = verb, adv.dep_
                _stale(verb)
            else:
                verb.head, verb.dep_ = adv.head, adv.dep_
                _stale(verb)
            adv.head, adv.dep_ = verb, _label(pack, "advmod")
            _stale(adv)
        passive_ = any(c.lemma_.lower() in pack.words("passive_auxiliaries") or c.dep_ == _label(pack, "auxpass")
                       for c in held)
        for c in list(_children(adv)):
            if c.i < adv.i or pack.relation(c) in ("subj", "subjpass", "punct"):
                c.head = verb
                _stale(c)
                if pack.relation(c) == "subj" and passive_:
                    c.dep_ = _label(pack, "subjpass")
        for c in held:
            if c.lemma_.lower() in pack.words("passive_auxiliaries") and pack.relation(c) == "aux":
                c.dep_ = _label(pack, "auxpass")
        moved += 1
    return moved


def numbers_unlabelled_before_states(doc, pack: LanguagePack) -> int:
    """"Shooting at university: 2 dead, 4 injured": a number hung on the state word right after it
    with a label of no relation of the pack's counts that state. Returns how many."""
    moved = 0
    for num in doc[:-1]:
        if num.pos_ == "NUM" and num.head.i == num.i + 1 and num.dep_ not in pack.grammar["relations"] \
                and stated(num.head, pack):
            num.dep_ = _label(pack, "num")
            moved += 1
    return moved


def numbers_read_as_cases(doc, pack: LanguagePack) -> int:
    """"tuant au moins neuf policiers": a number word made the marker (`case`) of the noun right after
    it counts that noun. Returns how many."""
    moved = 0
    for num in doc[:-1]:
        if num.pos_ == "NUM" and pack.relation(num) == "case" and num.head.i == num.i + 1 \
                and num.head.pos_ in ("NOUN", "PROPN") and not _deps(num.head, pack, "num"):
            num.dep_ = _label(pack, "num")
            moved += 1
    return moved


def days_as_subjects(doc, pack: LanguagePack) -> int:
    """"El sábado fueron asesinados tres campesinos", "El 17 de septiembre de 2022 fueron
    asesinados ...": a day (a day word, or a day's number with its month) made the subject of a
    verb that has an object of its own is when, not who: an oblique. Returns how many."""
    moved = 0
    for tok in doc:
        verb = tok.head
        if pack.relation(tok) not in ("subj", "subjpass") or verb == tok or not _deps(verb, pack, "obj"):
            continue
        words = tok.text if tok.pos_ != "NUM" else doc[tok.left_edge.i:tok.right_edge.i + 1].text
        told = time_told(words, pack.language)
        if told is not None and (tok.pos_ != "NUM" or told.start == told.end):
            tok.dep_ = _label(pack, "obl" if "obl" in pack.grammar["relations"].values() else "advmod")
            moved += 1
    return moved


def numbers_on_bounds(doc, pack: LanguagePack) -> int:
    """"dejó al menos 11 fallecidos", "más de 11 fallecidos": a count hung on the bound word before
    it, itself a modifier of the word after the count, counts that word. Returns how many."""
    moved = 0
    for num in doc:
        bound = num.head
        if num.pos_ == "NUM" and pack.relation(num) == "num" and bound.i < num.i and bound.pos_ in ("ADP", "ADV") \
                and pack.relation(bound) == "advmod" and bound.head.i > num.i and not _deps(bound.head, pack, "num"):
            num.head = bound.head
            _stale(num)
            moved += 1
    return moved


def subjects_under_a_modifier(doc, pack: LanguagePack) -> int:
    """"Trois soldats turcs ont perdu la vie": the adjective after its noun (tagged X) made the verb's
    subject, the noun right before it its subject. The noun becomes the subject, the word its
    modifier. Returns how many."""
    moved = 0
    for noun, word in zip(doc[:-1], doc[1:]):
        if word.pos_ in ("X", "ADJ") and pack.relation(word) == "subj" and noun.head == word \
                and noun.pos_ == "NOUN" and pack.relation(noun) == "subj":
            for k in list(_children(word)):
                if k != noun:
                    k.head = noun
                    _stale(k)
            noun.head, noun.dep_ = word.head, word.dep_
            _stale(noun)
            word.head, word.dep_ = noun, _label(pack, "amod")
            _stale(word)
            moved += 1
    return moved


def adjectives_as_prepositions(doc, pack: LanguagePack) -> int:
    """"A gunman shot dead a policeman": an adjective of the verb's result made a preposition, the
    verb's object its noun. The noun becomes the verb's object, the adjective its modifier, as in
    "Gunmen shot dead a policeman". Returns how many."""
    moved = 0
    for adj in doc:
        nouns = _deps(adj, pack, "pobj") if adj.pos_ == "ADJ" and pack.relation(adj) == "prep" else []
        if nouns and adj.head.pos_ == "VERB" and not _deps(adj.head, pack, "obj"):
            nouns[0].head, nouns[0].dep_ = adj.head, _label(pack, "obj")
            _stale(nouns[0])
            adj.dep_ = _label(pack, "advmod")
            moved += 1
    return moved


def conjuncts_of_a_marked_object(doc, pack: LanguagePack) -> int:
    """"a coûté la vie au chef du village, à son épouse et à leurs trois enfants": members marked as
    objects hung as conjuncts of the unmarked noun before the first marked one. They join that
    first one. Returns how many."""
    markers = pack.words("object_markers")
    moved = 0
    for c in doc:
        head = c.head
        if not markers or pack.relation(c) != "conj" or head.i > c.i or _deps(head, pack, "case") \
                or not any(k.lower_ in markers for k in _deps(c, pack, "case")):
            continue
        first = next((o for o in _children(head.head) if head.i < o.i < c.i and pack.relation(o) in ("obl", "nmod")
                      and any(k.lower_ in markers for k in _deps(o, pack, "case"))), None)
        if first is not None:
            c.head = first
            _stale(c)
            moved += 1
    return moved


def participles_taken_by_the_part(doc, pack: LanguagePack) -> int:
    """"Two journalists among 11 killed in Gaza strike": a participle hung on the part whose
    "among" phrase, a bare number, ends right before it is the number's (the part is among them).
    Returns how many."""
    moved = 0
    for verb in doc:
        part = verb.head
        if pack.relation(verb) != "acl" or part.i > verb.i or not participle(verb):
            continue
        whole = next((n for p in _deps(part, pack, "prep") if p.lower_ in pack.words("including")
                      for n in _deps(p, pack, "pobj") if n.pos_ == "NUM" and n.i == verb.i - 1), None)
        if whole is not None:
            verb.head = whole
            _stale(verb)
            moved += 1
    return moved


def marked_conjuncts_read_as_obliques(doc, pack: LanguagePack) -> int:
    """"asesinaron al alcalde del pueblo así como a dos de sus ayudantes", "a confirmé la mort d'un
    commandant ainsi que de deux de ses combattants": a marked member with a conjunction of its own,
    hung on the verb as an oblique right after the verb's object, is a conjunct of the noun in that
    object marked as it is (the object itself for an object marker). Returns how many."""
    markers = pack.words("object_markers")
    moved = 0
    for member in doc:
        ccs = [c for c in _deps(member, pack, "cc") if c.i < member.i]
        cases = {k.lemma_.lower() for k in _deps(member, pack, "case")}
        if pack.relation(member) != "obl" or not ccs or member.pos_ not in ("NUM", "NOUN", "PROPN") or not cases:
            continue
        obj = _object_ending_at(member.head, ccs[0].i - 1, pack)
        if obj is None:
            continue
        ending = [t for t in obj.subtree if t.right_edge.i == obj.right_edge.i and t.pos_ in ("NOUN", "PROPN", "NUM")]
        same = obj if cases & markers else next((t for t in ending if t != obj and {
            k.lemma_.lower() for k in _deps(t, pack, "case")} & cases), None)
        if same is not None:
            member.head, member.dep_ = same, _label(pack, "conj")
            _stale(member)
            moved += 1
    return moved


def numbers_fixed_in_a_conjunction(doc, pack: LanguagePack) -> int:
    """"ont tué le maire du village ainsi que deux de ses adjoints": a number taken into a
    multiword word (`fixed`, the pack's `dep`) standing right after the verb's object is a member joined to that
    object, and the word its conjunction. Returns how many."""
    moved = 0
    for num in doc:
        word = num.head
        if num.pos_ != "NUM" or pack.relation(num) != "dep" or word.pos_ == "NUM" or pack.relation(word) != "advmod" \
                or [c.i for c in _deps(word, pack, "dep")] != list(range(word.i + 1, num.i + 1)):  # its multiword's last word
            continue
        obj = _object_ending_at(word.head, word.i - 1, pack)
        if obj is None:
            continue
        num.head, num.dep_ = obj, _label(pack, "conj")
        _stale(num)
        word.head, word.dep_ = num, _label(pack, "cc")
        _stale(word)
        moved += 1
    return moved


def counts_joined_to_the_verb(doc, pack: LanguagePack) -> int:
    """"a tué un responsable du Hamas et deux de ses gardes du corps": a count with a partitive
    and nothing of a clause, joined to the verb after its object, is the object's conjunct (as in
    "a tué un commandant et deux de ses hommes"); so is a determined noun right after the object's
    conjunction, the object a verb's hung on this one ("tuant une femme enceinte et son mari").
    Returns how many."""
    moved = 0
    for c in doc[1:]:
        verb, rel = c.head, pack.relation(c)
        if rel not in ("conj", "dep") or verb.pos_ != "VERB" or c.i < verb.i \
                or _deps(c, pack, "subj", "subjpass", "obj", "aux", "auxpass"):
            continue
        ccs = _deps(c, pack, "cc")
        if rel == "conj" and c.like_num and _partitive(c, pack):
            obj = next((o for o in _deps(verb, pack, "obj") if o.i < c.i), None)
        elif c.pos_ == "NOUN" and _deps(c, pack, "det", "poss") and ccs:
            # "tuant une femme enceinte et son mari": a determined noun after the object of a verb
            # hung on this one, right after the list's conjunction (or its comma, the list going on
            # below it: "killing the head of the local council, his wife and their driver")
            if rel == "conj" and ccs[0].i < c.i:
                sep = ccs[0]
            elif rel == "dep" and doc[c.left_edge.i - 1].text == "," and ccs[0].i > c.i \
                    and any(k.i > ccs[0].i for k in _deps(c, pack, "conj")):
                sep = doc[c.left_edge.i - 1]
            else:
                continue
            obj = next((o for v in [verb] + _deps(verb, pack, "advcl", "xcomp") if v.i < c.i
                        for o in _deps(v, pack, "obj") if o.right_edge.i == sep.i - 1), None)
        else:
            continue
        if obj is not None:
            c.head, c.dep_ = obj, _label(pack, "conj")
            _stale(c)
            moved += 1
    return moved


def verbs_tagged_nouns(doc, pack: LanguagePack) -> int:
    """"A gunman kills three and wounds five", "A bomb attack on a train leaves 7 dead": a verb's
    present form the tagger read as a plural noun (the root, or joined to a verb), a number right
    after it. Where the form less a pack `present_endings` ending is a casualty or leaving verb,
    it is that verb, the number its object. Returns how many."""
    endings = pack.grammar.get("present_endings") or {}
    if not endings:
        return 0
    g = pack.grammar
    verbs = set(g["transitive"]) | pack.words("leave_verbs")
    fixed = 0
    for tok, after in zip(doc[:-1], doc[1:]):
        if tok.pos_ != "NOUN" or after.pos_ != "NUM" or after.head != tok \
                or not (tok.head == tok or (pack.relation(tok) == "conj" and tok.head.pos_ == "VERB")):
            continue
        lemma = next((tok.lower_[:-len(e)] + new for e, new in endings.items()
                      if tok.lower_.endswith(e) and tok.lower_[:-len(e)] + new in verbs), None)
        if lemma is None:
            continue
        tok.pos_, tok.lemma_ = "VERB", lemma
        after.dep_ = _label(pack, "obj")
        fixed += 1
    return fixed


def resultatives_tagged_nouns(doc, pack: LanguagePack) -> int:
    """"A sniper shot dead a boy": the past of a resultative verb before its state word ("dead"),
    which the tagger read as a noun (the state's subject, the real subject its modifier), the state
    holding the object. The noun is the verb, its modifier the subject, the state the verb's
    predicate, as in "Police shot dead two suspects". Returns how many."""
    g = pack.grammar
    verbs = set(g["resultative_verbs"]) | set(g["transitive"])
    fixed = 0
    for tok in doc[1:-1]:
        if tok.pos_ != "NOUN":
            continue
        state, subj = doc[tok.i + 1], doc[tok.i - 1]
        if state.lower_ not in g["resultative"] \
                or not any(c.i > state.i for c in _deps(state, pack, "obj")):
            continue
        if (tok.head == state and pack.relation(tok) == "subj") or state.head == tok:
            if subj.head != tok or pack.relation(subj) not in ("compound", "amod"):
                continue
        elif not _owner_of_the_state(tok, subj, state, pack):
            continue
        lemma = pack.lemma_as_verb(tok)
        if lemma not in verbs:
            continue
        if tok.head != state and state.head != tok:  # "Gunmen on a motorcycle shot dead a leader"
            subj.head, subj.dep_ = tok.head, tok.dep_
            _stale(subj)
            for c in list(_children(tok)):
                if c.i < subj.i:
                    c.head = subj
                    _stale(c)
            subj = tok.head.head
            tok.head = state
            _stale(tok)
            tok.dep_ = _label(pack, "subj")
        tok.pos_, tok.lemma_ = "VERB", lemma
        if tok.head == state:
            tok.head, tok.dep_ = (tok if state.head == state else state.head), state.dep_
            _stale(tok)
        elif pack.relation(tok) == "obj":  # "Witnesses told Reuters a gang shot dead ...": the clause said
            tok.dep_ = _label(pack, "ccomp")
        for c in list(_children(state)):
            if c != tok:
                c.head = tok
                _stale(c)
        state.head, state.dep_ = tok, _label(pack, "pred")
        _stale(state)
        for c in list(_children(tok)):
            if c.i < subj.i:
                c.head = subj
                _stale(c)
        subj.head, subj.dep_, subj.pos_ = tok, _label(pack, "subj"), "NOUN"
        _stale(subj)
        fixed += 1
    return fixed


def _owner_of_the_state(tok, before, state, pack: LanguagePack) -> bool:
    """"Gunmen on a motorcycle shot dead ...": the verb read as the last noun of a modifier of the
    state's subject, the word before it a noun of its own."""
    prep = tok.head
    return before.head == tok and pack.relation(before) == "compound" \
        and pack.relation(tok) == "pobj" and pack.relation(prep) == "prep" \
        and prep.head.head == state and pack.relation(prep.head) == "subj" and prep.head.i < prep.i


def tolls_tagged_verbs(doc, pack: LanguagePack) -> int:
    """"The body count from the massacre has reached 52": a toll noun the tagger read as a verb,
    itself the subject of the clause (no auxiliary of its own), is the noun, and the subject the
    parser gave it the compound before it. Returns how many."""
    fixed = 0
    for tok in doc:
        if tok.pos_ != "VERB" or pack.relation(tok) != "subj" or tok.lemma_.lower() not in pack.grammar["toll_nouns"] \
                or _deps(tok, pack, "aux", "auxpass"):
            continue
        tok.pos_ = "NOUN"
        for s in _deps(tok, pack, "subj"):
            if s.i == tok.i - 1 and s.lemma_.lower() in pack.grammar["toll_compounds"]:
                s.dep_ = _label(pack, "compound")
        fixed += 1
    return fixed


def people_tagged_verbs(doc, pack: LanguagePack) -> int:
    """"Une attaque a blessé un enseignant": a people word the tagger read as a verb (a present
    participle: "enseignant", "manifestants") right after its article is the noun, that word its
    determiner, and the noun the object of a verb of harm before it that has none (not after a
    number: "уничтожении 30 нападавших" are the attackers, a participle). Returns how many."""
    people = lexicon(pack.language).people
    fixed = 0
    for before, tok in zip(doc[:-1], doc[1:]):
        if tok.pos_ != "VERB" or tok.lower_ not in people or _state_or_harm(tok, pack) \
                or before.head != tok or before.pos_ not in ("DET", "PRON") \
                or _deps(tok, pack, "aux", "auxpass") or any(o != before for o in _deps(tok, pack, "obj")):
            continue
        tok.pos_ = "NOUN"
        before.dep_ = _label(pack, "det")
        if before.pos_ == "PRON":
            before.pos_ = "DET"
        verb = tok.head
        if verb.i < tok.i and (_harm_verb(verb, pack) or verb.lemma_.lower() in pack.grammar["transitive"]) \
                and not _deps(verb, pack, "obj") \
                and pack.relation(tok) in ("xcomp", "ccomp", "advcl", "conj", "dep"):
            tok.dep_ = _label(pack, "obj")
        fixed += 1
    return fixed


def objects_read_as_complements(doc, pack: LanguagePack) -> int:
    """"Une attaque au couteau a blessé un enseignant": a determined or counted noun right after a
    verb of harm that has no object, labelled its complement, is its object. Returns how many."""
    moved = 0
    for noun in doc:
        verb = noun.head
        if pack.relation(noun) not in ("xcomp", "dep") or noun.pos_ not in ("NOUN", "PROPN") or verb.i > noun.i \
                or noun.left_edge.i != verb.i + 1 or not _deps(noun, pack, "det", "num") or _deps(verb, pack, "obj") \
                or not (_harm_verb(verb, pack) or verb.lemma_.lower() in pack.grammar["transitive"]):
            continue
        noun.dep_ = _label(pack, "obj")
        moved += 1
    return moved


def _death_noun(tok, pack: LanguagePack) -> bool:
    """A noun of death, injury or harm of the pack's ("la mort", "la vie", "the killing")."""
    cats = pack.grammar["nominal_categories"]
    return tok.lemma_.lower() in cats or tok.lower_ in cats


def owners_read_as_complements(doc, pack: LanguagePack) -> int:
    """"a causé la mort d'un enseignant", "a coûté la vie à un enseignant": the noun whose death or
    life it is, its preposition first, right after the death noun, that the parser labelled a
    complement or modifier (the preposition a marker) is the death noun's own. Returns how many."""
    if pack.grammar.get("prepositions_as_heads", True):
        return 0
    moved = 0
    for noun in doc[2:]:
        case, death = noun.left_edge, doc[noun.left_edge.i - 1]
        if pack.relation(noun) not in ("xcomp", "amod", "dep", "advmod") or noun.pos_ not in ("NOUN", "PROPN") \
                or not (case.head == noun or (case.head.head == noun and pack.relation(case.head) == "num")) \
                or pack.relation(case) not in ("case", "mark") \
                or case.lower_ not in pack.words("partitive") | pack.words("object_markers") \
                or death.pos_ != "NOUN" or not _death_noun(death, pack):
            continue
        noun.head, noun.dep_ = death, _label(pack, "nmod")
        _stale(noun)
        case.head, case.dep_ = noun, _label(pack, "case")  # (not on its count: "d'onze fidèles")
        _stale(case)
        moved += 1
    return moved


def owners_listed_after_a_comma(doc, pack: LanguagePack) -> int:
    """"a causé la mort d'un journaliste, (d')un chauffeur et (de) deux gardes": the parser ends the
    death noun's owner at the comma and hangs the next member on the death noun or its verb, the last
    on the next. A person or a count, they are the owner's conjuncts. Returns how many."""
    if pack.grammar.get("prepositions_as_heads", True):
        return 0
    people, moved = lexicon(pack.language).people, 0
    for owner in doc[2:]:
        death, comma = owner.head, owner.right_edge.i + 1
        if pack.relation(owner) != "nmod" or death.i > owner.i or comma + 1 >= len(doc) or doc[comma].text != "," \
                or not any(c.lower_ in pack.words("partitive") for c in _deps(owner, pack, "case")) \
                or not _death_noun(death, pack):
            continue
        member = next((t for t in doc[comma + 1:] if t.left_edge.i == comma + 1 and t.head.i < comma), None)
        if member is None or member.head not in (death, death.head, owner) or member.pos_ not in ("NOUN", "PROPN") \
                or pack.relation(member) not in ("appos", "obl", "nmod", "obj", "conj") or not _listed(member, pack, people) \
                or any(c.lower_ not in pack.words("partitive") for c in _deps(member, pack, "case")):
            continue
        member.head, member.dep_ = owner, _label(pack, "conj")
        _stale(member)
        for last in _deps(member, pack, "nmod"):
            if last.i > member.i and (pack.relation(last.left_edge) == "cc" or _cc_before(last, pack) is not None):
                last.head, last.dep_ = owner, _label(pack, "conj")
                _stale(last)
        moved += 1
    return moved


def presence_verbs_read_as_modifiers(doc, pack: LanguagePack) -> int:
    """"Vingt-trois passagers figurent parmi les morts de l'attaque": the parser makes the verb of
    presence a modifier (or a noun) of the noun before it, the group it names them among hung on
    the verb or on that noun. The verb takes the place of the phrase the noun ends (a list's first
    member, or the subject of the reporting verb after, whose clause it becomes) and that phrase is
    its subject. Returns how many."""
    verbs, among, moved = pack.words("presence_verbs"), pack.words("including"), 0
    for tok in doc[1:]:
        noun = tok.head
        if noun.i > tok.i or noun.pos_ not in ("NOUN", "PROPN") or tok.pos_ not in ("VERB", "NOUN") \
                or pack.relation(tok) not in ("amod", "acl", "conj", "nmod", "dep", "advmod"):
            continue
        after = [c for c in _children(noun) if c.i > tok.i]
        if not any(c.lower_ in among for o in list(_children(tok)) + after for c in _deps(o, pack, "case")):
            continue  # (the group first: the lemmatiser only for a word with one)
        lemma = tok.lemma_.lower() if tok.pos_ == "VERB" else pack.lemma_as_verb(tok)
        if lemma not in verbs:
            continue
        kept = _kept_last_member(tok, pack)
        if _deps(tok, pack, "subj", "subjpass") and kept is None:
            continue
        top = noun
        while pack.relation(top) in ("nmod", "conj", "appos") and top.head.i < top.i:
            top = top.head
        tok.pos_, tok.lemma_ = "VERB", lemma
        for c in after + [c for c in _children(top) if c.i > tok.i]:
            c.head = tok
            _stale(c)
        if top.head == top:
            tok.head, tok.dep_ = tok, top.dep_
            _stale(tok)
        elif pack.relation(top) in ("subj", "subjpass") and top.head.i > tok.i:
            tok.head, tok.dep_ = top.head, _label(pack, "ccomp")  # "..., a indiqué la police"
            _stale(tok)
        else:
            tok.head, tok.dep_ = top.head, top.dep_
            _stale(tok)
        if kept is not None:
            _heads_the_list(top, tok, kept, pack)
        else:
            top.head, top.dep_ = tok, _label(pack, "subj")
            _stale(top)
        moved += 1
    return moved


def members_read_as_modifiers_of_the_verb(doc, pack: LanguagePack) -> int:
    """"told Reuters a paramedic and four patients were killed": the list's first member, with its
    article, tagged an adjective and hung on the verb as a modifier, the conjunction on it; the
    verb's subject is the list's last. The first heads the list as the verb's subject. Returns how many."""
    moved = 0
    for tok in doc[1:]:
        verb = tok.head
        if tok.pos_ not in ("ADJ", "NOUN") or verb.pos_ != "VERB" or verb.i < tok.i \
                or pack.relation(tok) not in ("amod", "advmod", "dep") or not _deps(tok, pack, "det") \
                or not _harm_clause(verb, pack):
            continue
        subjects = _deps(verb, pack, "subj", "subjpass")
        cc = next((c for c in _deps(tok, pack, "cc") if c.i > tok.i), None)
        if len(subjects) != 1 or cc is None or subjects[0].left_edge.i != cc.i + 1 or not tok.i < cc.i < subjects[0].i:
            continue
        last = subjects[0]
        tok.head, tok.dep_, tok.pos_ = verb, last.dep_, "NOUN"
        _stale(tok)
        last.head, last.dep_ = tok, _label(pack, "conj")
        _stale(last)
        cc.head = last
        _stale(cc)
        moved += 1
    return moved


def subjects_read_as_second_objects(doc, pack: LanguagePack) -> int:
    """"A local official told AFP a teacher and his wife were shot dead": the parser makes the told
    clause's subject a second object of the reporting verb (after the one told), the clause's verb
    left with no subject, or with the list's last member only, its conjunction on the reporting verb.
    The object is the clause's subject, heading the list, and the clause the reporting verb's.
    Returns how many."""
    said, moved = sides_table(pack.language)["reporting_verbs"], 0
    for noun in doc[2:]:
        verb, end = noun.head, noun.right_edge.i + 1
        if pack.relation(noun) != "obj" or noun.pos_ not in ("NOUN", "PROPN", "NUM") or verb.lower_ not in said \
                or end >= len(doc) or not any(o.i < noun.i and o.pos_ in ("PROPN", "NOUN", "PRON")
                                              for o in _deps(verb, pack, "obj", "xcomp", "dep")):  # (the one told)
            continue
        nxt = doc[end]
        clause = nxt.head if pack.relation(nxt) in ("aux", "auxpass") else None
        kept = None
        if clause is None and pack.relation(nxt) == "cc" and nxt.head == verb:
            clause = next((c for c in _deps(verb, pack, "conj", "ccomp") if c.i > end), None)
            own = _deps(clause, pack, "subj", "subjpass") if clause is not None else []
            kept = (own[0], nxt) if len(own) == 1 and own[0].left_edge.i == end + 1 else None
            if kept is None:
                continue
        if clause is None or clause.head != verb or clause.i < end or not _harm_clause(clause, pack) \
                or (kept is None and _deps(clause, pack, "subj", "subjpass")):
            continue
        if kept is not None:
            _heads_the_list(noun, clause, kept, pack)
        else:
            noun.head, noun.dep_ = clause, _label(pack, "subjpass" if _deps(clause, pack, "auxpass") else "subj")
            _stale(noun)
        clause.dep_ = _label(pack, "ccomp")
        moved += 1
    return moved


def owners_cut_from_their_bodies(doc, pack: LanguagePack) -> int:
    """"The bodies of a nurse and three patients were recovered", "Los cuerpos de un concejal y su
    escolta fueron hallados": the parser ends the bodies' owner at the conjunction and hangs the
    list's rest on the body noun, or makes it the subject of the finding verb (the body noun that
    verb's other subject, or the subject of a reporting verb after, the finding verb its conjunct).
    The rest is the owner's conjunct and the body noun the finding verb's subject. Returns how many."""
    bodies, verbs, moved = pack.words("body_nouns"), pack.words("body_verbs"), 0
    people = lexicon(pack.language).people  # (a listed person, not "the body of a policeman and his rifle")
    for body in doc:
        if body.lemma_.lower() not in bodies and body.lower_ not in bodies:
            continue
        owner = next((n for n in _partitive(body, pack) if n.i > body.i), None)
        if owner is None or owner.pos_ not in ("NOUN", "PROPN") or _deps(owner, pack, "conj"):
            continue
        rest = [c for c in _deps(body, pack, "conj") if c.i > owner.i and _listed(c, pack, people) and _cc_before(c, pack) is not None]
        if rest:
            rest[0].head = owner
            _stale(rest[0])
            moved += 1
            continue
        verb = body.head if pack.relation(body) in ("subj", "subjpass") else None
        split = [c for c in _deps(body, pack, "conj") if c.i > owner.i and c.lemma_.lower() in verbs]
        verb = split[0] if split else verb
        later = [c for c in _deps(verb, pack, "subj", "subjpass") if c.i > owner.i] \
            if verb is not None and verb.lemma_.lower() in verbs else []
        if len(later) != 1 or not _listed(later[0], pack, people) or (cc := _cc_before(later[0], pack)) is None:
            continue
        last, told = later[0], later[0].dep_
        last.head, last.dep_ = owner, _label(pack, "conj")
        _stale(last)
        cc.head = last
        _stale(cc)
        if split:  # "Les corps d'une femme et son mari ont été retrouvés ..., a annoncé l'armée"
            clause = body.head
            verb.head, verb.dep_ = (verb, body.dep_) if clause == body else (
                clause, _label(pack, "ccomp") if clause.i > verb.i else body.dep_)
            _stale(verb)
            body.head, body.dep_ = verb, told
            _stale(body)
        moved += 1
    return moved


def objects_of_a_phrasal_noun(doc, pack: LanguagePack) -> int:
    """"dieron muerte a veintitrés pasajeros": the marked object of a verb phrase of a verb and its
    noun (the pack's `phrasal`), hung on the noun, is the verb's. Returns how many."""
    phrasal, moved = pack.grammar.get("phrasal") or {}, 0
    for noun in doc[2:]:
        part = noun.head
        verb = part.head
        if part.i > noun.i or pack.relation(part) != "obj" or not _marked_object(noun, pack) \
                or f"{verb.lemma_.lower()} {part.lemma_.lower()}" not in phrasal:
            continue
        noun.head, noun.dep_ = verb, _label(pack, "obj")
        _stale(noun)
        moved += 1
    return moved


def participles_read_as_modifiers(doc, pack: LanguagePack) -> int:
    """"..., blessant un policier, ont rapporté des témoins": the parser makes a present participle of
    harm the modifier of the noun after it. The participle takes the noun's place in the tree and the
    noun is its object. Returns how many."""
    moved = 0
    for verb in doc:
        noun = verb.head
        if verb.pos_ != "VERB" or pack.relation(verb) != "amod" or noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN") \
                or "Pres" not in verb.morph.get("Tense") or "Part" not in verb.morph.get("VerbForm") \
                or not _harm_verb(verb, pack) or noun.head == noun \
                or any(t.pos_ not in ("DET", "NUM") for t in doc[verb.i + 1:noun.i]):
            continue
        verb.head, verb.dep_ = noun.head, _label(pack, "advcl")
        _stale(verb)
        noun.head, noun.dep_ = verb, _label(pack, "obj")
        _stale(noun)
        moved += 1
    return moved


def places_tagged_verbs(doc, pack: LanguagePack) -> int:
    """"A passenger was rushed to hospital with serious injuries": a hospital noun the tagger read
    as an infinitive ("to" its particle) is the place of the verb it hangs on: "to" becomes its
    preposition there, and what hung on the noun hangs on that verb. Returns how many."""
    places = pack.words("hospital_nouns")
    moved = 0
    for to, tok in zip(doc[:-1], doc[1:]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in places or tok.head == tok \
                or to.pos_ != "PART" or to.head != tok:
            continue
        verb = tok.head
        for c in list(_children(tok)):
            if c != to:
                c.head = verb
                _stale(c)
        to.head, to.dep_, to.pos_ = verb, _label(pack, "prep"), "ADP"
        _stale(to)
        tok.head, tok.dep_, tok.pos_ = to, _label(pack, "pobj"), "NOUN"
        _stale(tok)
        moved += 1
    return moved


def counts_left_on_a_state(doc, pack: LanguagePack) -> int:
    """"Загиблих унаслідок атаки вже п'ятеро": a number after a state word heading its line, hung
    on it with no relation of ours, is the state's count: the number heads the line, the state its
    subject (as the parser reads "Погибших уже пятеро"). Returns how many."""
    fixed = 0
    for tok in doc:
        state = tok.head
        if tok.pos_ == "NUM" and pack.relation(tok) == "dep" and state.head == state and state.i < tok.i \
                and stated(state, pack) and not _deps(state, pack, "num", "subj"):
            tok.head, tok.dep_ = tok, state.dep_
            _stale(tok)
            state.head, state.dep_ = tok, _label(pack, "subj")
            _stale(state)
            joined = _deps(tok, pack, "conj")  # "..., раненых восемь": the second pair read as two conjuncts
            for second, count in zip(joined, joined[1:]):
                if stated(second, pack) and count.pos_ == "NUM" and second.i + 1 == count.i:
                    second.head, second.dep_ = count, _label(pack, "subj")
                    _stale(second)
            fixed += 1
    return fixed


def present_headline(doc, pack: LanguagePack) -> int:
    """"Une attaque tue cinq soldats", "Un ataque mata a cinco soldados", "A rocket attack wounds
    four contractors": a headline's present tense the tagger took for a noun or a modifier of the
    noun before it (the noun made the root, the counted victims its modifiers). Where the sentence
    has no verb and a word after the root noun is, by its lemma or the pack's `verb_endings`, a
    form of a casualty verb, that word becomes the root verb, the noun its subject and the first
    counted noun after it its object; a plural root noun of a casualty verb between a compound and
    a number ("Blast wounds 15") is itself the verb. Returns how many (0 or 1)."""
    endings = pack.grammar.get("verb_endings") or {}
    root = next((t for t in doc if t.head == t), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") \
            or any(t.pos_ in ("VERB", "AUX") and pack.relation(t) != "prep" for t in doc):  # not "including"
        return 0
    verbs = set(pack.grammar["transitive"])
    subject = next((c for c in _children(root) if c.i == root.i - 1 and pack.relation(c) == "compound"), None)
    after = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if root.lemma_.lower() in verbs and subject is not None and after is not None and after.pos_ == "NUM" \
            and "Plur" in root.morph.get("Number"):
        root.pos_ = "VERB"  # "Blast wounds 15 in Mogadishu": the verb taken for a noun, its subject for a compound
        subject.dep_, after.head, after.dep_ = _label(pack, "subj"), root, _label(pack, "obj")
        _stale(after)
        return 1
    for tok in doc[root.i + 1:]:
        lemma = tok.lemma_.lower() if tok.lemma_.lower() in verbs else next(
            (tok.lower_[:-len(e)] + new for e, new in endings.items()
             if tok.lower_.endswith(e) and tok.lower_[:-len(e)] + new in verbs), None)
        if lemma is None or tok.like_num:
            continue
        victim = next((n for n in doc[tok.i + 1:tok.i + 5] if n.pos_ in ("NOUN", "PROPN") and any(
            pack.relation(c) == "num" for c in _children(n))), None)
        if victim is None:
            return 0
        tok.head, tok.dep_, tok.pos_, tok.lemma_ = tok, root.dep_, "VERB", lemma
        _stale(tok)
        for t in doc[tok.i + 1:victim.i]:
            if t.head == root:
                t.head = tok  # words between the verb and its object hang on the verb
                _stale(t)
        root.head, root.dep_ = tok, _label(pack, "subj")
        _stale(root)
        victim.head, victim.dep_ = tok, _label(pack, "obj")
        _stale(victim)
        return 1
    return 0


def headline_passives(doc, pack: LanguagePack) -> int:
    """"Soldier shot dead at checkpoint", "Mexican journalist murdered", "Mayor gunned down in
    Mexico": a headline's passive with its auxiliary dropped, which the parser read as an active
    verb with no object, its subject a singular noun with no article or count opening the line
    (the first of the headline's clauses: "Policeman killed, two others wounded"). Only a headline
    leaves out the article, so the subject is the passive's; so is the subject after a participle
    opening the line ("Asesinado un líder indígena en el norte del Cauca"). Returns how many (0 or 1)."""
    first = next((t for t in doc if not t.is_punct), None)
    if first is None:
        return 0
    if first.pos_ == "VERB" and participle(first) and first.head == first:
        verb, after = first, True
        subj = next((c for c in _deps(first, pack, "subj") if c.i > first.i), None)
    else:
        noun, after = first, False
        while pack.relation(noun) != "subj" and noun.head != noun and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # from the subject's first word ("Mexican") to the subject
        verb = noun.head
        subj = noun if pack.relation(noun) == "subj" and noun.left_edge == first else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" \
            or not (verb.head == verb or (pack.relation(verb) == "ccomp" and verb.head.i > verb.i)) \
            or "Past" not in verb.morph.get("Tense") or "Sing" not in subj.morph.get("Number") \
            or (not after and (subj.i + 1 != verb.i or _deps(subj, pack, "det", "poss", "num"))) \
            or _deps(verb, pack, "obj", "aux", "auxpass", "subjpass") \
            or any(o.i > verb.i for r in _children(verb) for o in _deps(r, pack, "obj", "pobj")
                   if pack.relation(r) in ("prt", "pred", "oprd")):
        return 0
    if not _harm_verb(verb, pack):
        return 0
    subj.dep_ = _label(pack, "subjpass")
    return 1


def states_on_time(doc, pack: LanguagePack) -> int:
    """"Two men were found dead hours later": a state right after a verb of leaving or finding that
    the parser made a modifier of the time phrase after it is the verb's (the victims' state).
    Returns how many."""
    moved = 0
    for tok in doc:
        when, verb = tok.head, doc[tok.i - 1] if tok.i else tok
        if (stated(tok, pack) and pack.relation(tok) == "amod" and when.pos_ == "NOUN" and when.left_edge == tok
                and pack.relation(when) == "advmod" and verb.pos_ == "VERB" and when in verb.subtree
                and verb.lemma_.lower() in pack.words("leave_verbs")):  # ("days later": the days hung on "later")
            tok.head, tok.dep_ = verb, _state_label(pack)
            _stale(tok)
            moved += 1
    return moved


def numbers_before_days(doc, pack: LanguagePack) -> int:
    """"Le bilan s'est alourdi à 58 mardi": the parser makes a figure its day's count, though a day's
    name is never counted. The figure hangs where the day hangs, in the day's relation.
    Returns how many."""
    moved = 0
    days = pack.words("day_names")
    for num in doc:
        day = num.head
        if num.pos_ == "NUM" and pack.relation(num) == "num" and day.i == num.i + 1 and day.head != day \
                and (day.lower_ in days or day.lemma_.lower() in days):
            num.head, num.dep_ = day.head, day.dep_
            _stale(num)
            moved += 1
    return moved


def verbs_on_days(doc, pack: LanguagePack) -> int:
    """"a tué lundi 12 civils": the parser makes the day the sentence's head, the verb right before
    it the day's modifier, and the count after it the day's (its noun a modifier of the number). The
    verb takes the day's place, the day and the count hang on it, the counted word is the object
    with the number its count. Returns how many."""
    days = pack.words("day_names")
    if "obl" not in pack.grammar["relations"].values():
        return 0
    moved = 0
    for day in doc[1:-1]:
        verb, num = doc[day.i - 1], doc[day.i + 1]
        if not (day.lower_ in days or day.lemma_.lower() in days) or verb.head != day or verb.pos_ != "VERB" \
                or num.head != day or num.pos_ != "NUM" or pack.relation(num) != "num":
            continue
        for c in list(_children(day)):
            if c not in (verb, num) and c.i > day.i:
                c.head = verb
                _stale(c)
        verb.head, verb.dep_ = (verb if day.head == day else day.head), day.dep_
        _stale(verb)
        day.head, day.dep_ = verb, _label(pack, "obl")
        _stale(day)
        noun = doc[num.i + 1] if num.i + 1 < len(doc) else None
        if noun is not None and noun.head == num and noun.pos_ in ("ADJ", "NOUN"):
            noun.head, noun.dep_, noun.pos_ = verb, _label(pack, "obj"), "NOUN"
            _stale(noun)
            num.head = noun  # "12 civils", the noun tagged an adjective of its number
            _stale(num)
        else:
            num.head, num.dep_ = verb, _label(pack, "obj")
            _stale(num)
        moved += 1
    return moved


def states_on_tolls(doc, pack: LanguagePack) -> int:
    """"left a toll of six soldiers dead": the parser hangs the state on the toll noun; it is the
    state of the counted people the toll is of. Returns how many."""
    moved = 0
    for state in doc:
        toll = state.head
        if toll.lemma_.lower() not in pack.grammar["toll_nouns"] or state.i < toll.i \
                or pack.relation(state) != "amod" or not stated(state, pack):
            continue
        of = pack.words("partitive")
        phrases = [n for p in _deps(toll, pack, "prep") if p.lower_ in of for n in _deps(p, pack, "pobj")] + [
            n for n in _deps(toll, pack, "nmod") if any(k.lower_ in of for k in _deps(n, pack, "case"))]
        counted = [n for n in phrases if n.i < state.i and (_deps(n, pack, "num") or n.pos_ == "NUM")]
        if counted:
            state.head = counted[0]
            _stale(state)
            moved += 1
    return moved


def objects_read_as_modifiers_of_a_state(doc, pack: LanguagePack) -> int:
    """"The raid left the village's imam dead": a noun right before the state a leave verb with no
    object left something in, hung on the state as its modifier, is the verb's object (as in "left
    the imam dead"). Returns how many."""
    moved = 0
    for noun in doc:
        state = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or pack.relation(noun) != "amod" or state.i != noun.i + 1 \
                or pack.relation(state) not in ("oprd", "xcomp") or not stated(state, pack):
            continue
        verb = state.head
        if verb.i > noun.i or verb.lemma_.lower() not in pack.words("leave_verbs") or _deps(verb, pack, "obj"):
            continue
        noun.head, noun.dep_ = verb, _label(pack, "obj")
        _stale(noun)
        moved += 1
    return moved


def states_read_as_clauses_after_a_relative(doc, pack: LanguagePack) -> int:
    """"a shootout with police which left three officers and the suspect wounded": the state right
    after a relative clause's leave verb and its object, which the parser made a clause of its own
    (with the relative's antecedent as its subject, "police ... wounded", or with the object's last
    conjunct, "and Rahami wounded"), is the leave verb's, and that conjunct the object's. The
    antecedent goes back under the preposition before it where that has no object. Returns how many."""
    moved = 0
    for leave in doc:
        if pack.relation(leave) != "relcl" or leave.lemma_.lower() not in pack.words("leave_verbs") \
                or leave.right_edge.i + 2 >= len(doc) or not _deps(leave, pack, "obj") or _deps(leave, pack, "oprd", "xcomp"):
            continue
        ante, obj, edge = leave.head, _deps(leave, pack, "obj")[0], leave.right_edge.i
        cut = _cut_conjunct(doc, edge, pack)
        state = doc[cut.right_edge.i + 1] if cut is not None and cut.right_edge.i + 1 < len(doc) else doc[edge + 1]
        old, subjects = state.head, [t for t in _deps(state, pack, "subj", "subjpass") if t != cut]
        if state.pos_ != "VERB" or old == state or not _state_or_harm(state, pack) or subjects not in ([], [ante]) \
                or _deps(state, pack, "obj", "aux", "auxpass") or state in list(leave.ancestors) \
                or (cut is not None and cut.head not in (ante, state)):
            continue
        state.head, state.dep_ = leave, _state_label(pack)
        _stale(state)
        if cut is not None:  # "... 3 officers and Rahami wounded": the conjunct (and its "and") back on the object
            cut.head, cut.dep_ = obj, _label(pack, "conj")
            _stale(cut)
            doc[edge + 1].head = cut
            _stale(cut)
        moved += 1
        if not subjects:
            continue
        before = doc[ante.left_edge.i - 1] if ante.left_edge.i else None
        back = before is not None and pack.relation(before) == "prep" and not _deps(before, pack, "pobj") \
            and state not in list(before.ancestors)
        ante.head, ante.dep_ = (before, _label(pack, "pobj")) if back else (old, _label(pack, "dep"))
        _stale(ante)
    return moved


def _cut_conjunct(doc, edge: int, pack: LanguagePack):
    """The noun phrase after "and" right past a clause ending at `edge` ("which left 3 officers |
    and the suspect"), or None."""
    if pack.relation(doc[edge + 1]) != "cc":
        return None
    noun = doc[edge + 2]
    while noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.left_edge.i == edge + 2 else None


def _aside_opening(noun, pack: LanguagePack) -> list:
    """The breakdown word and its pronoun that open an aside before `noun`, after a comma (", among
    them a local candidate"), as the parser hung them on the noun; [] where none."""
    return [p for p in _deps(noun, pack, "prep") if p.i < noun.i and _opens_a_part(p, pack)]


def _opens_a_part(word, pack: LanguagePack) -> bool:
    """A breakdown word after a comma with its pronoun (", among them")."""
    return word.lower_ in pack.words("including") and word.i > 0 and word.doc[word.i - 1].is_punct \
        and any(o.pos_ == "PRON" for o in _deps(word, pack, "pobj"))


def parts_read_as_objects(doc, pack: LanguagePack) -> int:
    """"left one person dead and dozens hurt, among them a local candidate": a noun after a comma and
    a breakdown word with its pronoun ("among them"), which the parser made the object of the verb
    before it (the hurt harming the candidate), is that word's second object, a part of the figure
    before (as in "left 14 dead, among them six children"). Returns how many."""
    moved = 0
    for noun in doc[3:]:
        verb = noun.head
        if pack.relation(noun) != "obj" or verb.i > noun.i:
            continue
        opening = _aside_opening(noun, pack)
        if not opening or not _state_or_harm(verb, pack) or not _deps(verb, pack, "subj", "subjpass"):
            continue
        opening[0].head = verb
        _stale(opening[0])
        noun.head, noun.dep_ = opening[0], _label(pack, "pobj")
        _stale(noun)
        moved += 1
    return moved


def _partitive_pronoun(number, pack: LanguagePack) -> bool:
    """"two of them": the number's partitive word takes a pronoun."""
    return any(p.lower_ in pack.words("partitive") and any(o.pos_ == "PRON" for o in _deps(p, pack, "pobj"))
               for p in _deps(number, pack, "prep"))


def parts_named_after_their_number(doc, pack: LanguagePack) -> int:
    """"left two people dead, one of them a child, and wounded four": a noun right after a number
    with its partitive pronoun (", one of them"), both hung on the verb (the noun made its second
    object; the number there or set beside the first: "wounded seven, one of them a child"), names
    that number's people: the number's apposition. Where the parser made the number the noun's own
    count ("left five people dead, two of them children"), the number is the apposition of the
    figure before. Returns how many."""
    moved = 0
    for noun in doc[4:]:
        if pack.relation(noun) not in ("obj", "conj"):
            continue
        number, whole = doc[noun.left_edge.i], _figure_before_a_part(noun, pack)
        if whole is not None:
            number.head, number.dep_ = whole, _label(pack, "appos")
            _stale(number)
            noun.head, noun.dep_ = number, _label(pack, "appos")
            _stale(noun)
            moved += 1
            continue
        verb, pronoun = noun.head, doc[noun.left_edge.i - 1]
        number = pronoun.head.head  # ", one [of [them]] a child"
        if pack.relation(noun) != "obj" or verb.i > noun.i or pronoun.pos_ != "PRON" or number.pos_ != "NUM" \
                or not _partitive_pronoun(number, pack) \
                or not (number.head == verb or (pack.relation(number) == "appos" and number.head.head == verb)) \
                or not number.left_edge.i or not doc[number.left_edge.i - 1].is_punct:
            continue
        noun.head, noun.dep_ = number, _label(pack, "appos")
        _stale(noun)
        moved += 1
    return moved


def _figure_before_a_part(noun, pack: LanguagePack):
    """The figure before a comma that `noun`, counted by a number with its partitive pronoun ("two
    of them children"), details: the noun's head where it is a conjunct, the verb's object before
    where it is an object; None where the noun is no such part."""
    number = noun.doc[noun.left_edge.i]
    if number.head != noun or number.pos_ != "NUM" or pack.relation(number) != "num" or not number.i \
            or not noun.doc[number.i - 1].is_punct or not _partitive_pronoun(number, pack):
        return None
    if pack.relation(noun) == "conj":
        return noun.head if noun.head.i < number.i else None
    if pack.relation(noun) == "obj":
        return next((o for o in _deps(noun.head, pack, "obj") if o.i < number.i), None)
    return None


def parts_read_as_appositions(doc, pack: LanguagePack) -> int:
    """"At least 16 people were killed, among them the mayor, his deputy and several council members":
    a noun right after a breakdown word with its pronoun (", among them") hung on the verb, which the
    parser made an apposition of a noun before the word, is that word's second object, a part of the
    figure before. Returns how many."""
    moved = 0
    for noun in doc[4:]:
        whole = noun.head
        if pack.relation(noun) != "appos" or whole.i > noun.i:
            continue
        pronoun = doc[noun.left_edge.i - 1]
        word = pronoun.head
        if pronoun.pos_ != "PRON" or pack.relation(pronoun) != "pobj" or not _opens_a_part(word, pack) \
                or not whole.i < word.i < noun.i:
            continue
        noun.head, noun.dep_ = word, _label(pack, "pobj")
        _stale(noun)
        moved += 1
    return moved


def lists_resumed_after_a_part(doc, pack: LanguagePack) -> int:
    """"left seven dead, among them the groom, and nineteen guests injured": the part after a comma and
    a breakdown word with its pronoun, hung on the verb, which the parser made the verb's second
    object, is that word's object; the conjunct after it, behind a comma, resumes the verb's list and
    is the first object's. Returns how many."""
    moved = 0
    for noun in doc[4:]:
        verb = noun.head
        if pack.relation(noun) != "obj" or verb.i > noun.i:
            continue
        pron = doc[noun.left_edge.i - 1]
        word = pron.head
        if pron.pos_ != "PRON" or pack.relation(pron) != "pobj" or word.head != verb or word.i != pron.i - 1 \
                or not _opens_a_part(word, pack):
            continue
        first = next((o for o in _deps(verb, pack, "obj") if o.i < word.i), None)
        if first is None:
            continue
        noun.head, noun.dep_ = word, _label(pack, "pobj")
        _stale(noun)
        for c in _deps(noun, pack, "conj"):
            if doc[c.left_edge.i - 1].is_punct or (_deps(c, pack, "cc") and doc[c.left_edge.i - 2].is_punct):
                c.head = first  # ", and nineteen guests injured": behind a comma
                _stale(c)
        moved += 1
    return moved


def subjects_read_as_objects_of_a_conjunction(doc, pack: LanguagePack) -> int:
    """"Two soldiers were killed as another was wounded", "It came a week after an ambush in the
    district killed 11 troops": a subordinating word the parser took for a preposition, its "object"
    ending right before an adverbial clause with no subject (at its auxiliary, or at its finite verb):
    that word is the clause's marker and the noun its subject. So too where the word hangs on the
    clause's own span of time, the clause then read as a conjunct (", a week after an ambush ...
    killed 11 troops"). Returns how many."""
    moved = 0
    for clause in doc:
        relation = pack.relation(clause)
        if relation not in ("advcl", "conj") or clause.i < 2:
            continue
        aux = _deps(clause, pack, "aux", "auxpass")
        if not aux and "Fin" not in clause.morph.get("VerbForm"):
            continue
        if _deps(clause, pack, "subj", "subjpass", "mark"):
            continue
        noun = next((n for n in _objects_ending_at(doc[min([a.i for a in aux] + [clause.i]) - 1], pack)
                     if _marks(n.head, clause, relation, bool(aux), pack)), None)
        if noun is None:
            continue
        passive = any(pack.relation(a) == "auxpass" for a in aux)
        _mark_the_clause(clause, noun, "subjpass" if passive else "subj", pack)
        if relation == "conj":
            clause.dep_ = _label(pack, "advcl")
        moved += 1
    return moved


def participles_read_as_verbs_after_a_preposition(doc, pack: LanguagePack) -> int:
    """", a week after a similar attack on a wedding killed 20": a participle with an object of its
    own and no auxiliary, hung as a clause of the last noun inside the phrase of an earlier-marking
    word the parser took for a preposition, is a finite verb: that word marks it, and the phrase's
    first noun is its subject. Returns how many."""
    moved = 0
    for clause in doc[3:]:
        if pack.relation(clause) != "acl" or not participle(clause) or _deps(clause, pack, "aux", "auxpass", "subj", "subjpass") \
                or not any(o.i > clause.i for o in _deps(clause, pack, "obj")):
            continue
        noun = clause.head
        while pack.relation(noun) == "pobj" and noun.head.head != noun.head and noun.head.lower_ not in pack.words("earlier_marks"):
            noun = noun.head.head  # up through "on a wedding"
        word = noun.head
        if pack.relation(noun) != "pobj" or word.lower_ not in pack.words("earlier_marks") or word.head == word \
                or noun.left_edge.i != word.i + 1 or not word.i < noun.i < clause.i:
            continue
        clause.head, clause.dep_ = word.head, _label(pack, "advcl")
        _stale(clause)
        _mark_the_clause(clause, noun, "subj", pack)
        moved += 1
    return moved


def _mark_the_clause(clause, noun, relation: str, pack: LanguagePack) -> None:
    """The word that took `noun` as its object ("after [an ambush]") becomes the marker of `clause`,
    and the noun the clause's subject (`relation`: "subj" or "subjpass")."""
    word = noun.head
    noun.head, noun.dep_ = clause, _label(pack, relation)
    _stale(noun)
    word.head, word.dep_ = clause, _label(pack, "mark")
    _stale(word)


def objects_read_as_subjects_of_a_marked_clause(doc, pack: LanguagePack) -> int:
    """"went missing after the firefight and one was later found dead": a clause marked by an
    earlier-marking word with two subjects, the first right after the word and ending on a
    conjunction: the word is a preposition of the clause's head, the first subject its object, and the
    clause a conjunct of its head with the second subject alone. Returns how many."""
    moved = 0
    for clause in doc:
        marks = [m for m in _deps(clause, pack, "mark") if m.lower_ in pack.words("earlier_marks")]
        subjects = _deps(clause, pack, "subj", "subjpass")
        if len(marks) != 1 or len(subjects) != 2 or clause.head == clause:
            continue
        mark, (first, second) = marks[0], subjects
        ccs = [c for c in _deps(first, pack, "cc") if c.i == first.right_edge.i]
        if first.pos_ not in ("NOUN", "PROPN") or first.left_edge.i != mark.i + 1 or not ccs \
                or second.left_edge.i != ccs[0].i + 1 or mark.i < clause.head.i:
            continue
        mark.head, mark.dep_ = clause.head, _label(pack, "prep")
        _stale(mark)
        first.head, first.dep_ = mark, _label(pack, "pobj")
        _stale(first)
        ccs[0].head = clause
        _stale(ccs[0])
        clause.dep_ = _label(pack, "conj")
        moved += 1
    return moved


def subjects_read_as_objects_of_a_relative(doc, pack: LanguagePack) -> int:
    """"said the number of people wounded in the stampede that followed the explosion had reached
    64", "said the toll from the fire that swept the camp after the airstrike had reached 19", "Two
    paramedics who went to help the wounded after the first blast were killed": a clause under a
    relative clause, its subject right after the relative (or after its own marker, a word of
    earlier_marks that is a preposition here), inside the object of a verb of saying with no clause of
    its own, or inside the sentence's root noun: that subject is the relative's object (the marker's),
    the clause the saying verb's (or the root), and that object (or noun) the clause's subject.
    Returns how many."""
    moved = 0
    for clause in doc:
        relative, relation = clause.head, pack.relation(clause)
        marks = _deps(clause, pack, "mark")
        if relation not in ("ccomp", "advcl") or pack.relation(relative) != "relcl" or relative.i > clause.i \
                or not _deps(clause, pack, "aux", "auxpass") \
                or (relation == "ccomp" and (marks or _deps(relative, pack, "obj"))) \
                or (relation == "advcl" and (len(marks) != 1 or marks[0].lower_ not in pack.words("earlier_marks"))):
            continue
        subjects = _deps(clause, pack, "subj", "subjpass")
        outer = next((o for o in [relative.head] + list(relative.head.ancestors)
                      if pack.relation(o) == "obj" and o.head.pos_ == "VERB"), None)
        said = outer is not None and outer.head.lemma_.lower() in pack.words("claiming_verbs") \
            and not _deps(outer.head, pack, "ccomp") and outer.i < relative.i
        root = relative.head if relative.head.head == relative.head and relative.head.pos_ in ("NOUN", "PROPN") else None
        opening = marks[0].i + 1 if marks else relative.i + 1
        if len(subjects) != 1 or subjects[0].left_edge.i != opening or subjects[0].pos_ not in ("NOUN", "PROPN") \
                or not (said or root is not None):
            continue
        subject = subjects[0]
        if marks:
            marks[0].head, marks[0].dep_ = relative, _label(pack, "prep")
            _stale(marks[0])
            subject.head, subject.dep_ = marks[0], _label(pack, "pobj")
            _stale(subject)
        else:
            subject.head, subject.dep_ = relative, _label(pack, "obj")
            _stale(subject)
        if said:
            clause.head, clause.dep_ = outer.head, _label(pack, "ccomp")
            _stale(clause)
            outer.head, outer.dep_ = clause, _label(pack, "subj")
            _stale(outer)
        else:
            _root_for_subject(root, clause, pack, "subjpass" if _deps(clause, pack, "auxpass") else "subj")
        moved += 1
    return moved


def _marks(word, clause, relation: str, aux: bool, pack: LanguagePack) -> bool:
    """A preposition before `clause` that would mark it: on the clause's head (an adverbial clause),
    or on the clause's own span of time; before a bare finite verb, only a word of earlier_marks."""
    if word.i > clause.i or (not aux and word.lower_ not in pack.words("earlier_marks")):
        return False
    return (word.head == clause.head and relation == "advcl") or (
        word.head.head == clause and word.head.lower_ in pack.words("apart_nouns"))


def _objects_ending_at(last, pack: LanguagePack):
    """The objects of prepositions whose phrases end on `last` and start right after their
    preposition, inner first ("after [an ambush in [the district]]")."""
    tok = last
    while True:
        if pack.relation(tok) == "pobj" and pack.relation(tok.head) == "prep" and tok.left_edge.i == tok.head.i + 1 \
                and tok.right_edge.i == last.i:
            yield tok
        if tok.head == tok or tok.head.i > tok.i or tok.head.right_edge.i != last.i:
            return
        tok = tok.head


def subjects_taken_by_their_part(doc, pack: LanguagePack) -> int:
    """"The injured, among them six children, numbered 48": the part an aside opens with a breakdown
    word and its pronoun, which the parser made the verb's subject with the word before the aside as
    its modifier, is that word's second object; the word before is the subject. Returns how many."""
    moved = 0
    for part in doc[3:]:
        verb = part.head
        if pack.relation(part) not in ("subj", "subjpass") or verb.i < part.i:
            continue
        opening = _aside_opening(part, pack)
        if not opening:
            continue
        whole = doc[opening[0].i - 2]
        if whole.head != part or whole.i < 1:
            continue
        whole.head, whole.dep_ = verb, part.dep_
        _stale(whole)
        opening[0].head = whole
        _stale(opening[0])
        part.head, part.dep_ = opening[0], _label(pack, "pobj")
        _stale(part)
        moved += 1
    return moved


def participles_read_as_clausal_subjects(doc, pack: LanguagePack) -> int:
    """"Two health workers taking part in a campaign were shot dead": a present participle after a
    noun, which the parser made the verb's clausal subject with the noun as its own subject, is the
    noun's modifier; the noun is the verb's subject. Returns how many."""
    moved = 0
    for ing in doc[1:]:
        verb = ing.head
        if ing.tag_ != "VBG" or pack.relation(ing) not in ("subj", "subjpass") or verb.i < ing.i:
            continue
        noun = next((s for s in _deps(ing, pack, "subj") if s.i == ing.i - 1 and s.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or [s for s in _deps(verb, pack, "subj", "subjpass") if s != ing]:
            continue
        noun.head, noun.dep_ = verb, _label(pack, "subjpass" if _deps(verb, pack, "auxpass") else "subj")
        _stale(noun)
        ing.head, ing.dep_ = noun, _label(pack, "acl")
        _stale(ing)
        moved += 1
    return moved


def wholes_read_as_subjects(doc, pack: LanguagePack) -> int:
    """"three of the 17 wounded had died": a participle of harm right after the number a partitive
    counts from, made the next verb's subject with the part as its own, is that number's state (as
    in "Two of the 17 wounded later died"); the part is the verb's subject. Returns how many."""
    moved = 0
    for state in doc[1:]:
        verb, whole = state.head, doc[state.i - 1]
        if state.pos_ != "VERB" or whole.pos_ != "NUM" or pack.relation(state) not in ("subj", "subjpass") \
                or verb.i < state.i or not participle(state) or not _state_or_harm(state, pack) \
                or _deps(state, pack, "obj", "aux", "auxpass"):
            continue
        part = next((s for s in _deps(state, pack, "subj", "subjpass") if s.i < whole.i and any(
            p.lower_ in pack.words("partitive") and whole in _deps(p, pack, "pobj") for p in _deps(s, pack, "prep"))), None)
        if part is None:
            continue
        part.head, part.dep_ = verb, state.dep_
        _stale(part)
        state.head, state.dep_ = whole, _label(pack, "acl")
        _stale(state)
        moved += 1
    return moved


def states_on_a_left_object(doc, pack: LanguagePack) -> int:
    """"left a teacher dead and two pupils wounded": where adjectives go before their noun, a state
    right after a leave verb's object is the verb's (the parser made it the noun's modifier), and a
    conjunct after it with a state of its own is that state's subject. Returns how many."""
    if pack.grammar.get("adjectives_after_nouns"):
        return 0
    moved = 0
    for state in doc:
        obj, verb = state.head, state.head.head
        if pack.relation(state) != "amod" or not stated(state, pack) or state.i != obj.i + 1 \
                or pack.relation(obj) != "obj" or verb.i > obj.i or verb.lemma_.lower() not in pack.words("leave_verbs"):
            continue
        later = [c for c in _deps(obj, pack, "conj") if c.i > state.i]
        own = [s for s in _deps(verb, pack, "advcl", "conj") if later and s.i > later[0].i and _state_or_harm(s, pack)
               and not _deps(s, pack, "subj", "subjpass", "obj")]
        hurt = bool(later) and _hurt_beside(later[0], pack)  # "... and three civilians with gunshot wounds"
        if obj.pos_ == "NUM" or (later and not own and not hurt):
            continue  # not "left three dead and two others in serious condition": the state is the first's only
        state.head, state.dep_ = verb, _state_label(pack)
        _stale(state)
        moved += 1
        if later and not hurt:
            for cc in _deps(obj, pack, "cc"):
                cc.head = verb
                _stale(cc)
            later[0].head, later[0].dep_ = own[0], _label(pack, "subj")
            _stale(later[0])
            own[0].dep_ = _label(pack, "conj")
    return moved


def _hurt_beside(noun, pack: LanguagePack) -> bool:
    """The noun has wounds or a place of care of its own ("three civilians with gunshot wounds", "two
    others in serious condition"), read as the repairs leave the tree (relations.hurt_of_its_own, for
    the finished parse, keeps its first reading)."""
    hurt, preps = pack.words("injury_nouns"), pack.words("injury_preps")
    for p in _children(noun):
        rel = pack.relation(p)
        pairs = [(p.lower_, n) for n in _deps(p, pack, "pobj")] if rel == "prep" else [
            (c.lower_, p) for c in _deps(p, pack, "case")] if rel in ("nmod", "obl") else []
        if any((word in preps and (n.lower_ in hurt or n.lemma_.lower() in hurt)) or in_care(n, pack, _deps(n, pack, "amod"))
               for word, n in pairs):
            return True
    return False


def states_hung_past_a_left_object(doc, pack: LanguagePack) -> int:
    """"..., leaving two pupils wounded": a state right after a leave verb's object, hung on
    another verb (or made the head the leave verb is the clausal subject of), is the leave
    verb's. Returns how many."""
    moved = 0
    for state in doc[2:]:
        if pack.relation(state) not in ("advcl", "conj", "dep", "root", "xcomp", "ccomp") or not stated(state, pack):
            continue
        obj = doc[state.i - 1]
        verb = obj.head
        if state.head == verb or pack.relation(obj) != "obj" or verb.i > obj.i \
                or verb.lemma_.lower() not in pack.words("leave_verbs") \
                or any(c != verb for c in _deps(state, pack, "subj", "subjpass", "obj")):
            continue
        if verb.head == state:  # the leave verb as the state's clausal subject: it takes the state's place
            verb.head = verb if state.head == state else state.head
            _stale(verb)
            verb.dep_ = state.dep_
        elif state in verb.subtree or verb not in state.head.subtree:
            continue
        state.head, state.dep_ = verb, _state_label(pack)
        _stale(state)
        moved += 1
    return moved


def absolute_participles(doc, pack: LanguagePack) -> int:
    """"..., with twenty-two people confirmed dead": a past tense or participle under a mark of the
    pack's `absolute_marks`, with a subject, no auxiliary and a state, is a participle in the
    passive (its subject the passive's). Returns how many."""
    marks = pack.words("absolute_marks")
    if not marks:
        return 0
    moved = 0
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBN") or not (any(m.lower_ in marks for m in _deps(verb, pack, "mark"))
                                                   or (pack.relation(verb) == "pcomp" and verb.head.lower_ in marks)) \
                or _deps(verb, pack, "aux", "auxpass", "obj"):
            continue
        loose = _stated_at(doc, verb.i + 1, pack) and doc[verb.i + 1].head != verb  # "with 30 more reported
        if not loose and not any(stated(s, pack) for s in _deps(verb, pack, "oprd", "xcomp")):  # wounded", the
            continue  # state hung on the clause above
        subjects = _deps(verb, pack, "subj")
        if len(subjects) != 1:
            continue
        if loose and not doc[verb.i + 1].is_ancestor(verb):
            doc[verb.i + 1].head, doc[verb.i + 1].dep_ = verb, _label(pack, "xcomp")
            _stale(doc[verb.i + 1])
        verb.tag_ = "VBN"
        verb.set_morph("Tense=Past|VerbForm=Part")
        subjects[0].dep_ = _label(pack, "subjpass")
        moved += 1
    return moved


def states_after_an_absolute(doc, pack: LanguagePack) -> int:
    """"the siege ended with 22 hostages [and all four attackers] dead": a state right after the noun
    a mark of the pack's `absolute_marks` takes, hung elsewhere (on the verb, on the noun, or given the
    list's last member as its subject), has that noun, with its list, for its subject. Returns how many."""
    marks = pack.words("absolute_marks")
    moved = 0
    for mark in doc:
        if mark.lower_ not in marks:
            continue
        for noun in _deps(mark, pack, "pobj"):
            after = doc[noun.i + 1] if noun.i + 1 < len(doc) else noun
            if after.head == noun and pack.relation(after) == "acl" and after.tag_ == "VBN" \
                    and any(stated(x, pack) for x in _deps(after, pack, "xcomp", "oprd")):
                after.head, after.dep_ = mark.head, _label(pack, "advcl")  # "with another 41 reported injured":
                _stale(after)                                               # as "41 were reported injured"
                noun.head, noun.dep_ = after, _label(pack, "subjpass")
                _stale(noun)
                moved += 1
                continue
            if after.head == noun and pack.relation(after) == "amod" and stated(after, pack):
                state, last = after, None  # "with three gunmen dead and two policemen wounded"
            elif not _stated_at(doc, noun.right_edge.i + 1, pack):
                tail = _joined_subject(noun, pack)
                if tail is None:
                    continue
                state, last = tail
            else:
                state, last = doc[noun.right_edge.i + 1], None
            if state.head == noun and pack.relation(state) == "amod":
                state.head = mark.head  # "with three gunmen dead": the state no modifier of the noun
                _stale(state)
            if noun.is_ancestor(state) or state.head == state:
                continue
            if last is not None:
                cc = doc[last.left_edge.i - 1]
                last.head, last.dep_ = noun, _label(pack, "conj")
                _stale(last)
                cc.head = noun
                _stale(cc)
            noun.head, noun.dep_ = state, _label(pack, "subj")
            _stale(noun)
            moved += 1
    return moved


def _stated_at(doc, i: int, pack: LanguagePack) -> bool:
    """The word at `i` is a state ("dead", "wounded") with no subject of its own."""
    return i < len(doc) and stated(doc[i], pack) and doc[i].pos_ in ("ADJ", "VERB") and not _deps(doc[i], pack, "subj", "subjpass")


def _joined_subject(noun, pack: LanguagePack):
    """"with 22 hostages and all four attackers dead": the state after the noun's list, parsed as
    the subject of the state with the noun left behind: (state, that subject)."""
    doc = noun.doc
    cc = noun.right_edge.i + 1
    if cc >= len(doc) or pack.relation(doc[cc]) != "cc":
        return None
    for last in doc[cc + 1:cc + 6]:
        state = last.head
        if last.left_edge.i == cc + 1 and pack.relation(last) == "subj" and state.i == last.right_edge.i + 1 \
                and stated(state, pack) and len(_deps(state, pack, "subj", "subjpass")) == 1:
            return state, last
    return None


def states_after_a_left_list(doc, pack: LanguagePack) -> int:
    """"left a journalist, a driver and two guards dead": where adjectives go before their noun, a
    state right after the last member of a list that is a leave verb's object, hung on a member
    before the last, is the verb's, as "left six inmates dead" is parsed. Returns how many."""
    if pack.grammar.get("adjectives_after_nouns"):
        return 0
    moved = 0
    for state in doc[1:]:
        if pack.relation(state) not in ("amod", "acl"):
            continue
        member, last = state.head, doc[state.i - 1]
        first = member
        while pack.relation(first) == "conj" and first.head.i < first.i:
            first = first.head
        verb = first.head
        if pack.relation(state) not in ("amod", "acl") or not stated(state, pack) or member == last \
                or pack.relation(first) != "obj" or verb.i > first.i or verb.lemma_.lower() not in pack.words("leave_verbs") \
                or pack.relation(last) != "conj" or last not in first.subtree or last.i < member.i:
            continue
        state.head, state.dep_ = verb, _state_label(pack)
        _stale(state)
        moved += 1
    return moved


def states_read_as_modifiers(doc, pack: LanguagePack) -> int:
    """"14 personnes sont portées disparues depuis l'attaque": a state word right after a passive
    verb, labelled the verb's modifier or relative clause, is the verb's complement, as in "sont
    portés disparus". Returns how many."""
    moved = 0
    for state in doc[1:]:
        verb = state.head
        if pack.relation(state) not in ("amod", "acl", "advmod", "dep") or state.i != verb.i + 1 \
                or verb.pos_ != "VERB" or not stated(state, pack) or not _deps(verb, pack, "auxpass"):
            continue
        state.dep_ = _state_label(pack)
        moved += 1
    return moved


def elisions_in_names(doc, pack: LanguagePack) -> int:
    """"près de Fada N'Gourma": a negator's elided form written onto a capitalised word is part of
    the name (with a name's word before it, the last word of that name), not a negation. Returns how many."""
    moved = 0
    for tok, nxt in zip(doc[:-1], doc[1:]):
        if tok.whitespace_ or not tok.text[:1].isupper() or not nxt.text[:1].isupper() \
                or tok.lower_ not in pack.words("negators") or tok.text[-1:] not in "'’":
            continue
        if nxt.head == tok:  # (the name hung on its elision: it takes the elision's place)
            for c in list(_children(tok)):
                if c != nxt:
                    c.head = nxt
                    _stale(c)
            nxt.head, nxt.dep_ = (nxt, tok.dep_) if tok.head == tok else (tok.head, tok.dep_)
            _stale(nxt)
        tok.head, tok.dep_, tok.pos_ = nxt, _label(pack, "compound"), "PROPN"
        _stale(tok)
        before = doc[tok.i - 1] if tok.i else None
        if before is not None and before.pos_ == "PROPN" and nxt.head != before and before not in nxt.subtree:
            for c in list(_children(nxt)):
                if c != tok:
                    c.head = before
                    _stale(c)
            nxt.head, nxt.dep_ = before, _label(pack, "compound")  # the name's last word ("Fada N'Gourma")
            _stale(nxt)
        moved += 1
    return moved


def found_verbs_under_their_state(doc, pack: LanguagePack) -> int:
    """"Six orpailleurs ont été retrouvés morts": the parser makes the state the clause's verb and
    the leave verb's passive right before it, with its subject and auxiliaries, a modifier of the
    state. The leave verb takes the state's place and the state is its complement, as in "a été
    retrouvé mort"; what hung on the state before the verb hangs on the verb. Returns how many."""
    moved = 0
    for verb in doc[1:-1]:
        state = verb.head
        if verb.pos_ != "VERB" or state.i != verb.i + 1 or not stated(state, pack) \
                or verb.lemma_.lower() not in pack.words("leave_verbs") or not _deps(verb, pack, "auxpass") \
                or pack.relation(verb) in ("subj", "subjpass", "obj", "conj", "xcomp", "ccomp"):
            continue
        kept = _kept_last_member(verb, pack)  # "Le chef du village et ses deux fils ont été retrouvés morts":
        first = [s for s in _deps(state, pack, "subj", "subjpass") if s.i < verb.i]  # the list's first on the state
        for c in list(_children(state)):
            if c != verb and (c.i < verb.i or pack.relation(c) != "subj"):
                c.head = verb
                _stale(c)
        if kept and len(first) == 1 and first[0].i < kept[1].i:
            _heads_the_list(first[0], verb, kept, pack)
        verb.head, verb.dep_ = (verb, state.dep_) if state.head == state else (state.head, state.dep_)
        _stale(verb)
        state.head, state.dep_ = verb, _state_label(pack)
        _stale(state)
        moved += 1
    return moved


def states_read_as_second_verbs(doc, pack: LanguagePack) -> int:
    """"left a pregnant woman and her husband wounded": the parser joins the state right after a
    leave verb's listed object to the verb as a second verb of its own, with no subject, object or
    conjunction. It is the state the object is left in, as in "left six inmates dead". Returns how many."""
    moved = 0
    for state in doc:
        verb = state.head
        if state.pos_ not in ("VERB", "ADJ") or pack.relation(state) != "conj" or verb.i > state.i:
            continue
        while pack.relation(verb) == "conj" and verb.head.i < verb.i and verb.pos_ in ("NOUN", "PROPN", "ADJ"):
            verb = verb.head  # (joined to a member of the list: "left a major, a sergeant and four privates dead")
        if pack.relation(verb) == "obj" and verb.pos_ in ("NOUN", "PROPN", "ADJ"):
            verb = verb.head
        objects = [o for o in _deps(verb, pack, "obj") if max((t.i for t in o.subtree if t.i < state.i), default=-2) + 1 == state.i]
        if not objects or not _deps(objects[0], pack, "conj") \
                or verb.lemma_.lower() not in pack.words("leave_verbs") or not _state_or_harm(state, pack) \
                or _deps(state, pack, "subj", "subjpass", "obj", "aux", "auxpass", "cc") \
                or any(_state_or_harm(t, pack) for t in doc[objects[0].i:state.i]):
            continue  # (not "left a teacher dead and wounded two pupils", nor "... dead and two pupils wounded")
        state.head, state.dep_ = verb, _state_label(pack)
        _stale(state)
        moved += 1
    return moved


def lists_split_by_a_state(doc, pack: LanguagePack) -> int:
    """"left 8 soldiers and 5 gunmen dead": the parser ends the verb's object at the conjunction
    (left hanging on it) and makes the list's second noun the subject of the state after it. That
    noun is the object's conjunct and the state the verb's, as in "left six inmates dead".
    Returns how many."""
    moved = 0
    for obj in doc:
        if pack.relation(obj) != "obj":
            continue
        verb = obj.head
        ccs = [c for c in _children(obj) if pack.relation(c) == "cc"]
        if verb.lemma_.lower() not in pack.words("leave_verbs") or len(ccs) != 1 \
                or any(c.i > ccs[0].i for c in _children(obj)) or ccs[0].i + 1 >= len(doc):
            continue
        if any(_state_or_harm(t, pack) for t in doc[obj.i + 1:ccs[0].i]):
            continue  # "left dozens of people injured and eight others dead": the first has its own state
        second = doc[ccs[0].i + 1]
        while second.head.i > ccs[0].i and second.head != second and pack.relation(second) != "subj":
            second = second.head
        state = second.head
        if pack.relation(second) != "subj" or not stated(state, pack) or state.i < second.i or state.head != verb:
            continue
        second.head, second.dep_ = obj, _label(pack, "conj")
        _stale(second)
        ccs[0].head = second
        _stale(ccs[0])
        state.dep_ = _state_label(pack)
        moved += 1
    return moved


def lists_split_at_a_comma(doc, pack: LanguagePack) -> int:
    """"left a journalist, a driver and two guards dead", "The bodies of a journalist, a driver and two
    guards were found": the parser ends the list at its first comma and makes the rest, itself a
    list, a subject of the predicate (or ends it at the conjunction: "The bodies of the village chief
    and his two sons were found") (the state the leave verb's object is in, or the verb whose
    subject holds the first member, or a verb the parser made a relative clause of the first, the
    first the subject of a reporting verb after). The rest joins the first member. Returns how many."""
    moved = 0
    for second in doc[2:]:
        if pack.relation(second) not in ("subj", "subjpass", "advmod"):
            continue
        pred, comma = second.head, doc[second.left_edge.i - 1]
        first = doc[comma.i - 1] if comma.i > 0 else None
        modifier = pack.relation(second) == "advmod" and second.pos_ in ("NOUN", "PROPN")  # ("a driver" made a
        if not (pack.relation(second) in ("subj", "subjpass") or modifier) or first is None \
                or first.pos_ not in ("NOUN", "PROPN") or pred.i < second.i:  # modifier of "dead")
            continue
        rest = [c for c in _deps(second, pack, "conj") if c.i > second.i]  # (the list's "and" on it or, UD, on its last)
        if not (comma.text == "," and rest and (_deps(second, pack, "cc") or _deps(rest[-1], pack, "cc"))) \
                and not (pack.relation(comma) == "cc" and comma.head == first):
            continue
        held = any(s.i < first.i and first in s.subtree for s in _deps(pred, pack, "subj", "subjpass") if s != second)
        left = pack.relation(first) == "obj" and first.head.lemma_.lower() in pack.words("leave_verbs") and (
            (first.head == pred.head and stated(pred, pack))
            or (modifier and pred.head == first and pack.relation(pred) == "amod" and stated(pred, pack)) or (
                pred.head == first and pack.relation(pred) in ("appos", "acl", "relcl") and _state_or_harm(pred, pack)
                and not _deps(pred, pack, "aux", "auxpass", "obj")))  # "left a journalist, a driver and two
        # guards wounded": the rest made the subject of a clause apposed to the first
        clause = first.head  # "Un journaliste, un chauffeur et deux gardes ont été tués dimanche, a indiqué la
        relative = comma.text == "," and pack.relation(pred) == "relcl" and pred.head == first \
            and pack.relation(first) in ("subj", "subjpass") and clause.i > pred.i and _state_or_harm(pred, pack) \
            and not any(c.lower_ in pack.words("relative_pronouns") for c in _children(pred))  # police": the verb a
        # relative of the first, with no relative word of its own
        if not (held or left or relative) or (modifier and not left):
            continue
        told = second.dep_
        second.head, second.dep_ = first, _label(pack, "conj")
        _stale(second)
        if left:
            pred.head, pred.dep_ = first.head, _state_label(pack)
            _stale(pred)
        if relative:
            first.head, first.dep_ = pred, told
            _stale(first)
            pred.head, pred.dep_ = clause, _label(pack, "ccomp")
            _stale(pred)
        moved += 1
    return moved


def subjects_split_by_their_verb(doc, pack: LanguagePack) -> int:
    """"Le chauffeur du bus et quatre passagers sont morts sur le coup, neuf autres ont été
    hospitalisés": the parser joins the first clause's verb to the list's first noun, takes the
    second noun for that verb's only subject and the first for the next clause's (or the clause a
    reporting verb after it tells: "Una mujer embarazada y su esposo murieron ..., informó la
    Policía"). The list is the verb's subject, the verb joined to the next clause (or told by it).
    Returns how many."""
    moved = 0
    for verb in doc:
        first = verb.head
        if not (first.pos_ in ("NOUN", "PROPN") or (first.pos_ == "ADJ" and _deps(first, pack, "det", "num"))) \
                or first.i > verb.i or pack.relation(verb) != "conj":
            continue  # (or an adjective used as a noun: "Una docente y su esposo", "Dos menores y su abuela")
        subjects = _deps(verb, pack, "subj", "subjpass")
        ccs = _deps(verb, pack, "cc") or [c for c in _deps(first, pack, "cc")  # (or on the first: "Ahmed Khan,
                                          if subjects and first.i < c.i < subjects[0].i]  # 34, and his son were")
        told = pack.relation(first) == "obj" and first.head.i > verb.i and not _state_or_harm(first.head, pack) \
            and (any(s.i > first.head.i for s in _deps(first.head, pack, "subj"))  # "Un concejal y su escolta fueron
                 or first.head.lower_ in sides_table(pack.language)["reporting_verbs"])
        # heridos, informó la Policía": the first member the object of the reporting verb after, its subject after it
        if len(ccs) != 1 or len(subjects) != 1 or not first.i < ccs[0].i < subjects[0].i < verb.i \
                or not (pack.relation(first) in ("subj", "subjpass", "ccomp") or told) \
                or first.head.i < verb.i or not (_harm_clause(verb, pack)
                                                   or verb.lemma_.lower() in pack.grammar["intransitive"]):
            continue
        second, clause = subjects[0], first.head
        verb.head, verb.dep_ = clause, _label(pack, "ccomp" if pack.relation(first) in ("ccomp", "obj") else "conj")
        _stale(verb)
        first.head, first.dep_ = verb, second.dep_
        _stale(first)
        second.head, second.dep_ = first, _label(pack, "conj")
        _stale(second)
        ccs[0].head = second
        _stale(ccs[0])
        moved += 1
    return moved


def _cc_before(noun, pack: LanguagePack):
    """The conjunction opening a conjunct: the word before it (spaCy's English hangs it on the first
    member) or its own first child (UD); None for "or" or where there is none."""
    edge = noun.left_edge
    cc = edge if pack.relation(edge) == "cc" and edge.head == noun else noun.doc[edge.i - 1] if edge.i else None
    return cc if cc is not None and pack.relation(cc) == "cc" and cc.lower_ not in pack.words("alternatives") else None


def _kept_last_member(verb, pack: LanguagePack):
    """"... y su padre resultaron heridos": the verb's one subject opened by a conjunction of the
    verb's own right before it, the last member of a list whose rest the parser hung elsewhere.
    (that subject, its conjunction), or None."""
    own = _deps(verb, pack, "subj", "subjpass")
    cc = next((c for c in _deps(verb, pack, "cc") if len(own) == 1 and c.i == own[0].left_edge.i - 1), None)
    return (own[0], cc) if cc is not None else None


def _heads_the_list(noun, verb, kept, pack: LanguagePack) -> None:
    """The noun becomes the verb's subject, heading the list the kept last member ends."""
    last, cc = kept
    noun.head, noun.dep_ = verb, last.dep_
    _stale(noun)
    last.head, last.dep_ = noun, _label(pack, "conj")
    _stale(last)
    cc.head = last
    _stale(cc)


def verbs_read_as_subjects(doc, pack: LanguagePack) -> int:
    """"Deux personnes ont été tuées dans la région de Mopti et 14 personnes ont été blessées": the
    parser makes the first clause's verb of harm, with its own subject, the subject of the second.
    The first verb takes the second's place and the second is its conjunct. So with a state word for
    the first verb, its own subject's conjunct the second verb's subject ("Sept gendarmes sont morts
    mardi soir et deux autres personnes ont été blessées"). Returns how many."""
    moved = 0
    for first in doc:
        second = first.head
        verb = first.pos_ == "VERB"
        if pack.relation(first) not in ("subj", "subjpass") or second.i < first.i \
                or not ((verb and _state_or_harm(first, pack) and _state_or_harm(second, pack))
                        or (not verb and stated(first, pack) and _harm_clause(second, pack)
                            and len(_deps(second, pack, "subj", "subjpass")) == 1)) \
                or not _deps(first, pack, "subj", "subjpass") or not _deps(first, pack, "aux", "auxpass"):
            continue
        later = [] if verb else [c for c in _deps(first, pack, "conj") if first.i < c.i < second.i
                                 and c.pos_ in ("NOUN", "PROPN", "NUM")]
        if not verb and len(later) != 1:
            continue
        for c in later:
            c.head, c.dep_ = second, first.dep_
            _stale(c)
        if second.head == second:
            first.head, first.dep_ = first, second.dep_
            _stale(first)
        else:
            first.head, first.dep_ = second.head, second.dep_
            _stale(first)
        second.head, second.dep_ = first, _label(pack, "conj")
        _stale(second)
        moved += 1
    return moved


def subjects_on_an_auxiliary(doc, pack: LanguagePack) -> int:
    """"...; their mother was badly injured": a subject the parser hung on the passive auxiliary, the
    verb left with none, is the verb's passive subject. Returns how many."""
    moved = 0
    for tok in doc:
        aux = tok.head
        verb = aux.head
        if pack.relation(tok) not in ("subj", "subjpass") or pack.relation(aux) != "auxpass" or verb == aux \
                or verb.pos_ != "VERB" or _deps(verb, pack, "subj", "subjpass"):
            continue
        tok.head, tok.dep_ = verb, _label(pack, "subjpass")
        _stale(tok)
        moved += 1
    return moved


def subjects_of_a_short_passive(doc, pack: LanguagePack) -> int:
    """"ещё беременная женщина и её муж ранены": the subject of a short passive participle (its
    voice in the morphology) that the parser labelled an active subject is the passive's, the one
    the deed was done to. Returns how many."""
    moved = 0
    for verb in doc:
        if verb.pos_ != "VERB" or "Pass" not in verb.morph.get("Voice") or "Short" not in verb.morph.get("Variant") \
                or _deps(verb, pack, "obj", "subjpass"):
            continue
        for s in _deps(verb, pack, "subj"):
            s.dep_ = _label(pack, "subjpass")
            moved += 1
    return moved


def subjects_listed_on_their_verb(doc, pack: LanguagePack) -> int:
    """"Un gendarme et son collègue ont trouvé la mort": the parser gives the verb both members as
    subjects, the conjunction between them its own. The second is the first's conjunct. Returns how many."""
    moved = 0
    for verb in doc:
        if verb.n_lefts < 2:  # two subjects before it
            continue
        subjects = [c for c in _deps(verb, pack, "subj", "subjpass") if c.i < verb.i]
        if len(subjects) != 2 or len(_deps(verb, pack, "subj", "subjpass")) != 2 \
                or not (_harm_clause(verb, pack) or verb.lemma_.lower() in pack.grammar["intransitive"]):
            continue
        first, second = subjects
        cc = next((c for c in _deps(verb, pack, "cc") if first.right_edge.i < c.i == second.left_edge.i - 1), None)
        if cc is None and _a_list_after_a_comma(first, second, verb, pack):
            cc = doc[first.right_edge.i + 1]  # "Six humanitaires français, leur guide et leur chauffeur ... ont été tués"
        if cc is None or cc.lower_ in pack.words("alternatives"):
            continue
        second.head, second.dep_ = first, _label(pack, "conj")
        _stale(second)
        cc.head = second
        _stale(cc)
        moved += 1
    return moved


def _a_list_after_a_comma(first, second, verb, pack: LanguagePack) -> bool:
    """The second subject opens a list after a comma ("A, B et C" before the verb): a comma right
    between them, the second with a conjunct of its own, no comma closing it before the verb (not an
    aside: "Deux personnes, un homme et une femme, ont été tuées")."""
    doc = first.doc
    comma = doc[first.right_edge.i + 1]
    return comma.text == "," and all(t.head == second for t in doc[comma.i + 1:second.i]) \
        and bool(_deps(second, pack, "conj")) and not any(t.text == "," for t in doc[second.right_edge.i + 1:verb.i])


def subjects_taken_by_the_second_verb(doc, pack: LanguagePack) -> int:
    """"Двое детей и их мать погибли под Херсоном, ещё два человека ранены": the parser gives the
    second verb of harm, hung on the first, the first clause's subject, before the first verb, and
    leaves the first verb with none, or with the second clause's ("Голова громади та його охоронець
    загинули, ще троє людей поранені": the subjects crossed). The earlier subject is the first
    verb's, the later the second's. Returns how many."""
    moved = 0
    for second in doc:
        first = second.head
        if first.i > second.i or first.pos_ != "VERB" or not _harm_clause(second, pack) \
                or not (_harm_clause(first, pack) or first.lemma_.lower() in pack.grammar["intransitive"]):
            continue
        mine, theirs = _deps(second, pack, "subj", "subjpass"), _deps(first, pack, "subj", "subjpass")
        early = [s for s in mine if s.right_edge.i < first.i]
        late = [s for s in mine + theirs if first.i < s.left_edge.i and s.right_edge.i < second.i]
        if len(early) != 1 or len(late) != 1 or any(s.i < first.i for s in theirs):
            continue
        told = early[0].dep_
        early[0].head, early[0].dep_ = first, _label(pack, "subjpass" if _deps(first, pack, "auxpass") else "subj")
        _stale(early[0])
        if late[0].head == first:
            late[0].head, late[0].dep_ = second, told
            _stale(late[0])
        moved += 1
    return moved


def counts_joined_to_the_first_verb(doc, pack: LanguagePack) -> int:
    """"Un policía murió y 2 más resultaron heridos": the parser joins the second clause's count to
    the first verb and makes the second verb, right after it with no subject, a clause of the first.
    The count is the second verb's subject and the second verb the first's conjunct. Returns how many."""
    moved = 0
    for num in doc[1:]:
        first, end = num.head, num.right_edge.i + 1
        second = doc[end] if end < len(doc) else None
        if pack.relation(num) != "conj" or not (num.pos_ == "NUM" or _deps(num, pack, "num")) or first.pos_ != "VERB" \
                or first.i > num.i or second is None or second.head != first or second.pos_ != "VERB" \
                or pack.relation(second) not in ("advcl", "conj", "dep", "parataxis") \
                or _deps(second, pack, "subj", "subjpass") or not _harm_clause(second, pack):
            continue
        num.head, num.dep_ = second, _label(pack, "subjpass" if _deps(second, pack, "auxpass") else "subj")
        _stale(num)
        second.dep_ = _label(pack, "conj")
        for c in _deps(num, pack, "cc"):
            c.head = second
            _stale(c)
        moved += 1
    return moved


def subjects_taken_by_the_first_verb(doc, pack: LanguagePack) -> int:
    """"погибли два человека, ещё пятеро членов одной семьи ранены": the parser gives the first verb
    the second clause's subject too, leaving the second verb of harm after it without one. The later
    subject is the second verb's (and where the second verb has the list's last member only, "ще двоє
    дітей та їхня мати поранені", the list's first). Returns how many."""
    moved = 0
    for verb in doc:
        first = verb.head
        if pack.relation(verb) not in ("conj", "dep", "parataxis") or first.i > verb.i or not _harm_clause(verb, pack):
            continue
        own = _deps(verb, pack, "subj", "subjpass")
        subjects = _deps(first, pack, "subj", "subjpass")
        later = [s for s in subjects if first.i < s.i < verb.i and s.right_edge.i < verb.i]
        if len(subjects) < 2 or not later or later[-1] == subjects[0] or len(own) > 1 \
                or not any(t.text == "," or pack.relation(t) == "cc" for t in doc[subjects[0].right_edge.i + 1:later[-1].left_edge.i]):
            continue
        kept = _kept_last_member(verb, pack)
        if own and (kept is None or kept[1].i != later[-1].right_edge.i + 1):
            continue
        if kept:
            _heads_the_list(later[-1], verb, kept, pack)
        else:
            later[-1].head = verb
            _stale(later[-1])
        moved += 1
    return moved


def subjects_of_a_second_verb(doc, pack: LanguagePack) -> int:
    """"Deux personnes ont été tuées et neuf membres des forces de sécurité ont été blessés": the
    parser joins the second clause's counted subject to the first verb, leaving the second verb
    without a subject (or with the list's last member only: "... et deux enfants et leur mère ont
    été blessés"). The noun is the second verb's subject. Returns how many. So is a counted conjunct
    of the first verb's object right before a verb with no subject ("mató a un policía y dos civiles
    quedaron heridos": the parser makes the second verb a clause of the first's)."""
    moved = 0
    for verb in doc:
        first = verb.head
        if pack.relation(verb) not in ("conj", "advcl") or first.i > verb.i or first.pos_ != "VERB" \
                or not _harm_clause(verb, pack) or not _deps(first, pack, "subj", "subjpass"):
            continue
        joined = _deps(first, pack, "conj") if pack.relation(verb) == "conj" else []
        if first.lemma_.lower() not in pack.words("leave_verbs") and ("Fin" in verb.morph.get("VerbForm") or _deps(
                verb, pack, "aux", "auxpass")):  # (not "left a woman and her two sons wounded": the list's state)
            joined += [n for o in _deps(first, pack, "obj") for n in _deps(o, pack, "conj") if n.right_edge.i + 1 == verb.i]
        noun = next((n for n in joined if first.i < n.i < verb.i and n.pos_ in ("NOUN", "PROPN", "ADJ")
                     and (_deps(n, pack, "num") or _deps(n, pack, "det")) and _cc_before(n, pack) is not None
                     and not _deps(n, pack, "subj", "subjpass", "obj", "aux", "auxpass")), None)
        if noun is None:
            continue
        own = _deps(verb, pack, "subj", "subjpass")
        between = doc[noun.right_edge.i + 1:verb.i]
        if not own and all(t.head == verb and pack.relation(t) in ("aux", "auxpass", "advmod") for t in between):
            noun.head, noun.dep_ = verb, _label(pack, "subjpass" if _deps(verb, pack, "auxpass") else "subj")
            _stale(noun)
            moved += 1
            continue
        kept = _kept_last_member(verb, pack)
        if kept and kept[1].i == noun.right_edge.i + 1 \
                and all(t.head == verb and pack.relation(t) in ("aux", "auxpass", "advmod")
                        for t in doc[kept[0].right_edge.i + 1:verb.i]):
            _heads_the_list(noun, verb, kept, pack)
            moved += 1
    return moved


def _life_owner(noun, pack: LanguagePack) -> bool:
    """The noun, under its object marker, is whose life the verb takes ("a coûté la vie à deux
    enfants"): the verb takes the life noun as its object."""
    verb = noun.head
    return pack.relation(noun) == "obl" and _marked_object(noun, pack) and pack.grammar["life_verbs"].get(
        verb.lemma_.lower()) == "obj" and any(o.lemma_.lower() in pack.words("life_nouns") for o in _deps(verb, pack, "obj"))


def conjuncts_split_off_the_object(doc, pack: LanguagePack) -> int:
    """"Une explosion a tué deux enfants et leur mère dimanche": the parser hangs the list's second
    member, conjunction first, on the day after it or on the verb. A person right after the object
    of a verb of harm (or whose life a verb takes: "a coûté la vie au chef du village et ses deux
    fils"), opened by a conjunction, is the object's conjunct (the day the verb's). Returns how many."""
    people = lexicon(pack.language).people
    moved = 0
    for noun in doc[2:]:
        cc = noun.left_edge
        if cc.head != noun or pack.relation(cc) != "cc" or cc.lower_ in pack.words("alternatives") \
                or (pack.relation(noun) == "conj" and noun.head.pos_ != "VERB") \
                or pack.relation(noun) in ("subj", "subjpass") \
                or not (noun.pos_ in ("NOUN", "PROPN") or noun.lower_ in people) or _state_or_harm(noun, pack) \
                or _deps(noun, pack, "subj", "subjpass", "obj", "aux", "auxpass"):
            continue  # (joined to a verb: "a tué deux personnes et blessé une femme enceinte et son mari")
        obj = doc[cc.i - 1]
        while obj.head != obj and obj.head.i < cc.i and pack.relation(obj) != "obj" and not _life_owner(obj, pack):
            obj = obj.head
        verb = obj.head
        if not ((pack.relation(obj) == "obj" and _harm_verb(verb, pack)) or _life_owner(obj, pack)) \
                or verb.i > obj.i or verb in noun.subtree \
                or not (noun.lemma_.lower() in people or noun.lower_ in people or _deps(noun, pack, "num")
                        or any(d.lower_ in pack.words("possessive_singular") or d.lemma_.lower() in pack.words("possessive_singular")
                               for d in _deps(noun, pack, "det", "poss"))):
            continue
        day = noun.head if noun.head.lower_ in pack.words("day_names") else None
        noun.head, noun.dep_ = obj, _label(pack, "conj")
        _stale(noun)
        if noun.pos_ not in ("NOUN", "PROPN"):
            noun.pos_ = "NOUN"  # ("leur cousin" tagged a determiner, with an article's features)
            noun.set_morph("")
        for d in [day] + [c for c in _children(noun) if c.i > noun.i and c.lower_ in pack.words("day_names")]:
            if d is not None and d.i > noun.i:
                d.head, d.dep_ = verb, _label(pack, "obl") if "obl" in pack.grammar["relations"].values() else d.dep_
                _stale(d)
        moved += 1
    return moved


def members_joined_to_the_state(doc, pack: LanguagePack) -> int:
    """"El ataque dejó heridos a un agente, a su esposa y a dos vecinos": the parser joins the list's
    later members, each under its object marker, to the state word before the first. They are the
    first member's conjuncts. Returns how many."""
    moved = 0
    for state in doc:
        verb = state.head
        if pack.relation(state) != "obj" or not stated(state, pack) or verb.lemma_.lower() not in pack.words("leave_verbs"):
            continue
        first = next((o for o in _deps(verb, pack, "obj") if o.i > state.i and _marked_object(o, pack)), None)
        later = [c for c in _deps(state, pack, "conj") if first is not None and c.i > first.i and _marked_object(c, pack)]
        if first is None or not later:
            continue
        later[0].head = first
        _stale(later[0])
        moved += 1
    return moved


def verbs_listed_after_a_passive(doc, pack: LanguagePack) -> int:
    """"was stopped at a roadblock, dragged from his car and stabbed to death": a participle after a
    comma that closes a passive verb's phrase, with no subject, marker or auxiliary of its own and a
    conjunct of its own after a conjunction, is the middle of a list of the passive's verbs, not an
    adverbial clause. Returns how many."""
    moved = 0
    for verb in doc[2:]:
        head = verb.head
        if pack.relation(verb) != "advcl" or head.i > verb.i or not _deps(head, pack, "auxpass") \
                or verb.tag_ not in ("VBD", "VBN") or _deps(verb, pack, "subj", "subjpass", "mark", "aux", "auxpass") \
                or not doc[verb.left_edge.i - 1].is_punct or verb.left_edge.i != verb.i \
                or not any(_deps(c, pack, "cc") or pack.relation(doc[c.i - 1]) == "cc" for c in _deps(verb, pack, "conj")):
            continue
        verb.dep_ = _label(pack, "conj")
        moved += 1
    return moved


def relatives_hung_on_the_verb(doc, pack: LanguagePack) -> int:
    """"La frappe visait un chef rebelle, qui a été tué avec ...": a clause opening on a relative
    pronoun as its subject, after a comma that closes the verb's object, left an unlabelled dependent
    of the verb (or its conjunct with no conjunction), is a relative clause of that object. Returns how many."""
    moved = 0
    for verb in doc[3:]:
        head = verb.head
        subjects = _deps(verb, pack, "subj", "subjpass")
        if pack.relation(verb) not in ("dep", "conj", "parataxis") or _deps(verb, pack, "cc") or head.i > verb.i \
                or len(subjects) != 1 or subjects[0].i != verb.left_edge.i \
                or subjects[0].lower_ not in pack.words("relative_pronouns") or not doc[subjects[0].i - 1].is_punct:
            continue
        obj = _object_ending_at(head, subjects[0].i - 2, pack)
        if obj is None:
            continue
        verb.head, verb.dep_ = obj, _label(pack, "relcl")
        _stale(verb)
        moved += 1
    return moved


def numbers_joined_to_an_oblique(doc, pack: LanguagePack) -> int:
    """"12 were freed by troops on Monday and eight were found killed": a second verb with its own
    auxiliary and no subject, right after a number the parser joined to the oblique before it: the
    number is the second verb's subject, its conjunction the verb's. Returns how many."""
    moved = 0
    for verb in doc:
        aux = _deps(verb, pack, "aux", "auxpass")
        if pack.relation(verb) != "conj" or verb.head.i > verb.i or not aux or _deps(verb, pack, "subj", "subjpass"):
            continue
        number = doc[min(a.i for a in aux) - 1]
        ccs = [doc[number.i - 1]] if pack.relation(doc[number.i - 1]) == "cc" else []
        if number.pos_ != "NUM" or pack.relation(number) != "conj" or number.head.pos_ not in ("NOUN", "PROPN") \
                or pack.relation(number.head) != "pobj" or not ccs or number.head.i > number.i or _children(number):
            continue
        passive = any(pack.relation(a) == "auxpass" for a in aux)
        number.head, number.dep_ = verb, _label(pack, "subjpass" if passive else "subj")
        _stale(number)
        for c in ccs:
            c.head = verb
            _stale(c)
        moved += 1
    return moved


def days_read_as_members(doc, pack: LanguagePack) -> int:
    """"Les tirs ont tué deux frères et leur cousin dimanche": the parser makes the day after a
    list's last member the member, the person before it its modifier. The person is the member and
    the day the verb's. Returns how many."""
    people = lexicon(pack.language).people
    moved = 0
    for day in doc[1:]:
        person, whole = doc[day.i - 1], day.head
        if day.lower_ not in pack.words("day_names") or pack.relation(day) != "conj" or person.head != day \
                or person.lower_ not in people or list(_children(person)) or whole.i > day.i:
            continue
        verb = whole.head
        while pack.relation(verb) == "conj" and verb.head != verb and verb.pos_ != "VERB":
            verb = verb.head
        for c in list(_children(day)):
            if c.i < person.i:
                c.head = person
                _stale(c)
        person.head, person.dep_ = whole, day.dep_
        _stale(person)
        if person.pos_ not in ("NOUN", "PROPN"):
            person.pos_ = "NOUN"
            person.set_morph("")
        if "obl" in pack.grammar["relations"].values() and verb.pos_ == "VERB":
            day.head, day.dep_ = verb, _label(pack, "obl")
            _stale(day)
        else:
            day.head = person
            _stale(day)
        moved += 1
    return moved


def subjects_joined_to_an_oblique(doc, pack: LanguagePack) -> int:
    """"Three passers-by died on the spot and nine people, including four policemen, were injured":
    the parser joined the second clause's counted subject to the first clause's oblique ("the spot")
    and left the second verb without one. The noun becomes that verb's subject, the phrases after
    it hung on the oblique its own. Returns how many."""
    moved = 0
    for verb in doc:
        first = verb.head
        if not (pack.relation(verb) == "conj" or (pack.relation(verb) in ("advcl", "ccomp") and (
                _deps(verb, pack, "aux", "auxpass") or "Fin" in verb.morph.get("VerbForm")))) \
                or first.i > verb.i or first.pos_ != "VERB" or verb.pos_ != "VERB" \
                or len(_deps(verb, pack, "subj", "subjpass")) > 1 or not _harm_clause(verb, pack):
            continue  # (or the second clause made an adverbial one: "et cinq membres d'une même famille ont été blessés")
        tail = _kept_last_member(verb, pack)  # none, or the list's last member ("y dos menores y su padre
        if _deps(verb, pack, "subj", "subjpass") and not tail:  # resultaron heridos")
            continue
        noun = next((n for n in doc[first.i + 1:verb.i] if pack.relation(n) == "conj" and n.pos_ in ("NOUN", "PROPN", "ADJ")
                     and (_deps(n, pack, "num") or (tail and _deps(n, pack, "det")) or any(
                         d.lower_ in pack.words("indefinite_singular") for d in _deps(n, pack, "det")))  # (any article
                     # where the list goes on into the verb's own subject: "y el dueño del negocio y sus dos hijos")
                     and n.head.i < n.i and (pack.relation(n.head) in ("pobj", "obl") or (
                         pack.relation(n.head) in ("obj", "nmod") and _deps(n.head, pack, "case")
                         and not _marked_object(n.head, pack)))  # ("près de Kidal" an
                     # object, "dans la région de Mopti" a modifier)
                     and first in (n.head.head, n.head.head.head) and _cc_before(n, pack) is not None), None)
        if noun is None or (tail and noun.right_edge.i + 1 != tail[1].i):
            continue
        place = noun.head
        for c in [c for c in _children(place) if noun.i < c.i < verb.i and pack.relation(c) in ("prep", "nmod", "appos")]:
            c.head = noun
            _stale(c)
        if tail:
            _heads_the_list(noun, verb, tail, pack)
        else:
            noun.head, noun.dep_ = verb, _label(pack, "subjpass" if _deps(verb, pack, "auxpass") else "subj")
            _stale(noun)
        moved += 1
    return moved


def subjects_before_a_part(doc, pack: LanguagePack) -> int:
    """"Deux civils sont morts sur le coup et cinq personnes, dont un enfant, ont été blessées": the
    parser made the part ("dont un enfant") the second verb's subject and joined the counted noun
    before it to the first verb. The counted noun becomes the subject, the part its apposition.
    Returns how many."""
    moved = 0
    for part in doc:
        verb = part.head
        if pack.relation(part) not in ("subj", "subjpass") or verb.i < part.i or part.left_edge.i < 2 \
                or not any(c.i < part.i and c.pos_ == "PRON" and c.lower_ in pack.words("including") for c in _children(part)):
            continue
        comma = doc[part.left_edge.i - 1]
        noun = doc[comma.i - 1]
        if comma.text != "," or pack.relation(noun) != "conj" or noun.pos_ not in ("NOUN", "PROPN") \
                or not _deps(noun, pack, "num") or noun.head.i > noun.i or verb.i < noun.i:
            continue
        close = doc[part.right_edge.i + 1] if part.right_edge.i + 1 < len(doc) else None
        if close is None or close.text != ",":
            continue
        noun.head, noun.dep_ = verb, part.dep_
        _stale(noun)
        part.head, part.dep_ = noun, _label(pack, "appos")
        _stale(part)
        moved += 1
    return moved


def subjects_joined_to_their_verb(doc, pack: LanguagePack) -> int:
    """"Murieron Pedro Gómez, de 45 años, y su hijo Andrés": a noun joined to a verb of harm after
    that verb's subject, with no verb of its own, is the subject's conjunct. Returns how many."""
    moved = 0
    for tok in doc:
        verb = tok.head
        if pack.relation(tok) != "conj" or tok.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" \
                or not (_state_or_harm(verb, pack) or verb.lemma_.lower() in pack.grammar["intransitive"]) \
                or _deps(tok, pack, "subj", "subjpass", "obj", "aux", "auxpass") \
                or not any(c.i < tok.i for c in _deps(tok, pack, "cc")):
            continue
        subjects = [c for c in _deps(verb, pack, "subj", "subjpass") if verb.i < c.i < tok.i]
        if subjects:
            tok.head = subjects[-1]
            _stale(tok)
            moved += 1
    return moved


def care_after_a_member(doc, pack: LanguagePack) -> int:
    """"dejó un muerto y dos personas en estado grave": a place or state of care under its own
    preposition right after a list's counted last member, hung on the verb as a second object, is
    that member's. Returns how many."""
    moved = 0
    for tok in doc[2:]:
        if pack.relation(tok) not in ("prep", "obj"):
            continue
        member = doc[tok.left_edge.i - 1] if tok.left_edge.i else None
        if pack.relation(tok) == "prep":  # "left three dead and two others in serious condition" (the preposition the head)
            care = [n for n in _deps(tok, pack, "pobj") if in_care(n, pack, _deps(n, pack, "amod"))]
        else:
            care = [tok] if pack.relation(tok) == "obj" and _deps(tok, pack, "case") \
                and in_care(tok, pack, _deps(tok, pack, "amod")) else []
        if not care or member is None or pack.relation(member) != "conj" \
                or tok.head not in (member.head.head, member.head.head.head) \
                or not (_deps(member, pack, "num") or member.like_num
                        or possessed_one(member, _deps(member, pack, "poss", "det"), pack)):
            continue
        tok.head = member
        _stale(tok)
        if pack.relation(tok) == "obj":
            tok.dep_ = _label(pack, "obl")
        moved += 1
    return moved


def states_joined_to_a_phrase(doc, pack: LanguagePack) -> int:
    """"dejó tres personas sin vida y dos heridas": a counted state joined to the uncounted noun of
    the phrase that ends the list's first member ("sin vida") is that member's conjunct.
    Returns how many."""
    moved = 0
    for state in doc:
        noun = state.head
        member = noun.head
        if pack.relation(state) != "conj" or not stated(state, pack) or not _deps(state, pack, "num") \
                or not _deps(noun, pack, "case") or _deps(noun, pack, "num") or member.i > noun.i \
                or member.pos_ not in ("NOUN", "PRON") or not _deps(member, pack, "num") \
                or pack.relation(member) not in ("obj", "subj", "subjpass"):
            continue
        state.head = member
        _stale(state)
        moved += 1
    return moved


@cache
def _hedges_before_a_partitive(language: str, partitive: frozenset[str]) -> frozenset[str]:
    """The language's hedges that end in a partitive word ("upwards of", "a minimum of"), lower-case."""
    return frozenset(h.lower() for words in vague_table(language)["hedges"].values() for h in words
                     if h.lower().rsplit(" ", 1)[-1] in partitive and " " in h)


def hedges_read_as_heads(doc, pack: LanguagePack) -> int:
    """"Upwards of 50 people were killed", "A minimum of 50 people ...": a hedge that ends in a
    partitive, its first word parsed as the subject (or object) and the counted noun as its
    preposition's object. The counted noun takes the hedge's place; the hedge hangs on its number.
    Returns how many."""
    hedges = _hedges_before_a_partitive(pack.language, pack.words("partitive"))
    if not hedges:
        return 0
    moved = 0
    for tok in doc:
        if pack.relation(tok) not in ("subj", "subjpass", "obj") or tok.pos_ == "NUM":
            continue
        for prep in _deps(tok, pack, "prep"):
            noun = next((n for n in _deps(prep, pack, "pobj") if _deps(n, pack, "num") or (
                n.pos_ == "NUM" and pack.relation(tok) != "obj" and tok.head.pos_ == "VERB")), None)
            if noun is None or doc[tok.left_edge.i:prep.i + 1].text.lower() not in hedges:
                continue  # (the cheap test first: most phrases have no counted noun)
            num = _deps(noun, pack, "num")[0] if _deps(noun, pack, "num") else noun  # "upwards of 250 were wounded"
            noun.head, noun.dep_ = tok.head if tok.head != tok else noun, tok.dep_
            _stale(noun)
            for k in list(_children(tok)):
                if k.i < tok.i:
                    k.head = num
                    _stale(k)
            tok.head, tok.dep_ = num, _label(pack, "advmod")
            _stale(tok)
            prep.head, prep.dep_ = num, _label(pack, "advmod")
            _stale(prep)
            moved += 1
            break
    return moved


def range_heads(doc, pack: LanguagePack) -> int:
    """"От 10 до 15 человек погибли": a range's first number the parser made the head, the counted
    noun (with the range's closing word and second number) hung on it. The noun takes the number's
    place in the tree and the first number becomes its count, so the range reads whole. Returns how many."""
    table = vague_table(pack.language)
    between = table["between"]
    if len(between) < 2:
        return 0
    closing = {between[1].lower()} | {w.lower() for w in table.get("range_words", ())}  # "Dix à quinze personnes"
    moved = 0
    for num in doc:
        if num.pos_ != "NUM" or num.i + 2 >= len(doc) or doc[num.i + 1].lower_ not in closing:
            continue
        noun = next((n for n in _children(num) if n.i > num.i + 1 and n.pos_ in ("NOUN", "PROPN")
                     and any(pack.relation(c) == "num" for c in _children(n))
                     and doc[num.i + 1] in _children(n)), None)
        if noun is None:
            continue
        head, rel = num.head, pack.relation(num)
        noun.head = noun if head == num else head
        _stale(noun)
        noun.dep_ = num.dep_ if rel not in ("num", "obl", "nmod") or head.pos_ not in ("VERB", "AUX") \
            else _label(pack, "subj")
        num.head, num.dep_ = noun, _label(pack, "num")
        _stale(num)
        moved += 1
    return moved


def range_openings(doc, pack: LanguagePack) -> int:
    """"and between 4 and 9 officers were arrested", "arrested between 4 and 9 officers": a range's
    opening word the parser made the clause's subordinator or the verb's preposition (the noun its
    object) goes to the range's first number, the noun to the verb, so the two numbers are read as
    one range, not a list of two counts. Returns how many."""
    between = vague_table(pack.language)["between"]
    if len(between) < 2:
        return 0
    moved = 0
    for opening in doc[:-3]:
        if opening.lower_ != between[0].lower():
            continue
        first, joint, second = doc[opening.i + 1], doc[opening.i + 2], doc[opening.i + 3]
        if joint.lower_ != between[1].lower() or first.pos_ != "NUM" \
                or second.pos_ != "NUM" or opening.head == first:
            continue
        if pack.relation(opening) == "case" and opening.head == first.head == second.head:
            opening.head, opening.dep_ = first, _label(pack, "advmod")  # "Entre 30 et 40 civils ont péri": the
            _stale(opening)
            moved += 1  # opening made the noun's preposition, both numbers on the noun
            continue
        if second.head != first:
            continue
        noun, verb = first.head, opening.head
        marked = pack.relation(opening) == "mark" and verb.pos_ in ("VERB", "AUX") and verb.is_ancestor(first)
        governed = pack.relation(opening) == "prep" and verb.pos_ == "VERB" and noun.head == opening \
            and pack.relation(noun) == "pobj" and not _deps(verb, pack, "obj")
        if not (marked or governed):
            continue
        if governed:
            noun.head, noun.dep_ = verb, _label(pack, "obj")
            _stale(noun)
        opening.head, opening.dep_ = first, _label(pack, "advmod")
        _stale(opening)
        moved += 1
    return moved


def ranges_apart(doc, pack: LanguagePack) -> int:
    """"Entre 10 et 15 villageois ont été tués": a range's first number hung on the verb with its
    opening word, the second joined to it, the counted noun right after them with no count of its
    own. The first number becomes the noun's count. Returns how many."""
    between = vague_table(pack.language)["between"]
    if len(between) < 2:
        return 0
    moved = 0
    for num in doc:
        if num.pos_ != "NUM" or num.i + 3 >= len(doc) or doc[num.i + 1].lower_ != between[1].lower() \
                or not any(c.lower_ == between[0].lower() for c in _children(num)):
            continue
        second, noun = doc[num.i + 2], doc[num.i + 3]
        if second.pos_ != "NUM" or second.head != num or noun.pos_ not in ("NOUN", "PROPN") \
                or num in noun.ancestors or _deps(noun, pack, "num"):
            continue
        num.head, num.dep_ = noun, _label(pack, "num")
        _stale(num)
        moved += 1
    for noun in doc:  # "Entre 20 et 30 soldats auraient péri": the noun made an oblique by the range's opening word
        head = noun.head
        if noun.pos_ in ("NOUN", "PROPN") and pack.relation(noun) in ("obl", "nmod") and noun.i < head.i \
                and head.pos_ in ("VERB", "ADJ", "AUX") and not _deps(noun, pack, "case") \
                and not _deps(head, pack, "subj", "subjpass") and any(
                    k.lower_ == between[0].lower() for n in _deps(noun, pack, "num") for k in _children(n)):
            noun.dep_ = _label(pack, "subj")
            moved += 1
    return moved


def numbers_beside_states(doc, pack: LanguagePack) -> int:
    """"Among the 15 dead were three women": the parser hangs the number and the state word after
    it side by side on one head in one relation; the number counts the state word. Returns how many."""
    moved = 0
    for number, state in zip(doc[:-1], doc[1:]):
        if number.pos_ != "NUM" or number.head == number or state.head != number.head or state.dep_ != number.dep_ \
                or not stated(state, pack) or pack.relation(number) not in ("pobj", "obj", "subj", "subjpass", "nmod"):
            continue
        number.head, number.dep_ = state, _label(pack, "num")
        _stale(number)
        moved += 1
    return moved


def states_after_a_list(doc, pack: LanguagePack) -> int:
    """"4 security personnel and 2 militants killed": a state right after a list of counted nouns,
    which the parser hung on the last member only, tells of the whole list: it goes to the list's
    first member. Returns how many."""
    moved = 0
    for state in doc[1:]:
        last = state.head
        if pack.relation(state) not in ("acl", "amod") or last.i != state.i - 1 or pack.relation(last) != "conj" \
                or last.pos_ != "NOUN" or not _state_or_harm(state, pack):
            continue
        first = last.head
        members = [first] + [c for c in _children(first) if pack.relation(c) == "conj" and c.i <= last.i]
        if first.pos_ != "NOUN" or pack.relation(first) in ("obj", "pobj", "nmod", "obl") \
                or not all(_deps(m, pack, "num") for m in members):
            continue
        state.head = first
        _stale(state)
        moved += 1
    return moved


def counted_members_on_a_state(doc, pack: LanguagePack) -> int:
    """"tres policías muertos y dos civiles heridos": a counted word joined to the state of a noun,
    right before a second state hung on that noun, is the noun's conjunct, and the second state
    is its own. Returns how many."""
    moved = 0
    for state in doc[2:]:
        member, noun = doc[state.i - 1], state.head
        if pack.relation(member) != "conj" or pack.relation(state) not in ("acl", "amod"):
            continue
        first = member.head
        if not _state_or_harm(state, pack) or noun.i >= member.i \
                or pack.relation(member) != "conj" or not _deps(member, pack, "num") or first.head != noun \
                or pack.relation(first) not in ("acl", "amod") or not _state_or_harm(first, pack) or first.i > member.i:
            continue
        member.head = noun
        _stale(member)
        state.head = member
        _stale(state)
        moved += 1
    return moved


def states_of_the_last_member(doc, pack: LanguagePack) -> int:
    """"9 fatalities and 14 people hospitalised": a participle right after a list's last member,
    hung on the first, which is a counted word of its own ("fatalities", "dead"), tells of the last
    member; so does one hung on the verb whose object the first is ("leaving 14 dead and scores
    wounded"). Returns how many."""
    counted = pack.grammar["counted_nouns"]
    moved = 0
    for state in doc[1:]:
        first, last = state.head, doc[state.i - 1]
        on_verb = pack.relation(state) in ("oprd", "xcomp") and last.head.head == state.head \
            and pack.relation(last.head) == "obj"  # "leaving 14 dead and scores wounded"
        if on_verb:
            first = last.head
        if not (on_verb or pack.relation(state) in ("acl", "amod")) or not participle(state) or first.i >= last.i \
                or last.head != first or pack.relation(last) != "conj" or last.pos_ != "NOUN" \
                or not (stated(first, pack) or first.lemma_.lower() in counted) \
                or stated(last, pack) or last.lemma_.lower() in counted:
            continue
        state.head = last
        _stale(state)
        if on_verb:
            state.dep_ = _label(pack, "acl")
        moved += 1
    return moved


def numbers_apposed_before_states(doc, pack: LanguagePack) -> int:
    """"3 soldiers and 5 rebels killed, 7 wounded": a bare number right before a state, made an
    apposition of the state's subject, is the state's subject; that subject is no longer the state's
    (it keeps its own state). Returns how many."""
    moved = 0
    for number in doc[:-1]:
        state, subject = doc[number.i + 1], number.head
        if number.pos_ != "NUM" or pack.relation(number) != "appos" or list(_children(number)) \
                or subject.head != state or pack.relation(subject) not in ("subj", "subjpass") \
                or not _state_or_harm(state, pack):
            continue
        number.head, number.dep_ = state, subject.dep_
        _stale(number)
        subject.dep_ = _label(pack, "dep")
        moved += 1
    return moved


def states_past_a_listed_number(doc, pack: LanguagePack) -> int:
    """"Two people were reported dead and about 40 injured": the number joined to the state before
    it, the state right after the number hung on the clause instead. The state goes under the
    number. Returns how many."""
    moved = 0
    for number, state in zip(doc[:-1], doc[1:]):
        if number.pos_ == "NUM" and pack.relation(number) == "conj" and stated(number.head, pack) \
                and stated(state, pack) and state.pos_ in ("VERB", "ADJ") and state.head != state \
                and state in list(_children(number.head.head)) and not _deps(state, pack, "subj", "subjpass", "obj"):
            state.head, state.dep_ = number, _label(pack, "acl")
            _stale(state)
            moved += 1
    return moved


def hedged_counts(doc, pack: LanguagePack) -> int:
    """"Over a dozen people were killed": a hedge the parser took for a preposition, the number for
    its object, the counted noun right after it left without a count: the hedge and the number are
    the noun's count again ("and over 70 were injured", no noun: the verb's subject). Returns how many."""
    moved = 0
    for number in doc[:-1]:
        hedge, noun = number.head, doc[number.i + 1]
        if pack.relation(number) != "pobj" or hedge.pos_ != "ADP" or hedge.i >= number.i:
            continue
        verb = hedge.head  # "and over 70 were injured": the hedged number is the next verb's subject
        alone = (number.pos_ == "NUM" or number.lower_ in pack.words("vague_heads")) and verb.pos_ == "VERB" and verb.i > number.i \
            and not any(pack.relation(c) in ("subj", "subjpass") for c in _children(verb)) \
            and all(pack.relation(t) in ("aux", "auxpass") and t.head == verb for t in doc[number.i + 1:verb.i])
        if not alone and (noun.pos_ not in ("NOUN", "PROPN") or any(pack.relation(c) == "num" for c in _children(noun))):
            continue
        span = doc[hedge.i:number.i + 1].text
        found = find_quantities(span, 0, pack.language)
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(span)):
            continue
        if alone:
            passive = any(pack.relation(t) == "auxpass" for t in doc[number.i + 1:verb.i])
            number.head, number.dep_ = verb, _label(pack, "subjpass" if passive else "subj")
            _stale(number)
        else:
            number.head, number.dep_ = noun, _label(pack, "num")
            _stale(number)
        hedge.head, hedge.dep_ = number, _label(pack, "qmod")
        _stale(hedge)
        moved += 1
    return moved


def hedges_as_heads(doc, pack: LanguagePack) -> int:
    """"Plus de 200 personnes ont été blessées", "Pas moins de neuf personnes ont perdu la vie" (UD):
    the hedge made the verb's modifier, the hedged count its oblique, the verb left with no
    subject. The counted noun becomes the subject, the number its count, the hedge the number's.
    Returns how many."""
    if "obl" not in pack.grammar["relations"].values():
        return 0
    moved = 0
    for hedge in doc:
        verb = hedge.head
        if hedge.pos_ != "ADV" or pack.relation(hedge) != "advmod" or verb.i < hedge.i or verb.pos_ not in ("VERB", "AUX") \
                or _deps(verb, pack, "subj", "subjpass"):
            continue
        held = next((x for x in _deps(hedge, pack, "obl", "nmod") if x.i > hedge.i and any(
            k.lower_ in pack.words("partitive") for k in _deps(x, pack, "case"))), None)
        if held is None:
            continue
        noun, number = (held, next(iter(_deps(held, pack, "num")), None)) if held.pos_ == "NOUN" else (
            next((n for n in _deps(held, pack, "nmod") if n.i == held.i + 1 and n.pos_ == "NOUN"), None), held)
        if noun is None or number is None or number.pos_ != "NUM" or number.i > noun.i:
            continue
        span = doc[hedge.left_edge.i:number.i + 1].text
        found = find_quantities(span, 0, pack.language)
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(span)):
            continue
        noun.head, noun.dep_ = verb, _label(pack, "subjpass" if _deps(verb, pack, "auxpass") else "subj")
        _stale(noun)
        number.head, number.dep_ = noun, _label(pack, "num")
        _stale(number)
        hedge.head = number  # (its label kept: the hedge is read from the words before the number)
        _stale(hedge)
        moved += 1
    return moved


def numbers_tagged_verbs(doc, pack: LanguagePack) -> int:
    """"six personnes ont été tuées et neuf autres blessées": a number word the tagger took for a
    verb or an adjective, joined in a list, right before its noun (an "other" word between) that
    hangs on the same head: the number counts the noun, its "and" goes to the noun. Returns how many."""
    adds = lexicon(pack.language).words("addition_words")
    moved = 0
    for num in doc[:-1]:
        if num.pos_ not in ("VERB", "ADJ") or not num.like_num or pack.relation(num) != "conj" \
                or parse_number(num.text, pack.language) is None:
            continue
        at = num.i + 1 + (doc[num.i + 1].lower_ in adds)
        noun = doc[at] if at < len(doc) else None
        if noun is None or noun.pos_ != "NOUN" or noun.head != num.head or any(
                c.i > num.i for c in _children(num)):
            continue
        for c in list(_children(num)):
            c.head = noun
            _stale(c)
        num.head, num.dep_, num.pos_ = noun, _label(pack, "num"), "NUM"
        _stale(num)
        moved += 1
    return moved


def counted_adjectives(doc, pack: LanguagePack) -> int:
    """"ont neutralisé huit terroristes au cours d'une opération": a counted word the tagger took
    for an adjective, hung on a verb with no object as a bare modifier (no preposition), is a noun,
    the verb's object. Returns how many."""
    moved = 0
    for tok in doc[1:]:
        verb, num = tok.head, doc[tok.i - 1]
        if tok.pos_ != "ADJ" or num.head != tok or num.pos_ != "NUM" or pack.relation(num) != "num" \
                or verb.pos_ != "VERB" or verb.i > tok.i or pack.relation(tok) not in ("obl", "advmod", "nmod") \
                or _deps(tok, pack, "case") or _deps(verb, pack, "obj", "subjpass") or _deps(verb, pack, "auxpass"):
            continue
        tok.pos_, tok.dep_ = "NOUN", _label(pack, "obj")
        moved += 1
    return moved


def counted_participles_listed(doc, pack: LanguagePack) -> int:
    """"погибли двое военных и пятеро нападавших": a participle with its own count right before it,
    joined to a noun of a list, names people (a participle used as a noun): a noun of the list.
    Returns how many."""
    moved = 0
    for num, tok in zip(doc[:-1], doc[1:]):
        if tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm") or pack.relation(tok) != "conj" \
                or tok.head.pos_ not in ("NOUN", "PROPN") or num.head != tok or num.pos_ != "NUM" \
                or pack.relation(num) != "num" or _deps(tok, pack, "subj", "subjpass", "obj", "aux", "auxpass"):
            continue
        tok.pos_ = "NOUN"
        moved += 1
    return moved


def numbers_as_modifiers(doc, pack: LanguagePack) -> int:
    """"parmi les neuf personnes tuées": a number labelled an adjective of its noun is its count.
    Returns how many."""
    moved = 0
    for num in doc:
        if num.pos_ == "NUM" and num.like_num and pack.relation(num) == "amod" and num.head.pos_ == "NOUN" \
                and num.head.i == num.i + 1:  # (not an age: "29-year-old")
            num.dep_ = _label(pack, "num")
            moved += 1
    return moved


def numbers_after_a_harm_noun(doc, pack: LanguagePack) -> int:
    """"о гибели двух военнослужащих и ранении ещё пятерых": a number after a noun of harm (the
    pack's nominal categories), made that noun's count, names its victims (a count stands before its
    noun). Returns how many."""
    moved = 0
    for num in doc:
        noun = num.head
        if num.pos_ == "NUM" and pack.relation(num) == "num" and noun.i < num.i and noun.pos_ == "NOUN" \
                and noun.lemma_.lower() in pack.grammar["nominal_categories"] \
                and noun.lemma_.lower() not in pack.words("body_nouns"):
            num.dep_ = _label(pack, "nmod")
            moved += 1
    return moved


def vague_heads_of(doc, pack: LanguagePack) -> int:
    """"Al menos una veintena de personas murieron": a vague amount and the noun it counts ("de
    personas") hung apart, the amount as an object: the amount takes the noun's place in the
    tree, the noun hangs on it, as "una veintena de personas" alone is read. Returns how many."""
    heads, partitive = pack.words("vague_heads"), pack.words("partitive")
    moved = 0
    for amount in doc[:-2]:
        case = doc[amount.i + 1]
        if amount.lower_ not in heads or case.lower_ not in partitive or pack.relation(case) != "case":
            continue
        noun = case.head
        if noun.i <= case.i or noun.head == amount or noun.pos_ not in ("NOUN", "PROPN") or amount.is_ancestor(noun) \
                or noun.is_ancestor(amount) or pack.relation(noun) not in ("subj", "subjpass", "obj"):
            continue
        amount.head, amount.dep_ = (amount, noun.dep_) if noun.head == noun else (noun.head, noun.dep_)
        _stale(amount)
        noun.head, noun.dep_ = amount, _label(pack, "nmod")
        _stale(noun)
        moved += 1
    return moved


def recase_first_verb(docs: list, pack: LanguagePack) -> list:
    """"Ultiman a un policía en Culiacán", "Hallan muertos a dos hombres": a headline's verb in the
    first place, capitalised, that the tagger took for a name (the sentence then has no verb): where
    the pack asks, such a sentence is parsed again with that word in lower case (same length), and
    the new parse is kept when it finds the verb."""
    if not pack.grammar.get("recase_first_verb"):
        return docs
    again = [k for k, d in enumerate(docs) if len(d) > 2 and d[0].pos_ == "PROPN" and d[0].is_title
             and d[1].is_lower and not any(t.pos_ in ("VERB", "AUX") for t in d)]
    if not again:
        return docs
    texts = [docs[k].text for k in again]
    at = [len(t) - len(t.lstrip()) for t in texts]  # the first word's first letter
    lowered = [t[:a] + t[a:a + 1].lower() + t[a + 1:] for t, a in zip(texts, at)]
    for k, doc in zip(again, pack.parser.pipe(lowered, batch_size=BATCH)):
        if doc[0].pos_ in ("VERB", "AUX"):
            docs[k] = doc
    return docs


def cue_texts(sentences: list[Sentence], pack: LanguagePack) -> tuple[list[int], list[str]]:
    """The sentences with a casualty cue (their indexes) and the texts the parser gets for them:
    masked and re-cased, the same length as the sentences."""
    keep = [i for i, s in enumerate(sentences) if pack.has_cue(s.text)]
    return keep, [plain_quotes(normalise_case(mask_part_asides(mask_asides(mask_insertions(mask_digit_groups(mask_plus(
        mask_number_words(mask_dateline(sentences[i].text, pack), pack)))), pack), pack), pack), pack) for i in keep]


@dataclass(frozen=True)
class CueParses:
    """The cue sentences of one text (their indexes) and their parses, made beforehand in one
    batch with other texts' (extract/ahead.py)."""
    keep: list[int]
    docs: list

    def fit(self, sentences: list[Sentence]) -> bool:
        """They are parses of these sentences: one per cue sentence, each of its length."""
        return len(self.keep) == len(self.docs) and all(
            i < len(sentences) and len(sentences[i].text) == _length(d) for i, d in zip(self.keep, self.docs))


def _length(doc) -> int:
    """Characters of the parsed text (its last token's end; doc.text would build the string)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


class _Tokens(list):
    """A parse's tokens made once, for the repairs to walk again and again (a Doc makes each
    token anew at every step); a run of them (a slice) is a list too, with the Span's other
    attributes (its text); every other attribute is the Doc's. The tokens read the Doc's arrays,
    so they see each repair's changes (no repair adds, removes or merges tokens)."""

    def __init__(self, doc):
        super().__init__(doc)
        self.doc = doc

    def __getitem__(self, k):
        return _Run(list.__getitem__(self, k), self.doc[k]) if isinstance(k, slice) else list.__getitem__(self, k)

    def __getattr__(self, name):
        return getattr(self.doc, name)


class _Run(list):
    def __init__(self, tokens, span):
        super().__init__(tokens)
        self.span = span

    def __getattr__(self, name):
        return getattr(self.span, name)


def parse_cue_sentences(sentences: list[Sentence], pack: LanguagePack,
                        ready: CueParses | None = None) -> dict[int, ParsedSentence]:
    """Index in `sentences` -> its parse, for the sentences with a casualty cue. `ready`: their
    parses made beforehand (Reader.read_many), used where they fit these sentences."""
    if ready is not None and ready.fit(sentences):
        keep, docs = ready.keep, list(ready.docs)
    else:
        keep, texts = cue_texts(sentences, pack)
        docs = list(pack.parser.pipe(texts, batch_size=BATCH))
    docs = recase_first_verb(docs, pack)
    out = {}
    for i, doc in zip(keep, docs):
        doc = _Tokens(doc)
        doc.user_data[_TOKENS] = doc
        for repair in REPAIRS:
            repair(doc, pack)
        doc.user_data.pop(_TOKENS)
        doc.user_data.pop(_CHILDREN, None)
        if cyclic(doc):  # a repair that hung a word below itself: skip the sentence rather than loop or crash
            log.warning("parse of sentence %d left a cycle after repairs; sentence skipped: %.80s", i, sentences[i].text)
            continue
        out[i] = ParsedSentence(sentences[i], doc.doc)
    return out


def cyclic(doc) -> bool:
    """Some token's chain of heads never reaches a root (head indices only: the tree's own walks
    would not end)."""
    heads = [t.head.i for t in doc]
    done = [False] * len(heads)
    for start in range(len(heads)):
        path, seen, t = [], set(), start
        while not done[t] and heads[t] != t:
            if t in seen:
                return True
            path.append(t)
            seen.add(t)
            t = heads[t]
        for p in path:
            done[p] = True
        done[t] = True
    return False


# The repairs in the order they run, each reading the tree as the ones before left it.
REPAIRS = (
    lift_blanks, words_past_a_blank, words_on_punctuation, digit_numerals, number_words_mistagged, hyphen_numerals, split_numerals,
    numbers_joined_as_lists, compound_numerals, verb_lemmas, adverbs_before_a_participle, elisions_in_names,
    found_verbs_under_their_state, states_read_as_modifiers, counts_read_as_obliques, counts_hung_on_a_place,
    counted_objects_as_modifiers, days_as_subjects, names_after_an_article, compounds_read_as_modifiers,
    objects_read_as_owners, conjuncts_of_a_toll, verbs_joined_to_a_modifier, verbs_joined_to_an_object,
    verbs_tagged_nouns, resultatives_tagged_nouns, tolls_tagged_verbs, people_tagged_verbs,
    participles_read_as_modifiers, members_read_as_modifiers_of_the_verb, subjects_read_as_second_objects,
    owners_cut_from_their_bodies, objects_of_a_phrasal_noun, objects_read_as_complements, owners_read_as_complements,
    owners_listed_after_a_comma, places_tagged_verbs, counts_left_on_a_state, present_headline, headline_passives,
    verbs_as_modifiers, hedges_read_as_heads, range_heads, range_openings, ranges_apart, states_on_time,
    numbers_before_days, verbs_on_days, states_on_tolls, objects_read_as_modifiers_of_a_state,
    states_read_as_clauses_after_a_relative, wholes_read_as_subjects, participles_read_as_clausal_subjects,
    parts_read_as_objects, parts_named_after_their_number, parts_read_as_appositions, lists_resumed_after_a_part, subjects_taken_by_their_part, subjects_read_as_objects_of_a_conjunction, participles_read_as_verbs_after_a_preposition, objects_read_as_subjects_of_a_marked_clause, subjects_read_as_objects_of_a_relative,
    states_on_a_left_object, states_hung_past_a_left_object,
    absolute_participles, states_after_an_absolute, states_read_as_second_verbs, lists_split_by_a_state, lists_split_at_a_comma,
    lists_cut_after_the_object, subjects_split_by_their_verb, lists_opening_before_a_source, verbs_read_as_subjects,
    subjects_joined_to_an_oblique, subjects_of_a_second_verb, subjects_taken_by_the_first_verb,
    subjects_taken_by_the_second_verb, subjects_listed_on_their_verb, counts_joined_to_the_first_verb,
    subjects_on_an_auxiliary, subjects_of_a_short_passive, conjuncts_split_off_the_object, days_read_as_members, relatives_hung_on_the_verb, numbers_joined_to_an_oblique, verbs_listed_after_a_passive, members_joined_to_the_state,
    subjects_before_a_part, subjects_joined_to_their_verb, states_joined_to_a_phrase, care_after_a_member,
    numbers_beside_states, states_after_a_list, counted_members_on_a_state, states_of_the_last_member, numbers_apposed_before_states,
    states_past_a_listed_number, hedged_counts, hedges_as_heads, numbers_tagged_verbs, counted_adjectives,
    counted_participles_listed, numbers_as_modifiers, numbers_after_a_harm_noun, vague_heads_of, others_left, objects_under_a_particle,
    prepositions_on_a_particle, doubled_objects, second_objects_after_a_modifier, states_as_second_objects, pasts_before_a_shared_object, objects_of_a_resultative,
    places_read_as_objects, owners_read_as_objects, objects_with_prepositions, numbers_on_articles, numbers_on_bounds,
    numbers_unlabelled_before_states, numbers_read_as_cases, numbers_as_auxiliaries, verbs_joined_to_a_count, participles_tagged_adjectives,
    clauses_joined_to_a_noun, partitives_fronted, objects_before_an_apposition, owners_past_a_participle,
    numbers_on_the_verb, counts_hung_past_their_noun, lists_without_a_conjunction, counted_appositions_before_their_state, presence_verbs_read_as_modifiers, counts_after_a_bare_object, numbers_as_obliques,
    counts_hung_on_the_next_verb, vague_heads_joined_to_a_state, adjectives_as_subjects, participles_tagged_nouns, gapped_passives,
    states_past_a_listed_count, numbers_before_their_state, subjects_left_as_root, counted_subjects_as_root,
    verbs_read_as_relatives, objects_read_as_subjects_of_a_gerund, lists_past_a_clause, lists_past_a_relative,
    subjects_under_a_modifier, adjectives_as_prepositions, participles_taken_by_the_part, marked_conjuncts_read_as_obliques, numbers_fixed_in_a_conjunction, conjuncts_of_a_marked_object, counts_joined_to_the_verb,
    nouns_as_adjectives, adjectives_as_conjuncts, lists_past_a_modifier, perfect_infinitives,
    subjects_before_an_aside, subjects_taken_by_an_aside, subjects_in_the_genitive, subjects_as_appositions,
    objects_listed, lists_on_an_auxiliary, objects_past_a_second_verb, clauses_across_a_semicolon,
    counts_on_an_oblique, subjects_across_a_semicolon, parts_between_number_and_noun, subjects_with_a_preposition,
    appositions_as_conjuncts, appositions_past_the_object, appositions_in_a_list, states_after_a_left_list,
    members_read_as_appositions, lists_apposed_to_a_group, lists_after_a_colon, names_set_apart_from_the_object,
    names_split_from_their_object, lists_on_a_name, appositions_after_a_list, sources_read_as_appositions,
    updates_hung_on_the_source, infinitives_read_as_conjuncts, labelled_figures, ordinals_as_objects,
)
