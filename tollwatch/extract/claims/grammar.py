"""Stage 3 of a reading: casualty predicates and their victims, found by grammatical role.

Written once over the project's own relations (subj, subjpass, obj, agent, num, conj, prep,
pobj, acl, relcl, ...); each language pack maps its parser's labels onto them. A predicate is a
verb ("were killed", "gunmen killed", "died"), a state ("left six dead", "are missing"), a
counted noun ("46 dead", "three deaths"), a nominal ("the killing of two guards") or a running
toll ("the death toll rose to 17"). Its victims are found by role: the passive subject, the
object of an active verb, the subject of an intransitive one, the noun a reduced relative
modifies ("ten people killed"). The agent and the subject of an active verb are perpetrators.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from ..packs import LanguagePack

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


def kids(tok: Token, pack: LanguagePack, *rels: str) -> list[Token]:
    return [c for c in tok.children if pack.relation(c) in rels]


def obliques(tok: Token, pack: LanguagePack) -> Iterator[tuple[str, Token]]:
    """(preposition, its noun) under `tok`: "of the guards" -> ("of", guards).

    ClearNLP trees hang the noun under the preposition; UD trees hang a `case` word under it."""
    if pack.grammar.get("prepositions_as_heads", True):
        for p in kids(tok, pack, "prep"):
            for n in kids(p, pack, "pobj", "pcomp"):
                yield p.lower_, n
    else:
        for n in kids(tok, pack, "obl", "nmod") + _numbers_after(tok, pack):
            case = kids(n, pack, "case")
            yield (case[0].lower_ if case else ""), n


def _numbers_after(tok: Token, pack: LanguagePack) -> list[Token]:
    """"la muerte de cinco de sus soldados": a number after its head with a preposition of its
    own, which a UD parser labelled as counting the head (`nummod`), is an oblique."""
    return [n for n in kids(tok, pack, "num") if n.i > tok.i and kids(n, pack, "case")]


def _negated(tok: Token, pack: LanguagePack) -> bool:
    return any(c.lower_ in pack.words("negators") for c in kids(tok, pack, "neg", "det", "advmod", "dep"))


def _modal(tok: Token, pack: LanguagePack) -> bool:
    return any(c.lemma_.lower() in pack.words("modal_words") for c in kids(tok, pack, "aux"))


def participle(tok: Token) -> bool:
    """A past participle: the Penn tag where the parser gives one, else the UD morphology."""
    return tok.tag_ == "VBN" or ("Part" in tok.morph.get("VerbForm") and "Pres" not in tok.morph.get("Tense"))


def _passive(verb: Token, pack: LanguagePack) -> bool:
    """"were killed" (a passive label), or "fueron asesinados" (an auxiliary of the pack's
    passive auxiliaries before a participle: the Spanish parser marks passives no other way)."""
    if kids(verb, pack, "auxpass", "subjpass"):
        return True
    return participle(verb) and any(a.lemma_.lower() in pack.words("passive_auxiliaries")
                                    for a in kids(verb, pack, "aux"))


def _perfect(verb: Token, pack: LanguagePack) -> bool:
    return any(a.lemma_.lower() in pack.words("perfect_auxiliaries") for a in kids(verb, pack, "aux"))


def _resolve(noun: Token, pack: LanguagePack) -> Token:
    """"soldiers who were killed": the relative pronoun stands for the noun its clause modifies."""
    if noun.lower_ in pack.words("relative_pronouns"):
        clause = noun.head
        while pack.relation(clause) == "conj" and clause.head != clause:
            clause = clause.head
        if pack.relation(clause) == "relcl":
            return clause.head
    return noun


def _inherited(verb: Token, pack: LanguagePack, rels: tuple[str, ...]) -> list[Token]:
    """A conjoined or complement verb without its own subject takes its head's ("were shot and
    killed", "were reported killed")."""
    rel = pack.relation(verb)
    if rel in ("conj", "xcomp", "oprd") and verb.head != verb:
        own = kids(verb.head, pack, *rels)
        if own:
            return own
        if rel == "conj" and pack.relation(verb.head) == "conj":
            return _inherited(verb.head, pack, rels)
    return []


def companions(tok: Token, pack: LanguagePack) -> list[Token]:
    """"killed a leader along with one other insurgent": victims joined by a preposition."""
    out = []
    for p in kids(tok, pack, "prep"):
        then = pack.grammar["companion_preps"].get(p.lower_)
        if then is None:
            continue
        heads = [p] if not then else [q for q in kids(p, pack, "prep") if q.lower_ == then]
        for h in heads:
            out += kids(h, pack, "pobj")
    return out


def stolen_subject(verb: Token, pack: LanguagePack) -> list[Token]:
    """"including 11 children and over 90 others were injured": a verb's subject that the parser
    hung into the list before it (the word right before the verb's auxiliary)."""
    aux = [a for a in kids(verb, pack, "auxpass", "aux") if a.i < verb.i]
    if not aux or aux[0].i == 0 or kids(verb, pack, "subj", "subjpass"):
        return []
    prev = verb.doc[aux[0].i - 1]
    if prev.pos_ in ("NOUN", "PROPN", "NUM") and pack.relation(prev) == "conj" and prev.head.i < prev.i:
        return [prev]
    return []


def _nearest_subject(verb: Token, pack: LanguagePack) -> list[Token]:
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


def _verb_category(verb: Token, pack: LanguagePack) -> str | None:
    g = pack.grammar
    lemma = verb.lemma_.lower()
    parts = {c.lower_ for c in kids(verb, pack, "prt")}
    for phrase, cat in g["phrasal"].items():
        head, *rest = phrase.split()
        if lemma == head and set(rest) & (parts | {c.lemma_.lower() for c in verb.subtree if c != verb}):
            if rest[0] in parts or lemma not in g["needs_particle"]:
                return cat
    if lemma in pack.words("resultative_verbs") or lemma in g["transitive"]:
        for c in verb.children:
            if c.lemma_.lower() in g["resultative"] and pack.relation(c) in ("oprd", "pred", "advmod", "xcomp", "dep", "attr", "obj", "prep"):
                return g["resultative"][c.lemma_.lower()]  # "shot dead", "shot NAME dead"
        for o in kids(verb, pack, "obj"):
            for c in o.children:
                if c.lemma_.lower() in g["resultative"] and c.i == verb.i + 1:
                    return g["resultative"][c.lemma_.lower()]  # "shot dead Sheikh Ali Othman"
        for head in [verb] + kids(verb, pack, "obj"):
            for prep, n in obliques(head, pack):
                if prep in pack.words("resultative_preps") and n.lemma_.lower() in g["resultative"]:
                    return g["resultative"][n.lemma_.lower()]  # "stabbed [two people] to death"
    if lemma in g["needs_particle"] and g["needs_particle"][lemma] not in parts:
        return None  # "gunned down", not "gunned"
    if lemma in g["agent_categories"]:  # "police seized two suspects" / "gunmen seized 30 passengers"
        agents = kids(verb, pack, "subj") + [n for a in kids(verb, pack, "agent") for n in kids(a, pack, "pobj")]
        state = any(t.lemma_.lower() in pack.words("state_agents") or t.lower_ in pack.words("state_agents")
                    for a in agents for t in a.subtree)
        return g["agent_categories"][lemma]["state" if state else "other"]
    return g["transitive"].get(lemma)


def _transitive(verb: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    person = verb.lemma_.lower() in pack.words("needs_person") or verb.lemma_.lower() in pack.grammar["agent_categories"]
    rel = pack.relation(verb)
    if (verb.tag_ == "VBD" or participle(verb)) and (left := list(_left_list(verb, cat, pack))):
        yield from left
        return
    bare_vbn = participle(verb) and not _perfect(verb, pack) and not kids(verb, pack, "obj")
    numbers = [c for c in kids(verb, pack, "advmod", "num") if c.pos_ == "NUM" and c.i < verb.i]
    if bare_vbn and numbers and not kids(verb, pack, "subj", "subjpass"):
        victims = numbers                          # "and over 60 injured"
    elif _passive(verb, pack) or (bare_vbn and rel == "conj" and not kids(verb, pack, "subj")
                                and _inherited(verb, pack, ("subjpass",))):
        victims = kids(verb, pack, "subjpass") or (kids(verb, pack, "subj") if not kids(verb, pack, "auxpass") else []) \
            or ([verb.head] if rel == "acl" else [])  \
            or stolen_subject(verb, pack) or _inherited(verb, pack, ("subjpass",)) or (
            _inherited(verb, pack, ("subj",)) if rel == "conj" and kids(verb, pack, "auxpass") else [])
    elif rel in ("acl", "amod") and participle(verb) and not kids(verb, pack, "obj"):
        victims = [verb.head]                      # "ten people killed in the blast"
    elif rel == "amod" and "Pres" in verb.morph.get("Tense") and verb.i < verb.head.i and kids(verb.head, pack, "num"):
        victims = [verb.head]                      # "blessant cinq personnes" hung as a modifier of its object
    elif bare_vbn and any(v.pos_ == "NUM" or kids(v, pack, "num") for v in kids(verb, pack, "subj")):
        victims = kids(verb, pack, "subj")         # "140 wounded", "Seventeen Killed"
    elif bare_vbn and rel in ("pred", "oprd", "xcomp", "ccomp", "dep", "advcl") and kids(verb.head, pack, "subjpass"):
        victims = kids(verb.head, pack, "subjpass")  # "were confirmed killed", "have been feared killed"
    elif bare_vbn and rel in ("advcl", "dep") and verb.head.lemma_.lower() in pack.words("copulas") \
            and kids(verb.head, pack, "subj"):
        victims = kids(verb.head, pack, "subj")    # "A lawyer was Sunday afternoon killed", the passive misparsed
    elif bare_vbn and rel in ("pred", "oprd", "xcomp", "ccomp", "dep"):
        yield from _state(verb, cat, pack)         # "two became injured", "left ... wounded"
        return
    else:
        objects = kids(verb, pack, "obj")
        marked = [n for p, n in obliques(verb, pack) if p in pack.words("object_markers")]
        victims = [n for n in marked if n.i < objects[0].i] + objects if objects else marked  # "herido a otros cuatro, uno de ellos"
        if not victims and rel in ("xcomp", "oprd") and verb.head.pos_ in ("VERB", "AUX"):
            victims = kids(verb.head, pack, "subjpass")  # "were reported killed"
    victims = [v for v in victims if v.lemma_.lower() not in pack.grammar["resultative"]]
    if victims:
        victims = victims + companions(verb, pack)
    part = rel == "advcl" and verb.tag_ == "VBG" and _verb_category(verb.head, pack) in (cat, "injured") \
        and bool(kids(verb.head, pack, "obj"))
    weak = verb.lemma_.lower() in pack.words("resultative_verbs") and cat == pack.grammar["transitive"].get(verb.lemma_.lower())
    for v in victims:
        yield Finding(cat, _resolve(v, pack), verb, person_only=person, part=part, weak=weak)


def _left_list(word: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    """"left 5 policemen and the suspect wounded", parsed as "[the suspect wounded]" joined to
    "left": the state covers the objects of "left" and its own subject."""
    head = word.head
    if (pack.relation(word) == "conj" and head.lemma_.lower() in pack.words("leave_verbs") and kids(head, pack, "obj")
            and kids(word, pack, "subj") and not kids(word, pack, "obj")):  # not "found a cache and detained two"
        for v in kids(head, pack, "obj") + kids(word, pack, "subj"):
            yield Finding(cat, v, word)
        return True
    return False


def _intransitive(verb: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    victims = kids(verb, pack, "subj", "subjpass") or _inherited(verb, pack, ("subj", "subjpass"))  # "sont mortes"
    if not victims and pack.relation(verb) == "acl":
        victims = [verb.head]
    if not victims and pack.relation(verb) == "root":
        victims = _nearest_subject(verb, pack)
    for v in victims:
        yield Finding(cat, _resolve(v, pack), verb)


def _state(word: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    """"are dead", "left six inmates dead", "six wounded" (a state of the victims)."""
    rel = pack.relation(word)
    head = word.head
    if kids(word, pack, "subj", "subjpass"):
        for v in kids(word, pack, "subj", "subjpass"):
            yield Finding(cat, _resolve(v, pack), word)  # "policemen were missing" (as a verb)
        return
    if rel in ("pred", "attr", "obj", "xcomp") and head != word and head.lemma_.lower() in pack.words("linking_verbs"):
        for v in kids(head, pack, "subj") or _inherited(head, pack, ("subj",)):
            yield Finding(cat, _resolve(v, pack), word)
    elif rel in ("oprd", "xcomp", "ccomp", "dep", "obl") and head.lemma_.lower() in pack.words("leave_verbs"):
        held = kids(head, pack, "obj") or (kids(head, pack, "subjpass") if _passive(head, pack) else [])
        for v in held:  # "left six inmates dead", "was found dead", "were declared dead"
            yield Finding(cat, _resolve(v, pack), word)
        for v in kids(word, pack, "subj"):
            yield Finding(cat, v, word)  # "left [six people dead]" parsed as a small clause
    elif rel in ("acl", "amod") and head.pos_ in ("NUM", "NOUN", "PROPN", "PRON") and (
            head.pos_ == "NUM" or kids(head, pack, "num") or head.like_num):  # "y uno herido"
        yield Finding(cat, head, word)


def _counted_noun(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"46 dead", "three deaths", "dozens of injuries": the noun counts its victims."""
    g = pack.grammar
    lemma = noun.lemma_.lower()
    cat = g["counted_nouns"].get(lemma) or g["counted_nouns"].get(noun.lower_)
    if cat is None or lemma in pack.words("ambiguous_counted") or noun.head.lemma_.lower() in pack.words("release_verbs"):
        return  # not "freed three hostages"
    if set(kids(noun, pack, "num")) - set(_numbers_after(noun, pack)) or any(
            c.lower_ in pack.words("vague_heads") for c in kids(noun, pack, "amod", "det")):
        yield Finding(cat, noun, noun)
    elif noun.head.lower_ in pack.words("vague_heads") and any(
            n == noun for p, n in obliques(noun.head, pack) if p in pack.words("partitive")):
        yield Finding(cat, noun.head, noun)  # "une dizaine de morts": the amount heads its noun (UD)


def _nominal(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"the killing of two guards", "claimed the lives of seven civilians"."""
    g = pack.grammar
    lemma = noun.lemma_.lower()
    cat = g["nominal_categories"].get(lemma)
    if cat is None:
        return
    verb = noun.head
    if lemma not in pack.words("life_nouns") and pack.relation(noun) == "obj" and not kids(noun, pack, "num") \
            and g["life_verbs"].get(verb.lemma_.lower()) == "subj" and not any(p in pack.words("partitive") for p, _ in obliques(noun, pack)):
        for v in kids(verb, pack, "subj") or _inherited(verb, pack, ("subj",)):
            yield Finding(cat, _resolve(v, pack), verb)  # "ont trouvé la mort", as "lost their lives"
        return
    if lemma in pack.words("life_nouns"):
        role = g["life_verbs"].get(verb.lemma_.lower())
        if pack.relation(noun) != "obj" or role is None:
            return
        if role == "subj":
            for v in kids(verb, pack, "subj") or _inherited(verb, pack, ("subj",)):
                yield Finding(cat, _resolve(v, pack), verb)  # "lost their lives"
            return
        if kids(noun, pack, "num"):
            yield Finding(cat, noun, verb)       # "claimed 7 lives"
            return
        for owner in kids(noun, pack, "poss"):
            yield Finding(cat, owner, verb)      # "claimed 11 civilians' lives"
            return
        marked = [n for p, n in obliques(verb, pack) if p in pack.words("object_markers")] + [
            o for o in kids(verb, pack, "obj") if o != noun and any(c.lower_ in pack.words("object_markers")
                                                                  for c in kids(o, pack, "case"))]
        for n in marked:
            yield Finding(cat, _resolve(n, pack), verb)  # "costó la vida a cinco niños"
    if lemma in pack.words("body_nouns"):
        if verb.lemma_.lower() not in pack.words("body_verbs"):
            return
        if kids(noun, pack, "num"):
            yield Finding(cat, noun, verb)       # "two bodies were found"
            return
    for prep, n in obliques(noun, pack):
        if prep in pack.words("partitive"):
            yield Finding(cat, _resolve(n, pack), noun)
    for owner in kids(noun, pack, "poss"):
        if owner.pos_ != "PRON":
            yield Finding(cat, owner, noun)      # "Senator Ortega's murder"


def _custody(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"three suspects are in the custody of the police", "were taken into custody"."""
    cat = pack.grammar["custody_nouns"].get(noun.lemma_.lower())
    prep = noun.head
    if cat is None or pack.relation(noun) != "pobj" or prep.lower_ not in pack.words("custody_preps"):
        return
    verb = prep.head
    victims = kids(verb, pack, "subjpass") or kids(verb, pack, "obj") or kids(verb, pack, "subj") \
        or _inherited(verb, pack, ("subjpass", "subj"))
    for v in victims:
        yield Finding(cat, _resolve(v, pack), noun, person_only=True)


def _injuries(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"two suffered minor injuries", "60 citizens were treated for injuries"."""
    if noun.lemma_.lower() not in pack.words("injury_nouns"):
        return
    how = pack.grammar["injury_verbs"]
    rel, verb = pack.relation(noun), noun.head
    if rel == "pobj" and noun.head.lower_ in pack.words("injury_preps"):
        verb = noun.head.head  # "treated for injuries", "sought medical help with injuries"
        if how.get(verb.lemma_.lower()) != "obl":
            return
    elif rel != "obj" or how.get(verb.lemma_.lower()) != "subj":
        return
    for v in kids(verb, pack, "subjpass", "subj") or _inherited(verb, pack, ("subj", "subjpass")):
        yield Finding("injured", _resolve(v, pack), noun)


def _either(tok: Token, pack: LanguagePack) -> bool:
    """"more than 40 dead or wounded": a count of two outcomes together is a count of neither."""
    pair = [tok] + kids(tok, pack, "conj")
    if pack.relation(tok) == "conj":
        pair.append(tok.head)
    joined_by_or = any(c.lower_ in pack.words("alternatives") for t in pair for c in kids(t, pack, "cc"))
    cats = {pack.grammar["states"].get(t.lower_) or pack.grammar["counted_nouns"].get(t.lemma_.lower()) for t in pair}
    return joined_by_or and len(cats - {None}) > 1


def predicates(doc, pack: LanguagePack) -> list[Finding]:
    """Every (category, victim head) the sentence's grammar gives, in text order."""
    g = pack.grammar
    found: list[Finding] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if _negated(tok, pack) or _modal(tok, pack) or _either(tok, pack):
            continue
        if tok.pos_ == "VERB" and participle(tok) and kids(tok, pack, "num"):
            found += _counted_noun(tok, pack)  # "24 погибших": a participle used as a noun
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG") or participle(tok):
            if lemma in g["intransitive"]:
                found += _intransitive(tok, g["intransitive"][lemma], pack)
                continue
            cat = _verb_category(tok, pack)
            if cat is not None:
                found += _transitive(tok, cat, pack)
                continue
        if tok.lower_ in g["states"] or lemma in g["states"]:
            found += _state(tok, g["states"].get(tok.lower_) or g["states"][lemma], pack)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
            found += _counted_noun(tok, pack)
            found += _nominal(tok, pack)
            found += _custody(tok, pack)
            found += _injuries(tok, pack)
    return _one_per_victim(found)


_SEVERITY = ("killed", "injured", "kidnapped", "detained", "missing", "displaced")


def _one_per_victim(found: list[Finding]) -> list[Finding]:
    """"were shot and killed": one victim phrase, one category (the gravest)."""
    best: dict[int, Finding] = {}
    for f in found:
        old = best.get(f.victim.i)
        if old is None or _SEVERITY.index(f.category) < _SEVERITY.index(old.category):
            best[f.victim.i] = f
    return sorted(best.values(), key=lambda f: f.victim.i)
