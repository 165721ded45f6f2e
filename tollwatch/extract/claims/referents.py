"""Who a victim phrase names: a person or not, a name, the people a pronoun stands for, and the
phrases marked as parts of a figure ("among them", "including"). Used by claims/counting.py."""
from __future__ import annotations

from typing import Any

from ..packs import LanguagePack
from .relations import kids, obliques, stated

Token = Any


def is_person(noun: Token, pack: LanguagePack, people: frozenset[str], not_people: frozenset[str]) -> bool:
    word = noun.lower_
    if word in not_people or noun.lemma_.lower() in not_people:
        return False
    if noun.pos_ in ("PROPN", "PRON") or word in people or noun.lemma_.lower() in people or word in pack.words("own_people"):
        return True
    if is_name(noun, pack):
        return True
    last = word.rsplit("-", 1)[-1]  # "co-workers" as "workers"
    return word.endswith(tuple(pack.words("person_suffixes"))) or (last != word and last in people)


def antecedent(pron: Token, pack: LanguagePack, people: frozenset[str]) -> Token | None:
    """The people an object pronoun stands for when a verb it is joined to took them first and
    did not harm them: "dragged 11 men from the mosque and then executed them" (11 men),
    "stormed the house of a tribal sheikh, killing him" (the sheikh)."""
    verb = pron.head
    if pack.relation(pron) != "obj" or pack.relation(verb) not in ("conj", "advcl") or verb.head == verb:
        return None
    first = verb.head
    if pron.lower_ in pack.words("reflexive_pronouns"):  # "detonated a vest, killing himself": the bomber
        return next(iter(kids(first, pack, "subj")), None)
    if (first.lemma_.lower() in pack.grammar["transitive"] or first.lemma_.lower() in pack.words("resultative_verbs")) \
            and (not kids(first, pack, "obj") or any(is_person(o, pack, people, frozenset()) for o in kids(first, pack, "obj"))):
        return None  # "shot two men and killed them", "abducted ... killed him": the first verb reads them (not
        # "struck a patrol of six soldiers, killing all of them": a thing struck, the people in it)
    number = pron.morph.get("Number") or next((n.morph.get("Number") for p, n in obliques(pron, pack)
                                               if p in pack.words("partitive") and pron.lower_ in pack.words("group_pronouns")),
                                              [])  # "all of them" (not "many of them": a vague count of its own)
    gendered = bool(set(pron.morph.get("Gender")) & {"Masc", "Fem"})  # "him", "her": a person, any noun with an article
    def told(tops: list[Token]) -> list[Token]:
        return [t for o in tops for t in o.subtree
                if t.i < pron.i and t.pos_ in ("NOUN", "PROPN") and t.morph.get("Number") == number
                and not _in_clause(t, o, pack, counted=bool(kids(t, pack, "num"))) and (is_person(t, pack, people, frozenset()) or (
                    gendered and kids(t, pack, "det") and t.lemma_.lower() not in pack.words("body_parts")))]
        # (not "lost an eye when a rubber bullet struck him": a part of the body is no one)
    found = told(kids(first, pack, "obj"))
    if not found and "Plur" in number and (above := subject_above(verb, pack, people)) is not None:
        return above  # "Two men were sitting outside when gunmen shot them dead"
    if not found and gendered and not kids(first, pack, "obj"):  # "burst into the home of a peasant leader and
        found = [t for t in told([n for _, n in obliques(first, pack)]) if is_person(t, pack, people, frozenset())]  # shot him"
    return found[-1] if found and number else None


def plural_referent(tok: Token, pack: LanguagePack) -> bool:
    """"Their bodies", "They were found dead", "leurs corps", "их тела": one of the pack's
    `later_death_plurals` as a pronoun or a possessive (in a language with articles, never the
    article: "les corps", "los cuerpos")."""
    return tok.lower_ in pack.words("later_death_plurals") and (
        tok.pos_ == "PRON" or "Yes" in tok.morph.get("Poss") or pack.relation(tok) == "poss" or not pack.grammar["articles"])


def acting_subject(pron: Token, pack: LanguagePack) -> Token | None:
    """"A gunman wounded two police officers before he was shot dead": a personal pronoun, subject
    of a clause hung on a verb whose own one subject acted on an object, is that subject (who
    acted), not the people acted on."""
    verb = pron.head
    if pron.lower_ not in pack.words("personal_pronouns") or pack.relation(pron) not in ("subj", "subjpass") \
            or pack.relation(verb) not in ("advcl", "conj") or verb.head == verb:
        return None
    first = verb.head
    while not kids(first, pack, "subj") and pack.relation(first) == "conj" and first.head != first:
        first = first.head  # "killed an officer and wounded another before he was shot dead": the verbs' one subject
    subjects = kids(first, pack, "subj")
    if len(subjects) != 1 or not kids(first, pack, "obj") or subjects[0].pos_ != "NOUN" or not singular(subjects[0]) \
            or kids(subjects[0], pack, "conj"):
        return None
    return subjects[0]


def clause_subject(pron: Token, pack: LanguagePack, people: frozenset[str]) -> Token | None:
    """"Two men were riding a motorcycle when they were shot dead", "Deux hommes circulaient à moto
    lorsqu'ils ont été abattus": a plural pronoun, subject of a clause hung on a verb that tells no
    harm, stands for that verb's one counted subject (told nowhere else)."""
    if pron.lower_ not in pack.words("group_pronouns") or pack.relation(pron) not in ("subj", "subjpass"):
        return None
    return subject_above(pron.head, pack, people)


def subject_above(verb: Token, pack: LanguagePack, people: frozenset[str]) -> Token | None:
    """The one counted subject of the verb a clause (`verb`'s) hangs on, where that verb tells no
    harm ("Dos hombres viajaban en moto cuando fueron asesinados": the subject left out)."""
    if pack.relation(verb) != "advcl" or verb.head == verb:
        return None
    first = verb.head
    g = pack.grammar
    if first.lemma_.lower() in g["transitive"] or first.lemma_.lower() in g["intransitive"] \
            or any(stated(c, pack) for c in first.children if c != verb):
        return None  # "Two soldiers were wounded when they were shot": told there
    subjects = kids(first, pack, "subj", "subjpass")
    if len(subjects) != 1 or not kids(subjects[0], pack, "num") or not is_person(subjects[0], pack, people, frozenset()) \
            or any(d.lower_ in pack.words("restating_determiners") for d in kids(subjects[0], pack, "det")):
        return None  # (not "These three new victims were taken from their homes before they were killed": told before)
    return subjects[0]


def _in_clause(t: Token, top: Token, pack: LanguagePack, counted: bool = False) -> bool:
    """`t` sits in a clause below `top` ("a sheikh who led a militia": the militia); a counted `t`
    not in a reduced relative ("a bus carrying 20 pilgrims": the pilgrims)."""
    while t != top and t.head != t:
        if pack.relation(t) in ("relcl", "advcl", "ccomp") or (pack.relation(t) == "acl" and not counted):
            return True
        t = t.head
    return False


def is_name(noun: Token, pack: LanguagePack) -> bool:
    """"Hussien al-Hagami": a name, also where the tagger took its last word for a noun."""
    return noun.pos_ == "PROPN" or (not noun.is_lower and any(
        c.pos_ == "PROPN" and c.i < noun.i for c in kids(noun, pack, "compound", "amod")))


def marked_part(noun: Token, pack: LanguagePack) -> bool:
    """"among them four children and a captain", "among them a woman and a child": a conjunct of a
    numbered part, or of a part with an indefinite article, is a part too."""
    while pack.relation(noun) == "conj" and noun.head != noun:
        noun = noun.head
        if (kids(noun, pack, "num") or any(d.lower_ in pack.words("indefinite_singular") for d in kids(noun, pack, "det"))) \
                and among_them(noun, pack):
            return True
    return False


def singular(noun: Token) -> bool:
    return noun.tag_ in ("NN", "NNP") or (noun.pos_ in ("NOUN", "PROPN") and noun.morph.get("Number") == ["Sing"])


def possessed_one(noun: Token, dependents: list[Token], pack: LanguagePack) -> bool:
    """A singular noun with a possessive among its `dependents` ("his son", "su hijo"): one person.
    (The dependents given: a parse repair reads them its own way.)"""
    return singular(noun) and any(pack.relation(d) == "poss" or "Yes" in d.morph.get("Poss") for d in dependents)


def parts_of(noun: Token, pack: LanguagePack) -> list[Token]:
    """"29 people, including 10 foreigners", "eight aid workers, six of them foreigners"."""
    def of_them(t: Token) -> bool:
        return t.pos_ == "NUM" and any(n.lower_ in pack.words("back_pronouns")
                                       for p, n in obliques(t, pack) if p in pack.words("partitive"))
    def nearest(head: Token, a: Token) -> Token:  # the conjunct right before an apposition hung on the first
        return max([head] + [c for c in kids(head, pack, "conj") if c.i < a.i], key=lambda t: t.i)
    # "un muerto y siete heridos, dos de ellos de gravedad": the two are of the wounded
    appos = [a for a in kids(noun, pack, "appos") if nearest(noun, a) == noun]
    if pack.relation(noun) == "conj" and noun.head != noun:
        appos += [a for a in kids(noun.head, pack, "appos") if a.i > noun.i and nearest(noun.head, a) == noun]
    return [n for p, n in obliques(noun, pack) if p in pack.words("including")] + [
        a for a in appos if of_them(a)] + [s for a in appos for s in kids(a, pack, "subj") if of_them(s)]


def after_including(noun: Token, pack: LanguagePack) -> bool:
    """"..., including four victims shot dead": a victim inside an "including" phrase is a part
    (not the group a copula's subject is among: "two nurses were among the 15 people killed")."""
    if not pack.grammar.get("prepositions_as_heads", True) and pack.relation(noun) not in ("obl", "nmod") and any(
            c.i < noun.i and c.lower_ in pack.words("including") for c in kids(noun, pack, "case")):
        return True  # "пять мирных жителей, в том числе православный священник" (the part a subject of its own)
    return pack.relation(noun) == "pobj" and noun.head.lower_ in pack.words("including") \
        and noun.head.head.lemma_.lower() not in pack.words("copulas")


def among_them(noun: Token, pack: LanguagePack, partitive: bool = True) -> bool:
    """"among them 11 children", "six of them": a part of the figure before; also where the
    parser hung "among them" on the verb, right before this second object ("executed five
    hostages, among them two foreign engineers") or on the group it is set beside as an apposition.
    `partitive=False`: "among them" only."""
    marks = pack.words("including") | (pack.words("partitive") if partitive else frozenset())
    if any(p in marks and n.lower_ in pack.words("back_pronouns") for p, n in obliques(noun, pack)):
        return True
    if any(c.pos_ == "PRON" and c.i < noun.i and c.lower_ in pack.words("including") for c in noun.children):
        return True  # "sept civils, dont une fillette": the relative of inclusion hung on the part itself
    left = noun.left_edge.i
    return pack.relation(noun) in ("obj", "subjpass", "appos") and any(  # "поранено чотирьох цивільних, серед них
        p in marks and n.lower_ in pack.words("back_pronouns") and n.i == left - 1  # дитина"; "Four of the injured, among
        for p, n in obliques(noun.head, pack))  # them a child who lost a leg": hung on the group it is set beside
