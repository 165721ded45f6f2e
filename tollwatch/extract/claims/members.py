"""Stage 3, members: people named as some of the dead without a verb of their own ("A nurse
was among those killed", "Among the dead were three children", "The dead included two police
officers", "Parmi les morts figurent deux enfants", "Среди погибших оказались двое детей", "Those killed
were identified as a local imam and his two nephews").
Each is a part of the figure its group belongs to, or of the one told before."""
from __future__ import annotations

from typing import Iterator

from ..packs import LanguagePack
from .lexicon import lexicon
from .referents import is_person
from .relations import DASHES, Finding, Token, has_count, kids, obliques, outcome, participle, verb_category


def group_category(group: Token, pack: LanguagePack, adjectival: bool = False) -> str | None:
    """The category a group of people names: "the dead", "the wounded", "those killed", "the
    people who died", "погибших"; None for any other noun ("the victims" may be hurt or dead).
    `adjectival`: a participle before or after the noun names it too ("les personnes tuées"),
    where the group is marked as one (an including word, a naming verb); not as a copula's
    subject ("ya son tres los excombatientes asesinados este mes": a running count)."""
    g = pack.grammar
    if group.lemma_.lower() in pack.words("ambiguous_counted"):  # "the casualties included a sergeant": dead
        return next((g["toll_compounds"][a.lemma_.lower()] for a in kids(group, pack, "amod")  # or hurt;
                     if a.lemma_.lower() in g["toll_compounds"]), None)  # "las víctimas mortales": the dead
    if (cat := outcome(group, pack)) is not None:
        return cat
    if group.pos_ == "VERB" and participle(group):  # "среди погибших": a participle used as a noun
        return g["intransitive"].get(group.lemma_.lower()) or g["transitive"].get(group.lemma_.lower())
    verbs = g["transitive"].keys() | g["intransitive"].keys()
    for clause in kids(group, pack, "acl", "relcl") + [
            a for a in kids(group, pack, "amod") if adjectival and (participle(a) or a.lemma_.lower() in verbs)]:
        lemma = clause.lemma_.lower()  # "Les personnes tuées" (UD: an adjectival participle, or an ADJ)
        cat = g["intransitive"].get(lemma) or verb_category(clause, pack) or g["states"].get(clause.lower_) \
            or (g["transitive"].get(lemma) if clause.pos_ == "ADJ" else None)
        if cat is not None and not kids(clause, pack, "obj"):
            return cat
    return None


def _among(verb: Token, pack: LanguagePack) -> list[Token]:
    """The nouns under `verb` marked by an including word ("among the dead", "parmi les morts"),
    whether the parser hung them as an oblique or made them its subject."""
    found = [n for p, n in obliques(verb, pack) if p in pack.words("including")]
    return found + [c for c in verb.children if c not in found and marked_as_group(c, pack)]


def marked_as_group(word: Token, pack: LanguagePack) -> bool:
    """"Среди 23 раненых — пятеро полицейских", "среди погибших трое детей": the word carries an
    including preposition (as its case, or parsed as a clause's mark): a group others are among."""
    return any(m.lower_ in pack.words("including") for m in kids(word, pack, "case", "mark"))


def _told_groups(tok: Token, pack: LanguagePack) -> list[Token]:
    """The subjects of a copula that name a group of casualties without counting it ("The dead
    were ...", "Those killed were ...", "Los muertos fueron ..."; not "99 killed was a typo")."""
    return [s for s in kids(tok, pack, "subj") if s.pos_ != "NUM" and not s.like_num
            and not kids(s, pack, "num") and group_category(s, pack)]


def _named_as(verb: Token, pack: LanguagePack) -> tuple[list[Token], list[Token]]:
    """"Those killed were identified as a local imam and his two nephews": the group a naming verb
    takes (its subject, passive or not), and the people its marker names ("as", "comme")."""
    groups = [s for s in kids(verb, pack, "subjpass", "subj") if s.pos_ != "NUM" and not s.like_num
              and not kids(s, pack, "num") and group_category(s, pack, adjectival=True)]
    marks = pack.words("naming_markers")
    named = [n for p, n in obliques(verb, pack) if p in marks] + [
        c for c in kids(verb, pack, "xcomp", "advcl") if any(m.lower_ in marks for m in kids(c, pack, "case", "mark"))]
    return groups, (_people(named, pack) if groups else [])


def _people(nouns: list[Token], pack: LanguagePack) -> list[Token]:
    """The nouns a copula names as the group: counted, or words for people ("two brothers",
    "civilians"), not "a typo"."""
    lex = lexicon(pack.language)
    return [n for n in nouns if has_count(n, pack)
            or is_person(n, pack, lex.people, lex.not_people)]


def members(tok: Token, pack: LanguagePack) -> Iterator[Finding]:
    """A copula or a verb of presence whose subject (or attribute, or object) is among a group of
    casualties, or an including verb whose subject is that group: the others are members of it.
    A copula whose subject is the group itself names its members too ("The dead were two
    brothers and a cousin"; in UD the named noun heads the copula: "Los muertos fueron dos
    hermanos")."""
    lemma = tok.lemma_.lower()
    copulas = pack.words("copulas")
    marked = True  # the group is marked as one (an including word, a naming verb): "les personnes tuées" names it
    if lemma in copulas or lemma in pack.words("presence_verbs"):
        groups = _among(tok, pack)
        named = [c for c in kids(tok, pack, "subj", "attr", "pred", "obj") if c not in groups]
        if not groups and lemma in copulas:
            groups, named = _told_groups(tok, pack), _people(kids(tok, pack, "attr", "pred"), pack)
            marked = False
    elif tok.pos_ in ("NOUN", "PROPN", "NUM") and any(c.lemma_.lower() in copulas for c in kids(tok, pack, "aux")) \
            and not any(m.lower_ in pack.words("including") for m in kids(tok, pack, "case")):
        groups, named = _told_groups(tok, pack), _people([tok], pack)
        marked = False
    elif lemma in pack.words("naming_verbs") and tok.pos_ == "VERB":
        groups, named = _named_as(tok, pack)
    elif tok.head == tok and tok.pos_ in ("NOUN", "PROPN") and kids(tok, pack, "num") and (among := _among(tok, pack)):
        groups, named = among, [tok]  # "Two aid workers among dead in Sudan attack": a headline with no verb
    elif tok.head == tok and marked_as_group(tok, pack):
        groups = [tok]  # "Среди 23 раненых — пятеро полицейских": no verb, a dash between the group and its members
        linked = any(a.lemma_.lower() in copulas for a in kids(tok, pack, "aux"))  # "Un niño está entre los muertos" (UD)
        named = [c for c in kids(tok, pack, "subj", "appos") if (c.i > tok.i or linked) and (pack.relation(c) == "subj" or any(
            t.text in DASHES + (":",) for t in tok.doc[tok.i + 1:c.i]))]  # "Серед поранених четверо дітей": a zero copula
    elif lemma in pack.words("including") and tok.pos_ in ("VERB", "AUX"):
        groups = kids(tok, pack, "subj")
        named = kids(tok, pack, "obj")
        marked = False
    else:
        return
    for group in groups:
        cat = group_category(group, pack, adjectival=marked)
        if cat is None:
            continue
        for noun in named:
            if noun.pos_ in ("NOUN", "PROPN", "NUM") or noun.like_num or (
                    noun.pos_ == "ADJ" and (pack.relation(noun) == "subj" or kids(noun, pack, "num"))) or (  # "dos menores"
                    noun.pos_ == "PRON" and pack.relation(noun) == "subj" and lemma in pack.words("copulas")):
                yield Finding(cat, noun, tok, member=True)
        return
