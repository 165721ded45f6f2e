"""The claim grammar's view of a parse: findings, children by the project's relations, and the
small questions every predicate asks (passive? negated? which noun does a relative pronoun
stand for?). Written over the project's relations only; words come from the pack."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator

from ..events.dates import event_date
from ..numbers import parse_number, vague_table
from ..packs import LanguagePack
from .lexicon import lexicon

Token = Any  # a spaCy Token


@dataclass(frozen=True)
class Finding:
    category: str
    victim: Token                 # head of the victim phrase (or the number of a running toll)
    predicate: Token
    update: bool = False          # a running toll ("rose to 17"): replaces earlier figures
    person_only: bool = False     # the verb also takes things ("captured weapons")
    part: bool = False            # "stabbed 4 commuters, seriously wounding two": some of those
    weak: bool = False            # "was shot": hurt, unless the victim is already counted dead
    member: bool = False          # "a nurse was among those killed": a part of a figure
    gapped: bool = False          # "..., таджикская — о 35": a figure whose clause left out its verb
    less: tuple[Token, ...] = ()  # "Only one of the 12 hostages survived": counts the whole's figure leaves out


DASHES = ("—", "–")
_ANY_DAY = date(9000, 1, 1)  # a publication day that resolves any day word (whether a day is named, not which)


def time_told(text: str, language: str):
    """The day, month or year the words name (an EventDate), or None: "on Monday", "Friday's
    attack", "on 3 May", "the October 2021 coup"."""
    return event_date(text, _ANY_DAY, language)


def stated(tok: Token, pack: LanguagePack) -> bool:
    """The word is a state of victims ("dead", "heridos", "погибших")."""
    states = pack.grammar["states"]
    return tok.lower_ in states or tok.lemma_.lower() in states


_KIDS = "tollwatch.kids"  # Doc.user_data: token index -> [(child, relation)], built on first ask


def kids(tok: Token, pack: LanguagePack, *rels: str) -> list[Token]:
    """`tok`'s children by the project's relations. The parse is final before the grammar reads it
    (repairs run in the parser and parsed.compound_numerals), so each token's row is built once."""
    table = tok.doc.user_data.get(_KIDS)
    if table is None:
        table = tok.doc.user_data[_KIDS] = {}
    row = table.get(tok.i)
    if row is None:
        row = table[tok.i] = [(c, pack.relation(c)) for c in tok.children]
    return [c for c, r in row if r in rels]


def has_count(noun: Token, pack: LanguagePack) -> bool:
    """A number, or a noun with a count of its own ("40", "Six soldiers")."""
    return noun.pos_ == "NUM" or bool(kids(noun, pack, "num"))


def injury_noun(t: Token, pack: LanguagePack) -> bool:
    """A noun of the pack's `injury_nouns` ("wounds", "heridas", "ранения"), by its form or lemma, or
    a part of the body with a harm on it ("broken legs")."""
    hurt = pack.words("injury_nouns")
    if t.lower_ in hurt or t.lemma_.lower() in hurt:
        return True
    harms = pack.words("body_harms")  # "a broken arm", "сломанные ноги": a part of the body harmed
    return t.lemma_.lower() in pack.words("body_parts") and any(
        a.lemma_.lower() in harms or a.lower_ in harms for a in kids(t, pack, "amod"))


def in_care(t: Token, pack: LanguagePack, modifiers: list[Token] | None = None) -> bool:
    """A place or state of the hurt: a hospital noun, a `hospital_verbs` word, or a condition noun
    with a word of grave condition on it ("in critical condition", "в тяжёлом состоянии").
    `modifiers`: `t`'s adjectives, given by a parse repair (which may not read `kids`)."""
    lemma = t.lemma_.lower()
    if lemma in pack.words("hospital_nouns") or lemma in pack.words("hospital_verbs") or t.lower_ in pack.words("hospital_verbs"):
        return True
    return grave_condition(t, pack, modifiers)


def hurt_of_its_own(noun: Token, pack: LanguagePack) -> bool:
    """A noun with an injury or a place of care of its own ("three others with gunshot wounds", "two
    more in hospital"); through a partitive, the part's ("four of his comrades with serious injuries")."""
    return any((p in pack.words("injury_preps") and injury_noun(n, pack)) or in_care(n, pack)
               or (p in pack.words("partitive") and n.i > noun.i and hurt_of_its_own(n, pack)) for p, n in obliques(noun, pack))


def grave_condition(t: Token, pack: LanguagePack, modifiers: list[Token] | None = None) -> bool:
    """A condition noun with a word of grave condition on it ("critical condition", "estado grave")."""
    grave = pack.words("grave_words")
    return t.lemma_.lower() in pack.words("condition_nouns") and any(
        a.lemma_.lower() in grave or a.lower_ in grave or f"{a.doc[a.i - 1].lower_} {a.lemma_.lower()}" in grave
        for a in (kids(t, pack, "amod") if modifiers is None else modifiers))


def left_states(noun: Token, pack: LanguagePack) -> list[Token]:
    """The states a leave verb gives its object `noun` ("left a soldier dead": "dead")."""
    if pack.relation(noun) != "obj" or noun.head.lemma_.lower() not in pack.words("leave_verbs"):
        return []
    return [s for s in kids(noun.head, pack, "oprd", "xcomp") if stated(s, pack) and s.i > noun.i]


def obliques(tok: Token, pack: LanguagePack) -> Iterator[tuple[str, Token]]:
    """(preposition, its noun) under `tok`: "of the guards" -> ("of", guards).

    ClearNLP trees hang the noun under the preposition; UD trees hang a `case` word under it."""
    if pack.grammar.get("prepositions_as_heads", True):
        for p in kids(tok, pack, "prep"):
            for n in kids(p, pack, "pobj", "pcomp"):
                yield p.lower_, n
    else:
        for n in kids(tok, pack, "obl", "nmod") + numbers_after(tok, pack):
            case = kids(n, pack, "case")
            yield (case[0].lower_ if case else ""), n


def next_oblique(tok: Token, pack: LanguagePack) -> list[tuple[str, Token]]:
    """The oblique that starts right after `tok` but that the parser hung on another word ("the
    death of a paramedic and injury of three workers": "of three workers" on "paramedic"; "tué une
    famille de cinq personnes": "de cinq personnes" on the verb). Empty when `tok` has its own."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or any(True for _ in obliques(tok, pack)):
        return []
    nxt = doc[tok.i + 1]
    if nxt.lower_ in pack.words("agent_words"):  # "the murder by gunmen of a chairman"
        return [o for a in kids(nxt, pack, "pobj") for o in obliques(a, pack)]
    holders = {nxt.head, nxt.head.head} - {tok}
    return [(p, n) for h in holders for p, n in obliques(h, pack)
            if n.left_edge.i == nxt.i or (n.head.i == nxt.i and n.head != h)]


def outcome(tok: Token, pack: LanguagePack) -> str | None:
    """The category a state word or a counting noun names ("dead", "blessés", "deaths"), or None."""
    return pack.grammar["states"].get(tok.lower_) or pack.grammar["counted_nouns"].get(tok.lemma_.lower())


def casualty_kind(t: Token, pack: LanguagePack) -> str | None:
    """The category a casualty word names as a noun or state: a state or counting noun ("dead",
    "blessés"), a deed noun ("killing", "гибель") or an injury noun ("wounds"); else None."""
    return outcome(t, pack) or pack.grammar["nominal_categories"].get(t.lemma_.lower()) or (
        "injured" if injury_noun(t, pack) else None)


def numbers_after(tok: Token, pack: LanguagePack) -> list[Token]:
    """"la muerte de cinco de sus soldados": a number after its head with a preposition of its
    own, which a UD parser labelled as counting the head (`nummod`), is an oblique; so is one in
    the genitive where the pack's partitive is a bare case ("о ранении тридцати пяти"; a numeral
    given to the parser as digits has no case: "поранення одинадцяти")."""
    bare = "" in pack.words("partitive")
    return [n for n in kids(tok, pack, "num") if n.i > tok.i and (kids(n, pack, "case") or (
        bare and n.morph.get("Case") in ([], ["Gen"])))]


def year(tok: Token) -> bool:
    """"2011" in "the 2011 killing", "la masacre de 2015": a bare four-digit number of a year."""
    return tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2099


def day_of_month(tok: Token, pack: LanguagePack) -> bool:
    """"12" in "с ранениями 12 сентября", "le 12 septembre": a number whose own words name a day of
    a month, no count of people."""
    month = next((c for c in tok.children if c.pos_ in ("NOUN", "PROPN") and tok.i < c.i <= tok.i + 2), None)
    if tok.pos_ != "NUM" or month is None:
        return False
    months = lexicon(pack.language).raw["months"]
    if month.lower_ not in months and month.lemma_.lower() not in months:
        return False  # not "58 el martes", a weekday
    told = time_told(tok.doc[tok.i:month.i + 1].text, pack.language)
    return told is not None and told.start == told.end


def negated(tok: Token, pack: LanguagePack) -> bool:
    return any(c.lower_ in pack.words("negators") and not _opens_hedge(c, pack) and not _none_of_them(c, tok, pack)
               for c in kids(tok, pack, "neg", "det", "advmod", "dep", "mark"))


def _none_of_them(neg: Token, tok: Token, pack: LanguagePack) -> bool:
    """"injured five workers, none of them seriously": a negator after the word with a partitive of
    its own tells of none of a part, not that no one was harmed."""
    return neg.i > tok.i and any(p in pack.words("partitive") for p, _ in obliques(neg, pack))


def _opens_hedge(neg: Token, pack: LanguagePack) -> bool:
    """"No menos de ocho personas murieron", "Pas moins de 12": the negator opens a hedge of the
    language's vague table, not a negation."""
    after = neg.doc[neg.i:neg.i + 4].text.lower()
    return any(after.startswith(h) for words in vague_table(pack.language)["hedges"].values() for h in words)


def modal(tok: Token, pack: LanguagePack) -> bool:
    """"could have killed", "могла убить" (the infinitive a complement of the modal verb), or a future."""
    return any(c.lemma_.lower() in pack.words("modal_words") for c in kids(tok, pack, "aux")) or future(tok, pack) \
        or (pack.relation(tok) == "xcomp" and tok.head != tok and tok.head.lemma_.lower() in pack.words("modal_words"))


def denied(tok: Token, pack: LanguagePack) -> bool:
    """"The army denied that civilians had been killed", "опровергла гибель мирных жителей": the
    complement or object of a verb of denial (pack `denial_verbs`) is not told as a fact, nor a
    verb joined to it or a clause of the denied noun ("denied a claim that they had shot down a
    helicopter and killed its crew")."""
    while pack.relation(tok) == "conj" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if pack.relation(tok) in ("acl", "relcl", "ccomp") and tok.head.pos_ == "PRON" and pack.relation(tok.head) == "nmod" \
            and tok.head.head.pos_ == "NOUN":
        tok = tok.head  # "отвергли сообщения о том, что ...": the clause on the pronoun that stands for it
    reported = False  # the figure's clause hangs on a noun of report
    if pack.relation(tok) in ("acl", "relcl", "ccomp", "nmod") and tok.head.pos_ == "NOUN" \
            and pack.relation(tok.head) in ("obj", "subjpass", "subj"):
        tok, reported = tok.head, True  # "denied a claim that ...", "denying reports on social media that a dozen
        # had died", "Reports that 10 people had been killed were denied", "La versión de que ... fue desmentida"
    verb = tok.head
    told = pack.relation(tok) in ("ccomp", "obj") or (reported and (
        pack.relation(tok) == "subjpass" or (pack.relation(tok) == "subj" and passive(verb, pack))))
    # (not "Les corps de neuf migrants ont été rejetés par la mer": the dead themselves, a verb of denial's other sense)
    return told and verb != tok and verb.lemma_.lower() in pack.words("denial_verbs") \
        and not negated(verb, pack) and not (pack.relation(verb) == "conj" and negated(verb.head, pack))  # "did not confirm or deny"


def future(verb: Token, pack: LanguagePack) -> bool:
    """"ваших солдат будут убивать": an auxiliary of the passive over an infinitive, not a
    participle, is the compound future (a threat or a plan, no deed)."""
    return any(a.lemma_.lower() in pack.words("passive_auxiliaries") for a in kids(verb, pack, "aux")) \
        and "Inf" in verb.morph.get("VerbForm")  # (the morphology read only where there is such an auxiliary)


def participle(tok: Token) -> bool:
    """A past participle: the Penn tag where the parser gives one, else the UD morphology."""
    return tok.tag_ == "VBN" or ("Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense"))


def passive(verb: Token, pack: LanguagePack) -> bool:
    """"were killed" (a passive label), or "fueron asesinados" (an auxiliary of the pack's
    passive auxiliaries before a participle: the Spanish parser marks passives no other way), or a
    verb with an agent ("was robbed and then shot dead by two men", the second verb tagged a past)."""
    if kids(verb, pack, "auxpass", "subjpass", "agent"):
        return True
    return participle(verb) and any(a.lemma_.lower() in pack.words("passive_auxiliaries")
                                    for a in kids(verb, pack, "aux"))


def perfect(verb: Token, pack: LanguagePack) -> bool:
    return any(a.lemma_.lower() in pack.words("perfect_auxiliaries") for a in kids(verb, pack, "aux"))


def resolve(noun: Token, pack: LanguagePack) -> Token:
    """"soldiers who were killed", "men whose bodies were found": the relative pronoun stands for the
    noun its clause modifies.
    "Sept civils, dont deux enfants, ont été tués", the parser making the part the subject: the
    counted noun before the including word is the victim."""
    mark = next((c for c in noun.children if c.i < noun.i and c.lower_ in pack.words("including")), None)
    if mark is not None and mark.i >= 2 and noun.doc[mark.i - 1].is_punct:
        whole = noun.doc[mark.i - 2]
        while whole.head.i < whole.i and whole.head != whole and not whole.head.is_punct:
            whole = whole.head
        if has_count(whole, pack):
            return whole
    if noun.lower_ in pack.words("relative_pronouns"):
        clause = noun.head.head if pack.relation(noun) == "poss" else noun.head  # "men, whose bodies were found"
        while pack.relation(clause) == "conj" and clause.head != clause:
            clause = clause.head
        if pack.relation(clause) in ("relcl", "acl"):  # "un comerciante, quien murió", hung as a plain acl
            return _agreeing(noun, clause.head)
    return noun


def _agreeing(pron: Token, head: Token) -> Token:
    """"человек, который погиб, женщина, которая ...": a relative pronoun agrees with its noun in
    gender; where the parser hung its clause on a noun of another gender, the nearest noun before
    it that agrees is the one meant."""
    gender, number = pron.morph.get("Gender"), pron.morph.get("Number")
    if not gender or not head.morph.get("Gender") or head.morph.get("Gender") == gender:
        return head
    for t in reversed(pron.doc[:pron.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.morph.get("Gender") == gender and t.morph.get("Number") == number:
            return t
    return head


def inherited(verb: Token, pack: LanguagePack, rels: tuple[str, ...]) -> list[Token]:
    """A conjoined or complement verb without its own subject takes its head's ("were shot and
    killed", "were reported killed"), when they agree in number."""
    return [s for s in _inherited(verb, pack, rels) if _agrees(verb, s, pack)]


def _number(tok: Token, pack: LanguagePack) -> str | None:
    """Sing or Plur, where the word or its count says it ("Two men": Plur)."""
    counts = [c for c in [tok] + kids(tok, pack, "num") if c.pos_ == "NUM" and c.like_num]
    if counts and not counts[0].morph.get("Number"):
        value = parse_number(counts[0].text, pack.language)
        return None if value is None else "Sing" if value == 1 else "Plur"
    found = tok.morph.get("Number")
    return found[0] if found else None


def same_number(a: Token, b: Token, pack: LanguagePack) -> bool:
    """Not told apart by number: "wounding five ... shot him dead" (him: not one of the five)."""
    x, y = _number(a, pack), _number(b, pack)
    return x is None or y is None or x == y


def _agrees(verb: Token, subject: Token, pack: LanguagePack) -> bool:
    """Not "Two men were arrested, a third ... and was shot dead": a verb (or its auxiliary) in the
    singular does not take a plural subject, nor the other way round."""
    told = [verb] + kids(verb, pack, "aux", "auxpass")
    said = {n for t in told for n in t.morph.get("Number")}
    if any("Neut" in t.morph.get("Gender") for t in told):
        return True  # "Пять человек было ранено": a count takes a neuter singular
    number = "Plur" if kids(subject, pack, "conj") else _number(subject, pack)  # "Le maire et son adjoint": two
    return not said or number is None or number in said


def _inherited(verb: Token, pack: LanguagePack, rels: tuple[str, ...]) -> list[Token]:
    rel = pack.relation(verb)
    if rel == "conj" and verb.head != verb:  # "двое были задержаны, третий оказал ... и был нейтрализован"
        for s in reversed([s for s in kids(verb.head, pack, "conj") if s.i < verb.i]):
            if own := kids(s, pack, "subj", "subjpass"):
                return own  # the nearest conjunct before with a subject of its own
    if rel in ("conj", "xcomp", "oprd") and verb.head != verb:
        own = kids(verb.head, pack, *rels)
        if own:
            return own
        if rel == "conj" and pack.relation(verb.head) == "conj":
            return _inherited(verb.head, pack, rels)
    return []


def companions(tok: Token, pack: LanguagePack) -> list[Token]:
    """"killed a leader along with one other insurgent": victims joined by a preposition; of a
    subject, also on its verb ("A soldier was killed along with two civilians"), as of a noun whose
    relative clause's pronoun is the subject ("the commander, who was killed along with"); of the noun a
    casualty noun names, on the verb whose object that noun is ("confirmed the death of a commander,
    along with two of his fighters")."""
    out = []
    verb = tok.head if pack.relation(tok) in ("subj", "subjpass") else next((  # or the verb of its relative clause
        r for r in kids(tok, pack, "relcl", "acl") if any(s.lower_ in pack.words("relative_pronouns")  # ("the commander, who
                                                   for s in kids(r, pack, "subj", "subjpass"))), None)  # was killed along with")
    if verb is None:  # ("the death of a commander", "la muerte de un comandante": the noun's verb)
        noun = tok.head.head if pack.relation(tok) == "pobj" and tok.head.lower_ in pack.words("partitive") else (
            tok.head if pack.relation(tok) == "nmod" and any(c.lower_ in pack.words("partitive") for c in kids(tok, pack, "case"))
            else None)
        deed = noun is not None and noun.lemma_.lower() in pack.grammar["nominal_categories"] \
            and noun.lemma_.lower() not in pack.words("body_nouns")  # (not "found the bodies of nine men, along with a message")
        if deed and noun.i < tok.i and pack.relation(noun) == "obj":
            verb = noun.head
    for p in kids(tok, pack, "prep") + (kids(verb, pack, "prep", "prt", "advmod") if verb is not None else []):
        then = pack.grammar["companion_preps"].get(p.lower_)
        if then is None:
            continue
        heads = [p] if not then else [q for q in kids(p, pack, "prep") + (kids(p.head, pack, "prep") if p.head == verb else [])
                                      if q.lower_ == then and q.i > p.i]
        for h in heads:
            out += kids(h, pack, "pobj")
    if not pack.grammar.get("prepositions_as_heads", True):  # UD: "murió junto a otros cuatro", the case word fixed
        for h in [tok] + ([verb] if verb is not None else []):
            for p, n in obliques(h, pack):
                then = pack.grammar["companion_preps"].get(p)
                if then is not None and n.i > tok.i and (not then or any(
                        f.lower_ == then for c in kids(n, pack, "case") for f in c.children)):
                    out.append(n)
    return out


def taken_conjuncts(verb: Token, pack: LanguagePack) -> list[Token]:
    """"Reports indicate 7 militants and 2 soldiers were killed": the first of a listed subject
    that the parser made the object of the verb above (the clause's head verb), joined to the
    subject by the conjunction right before it."""
    out = []
    for s in kids(verb, pack, "subj", "subjpass"):
        left = s.left_edge.i
        cc = verb.doc[left - 1] if left else None
        if cc is None or pack.relation(cc) != "cc" or pack.relation(verb) != "ccomp":
            continue
        first = cc.head
        if first.i < cc.i and first.head == verb.head and pack.relation(first) == "obj" \
                and first.pos_ in ("NOUN", "PROPN", "NUM") and first.right_edge.i in (cc.i - 1, cc.i):
            out.append(first)
    return out


def stolen_subject(verb: Token, pack: LanguagePack) -> list[Token]:
    """"including 11 children and over 90 others were injured": a verb's subject that the parser
    hung into the list before it (the word right before the verb's auxiliary)."""
    aux = [a for a in kids(verb, pack, "auxpass", "aux") if a.i < verb.i]
    if not aux or aux[0].i == 0 or kids(verb, pack, "subj", "subjpass"):
        return []
    prev = verb.doc[aux[0].i - 1]
    while pack.relation(prev) == "nmod" and prev.head.i < prev.i and prev.head.like_num:
        prev = prev.head  # "et deux de ses collègues ont été blessés": the count the partitive hangs on
    if (prev.pos_ in ("NOUN", "PROPN", "NUM") or prev.like_num) and pack.relation(prev) == "conj" and prev.head.i < prev.i:
        return [prev]
    return []


def nearest_subject(verb: Token, pack: LanguagePack) -> list[Token]:
    """An intransitive verb the parser left without a subject: the nearest noun before it,
    climbed to its phrase's head ("the gunman and a young man, Luis Ortega, died")."""
    for t in reversed(verb.doc[max(0, verb.i - 8):verb.i]):
        if t.pos_ in ("NOUN", "PROPN", "NUM"):
            while pack.relation(t) in ("appos", "compound") and t.head != t:
                t = t.head
            return [t]
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return []
    return []


def state_words(pack: LanguagePack, category: str) -> set[str]:
    """The pack's state words and counted nouns of one category ("wounded", "blessés", "heridos")."""
    return {w for table in ("states", "counted_nouns") for w, cat in pack.grammar[table].items() if cat == category}


_OWN_CLAUSES = ("advcl", "conj", "ccomp", "parataxis", "relcl")  # a verb's clauses with a verb of their own ("burned alive": no clause)


def verb_category(verb: Token, pack: LanguagePack) -> str | None:
    """The category a verb of harm gives its victims: a phrasal verb, a resultative ("shot dead",
    "stabbed to death"), an agent-dependent one ("police seized" is detention), else its lexicon entry."""
    g = pack.grammar
    lemma = verb.lemma_.lower()
    parts = {c.lower_ for c in kids(verb, pack, "prt")}
    below = None
    for rest, cat in pack.phrasal_by_verb.get(lemma, ()):
        if below is None:  # the verb's own phrase, not a clause of its ("struck Kirkuk, leaving ... shrapnel wounds")
            below = parts | {t.lemma_.lower() for c in verb.children
                             if pack.relation(c) not in _OWN_CLAUSES or c.pos_ not in ("VERB", "AUX") for t in c.subtree}
        if set(rest) & below:
            if rest[0] in parts or lemma not in g["needs_particle"]:
                fatal = [g["resultative"][c.lower_] for c in kids(verb, pack, "advmod", "advcl") if c.lower_ in g["resultative"]]
                return fatal[0] if fatal else cat  # "mortellement touché par balle"
    if lemma in pack.words("hit_verbs"):  # "fatally hit", "alcanzado mortalmente": the adverb's category
        fatal = [g["resultative"][w] for c in kids(verb, pack, "advmod", "advcl") for w in (c.lower_, c.lemma_.lower())
                 if w in g["resultative"]]
        if fatal:
            return fatal[0]
    if lemma in pack.words("resultative_verbs") or lemma in g["transitive"]:
        for c in verb.children:
            word = c.lemma_.lower() if c.lemma_.lower() in g["resultative"] else c.lower_  # "mortellement" (lemma "mortellemer")
            if word in g["resultative"] and pack.relation(c) in ("oprd", "pred", "advmod", "xcomp", "dep", "attr", "obj", "prep", "advcl", "aux", "ccomp") \
                    and not kids(c, pack, "num", "subj", "subjpass"):  # (not "31 dead, 7 wounded": a state with a count
                # of its own; not "Le conducteur est mort ..., un passager a été hospitalisé": a clause of its own)
                return g["resultative"][word]  # "shot dead", "shot NAME dead", "mortellement poignardé"
        for o in kids(verb, pack, "obj"):
            for c in o.children:
                if c.lemma_.lower() in g["resultative"] and c.i == verb.i + 1:
                    return g["resultative"][c.lemma_.lower()]  # "shot dead Sheikh Ali Othman"
        for head in [verb] + kids(verb, pack, "obj"):
            if (cat := to_death(head, pack)) is not None:
                return cat  # "stabbed [two people] to death"
    elif verb.pos_ == "VERB" and lemma not in pack.words("judicial_verbs"):
        if (cat := to_death(verb, pack, bare=True)) is not None:
            return cat  # any verb "to death": "macheted to death", not "sentenced"
    if lemma in g["needs_particle"] and g["needs_particle"][lemma] not in parts:
        return None  # "gunned down", not "gunned"
    if lemma in g["agent_categories"]:  # "police seized two suspects" / "gunmen seized 30 passengers"
        agents = (kids(verb, pack, "subj") or inherited(verb, pack, ("subj",))) + [
            n for a in kids(verb, pack, "agent") for n in kids(a, pack, "pobj")]  # "arrested X and held two others": their subject
        state = any(t.lemma_.lower() in pack.words("state_agents") or t.lower_ in pack.words("state_agents")
                    for a in agents for t in a.subtree)
        return g["agent_categories"][lemma]["state" if state else "other"]
    return g["transitive"].get(lemma)


def to_death(head: Token, pack: LanguagePack, bare: bool = False) -> str | None:
    """The category of a resultative oblique under `head` ("to death", "à mort"); `bare`: without an
    article or possessive (not "led many youths to their deaths")."""
    for prep, n in obliques(head, pack):
        if prep in pack.words("resultative_preps") and n.lemma_.lower() in pack.grammar["resultative"] \
                and not (bare and kids(n, pack, "det", "poss")):
            return pack.grammar["resultative"][n.lemma_.lower()]
    return None
