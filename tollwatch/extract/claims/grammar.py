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

from dataclasses import replace
from typing import Iterator

from ..attribution import side_of
from ..packs import LanguagePack
from .lexicon import lexicon
from .members import group_category, marked_as_group, members
from .referents import is_person, possessed_one, singular, subject_above
from .nouns import caused_injuries, counted_before, counted_noun, custody, injuries, nominal
from .relations import (DASHES, Finding, Token, companions, denied, has_count, hurt_of_its_own, inherited, kids, modal, nearest_subject, negated,
                        grave_condition, in_care, injury_noun, left_states, next_oblique, obliques, outcome, participle, passive, perfect, resolve, same_number, state_words, stated, stolen_subject,
                        taken_conjuncts, to_death, verb_category)


def _transitive(verb: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    person = verb.lemma_.lower() in pack.words("needs_person") or verb.lemma_.lower() in pack.grammar["agent_categories"]
    if person and (any(c.lemma_.lower() in pack.grammar["resultative"] for c in verb.children if c.i > verb.i)
                   or any(n.lemma_.lower() in pack.grammar["resultative"] for _, n in obliques(verb, pack))
                   or any(c.lemma_.lower() in pack.grammar["resultative"] and verb.i < c.i < o.i
                          for o in kids(verb, pack, "obj") for c in kids(o, pack, "amod"))):
        person = False  # "shot dead two robbers", "shot to death": only the living die ("dead" hung on the object too)
    lemma = verb.lemma_.lower()
    named = (lemma in pack.words("needs_person_noun") and cat == pack.grammar["transitive"].get(lemma)) or any(
        f"{lemma} {p.lower_}" in pack.words("needs_person_noun") for p in kids(verb, pack, "prt"))  # "burned", not "burned alive"
    rel = pack.relation(verb)
    phrase = {w for rest, _ in pack.phrasal_by_verb.get(verb.lemma_.lower(), ()) for w in rest}  # "dar de baja"
    if pack.grammar["life_verbs"].get(verb.lemma_.lower()) == "subj" and any(o.lemma_.lower() in phrase for o in kids(verb, pack, "obj")):
        return  # "ont trouvé la mort à Ménaka": the subject's death (nouns.nominal), no one else's
    if (verb.tag_ == "VBD" or participle(verb)) and (left := list(_left_list(verb, cat, pack))):
        yield from left
        return
    bare_vbn = participle(verb) and not perfect(verb, pack) and not _own_objects(verb, pack)
    numbers = _counts_before(verb, pack)
    if bare_vbn and numbers and not kids(verb, pack, "subj", "subjpass"):
        victims = numbers                          # "and over 60 injured"
    elif rel == "relcl" and passive(verb, pack) and verb.head.head == verb.head and _listed_subject(verb, pack):
        victims = [verb.head] + kids(verb, pack, "subjpass")  # "At least 22 civilians, two police officers, and five
        # attackers were killed": the list's last member made the subject of a clause on its first
    elif passive(verb, pack) or ((bare_vbn or (verb.tag_ == "VBD" and not kids(verb, pack, "obj"))) and rel == "conj"
                                 and not kids(verb, pack, "subj") and (
            inherited(verb, pack, ("subjpass",)) or (passive(verb.head, pack) and inherited(verb, pack, ("subj",))))):
        # ("were abducted and shot dead": the second participle tagged a past form)
        victims = kids(verb, pack, "subjpass") or kids(verb, pack, "subj") or _controlled(verb, pack) \
            or ([verb.head] if rel == "acl" else [])  \
            or [o for o in _own_objects(verb, pack) if o.i > verb.i and o.pos_ in ("NOUN", "PROPN", "NUM")
                and o.lemma_.lower() not in phrase] \
            or stolen_subject(verb, pack) or inherited(verb, pack, ("subjpass",)) or (
            inherited(verb, pack, ("subj",)) if rel == "conj" and (kids(verb, pack, "auxpass") or passive(verb.head, pack))
            else []) \
            or [c for c in [_counted_before(verb, pack)] if c is not None] \
            or _raised(verb, pack) or _oblique_subject(verb, pack) \
            or _dropped_subject(verb, pack)  # "resulted in six Afghans being killed"; "Fueron asesinados"
    elif rel == "acl" and participle(verb) and (apposed := [a for a in kids(verb.head, pack, "appos") if a.i > verb.i]) \
            and any(c.lemma_.lower() in pack.grammar["resultative"] for c in verb.children if c.i > verb.i):
        victims = apposed[:1]                      # "gunmen suspected to be bandits shot dead a farmer": the object made an apposition
    elif rel in ("acl", "amod") and participle(verb) and verb.head.pos_ == "ADP" and not kids(verb, pack, "obj"):
        told = verb.head.head    # "64 were reported as injured", "were listed as killed": the state of the passive's subject
        victims = kids(told, pack, "subjpass") if verb.head.lower_ in pack.words("naming_markers") else []
    elif rel in ("acl", "amod") and participle(verb) and not kids(verb, pack, "obj") and not perfect(verb, pack) \
            and not any(s.pos_ == "NUM" and s.i < verb.i for s in kids(verb, pack, "subj")):  # not "Casualties: 4 killed"
        whole = _vague_whole(verb.head, pack)       # "left dozens of people injured": the dozens
        victims = list(dict.fromkeys([_first_left(whole, pack), whole]))  # "ten people killed in the blast", not "sa part avoir tué"
        victims = [n for p, n in obliques(verb.head, pack) if p in pack.words("partitive") and n.pos_ == "NUM"
                   and n.i == verb.i - 1] or victims  # "several of the 50 wounded": the 50, the participle misattached
    elif rel == "amod" and "Pres" in verb.morph.get("Tense") and verb.i < verb.head.i and kids(verb.head, pack, "num"):
        victims = [verb.head]                      # "blessant cinq personnes" hung as a modifier of its object
    elif (bare_vbn or (verb.tag_ == "VBD" and not kids(verb, pack, "obj"))) and rel == "conj" \
            and passive(verb.head, pack) and kids(verb, pack, "subj") and not kids(verb, pack, "aux", "auxpass"):
        victims = kids(verb, pack, "subj")         # "a man was stabbed to death and his brother critically injured"
    elif (bare_vbn or (verb.tag_ in ("VBD", "VBP") and not kids(verb, pack, "obj"))) and any(
            has_count(v, pack) or (rel == "conj" and (
                v.lower_ in lexicon(pack.language).words("addition_words") or v.lower_ in pack.words("vague_heads")
                or any(a.lower_ in pack.words("vague_words") for a in kids(v, pack, "amod", "det"))))
            or (v.lower_ in pack.words("vague_heads") and "Plur" in v.morph.get("Number") and all(
                w.lower_ in lexicon(pack.language).words("addition_words") for w in v.doc[v.i + 1:verb.i]))
            for v in kids(verb, pack, "subj")):
        victims = kids(verb, pack, "subj")         # "140 wounded", "and another wounded", "and several others wounded"
        # ("Dozens hurt as bombs hit ...", "with dozens more wounded": a vague plural right before its participle)
        # ("Two others hurt": a participle like its base form, tagged a present)
    elif bare_vbn and rel in ("pred", "oprd", "xcomp", "ccomp", "dep", "advcl") and (
            kids(verb.head, pack, "subjpass") or (rel in ("xcomp", "oprd") and inherited(verb.head, pack, ("subjpass",)))):
        victims = kids(verb.head, pack, "subjpass") or inherited(verb.head, pack, ("subjpass",))
        # "were confirmed killed", "have been feared killed", "was kidnapped and later found murdered"
    elif bare_vbn and rel in ("advcl", "dep") and verb.head.lemma_.lower() in pack.words("copulas") \
            and kids(verb.head, pack, "subj"):
        victims = kids(verb.head, pack, "subj")    # "A lawyer was Sunday afternoon killed", the passive misparsed
    elif (bare_vbn or verb.tag_ == "VBD") and not kids(verb, pack, "subj", "subjpass", "obj") \
            and not (rel in ("pred", "oprd", "xcomp") and _left_in_one_state(verb, pack)) \
            and (counted := _counted_before(verb, pack)):  # (not "left a man and his two sons wounded": the list)
        victims = [counted]                        # "resulting in one Taliban facilitator killed", "six Afghans being killed"
    elif rel in ("pred", "oprd", "xcomp", "ccomp", "dep") and (bare_vbn or (
            verb.tag_ == "VBD" and verb.head.lemma_.lower() in pack.words("leave_verbs")
            and not kids(verb, pack, "subj", "subjpass", "obj"))):
        yield from _state(verb, cat, pack)         # "two became injured", "left ... wounded" (tagged a past tense too)
        return
    elif verb.pos_ == "VERB" and not kids(verb, pack, "obj") and not passive(verb, pack) and to_death(verb, pack, bare=True) \
            and verb.tag_ != "VBG" and (subjects := kids(verb, pack, "subj")) \
            and all(_person_noun(s, pack) and singular(s) and s.pos_ == "NOUN" for s in subjects):
        victims = subjects                         # "A young man bled to death": no one else to die (a count:
        # "Eleven worshippers burned to death", above)
    else:
        objects = [o for o in kids(verb, pack, "obj") if o.lemma_.lower() not in phrase] or [
            o for r in verb.children if r.lemma_.lower() in pack.grammar["resultative"] and r.i > verb.i
            for o in kids(r, pack, "obj")] or [
            o for o in kids(verb, pack, "advmod") if o.pos_ == "NOUN"
            and (_person_noun(o, pack) or o.lower_ in pack.words("vague_heads")) and any(
                prep in pack.words("resultative_preps") and n.lemma_.lower() in pack.grammar["resultative"]
                and n.i < o.i for prep, n in obliques(verb, pack))]
        # "shot dead his former employer": the object hung on "dead"; "burning to death an elderly couple"
        objects += [c for c in kids(verb, pack, "conj") if objects and c.i > objects[-1].i and (
            (c.pos_ == "NUM" and any(p in pack.words("partitive") for p, _ in obliques(c, pack)))
            or (c.pos_ == "NOUN" and (kids(c, pack, "num") or kids(c, pack, "poss"))
                and not kids(c, pack, "subj", "subjpass")))]
        # "killing a colonel and 11 of his men", "killed a couple and their son": hung on the verb
        objects += [c for o in objects for m in kids(o, pack, "nmod") for c in kids(m, pack, "conj")
                    if c.like_num and any(p in pack.words("partitive") for p, _ in obliques(c, pack))]
        # "tué le chef du village et deux de ses fils": hung on the object's modifier
        marked = [n for p, n in obliques(verb, pack) if p in pack.words("object_markers")]
        victims = [n for n in marked if n.i < objects[0].i] + objects if objects else marked  # "herido a otros cuatro, uno de ellos"
        if not victims and rel in ("xcomp", "oprd") and verb.head.pos_ in ("VERB", "AUX"):
            victims = kids(verb.head, pack, "subjpass")  # "were reported killed"
        if not victims and not pack.grammar.get("prepositions_as_heads", True):
            victims = [o for o in kids(verb, pack, "obl") if o.i > verb.i and not kids(o, pack, "case")
                       and o.pos_ in ("NOUN", "PROPN", "NUM")]  # "ont tué neuf soldats", the object taken for an oblique
        if not victims and (number := _number_after(verb, pack)) is not None:
            victims = [number]                     # "and wounded 22 Tuesday", the number hung on the day
        elif victims and all(v.pos_ == "PRON" and v.i < verb.i for v in victims) and (
                counted := [c for c in verb.children if c.pos_ == "NUM" and c.i > verb.i]):
            victims = counted                      # "et en a blessé 40": the clitic before, the count after
        if not victims and rel == "conj" and verb.head.pos_ == "VERB" and not kids(verb, pack, "subj", "subjpass"):
            joined = all(t.pos_ in ("CCONJ", "ADV", "PUNCT") for t in verb.doc[verb.head.i + 1:verb.i])
            victims = [o for o in kids(verb.head, pack, "obj") if o.pos_ in ("NOUN", "PROPN", "NUM")
                       and ((joined and o.i > verb.i and verb_category(verb.head, pack) is not None)
                            or pack.grammar["dropped_objects"])]
            # "ont enlevé puis exécuté le maire": a conjoined verb right after a head of harm, with no object of
            # its own, shares the object after both (not "stopped a bus and killed"); in a language that leaves
            # such objects out (the pack's `dropped_objects`), wherever it stands ("Чоловіка викрали, а згодом убили")
        if not victims and participle(verb) and not kids(verb, pack, "subj", "subjpass") \
                and (counted := _counted_before(verb, pack)):
            victims = [counted]                    # "uno de los delincuentes fue dado de baja"
    victims = [v for v in victims if v.lemma_.lower() not in pack.grammar["resultative"] and v.lemma_.lower() not in phrase]
    if victims:
        victims = taken_conjuncts(verb, pack) + victims + companions(verb, pack)
    part = rel == "advcl" and verb.tag_ == "VBG" and verb_category(verb.head, pack) in (cat, "injured") \
        and bool(kids(verb.head, pack, "obj"))
    weak = verb.lemma_.lower() in pack.words("resultative_verbs") and cat == pack.grammar["transitive"].get(verb.lemma_.lower())
    for v in map(lambda v: resolve(v, pack), victims):
        if named and not _person_noun(v, pack):
            continue  # "blew up a restaurant", "shot down one", "blew herself up"
        told = "injured" if cat == "displaced" and _of_the_hurt(v, pack) else cat
        if told != cat and v.pos_ != "NUM" and not kids(v, pack, "num"):
            continue  # "The injured were evacuated": the hurt told before, moved, not counted again
        yield Finding(told, v, verb, person_only=person, part=part, weak=weak)


def _objects_shared(verb: Token, pack: LanguagePack) -> list[Token]:
    """"Чоловіка викрали, а згодом знайшли мертвим": in a language that leaves objects out (the pack's
    `dropped_objects`), a verb joined to a verb before it, with no subject or object of its own, shares
    that verb's objects."""
    if not pack.grammar["dropped_objects"] or pack.relation(verb) != "conj" or verb.head.i > verb.i \
            or kids(verb, pack, "subj", "obj"):
        return []
    return kids(verb.head, pack, "obj")


def _of_the_hurt(noun: Token, pack: LanguagePack) -> bool:
    """"Six des blessés ont été évacués", "the wounded were evacuated": people moved for their
    wounds are hurt, not displaced."""
    hurt = state_words(pack, "injured")
    return any(n.lower_ in hurt or n.lemma_.lower() in hurt for n in [noun] + [
        n for p, n in obliques(noun, pack) if p in pack.words("partitive")])


def _raised(verb: Token, pack: LanguagePack) -> list[Token]:
    """"Thirty people have reported been killed": a passive complement with no subject of its own,
    its head's subject standing before both (an adverb misspelt as a verb)."""
    if pack.relation(verb) != "ccomp" or not kids(verb, pack, "auxpass") or kids(verb, pack, "subj", "subjpass"):
        return []
    return [s for s in kids(verb.head, pack, "subj") if s.i < verb.head.i < verb.i and s.pos_ in ("NOUN", "NUM")]


def _oblique_subject(verb: Token, pack: LanguagePack) -> list[Token]:
    """"Au moins neuf personnes ... ont été tuées": a counted noun before a passive with no subject,
    with no case word of its own, that the parser took for an oblique."""
    if pack.grammar.get("prepositions_as_heads", True) or kids(verb, pack, "subj", "subjpass"):
        return []
    return [o for o in kids(verb, pack, "obl") if o.i < verb.i and not kids(o, pack, "case")
            and o.pos_ in ("NOUN", "PROPN") and kids(o, pack, "num")][:1]


def _controlled(verb: Token, pack: LanguagePack) -> list[Token]:
    """"stabbed three people before being shot dead", "avant d'être abattu", "antes de ser abatido": a
    passive of a gerund or infinitive with no subject, in a clause of time (the pack's `time_marks` and
    `earlier_marks`), is said of the subject of the clause it hangs on (the parser may hang it on that
    clause's object). Not where that clause has an object: its subject is a doer ("rammed his car into a
    crowd before being killed himself"), an attacker the toll keeps in the high only, which the words alone
    may not tell."""
    if not any(f in ("Ger", "Inf") for a in kids(verb, pack, "aux", "auxpass") if a.i < verb.i
               for f in a.morph.get("VerbForm")):
        return []
    marks = [m for m in kids(verb, pack, "mark") + [verb.head] if m.i < verb.i]
    if not any(m.lower_ in pack.words("time_marks") or m.lower_ in pack.words("earlier_marks") for m in marks):
        return []
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    if _own_objects(head, pack):
        return []
    own = kids(head, pack, "subj", "subjpass") or inherited(head, pack, ("subjpass", "subj"))  # "were seized and held ..."
    return [s for s in own if s.i < verb.i]


def _own_objects(verb: Token, pack: LanguagePack) -> list[Token]:
    """The verb's objects but an agent the parser took for one ("asesinado por sus captores")."""
    return [o for o in kids(verb, pack, "obj")
            if not any(c.lower_ in pack.words("agent_words") for c in kids(o, pack, "case"))]


def _counts_before(word: Token, pack: LanguagePack, relations: tuple[str, ...] = ("advmod", "num")) -> list[Token]:
    """A count the parser hung on a participle or state word before it instead of as its subject: a
    number ("and over 60 injured"), one on a word of addition ("and forty more injured", the count
    hung on "more"), or a vague amount made its modifier ("left 21 dead and several wounded")."""
    adds = lexicon(pack.language).words("addition_words")
    return [c for c in kids(word, pack, *relations) if c.pos_ == "NUM" and c.i < word.i] or [
        n for a in kids(word, pack, "advmod") if a.lower_ in adds
        for n in a.children if n.pos_ == "NUM" and n.i < a.i] or [
        a for a in kids(word, pack, "amod") if a.i < word.i and a.lower_ in pack.words("vague_words") and not list(a.children)] or [
        a for a in kids(word, pack, "advmod") if a.i < word.i and a.lower_ in adds and kids(a, pack, "det")]  # "and a second wounded"


def _listed_subject(verb: Token, pack: LanguagePack) -> bool:
    """The passive subject of a relative clause with no relative word is the last of a list headed
    by the noun the clause hangs on (the list's members joined by commas before it)."""
    subject = kids(verb, pack, "subjpass")
    if len(subject) != 1 or any(c.lower_ in pack.words("relative_pronouns") for c in verb.subtree if c.i < verb.i):
        return False
    listed = [c for c in verb.head.children if pack.relation(c) in ("appos", "conj") and verb.head.i < c.i < subject[0].i]
    return bool(listed) and any(c.lower_ == "," for c in verb.doc[verb.head.i:subject[0].i]) and (
        verb.head.pos_ in ("NOUN", "PROPN")) and bool(kids(verb.head, pack, "num"))


def _vague_whole(noun: Token, pack: LanguagePack) -> Token:
    """"dozens of people", the participle hung on "people": the vague amount the noun is counted by."""
    if pack.relation(noun) == "pobj" and noun.head.lower_ in pack.words("partitive") and noun.pos_ != "NUM" \
            and noun.head.head.lower_ in pack.words("vague_heads") and noun.head.head.i < noun.i:  # not "several of the 30"
        return noun.head.head
    if pack.relation(noun) == "nmod" and noun.head.lower_ in pack.words("vague_heads") and noun.head.i < noun.i \
            and any(c.lower_ in pack.words("partitive") for c in kids(noun, pack, "case")):
        return noun.head  # UD: "una decena de guerrilleros abatidos"
    return noun


def _first_left(noun: Token, pack: LanguagePack) -> Token:
    """"left two soldiers and a child injured": a participle on the last of a leave verb's objects
    says the state of them all, the first conjunct too; any other noun is itself."""
    first = noun
    while pack.relation(first) == "conj" and first.head != first:
        first = first.head
    if first != noun and pack.relation(first) == "obj" and first.head.lemma_.lower() in pack.words("leave_verbs"):
        return first
    return noun


def _left_in_one_state(state: Token, pack: LanguagePack) -> bool:
    """"left a man and his two sons wounded": the state a leave verb's object is left in, with no
    state of a list member's own between them ("leaving 12 dead and over 100 injured" has one)."""
    objects = kids(state.head, pack, "obj")
    return state.head.lemma_.lower() in pack.words("leave_verbs") and bool(objects) and not any(
        stated(t, pack) or t.lemma_.lower() in pack.grammar["transitive"] for t in state.doc[objects[0].i:state.i])


def _counted_before(verb: Token, pack: LanguagePack) -> Token | None:
    """A participle the parser hung elsewhere, right after a counted noun (its auxiliary of the
    passive between): a reduced relative ("one facilitator killed"), the noun its victim."""
    i = verb.i - 1
    while i >= 0 and pack.relation(verb.doc[i]) in ("auxpass", "aux"):
        i -= 1
    noun = verb.doc[i] if i >= 0 else None
    if noun is not None and (noun.pos_ == "NUM" or (noun.pos_ in ("NOUN", "PROPN") and kids(noun, pack, "num"))):
        return noun  # "Reports indicated 75 were wounded"
    whole = noun.head if noun is not None else None
    if whole is not None and whole.i < noun.i and whole.like_num and any(
            n == noun and p in pack.words("partitive") for p, n in obliques(whole, pack)):
        return whole  # "uno de los delincuentes fue dado de baja", the count hung elsewhere
    return None


def _number_after(verb: Token, pack: LanguagePack) -> Token | None:
    """The number right after a verb the parser left without an object ("wounded up to 37"), not
    one of its agent ("shot dead by two men")."""
    for t in verb.doc[verb.i + 1:verb.i + 4]:
        if t.pos_ == "NUM":
            return t
        if t.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "PUNCT", "PRON", "CCONJ") or pack.relation(t) == "agent":
            return None
    return None


def _left_list(word: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    """"left 5 policemen and the suspect wounded", parsed as "[the suspect wounded]" joined to
    "left" (or the participle as a clause of "left"): the state covers the objects of "left" and
    its own subject."""
    head = word.head
    if (pack.relation(word) == "conj" and head.lemma_.lower() in pack.words("leave_verbs") and kids(head, pack, "obj")
            and kids(word, pack, "subj") and not kids(word, pack, "obj")):  # not "found a cache and detained two"
        listed = kids(head, pack, "obj") if _left_in_one_state(word, pack) else []  # not "left 11 people dead, ..., and 20
        for v in listed + kids(word, pack, "subj"):  # wounded": a list with a state of its own
            yield Finding(cat, v, word)
        return True
    if (pack.relation(word) == "advcl" and head.lemma_.lower() in pack.words("leave_verbs") and (participle(word) or word.tag_ == "VBD")
            and not kids(word, pack, "subj", "subjpass", "obj") and any(o.i < word.i for o in kids(head, pack, "obj"))):
        for v in kids(head, pack, "obj"):
            yield Finding(cat, v, word)            # "left two soldiers and a child wounded"
        return True
    before = word.i - 1
    while before > 0 and word.doc[before].head == word and pack.relation(word.doc[before]) == "advmod":
        before -= 1
    left = word.doc[before]
    if (participle(word) or word.tag_ == "VBD") and pack.relation(left) == "obj" and left.head.i < left.i \
            and left.head.lemma_.lower() in pack.words("leave_verbs") and head not in (left, left.head) \
            and not kids(word, pack, "subj", "subjpass", "obj"):
        for v in kids(left.head, pack, "obj"):
            yield Finding(cat, v, word)            # "leaving 4 others severely injured", the participle hung elsewhere
        return True
    return False


def _intransitive(verb: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    victims = kids(verb, pack, "subj", "subjpass") or [
        n for n in kids(verb, pack, "num") if n.i < verb.i and n.pos_ == "NUM"] or inherited(  # "около 50 пострадали"
        verb, pack, ("subj", "subjpass"))  # "sont mortes"
    person = False
    if not victims and pack.relation(verb) in ("acl", "relcl") and any(
            c.lower_ in pack.words("place_relatives") for c in verb.children):
        victims = [v for v in _taken_there(verb.head, pack) if v.lower_ not in pack.words("relative_pronouns")]
        person = bool(victims)  # "fue trasladado a un centro asistencial, donde falleció": who was taken there,
        if not victims and verb.morph.get("Number") == ["Sing"]:  # else the one the verb's ending tells
            victims = [verb]
    elif not victims and pack.relation(verb) == "acl":
        victims, person = [verb.head], not verb.head.like_num  # "personas muertas"
    if not victims and pack.relation(verb) == "root":
        victims = [o for o in kids(verb, pack, "obj", "obl") if o.i > verb.i and o.pos_ in ("NOUN", "PROPN", "NUM")
                   and not kids(o, pack, "case")] \
            or _person_before(verb, pack) or _dropped_subject(verb, pack)  # "En los combates murieron cinco soldados":
        # no object, a subject after; "Murieron en el lugar", "Horas después murieron": the verb's ending its subject
    for v in taken_conjuncts(verb, pack) + victims:  # "Reports say 7 militants and 2 soldiers died"
        yield Finding(cat, resolve(v, pack), verb, person_only=person)


def _person_before(verb: Token, pack: LanguagePack) -> list[Token]:
    """The nearest noun before a verb left without a subject, unless the verb's ending can be its
    subject and that noun names no one ("Horas después murieron": the hours are no subject)."""
    near = nearest_subject(verb, pack)
    people = lexicon(pack.language).people
    if near and near[0].pos_ == "NOUN" and near[0].lower_ not in people and near[0].lemma_.lower() not in people \
            and _dropped_subject(verb, pack):
        return []
    return near


def _dropped_subject(verb: Token, pack: LanguagePack) -> list[Token]:
    """"Murieron en el lugar", "Fueron asesinados", "Позже скончались": a main verb with no subject
    at all whose ending says a plural third person, in a language that leaves its subjects out (the
    pack's `dropped_subjects`), stands for its subject: [the verb] (counted as a pronoun would be)."""
    if not pack.grammar.get("dropped_subjects") or pack.relation(verb) not in ("root", "advcl") \
            or kids(verb, pack, "subj", "subjpass"):
        return []
    forms = [verb] + kids(verb, pack, "aux", "auxpass")
    persons = {p for t in forms for p in t.morph.get("Person")}
    if not any("Plur" in t.morph.get("Number") for t in forms) or not persons <= {"3"}:
        return []
    if pack.relation(verb) == "advcl":  # "Dos hombres viajaban en moto cuando fueron asesinados": the clause above's
        lex = lexicon(pack.language)
        return [s for s in [subject_above(verb, pack, lex.people)] if s is not None]
    return [verb]


def _taken_there(place: Token, pack: LanguagePack) -> list[Token]:
    """Who was taken to the place a clause of "where" hangs on: the passive subject (or object) of
    the verb the place belongs to ("quien fue trasladado a un centro asistencial, donde falleció")."""
    verb = place.head.head if place.head.pos_ == "ADP" else place.head
    return kids(verb, pack, "subjpass") or (kids(verb, pack, "obj") if not passive(verb, pack) else []) \
        or (kids(verb, pack, "subj") if passive(verb, pack) else [])


def _state(word: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    """"are dead", "left six inmates dead", "six wounded" (a state of the victims)."""
    rel = pack.relation(word)
    head = word.head
    if marked_as_group(word, pack):
        return  # "Среди 23 раненых — пятеро полицейских": the group they are among (members.py), no state of theirs
    if rel == "conj" and _left_in_one_state(word, pack) and (listed := list(_left_list(word, cat, pack))):
        yield from listed  # "left the commander and three of his bodyguards dead", parsed as "[three ... dead]"
        return  # joined to "left": the list's one state
    own = [v for v in kids(word, pack, "subj", "subjpass") if all(  # not "por la explosión", but "a un uniformado"
        c.lower_ in pack.words("object_markers") for c in kids(v, pack, "case"))] or [
        n for n in _counts_before(word, pack, ("advmod",)) if rel == "conj" and word.pos_ != "NOUN"]  # "and 44 more wounded" (not a counted
    # state noun's own number: "de onze morts")
    if own:
        for v in own:
            yield Finding(cat, resolve(v, pack), word)  # "policemen were missing" (as a verb)
        return
    if (rel in ("pred", "attr", "obj", "xcomp") or (rel == "amod" and head.pos_ in ("VERB", "AUX"))) \
            and head != word and head.lemma_.lower() in pack.words("linking_verbs") \
            and not counted_before(word, pack) and not (  # not "dejó tres guerrilleros muertos", a counted object,
                word.pos_ == "NOUN" and kids(word, pack, "det") and head.lemma_.lower() in pack.words("leave_verbs")) \
            and not (head.lemma_.lower() in pack.words("leave_verbs") and rel == "xcomp"
                     and any(o.i < word.i for o in kids(head, pack, "obj"))) \
            and not (head.lemma_.lower() in pack.words("leave_verbs") and _objects_shared(head, pack)):
        # nor "left three soldiers wounded"; nor "Чоловіка викрали, а згодом знайшли мертвим": a leaving verb that
        # shares its head's object (below); nor "Una balacera dejó un muerto": a state noun with its own article
        # is the victim, not the subject's state
        subjects = kids(head, pack, "subj")
        relative = [v for v in subjects if v.lower_ in pack.words("relative_pronouns")]
        after = [o for o in kids(head, pack, "obj") if o.i > word.i]  # "resultó herido un soldado"
        marked = [o for o in after + kids(head, pack, "obl") if o.i > word.i
                  and any(c.lower_ in pack.words("object_markers") for c in kids(o, pack, "case"))]  # (an oblique too)
        left = marked if head.lemma_.lower() in pack.words("leave_verbs") else []
        # "dejó heridos a seis policías", "y dejó herida a su esposa": those it left so, not the blast;
        # "El agente que resultó muerto es Juan": the relative pronoun, not the misparsed second subject
        for v in left or relative or subjects or _conjunct_before(head, pack) or inherited(head, pack, ("subj",)) or after:
            yield Finding(cat, resolve(v, pack), word)
    elif (rel in ("oprd", "xcomp", "ccomp", "dep", "obl") or (rel == "advcl" and word.i == head.i + 1)) \
            and (head.lemma_.lower() in pack.words("leave_verbs")  # ("ont été retrouvés morts": "morts" an adverbial clause)
                 or (rel in ("oprd", "xcomp") and kids(head, pack, "subjpass"))):  # "were pulled dead from the wreckage"
        held = kids(head, pack, "obj") or ((kids(head, pack, "subjpass") or kids(head, pack, "subj")) if passive(head, pack) else []) \
            or _objects_shared(head, pack) or (  # "Чоловіка викрали, а згодом знайшли мертвим"
            inherited(head, pack, ("subjpass",)) if participle(head) or (  # "were abducted and later found dead"
                head.tag_ == "VBD" and pack.relation(head) == "conj" and passive(head.head, pack)) else []) or (
            [head.head] if pack.relation(head) == "acl" and head.head.i < head.i and not kids(head, pack, "subj", "subjpass")
            and has_count(head.head, pack) and not kids(word, pack, "num") else []) or [  # "40 feared killed": the
            v for v in kids(head, pack, "subj") if v.i < head.i and has_count(v, pack)]  # participle's count
        # "Six soldiers found dead": with no object, a counted subject is the one the verb leaves so (a
        # headline's passive without its auxiliary)
        # ("was shot in the head and pronounced dead": the participle tagged a past form)
        for v in held + (companions(head, pack) if held else []):  # "left six inmates dead", "was found dead",
            if v.i > word.i and hurt_of_its_own(v, pack):          # "... found dead, along with their interpreter"
                yield Finding("injured", resolve(v, pack), word)      # "left a soldier dead and three others with gunshot wounds"
                continue
            yield Finding(cat, resolve(v, pack), word)
        for v in kids(word, pack, "subj") or ([] if held else [
                a for a in kids(word, pack, "advmod") if a.pos_ == "NOUN" and a.i < word.i and kids(a, pack, "num")]):
            yield Finding(cat, v, word)  # "left [six people dead]" parsed as a small clause (its subject a noun modifier)
    elif rel in ("acl", "amod") and word.i > head.i and _vague_whole(head, pack) != head:
        yield Finding(cat, _vague_whole(head, pack), word)  # "y una decena de guerrilleros abatidos"
    elif rel in ("acl", "amod") and (head.pos_ in ("NUM", "NOUN", "PROPN", "PRON") or (
            head.pos_ == "ADJ" and (kids(head, pack, "num") or any(  # "y cuatro civiles heridos" ("civiles" ADJ)
                d.lower_ in pack.words("indefinite_singular") for d in kids(head, pack, "det"))))) and (  # "y un civil lesionado"
            has_count(head, pack) or head.like_num  # "y uno herido"
            or any(c.i < word.i and c.lower_ in pack.words("vague_words") for c in kids(head, pack, "det", "amod"))
            # "Several wounded soldiers were taken to hospital", "Varios soldados heridos": a vague count
            or (head.lower_ in pack.words("vague_heads") and pack.relation(head) == "conj") or (  # "et une dizaine blessés"
                _right_after(word, head, pack) and (_verbless(head, pack) or _left(head, pack))
                and any(d.lower_ in pack.words("indefinite_singular") for d in kids(head, pack, "det")))):
        yield Finding(cat, _stated_conjunct(head, word, pack), word)  # "Un policía muerto y tres heridos tras un ataque"
    elif rel in ("acl", "amod") and _bare_plural_subject(head, pack):
        yield Finding(cat, head, word)  # "Wounded soldiers are in hospital", "Des soldats blessés ont été transportés"
    elif rel == "conj" and kids(word, pack, "det") and (
            head.lower_ in pack.grammar["states"] or head.lemma_.lower() in pack.grammar["states"]
            or (head.pos_ == "VERB" and participle(head) and head.lemma_.lower() in pack.grammar["transitive"])):
        yield Finding(cat, word, word)  # "Un hombre muerto y otro herido", "Sept personnes ont été enlevées et une autre tuée"
    elif rel in ("obj", "xcomp") and word.pos_ == "ADJ" and head.pos_ == "VERB" and passive(head, pack):
        for v in kids(head, pack, "subjpass", "subj"):
            yield Finding(cat, resolve(v, pack), word, person_only=True)  # "su compañero fue trasladado herido"
    elif rel == "conj" and head.pos_ == "VERB" and participle(head) and not kids(word, pack, "num", "det"):
        for v in stolen_subject(word, pack) or kids(head, pack, "subjpass", "subj"):
            yield Finding(cat, resolve(v, pack), word)  # "fueron secuestrados y luego asesinados"


def _bare_plural_subject(noun: Token, pack: LanguagePack) -> bool:
    """An uncounted plural of people, bare or with an indefinite article, the subject of its verb
    ("Wounded soldiers are in hospital", "Des soldats blessés", "Раненые военные находятся"): some
    victims, at least two by the contract; not "the wounded soldiers" (told before)."""
    return noun.pos_ == "NOUN" and pack.relation(noun) in ("subj", "subjpass") and "Plur" in noun.morph.get("Number") \
        and not kids(noun, pack, "num", "poss") and not noun.like_num and _person_noun(noun, pack) \
        and not negated(noun.head, pack) \
        and all("Ind" in d.morph.get("Definite") for d in kids(noun, pack, "det"))


def _right_after(word: Token, noun: Token, pack: LanguagePack) -> bool:
    """`word` follows `noun` with nothing between but the noun's own modifiers ("un guardia nacional lesionado")."""
    return word.i > noun.i and all(t.head == noun and pack.relation(t) in ("amod", "compound")
                                   for t in noun.doc[noun.i + 1:word.i])


def _stated_conjunct(noun: Token, word: Token, pack: LanguagePack) -> Token:
    """"dejó dos uniformados muertos y siete civiles heridos", "dos muertos y tres civiles heridos": a
    second state hung on the first noun belongs to the conjunct just before it when the first noun
    is a state word or has a state of its own."""
    first = noun.head
    if pack.relation(noun) == "conj" and pack.relation(first) == "obj" and first.head.lemma_.lower() in pack.words(
            "leave_verbs") and not any(stated(s, pack) or _lifeless(s, pack) for s in first.children) \
            and noun == kids(first, pack, "conj")[-1] and not stated(first, pack) \
            and not any(stated(t, pack) for t in noun.doc[first.i + 1:noun.i]):  # not "left dozens of
        # people injured and eight dead": the first conjunct has a state of its own
        return first  # "dejó dos policías y tres civiles heridos": the state of the whole list
    between = [c for c in kids(noun, pack, "conj") if noun.i < c.i < word.i]
    if between and (stated(noun, pack) or any(
            s.i < between[0].i and stated(s, pack) for s in kids(noun, pack, "amod", "acl"))):
        return between[-1]
    return noun


def _person_noun(noun: Token, pack: LanguagePack) -> bool:
    """A noun of the pack's people lists ("imam", "policemen") or a name in mixed case."""
    people = lexicon(pack.language).people
    return noun.lower_ in people or noun.lemma_.lower() in people or (noun.pos_ == "PROPN" and not noun.is_upper)


def _lifeless(tok: Token, pack: LanguagePack) -> bool:
    """"sin vida", "без признаков жизни": a life noun under a negating preposition, a state."""
    return tok.lemma_.lower() in pack.words("life_nouns") and any(
        c.lower_ in pack.words("negators") for c in kids(tok, pack, "case"))


def _conjunct_before(verb: Token, pack: LanguagePack) -> list[Token]:
    """"murió un patrullero y otro resultó herido": a verb without a subject takes the conjunct right
    before it that the parser joined to the victim of the verb before."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.pos_ in ("NOUN", "PRON", "NUM") and pack.relation(prev) == "conj" and prev.head.i < prev.i:
        return [prev]
    return []


def _verbless(noun: Token, pack: LanguagePack) -> bool:
    """A noun that heads a clause without a verb (a headline, "Un policía muerto y tres heridos")
    or is the subject or a part of a toll noun ("Un hombre muerto y otro herido es el saldo", "un
    saldo de un policía muerto y dos civiles heridos"); a conjunct, as the noun it is joined to."""
    while pack.relation(noun) == "conj" and noun.head != noun:
        noun = noun.head
    rel = pack.relation(noun)
    return rel == "root" or (rel in ("subj", "nmod") and noun.head.lemma_.lower() in pack.grammar["toll_nouns"])


def _left(noun: Token, pack: LanguagePack) -> bool:
    """The object of a leave verb, or a conjunct of it, where adjectives follow their noun ("dejó un
    policía muerto"; in English an `amod` after its noun is a misparse)."""
    if not pack.grammar.get("adjectives_after_nouns"):
        return False
    while pack.relation(noun) == "conj" and noun.head != noun:
        noun = noun.head
    verb = noun.head
    if verb.lemma_.lower() not in pack.words("leave_verbs") | pack.words("presence_verbs"):
        return False  # "Hubo un policía muerto y tres heridos"
    return pack.relation(noun) == "obj" or (  # "Un soldado muerto y tres heridos dejó un ataque": the
        pack.relation(noun) == "subj" and noun.i < verb.i  # object put first, the cause after the verb
        and any(o.i > verb.i for o in kids(verb, pack, "obj")))


def _one_there(tok: Token, pack: LanguagePack) -> bool:
    """"Есть погибший", "є загиблий": in a language without articles, a singular state word with no
    count as the subject of a verb of presence is one victim."""
    return not pack.grammar["articles"] and outcome(tok, pack) is not None and pack.relation(tok) in ("subj", "dep") \
        and tok.head.lemma_.lower() in pack.words("presence_verbs") and "Sing" in tok.morph.get("Number") \
        and not kids(tok, pack, "num", "det")


def _either(tok: Token, pack: LanguagePack) -> bool:
    """"more than 40 dead or wounded": a count of two outcomes together is a count of neither."""
    pair = [tok] + kids(tok, pack, "conj")
    if pack.relation(tok) == "conj":
        pair.append(tok.head)
    if len(pair) < 2 or not any(c.lower_ in pack.words("alternatives") for t in pair for c in kids(t, pack, "cc")):
        return False
    cats = [outcome(t, pack) or (verb_category(t, pack) or pack.grammar["intransitive"].get(t.lemma_.lower())
                                 if t.pos_ == "VERB" else None) for t in pair]  # "were killed or disappeared"
    return len(set(cats) - {None}) > 1 or (  # (also "killed or wounded 40 soldiers"); "were persecuted or
        any(cats) and any(c is None and t.pos_ == "VERB" for c, t in zip(cats, pair)))  # eliminated": not all of them


def _of_an_amount(tok: Token, pack: LanguagePack) -> bool:
    """"dozens of wounded": a participle in the partitive of a vague amount is the counted noun."""
    return pack.relation(tok) == "pobj" and tok.head.lower_ in pack.words("partitive") \
        and tok.head.head.lower_ in pack.words("vague_heads") and not kids(tok, pack, "obj", "agent")


def predicates(doc, pack: LanguagePack) -> list[Finding]:
    """Every (category, victim head) the sentence's grammar gives, in text order."""
    g = pack.grammar
    found: list[Finding] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in pack.words("survival_verbs") and not modal(tok, pack) and (
                (group := _none_of(tok, pack)) or negated(tok, pack)):
            found += [Finding("killed", resolve(s, pack), tok, person_only=True) for s in group or kids(tok, pack, "subj")]
            continue  # "The driver did not survive", "не выжил": he died; "None of the 12 passengers survived"
        if tok.pos_ == "VERB" and lemma in pack.words("survival_verbs") and not modal(tok, pack) \
                and (whole := _survivors_of(tok, pack)) is not None:
            found.append(Finding("killed", resolve(whole[1], pack), tok, person_only=True, less=(whole[0],)))
            continue  # "Only one of the 12 hostages survived": the rest of the twelve died
        if negated(tok, pack) or modal(tok, pack) or _either(tok, pack) or denied(tok, pack):
            continue
        if tok.pos_ == "NUM":
            found += _numbered(tok, pack)
        if tok.pos_ == "VERB" and participle(tok) and (kids(tok, pack, "num") or _of_an_amount(tok, pack)):
            found += counted_noun(tok, pack)  # "24 погибших", "dozens of wounded": a participle used as a noun
        if _one_there(tok, pack):
            found.append(Finding(outcome(tok, pack), tok, tok))  # "є загиблий та троє поранених": one dead
            continue
        if tok.pos_ == "VERB" and (taken := list(_to_hospital(tok, pack)) or list(_treated(tok, pack))):
            found += taken  # "évacuées vers l'hôpital": hurt, not displaced
            continue
        if tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ", "ADP", "NUM", "PRON") and (kept := list(_in_hospital(tok, pack))):
            found += kept
            continue
        if tok.pos_ == "VERB" and lemma in pack.words("flight_verbs"):
            found += _fled(tok, pack)
            continue
        if tok.pos_ == "VERB" and lemma in pack.words("loss_verbs"):
            found += _losses(tok, pack)
            continue
        if (tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG") or participle(tok)) \
                and not marked_as_group(tok, pack):  # "среди погибших трое детей": no deed of its own
            if lemma in g["intransitive"] and participle(tok) and pack.relation(tok) == "amod" and tok.i < tok.head.i \
                    and kids(tok.head, pack, "num"):
                found += _state(tok, g["intransitive"][lemma], pack)  # "о 35 погибших мирных жителях": a state
                continue
            if lemma in g["intransitive"]:
                told = list(_intransitive(tok, g["intransitive"][lemma], pack))
                if told or tok.lower_ not in g["states"]:
                    found += told
                    continue  # (a state form with no subject of its own is read as a state: "retrouvés morts")
            cat = verb_category(tok, pack)
            if cat is not None:
                found += _transitive(tok, cat, pack)
                continue
        if tok.lower_ in g["states"] or lemma in g["states"]:
            fatal = [g["resultative"][a.lower_] for a in kids(tok, pack, "advmod") if a.lower_ in g["resultative"]]
            found += _state(tok, (fatal or [g["states"].get(tok.lower_) or g["states"][lemma]])[0], pack)  # "mortalmente herido"
        if tok.tag_ == "NNS" and pack.relation(tok) == "conj" and lemma in g["transitive"] and (
                numbers := [c for c in kids(tok, pack, "num") if c.i > tok.i] or [
                    c for c in kids(tok, pack, "obj") if c.i > tok.i and c.pos_ == "NUM"] or [
                    n for n in [_number_after(tok, pack)] if n is not None and pack.relation(n) in ("pobj", "num")
                    and ((tok.head.pos_ in ("NOUN", "PROPN") and pack.relation(tok.head) == "obj")
                         or (tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in g["transitive"]))]):
            found += [Finding(g["transitive"][lemma], c, tok) for c in numbers]
            continue  # "kills five and wounds 12", "kills 80 people and injures over 200", "kills at least 27
            # and injures over 100": a verb in -s tagged a plural noun
        found += members(tok, pack)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
            found += counted_noun(tok, pack)
            found += nominal(tok, pack)
            found += custody(tok, pack)
            found += injuries(tok, pack)
    found = [f for f in found if not (f.victim == f.predicate and caused_injuries(f.victim, pack))]
    dashed = {f.predicate.i for f in found if f.victim.pos_ == "NUM" and f.victim.head == f.predicate and f.victim.i > f.predicate.i}
    found = [f for f in found if not (f.victim == f.predicate and f.victim.i in dashed)]  # "Раненых — 12": not also "Раненых"
    some_of = {n.i for f in found if f.victim.pos_ in ("NUM", "PRON") or f.victim.like_num
               for p, n in obliques(f.victim, pack) if p in pack.words("partitive") and not kids(n, pack, "num")
               and not n.like_num}
    found = [f for f in found if f.victim.i not in some_of]  # "One of the wounded policemen died": not the wounded
    # again (but "three of the seven students who were kidnapped", "three of the 30 injured": a count of their own)
    found = [f for f in found if not _toll_owner(f.victim, pack) and not (
        f.category == "injured" and f.victim.lemma_.lower() in pack.words("body_nouns"))]  # "the bodies had been burned": the dead's
    found = _rest_of_a_whole(found, pack)
    return _one_per_victim(_pronoun_again(_counted_after(found + _elided_too(found, pack), pack), pack), pack)


def _none_of(verb: Token, pack: LanguagePack) -> list[Token]:
    """"None of the 12 passengers survived", "Not one of the eight hostages survived", "Никто из 12
    пассажиров не выжил": the counted group a negator subject (or a negated count) is taken from
    (hung on the subject, or on the verb: "Ніхто з 15 пасажирів не вижив")."""
    return [n for s in kids(verb, pack, "subj") if s.lower_ in pack.words("negators") or (
                s.pos_ == "NUM" and any(c.lower_ in pack.words("negators") for c in kids(s, pack, "neg", "advmod")))
            for n in _counted_groups(s, verb, pack)]


def _counted_groups(subject: Token, verb: Token, pack: LanguagePack) -> list[Token]:
    """The counted groups a partitive on the subject or on its verb names ("of the 12 passengers",
    "Из 12 заложников"): those the subject is taken from."""
    return [n for p, n in [*obliques(subject, pack), *obliques(verb, pack)]
            if p in pack.words("partitive") and (kids(n, pack, "num") or n.pos_ == "NUM")]


def _rest_of_a_whole(found: list[Finding], pack: LanguagePack) -> list[Finding]:
    """"Of the 40 passengers on board, 11 died and the rest were injured": the rest is the counted
    whole a partitive on the joined clauses names, less the figures the clauses before count."""
    rest = pack.words("rest_nouns")
    out = []
    for f in found:
        if f.victim.lemma_.lower() not in rest and f.victim.lower_ not in rest:
            out.append(f)
            continue
        first = f.predicate
        while pack.relation(first) in ("conj", "obj", "xcomp", "oprd") and first.head != first:
            first = first.head  # "y el resto resultó herido": the state's verb, and the verb it is joined to
        verbs = {first, *kids(first, pack, "conj")}
        whole = next((n for v in verbs for p, n in obliques(v, pack) if p in pack.words("partitive")
                      and n.i < f.victim.i and kids(n, pack, "num")), None)
        parts = [g.victim for g in found if g is not f and g.predicate in verbs and g.victim.i < f.victim.i]
        out.append(replace(f, victim=whole, less=tuple(parts)) if whole is not None and parts else f)
    return out


def _survivors_of(verb: Token, pack: LanguagePack) -> tuple[Token, Token] | None:
    """"Only one of the 12 hostages survived", "Two of the 30 passengers survived": (the survivors'
    count, the counted group they are taken from)."""
    for s in kids(verb, pack, "subj"):
        if s.pos_ in ("NUM", "PRON") or kids(s, pack, "num"):  # "Seul un des 12 otages a survécu"
            groups = _counted_groups(s, verb, pack)  # or "Из 12 заложников выжил один"
            if groups:
                return s, groups[0]
    return None


def _elided_too(found: list[Finding], pack: LanguagePack) -> list[Finding]:
    """"The driver was killed, as was a woman sitting beside him": an auxiliary clause after a
    casualty verb with a subject and nothing else of its own (its verb left out) tells of one more
    victim of that verb; so does a noun joined to the verb with only a manner adverb of its own
    ("Trois policiers ont été légèrement blessés et un manifestant grièvement")."""
    out, seen = [], set()
    aux = pack.words("copulas") | pack.words("passive_auxiliaries") | pack.words("perfect_auxiliaries")
    for f in found:
        verb = f.predicate
        for c in kids(verb, pack, "conj"):
            if c.i not in seen and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and verb.pos_ == "VERB" \
                    and not stated(c, pack) and any(a.pos_ == "ADV" and a.i > c.i and not list(a.children) for a in c.children) \
                    and all(pack.relation(a) in ("det", "num", "amod", "cc", "advmod", "obj", "punct") for a in c.children):
                seen.add(c.i)  # (the adverb after the noun; the French parser labels it an object)
                out.append(Finding(f.category, resolve(c, pack), verb, person_only=f.person_only))
        for a in kids(verb, pack, "advcl"):
            if a.i in seen or a.i < verb.i or a.pos_ != "AUX" or a.lemma_.lower() not in aux or any(
                    pack.relation(c) not in ("mark", "subj", "punct", "advmod") for c in a.children):
                continue
            seen.add(a.i)
            out += [Finding(f.category, resolve(s, pack), verb, person_only=f.person_only)
                    for s in kids(a, pack, "subj") if s.pos_ in ("NOUN", "PROPN", "NUM")]
    return out


def _toll_owner(noun: Token, pack: LanguagePack) -> bool:
    """"Число мирных жителей, погибших при нападении, выросло до 17": the uncounted people a toll
    noun is of are the toll's, counted by its figure, not a figure of their own."""
    owner = noun.head.head if pack.relation(noun) == "pobj" else noun.head
    return noun.pos_ in ("NOUN", "PROPN") and pack.relation(noun) in ("nmod", "pobj") and owner != noun \
        and "Plur" in noun.morph.get("Number") and not kids(noun, pack, "det") \
        and owner.lemma_.lower() in pack.grammar["toll_nouns"] and not kids(noun, pack, "num") and not noun.like_num


def _fled(verb: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"About 2,000 residents fled their homes", "des centaines de familles ont fui leurs foyers",
    "жители покинули свои дома": a verb of fleeing with a home noun as its object or oblique
    displaces its people subject (not "the gunmen fled the scene"); so does one with the fighting
    they flee as its object or marked as what they flee from ("fled the fighting", "huyeron de los
    combates", "бежали от боёв"; not "fled after the attack")."""
    homes, causes = pack.words("home_nouns"), pack.words("flight_causes")
    objects, marked = kids(verb, pack, "obj"), list(obliques(verb, pack))

    def one_of(t: Token, words: frozenset[str]) -> bool:
        return t.lemma_.lower() in words or t.lower_ in words
    if not (any(one_of(p, homes) for p in objects + [n for _, n in marked]) or any(one_of(o, causes) for o in objects)
            or any(p in pack.words("flight_marks") and one_of(n, causes) for p, n in marked)):
        return
    for v in kids(verb, pack, "subj") or inherited(verb, pack, ("subj",)):
        yield Finding("displaced", resolve(v, pack), verb, person_only=True)


def _losses(verb: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"The Taliban also lost seven fighters", "l'armée a perdu douze soldats", "потеряла восемь
    человек убитыми": a side's loss of a counted group of people is their death (or the state
    told with it: "ранеными"); a loss of a part of the body hurts the one who lost it."""
    g, lex = pack.grammar, lexicon(pack.language)
    if any(o.lemma_.lower() in pack.words("body_parts") and not kids(o, pack, "case") for o in kids(verb, pack, "obj", "obl")):
        for v in kids(verb, pack, "subj") or inherited(verb, pack, ("subj",)):  # "Two soldiers lost limbs",
            yield Finding("injured", resolve(v, pack), verb, person_only=True)  # "Ребёнок лишился глаза": hurt
        return
    fighters = lex.words("state_forces") | lex.words("armed_group_fighters")
    marked = [n for n in kids(verb, pack, "obl") if kids(n, pack, "case")
              and all(c.lower_ in pack.words("object_markers") for c in kids(n, pack, "case"))]
    for o in kids(verb, pack, "obj", "xcomp") + marked:  # "a perdu douze soldats" (xcomp), "perdió a cuatro soldados"
        if not (kids(o, pack, "num") or o.pos_ == "NUM"):
            continue  # not "lost its commander", "lost ground"
        told = [g["states"].get(c.lower_) or g["states"].get(c.lemma_.lower()) for c in list(verb.children) + list(o.children)]
        state = next((t for t in told if t), None)
        of = [n for p, n in obliques(o, pack) if p in pack.words("partitive")] if o.pos_ == "NUM" else []
        own = any(t.lower_ in pack.words("own_people") for t in o.subtree)  # "four of their own", "четверых своих"
        if state or any(w.lower_ in fighters or w.lemma_.lower() in fighters for w in [o] + of) or (
                _a_side(verb, pack) and (own or any(is_person(w, pack, lex.people, lex.not_people)
                                                    or (w.pos_ in ("ADJ", "PRON") and kids(w, pack, "poss"))
                                                    for w in [o] + of if w.pos_ != "NUM"))):
            # not "lost 40 workers to the strike"; "lost six of its fighters"; "the battalion lost 11 men";
            # "losing two of their own"
            yield Finding(state or "killed", o, verb, person_only=True)


def _a_side(verb: Token, pack: LanguagePack) -> bool:
    """The subject of a loss verb is a fighting force: a unit ("the 3rd Battalion", "l'armée"),
    its fighters ("Troops"), a state or an armed group ("Ukraine", "the Taliban"); a pronoun in what a speaker said stands
    for the speaker."""
    lex = lexicon(pack.language)
    units = pack.words("force_units") | lex.words("state_forces") | lex.words("armed_group_fighters")  # "Troops ..., losing three"
    subjects = kids(verb, pack, "subj") or inherited(verb, pack, ("subj",))
    clause = verb
    for _ in range(3):  # "..., losing two"; "they had repelled the assault, killing 31 rebels, while losing four"
        if subjects or pack.relation(clause) != "advcl" or clause.head == clause:
            break
        clause = clause.head
        subjects = kids(clause, pack, "subj")
    while pack.relation(clause) == "conj" and clause.head != clause:
        clause = clause.head
    if subjects and all(s.pos_ == "PRON" for s in subjects):  # "The army said it had ... lost two of its own men",
        for _ in range(3):  # "The military said 17 were killed, while it lost four of its own"
            if pack.relation(clause) == "ccomp":
                subjects = kids(clause.head, pack, "subj")
                break
            if clause.head == clause or pack.relation(clause) not in ("advcl", "conj"):
                break
            clause = clause.head
    return any(s.lower_ in units or s.lemma_.lower() in units
               or side_of(" ".join(t.text for t in s.subtree), pack.language) is not None for s in subjects)


def _in_hospital(tok: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"Another 41 remain in hospital", "ten people remain hospitalised", "24 personnes sont toujours
    à l'hôpital", "dix personnes restent hospitalisées": a counted group that stays (a verb of the
    pack's `stay_verbs`; a copula in the present: not "four gunmen were in the hospital when police
    arrived"; a grave condition in any tense: "Two women were in critical condition") in a hospital
    noun, in the state of a `hospital_verbs` participle or in a grave condition ("three others are in
    critical condition", "ещё трое находятся в тяжёлом состоянии") is hurt, and so is one with an
    indefinite article ("A woman is in hospital"). They are members of the hurt told before or after
    ("Among the 30 wounded, eight are in serious condition": 30), unless told as more ("another 41")."""
    stays = pack.words("stay_verbs")
    if pack.relation(tok) == "conj" and _listed_in_care(tok, pack):
        yield Finding("injured", resolve(tok, pack), tok, person_only=True)  # "left five dead and 12 in hospital",
        return  # "dejó un muerto y dos personas en estado grave": a listed count in care of its own
    if tok.pos_ in ("NOUN", "ADJ"):  # the place or state the head of its linking verb
        if not in_care(tok, pack):
            return
        cares = [tok]
        linking = kids(tok, pack, "aux", "auxpass")
        staying = [a for a in linking if a.lemma_.lower() in stays]
        if staying:
            stay = staying[0]
        elif kids(tok, pack, "case") and not linking:
            stay = tok  # "ещё трое в тяжёлом состоянии": the present with no linking verb
        else:
            return
    elif tok.pos_ == "ADP":  # "with 58 people still in hospital": the place's preposition has the subject
        if not (kids(tok, pack, "subj") and any(in_care(n, pack) for n in kids(tok, pack, "pobj"))):
            return
        stay, cares = tok, kids(tok, pack, "pobj")
    elif tok.lemma_.lower() in stays and not passive(tok, pack) and not [
            o for o in kids(tok, pack, "obj") if not in_care(o, pack)  # "siguen hospitalizadas" (an object)
            and "Yes" not in o.morph.get("Reflex")] and (  # "se encuentran en estado grave": no object
            any(in_care(n, pack) for _, n in obliques(tok, pack)) or any(in_care(o, pack) for o in kids(tok, pack, "obj"))
            or any(in_care(c, pack) and c.pos_ == "ADJ" for c in tok.children)):
        stay, cares = tok, [n for _, n in obliques(tok, pack)] + kids(tok, pack, "obj")
    else:
        return
    if stay.lemma_.lower() in pack.words("copulas") and "Pres" not in stay.morph.get("Tense") \
            and not any(grave_condition(n, pack) for n in cares):  # but "Two women were in critical condition"
        return
    some = pack.grammar["indefinite_singular"]
    more = lexicon(pack.language).words("addition_words")
    for v in kids(tok, pack, "subj") or kids(stay, pack, "subj"):
        if has_count(v, pack) or (
                v.pos_ == "NOUN" and any(d.lower_ in some for d in kids(v, pack, "det"))):  # "A woman is in hospital"
            added = v.lower_ in more or any(c.lower_ in more for c in kids(v, pack, "amod", "det", "advmod"))
            yield Finding("injured", resolve(v, pack), tok, person_only=True, member=not added)  # the hurt in a
            # state of care are some of the hurt told before or after ("Among the 30 wounded, eight are in serious
            # condition"), or all there are; "another 41 remain in hospital" are more


def _listed_in_care(member: Token, pack: LanguagePack) -> bool:
    """A counted list member in hospital or in a grave condition of its own, after a first member
    that is a state, has one, or is the leave verb ("left five dead and 12 in hospital"; not "11
    died at the scene and two more in hospital", the verb's again)."""
    first = member.head
    counted = has_count(member, pack) or member.lower_ in lexicon(pack.language).words("addition_words") \
        or any(d.lower_ in pack.words("indefinite_singular") for d in kids(member, pack, "det")) \
        or possessed_one(member, kids(member, pack, "poss", "det"), pack)  # "and a civilian in ...", "and his son in ..."
    return bool(counted) and hurt_of_its_own(member, pack) and (
        stated(first, pack) or any(stated(c, pack) for c in kids(first, pack, "amod", "acl"))
        or first.lemma_.lower() in pack.words("leave_verbs") or any(s.i < member.i for s in left_states(first, pack)))


def _to_hospital(verb: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"Two more were rushed to hospital", "tres personas fueron trasladadas al hospital", "ещё 23
    человека госпитализированы": a counted group taken to a hospital (a verb of the pack's
    injury_verbs with an oblique role, in the passive, a hospital noun its oblique or the verb
    one of `hospital_verbs`) is hurt, and so is an uncounted noun taken there in a grave condition,
    and a counted noun the participle sets ("the 60 people admitted to hospital"); not a victim told
    again ("куда госпитализировали политика")."""
    lemma = verb.lemma_.lower()
    if pack.grammar["injury_verbs"].get(lemma) != "obl" or not (
            lemma in pack.words("hospital_verbs")  # "Ещё 23 человека госпитализированы"
            or any(n.lemma_.lower() in pack.words("hospital_nouns")
                   for h in [verb] + kids(verb, pack, "obj") for _, n in obliques(h, pack))  # (or on the object,
            or any(n.lemma_.lower() in pack.words("hospital_nouns") for _, n in next_oblique(verb, pack))):  # or right
        return  # after the verb, hung elsewhere: "deux autres soignés à l'hôpital", on the first verb
    if pack.relation(verb) == "acl" and participle(verb) and verb.head.i < verb.i and not kids(verb, pack, "subj", "obj"):
        if has_count(verb.head, pack):  # "Of the 60 people admitted to hospital, nine later died": the counted
            yield Finding("injured", resolve(verb.head, pack), verb, person_only=True)  # noun the participle sets
        return
    joined = pack.relation(verb) == "conj" and verb.head != verb and passive(verb.head, pack) \
        and not kids(verb, pack, "subj", "obj")  # "were pulled from the rubble and taken to hospital"
    if not (passive(verb, pack) or joined):  # "Paramedics took five people to hospital", "ещё двоих доставили в больницу":
        if any("Inf" in c.morph.get("VerbForm") for c in kids(verb, pack, "advcl", "xcomp")):
            return  # not "took 30 journalists to the hospital to see the damage": a visit with a purpose
        marked = [n for p, n in obliques(verb, pack) if p in pack.words("object_markers")]  # the counted people taken
        taken = [s for s in kids(verb, pack, "subj") if s.morph.get("Case") and "Nom" not in s.morph.get("Case")]
        for v in kids(verb, pack, "obj") + marked + taken:  # (a subject in another case than the nominative: the object)
            if has_count(v, pack):
                yield Finding("injured", resolve(v, pack), verb, person_only=True)
        return
    grave = any(grave_condition(n, pack) for n in [n for _, n in obliques(verb, pack)] + kids(verb, pack, "obj"))
    some = pack.grammar["indefinite_singular"]
    for v in kids(verb, pack, "subjpass") or kids(verb, pack, "subj") or inherited(verb, pack, ("subjpass",)):
        if has_count(v, pack) or (grave and v.pos_ == "NOUN") or (  # "Two women were pulled
                v.pos_ == "NOUN" and any(d.lower_ in some for d in kids(v, pack, "det"))) or (  # from the rubble and taken
                v.pos_ == "NOUN" and possessed_one(v, kids(v, pack, "poss", "det"), pack)  # "su acompañante", not
                and v.lemma_.lower() not in pack.words("body_nouns")) or (  # "his body" (the dead's)
            # to hospital"; "An elderly man was hit by shrapnel and taken to hospital": one not told before
                v.pos_ == "NOUN" and not pack.grammar["articles"] and "Sing" in v.morph.get("Number")
                and not kids(v, pack, "det", "poss")):  # "Пассажир госпитализирован": one, where no article tells it
            yield Finding("injured", resolve(v, pack), verb, person_only=True)  # "a passenger was taken to
            # hospital in critical condition": one in a grave condition needs no count


def _treated(verb: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"another 32 people were receiving treatment", "otras 12 recibieron atención médica", "ещё 12
    получили медицинскую помощь": a counted group that gets medical care (a verb of the pack's
    injury_verbs with a subject role, its object one of `care_words`, or any object with an injury
    noun for its oblique: "otras 30 reciben atención por quemaduras", "получают помощь в связи с
    ожогами") is hurt; not "came to get humanitarian aid"."""
    objects = kids(verb, pack, "obj") + [x for x in kids(verb, pack, "xcomp") if x.pos_ == "NOUN"]  # (a noun made xcomp)
    objects += [n for _, n in obliques(verb, pack) if _care(n, pack)]  # "обратились за медицинской помощью"
    if pack.grammar["injury_verbs"].get(verb.lemma_.lower()) != "subj" or not (
            any(_care(o, pack) for o in objects) or (objects and any(
                injury_noun(n, pack) for h in [verb] + objects for _, n in obliques(h, pack)))):
        return
    takers = kids(verb, pack, "subj") or ([verb.head] if pack.relation(verb) == "acl" and verb.head.i < verb.i else []) or (
        [o for o in kids(verb.head, pack, "obj") if o.i < verb.i] if pack.relation(verb) in ("xcomp", "oprd")
        and verb.head.lemma_.lower() in pack.words("leave_verbs") else [])  # or the state a leave verb left its object in
    for v in takers:  # (a participle's noun: "left 28 people needing hospital treatment")
        if has_count(v, pack):
            yield Finding("injured", resolve(v, pack), verb, person_only=True)


def _care(noun: Token, pack: LanguagePack) -> bool:
    """Medical care, alone ("treatment") or with its adjective ("medical attention", "атención médica")."""
    care, lemma = pack.words("care_words"), noun.lemma_.lower()
    adjectives = {w for m in kids(noun, pack, "amod") for w in (m.lemma_.lower(), m.lower_)}
    return lemma in care or any(f"{a} {n}" in care or f"{n} {a}" in care for n in (lemma, noun.lower_) for a in adjectives)


def gapped_figures(doc, found: list[Finding], pack: LanguagePack) -> list[Finding]:
    """"сообщила о 36 погибших, таджикская — о 35", "a fait état de 36 morts, le Tadjikistan de 35",
    "число погибших выросло до 14, раненых — до 35", "asciende a 17 y el de heridos a 40": a bare
    number after a comma, dash or conjunction, in a clause without a verb, marked by the same case
    word as a figure before it, is a second figure of that kind (of the counted word its clause
    names, when it names one)."""
    used = {f.victim.i for f in found} | {c.i for f in found for c in kids(f.victim, pack, "num")}
    out: list[Finding] = []
    for num in doc:
        marks = {c.lower_ for c in kids(num, pack, "case")}
        orphan = _remnant_number(num, pack)
        if num.pos_ != "NUM" or num.i in used or not (marks or orphan) or num.head.pos_ in ("VERB", "AUX") or num.head == num:
            continue
        for f in reversed(found):
            first = f.victim if f.victim.pos_ == "NUM" else next(iter(kids(f.victim, pack, "num")), None)
            if first is None or first.i >= num.i or not any(
                    t.text in (",", ";", "-") + DASHES or t.pos_ == "CCONJ" for t in doc[first.i + 1:num.i]):
                continue
            if orphan or marks & {c.lower_ for c in kids(first, pack, "case") + kids(f.victim, pack, "case")}:
                out.append(Finding(outcome(num.head, pack) or f.category, num, f.predicate, update=f.update, gapped=True))
                break
    return out + _remnants(found, used, pack)


def _remnant_number(num: Token, pack: LanguagePack) -> bool:
    """A number standing for a clause whose verb was left out: UD's remnant ("с таджикской стороны
    погибли 35, с киргизской — 46"), or hung on the word before it across a dash ("по данным
    таджикской — 35") or, after a comma, on a side's noun ("; côté tadjik, 35")."""
    head, doc = num.head, num.doc
    if pack.relation(num) == "orphan":
        return True
    if head.i > num.i:
        return False
    between = doc[head.i + 1:num.i]
    if head.pos_ in ("ADJ", "NOUN", "PROPN") and any(t.text in DASHES for t in between):
        return True
    return head.pos_ == "NOUN" and any(t.is_punct for t in between) and lexicon(pack.language).pattern(
        "on_side_pattern").search(doc[max(0, head.left_edge.i - 2):num.i].text) is not None


def _remnants(found: list[Finding], used: set[int], pack: LanguagePack) -> list[Finding]:
    """"11 people died at the scene and two more in hospital": a number joined to a casualty verb
    after a conjunction, with no verb of its own but a place or time of its own parallel to one of
    the verb's (the verb left out), is a second figure of that verb's kind; so are counts told place
    by place in apposition to the verb's place ("three people were killed in Kunduz, two in Baghlan
    and five in Takhar"), and those after a counted object ("killed four villagers in one district
    and six in another")."""
    out: list[Finding] = []
    more = lexicon(pack.language).words("addition_words")
    for f in found:
        verb = f.predicate
        if verb.pos_ != "VERB" or pack.relation(f.victim) not in ("subj", "subjpass", "obj") \
                or (f.victim.i > verb.i) != (pack.relation(f.victim) == "obj"):
            continue  # (an object after its verb: "killed four villagers in one district and six in another")
        places = [n for p in kids(verb, pack, "prep") for n in kids(p, pack, "pobj")] + kids(verb, pack, "obl")
        apposed = [a for n in places for a in kids(n, pack, "appos") if a.pos_ == "NUM"] + [
            n for n in kids(verb, pack, "obl") if n.pos_ == "NUM" and not kids(n, pack, "case")]
        # "three people were killed in Kunduz, two in Baghlan and five in Takhar" ("deux à Gao": UD's oblique)
        listed = [c for a in apposed for h in [a] + kids(a, pack, "nmod") for c in kids(h, pack, "conj") if c.pos_ == "NUM"]
        joined = [n for n in kids(verb, pack, "conj") + [d for d in kids(verb, pack, "dep") if kids(d, pack, "orphan")]
                  + apposed + listed
                  if n.pos_ == "NUM" or _counted_person(n, pack) or (n.lower_ in more and n.left_edge.i
                                                                   and n.doc[n.left_edge.i - 1].pos_ == "CCONJ")]
        # UD: "и двое [orphan в Луганске]"; "and a third in Menaka" (not "..., le troisième cette semaine": a series)
        for num in [n for n in joined + _counted_in_phrases(verb, pack) if _remnant_of(n, verb, pack)] \
                + _joined_to_a_time(verb, pack):
            if num.i not in used:
                out.append(Finding(f.category, num, verb, gapped=True))
                used.add(num.i)
    return out


def _remnant_of(num: Token, verb: Token, pack: LanguagePack) -> bool:
    """A count after `verb`, across a conjunction or comma, with a place or time of its own (or, a
    counted noun, one of the verb's after it) parallel to one of the verb's before it: "and two
    more in hospital", "and four worshippers in a mosque", "et quatre fidèles dans une mosquée"."""
    own = kids(num, pack, "prep", "obl", "orphan") or [n for n in kids(num, pack, "nmod") if kids(n, pack, "case")] \
        or (num.pos_ != "NUM" and any(p.i > num.i for p in kids(verb, pack, "prep", "obl")))  # (UD: "dos en Mazatlán")
    return num.i > verb.i and bool(own) and any(verb.i < p.i < num.i for p in kids(verb, pack, "prep", "obl", "advmod")) \
        and any(t.pos_ == "CCONJ" or t.text == "," for t in num.doc[verb.i + 1:num.i])


def _counted_person(noun: Token, pack: LanguagePack) -> bool:
    """A noun of people with a count of its own ("four worshippers")."""
    lex = lexicon(pack.language)
    return noun.pos_ == "NOUN" and bool(kids(noun, pack, "num")) \
        and is_person(noun, pack, lex.people, lex.not_people)


def _counted_in_phrases(verb: Token, pack: LanguagePack) -> list[Token]:
    """"tués près du lac Tchad et quatre fidèles dans une mosquée": a counted noun of people the
    parser joined to the noun of one of the verb's phrases (a place), not to the verb."""
    nouns = [n for p in kids(verb, pack, "prep", "obl", "advmod") for n in p.subtree if n.pos_ in ("NOUN", "PROPN")]
    objects = [o for o in kids(verb, pack, "obj") if verb.lemma_.lower() in pack.grammar["intransitive"]
               and any(t.pos_ == "CCONJ" for t in o.doc[max(0, o.left_edge.i - 1):o.i])]  # "murieron ... y cuatro fieles en"
    return [c for n in nouns if not _counted_person(n, pack) for c in kids(n, pack, "conj") if _counted_person(c, pack)] \
        + [o for o in objects if _counted_person(o, pack)]


def _joined_to_a_time(verb: Token, pack: LanguagePack) -> list[Token]:
    """"Seven people were killed on Monday and 15 on Tuesday": the parser joins the remnant's number
    to the noun of the verb's phrase before it; the same preposition right after the number, also
    on the verb, says it is that phrase's parallel."""
    doc, out = verb.doc, []
    for phrase in kids(verb, pack, "prep", "obl"):
        noun = (kids(phrase, pack, "pobj") or [None])[0] if pack.relation(phrase) == "prep" else phrase
        marker = phrase if pack.relation(phrase) == "prep" else next(iter(kids(phrase, pack, "case")), None)
        if noun is None or marker is None:
            continue
        for num in kids(noun, pack, "conj"):
            after = doc[num.i + 1] if num.i + 1 < len(doc) else None
            if num.pos_ == "NUM" and after is not None and after.lower_ == marker.lower_ and (
                    after.head == verb or (pack.relation(after) == "case" and after.head.head == verb)):
                out.append(num)
    return out


def _label_of(word: Token, num: Token, pack: LanguagePack) -> str | None:
    """"Killed: 5", "Погибли: 4": a verb of harm or death opening a clause as a label, the number
    after its colon."""
    g, doc, lemma = pack.grammar, word.doc, word.lemma_.lower()
    if num.i != word.i + 2 or doc[word.i + 1].text != ":" or not (word.i == 0 or doc[word.i - 1].is_punct):
        return None
    return g["intransitive"].get(lemma) or (g["transitive"].get(lemma) if participle(word) else None)


def _numbered(num: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"Ya son 12 los muertos", "Погибших было пятеро", "the dead are 12": a number said of the dead
    (or hurt) as their predicate counts them."""
    subjects = kids(num, pack, "subj", "subjpass")
    if not subjects and pack.relation(num) in ("attr", "pred") and num.head.lemma_.lower() in pack.words("linking_verbs"):
        subjects = kids(num.head, pack, "subj")
    elif not subjects and (pack.relation(num) == "obj" or (pack.relation(num) == "num" and num.head.pos_ == "VERB")) \
            and num.head.lemma_.lower() in pack.words("amount_verbs"):
        subjects = kids(num.head, pack, "subj")  # "The dead numbered 14" ("numbering 47": the number its modifier)
        verb = num.head
        if not subjects and pack.relation(verb) in ("advcl", "acl"):  # "The wounded, numbering about 40, were taken"
            subjects = [verb.head] if pack.relation(verb) == "acl" else kids(verb.head, pack, "subj", "subjpass")
    elif not subjects and pack.relation(num) == "appos" and num.head.i < num.i and not singular(num.head) \
            and not any(p in pack.words("partitive") for p, _ in obliques(num, pack)):  # not "un muerto ..., dos de ellos"
        subjects = [num.head]  # "Los heridos, unos cuarenta, fueron trasladados": the number set beside them
    head = num.head
    if not subjects and head.i < num.i and any(t.text in DASHES for t in num.doc[head.i + 1:num.i]) \
            and not any(c.i < head.i for c in kids(head, pack, "num")) and outcome(head, pack):
        yield Finding(outcome(head, pack), num, head)  # "Раненых — 12, погибших — пятеро": said of the word before the dash
        return
    if not subjects and pack.relation(num) == "num" and head.pos_ == "NOUN" and head.i > num.i:
        state = next((s for s in kids(head, pack, "subj") if outcome(s, pack)), None) or (
            head.head if head.head.i < head.i and outcome(head.head, pack) and not kids(head.head, pack, "num") else None)
        if state is not None and state.i < num.i and any(t.text in DASHES for t in num.doc[state.i + 1:num.i]):
            yield Finding(outcome(state, pack), head, state)  # "Погибших — 12 человек": counted people after the dash
            return
    for s in subjects:
        cat = outcome(s, pack) or _label_of(s, num, pack)
        if cat and s.lemma_.lower() not in pack.words("ambiguous_counted") and not kids(s, pack, "num"):
            yield Finding(cat, num, s)
    being = pack.words("copulas") | pack.words("presence_verbs") | pack.words("linking_verbs")
    other = head.pos_ == "VERB" and head != num and head.lemma_.lower() not in being
    if other and _tells_outcome(head, pack):
        return  # "dos de los heridos murieran": a verb of its own tells what became of them
    for p, group in obliques(num, pack):  # "At least three of the dead were children": some of the dead
        if p in pack.words("partitive") and not kids(group, pack, "num") and (cat := group_category(group, pack)) \
                and (cat == "injured" or not other):  # "Four of the injured had undergone surgery": still hurt
            yield Finding(cat, num, head if head != num else num, member=True)


def _tells_outcome(verb: Token, pack: LanguagePack) -> bool:
    """A verb that tells a casualty's outcome of its own: death, harm, custody ("died", "were killed",
    "were arrested"); not "underwent surgery", "were released from hospital"."""
    g, lemma = pack.grammar, verb.lemma_.lower()
    return lemma in g["intransitive"] or lemma in g["states"] or verb_category(verb, pack) is not None


def _pronoun_again(found: list[Finding], pack: LanguagePack) -> list[Finding]:
    """"shot two men and killed them", "abducted a priest and killed him", "shot the protester,
    killing him": a pronoun object of a verb joined to one that took its victims says what
    became of them; they take the graver outcome, counted once."""
    out = list(found)
    for f in found:
        v, verb = f.victim, f.predicate
        if v.lower_ not in pack.words("back_pronouns") or pack.relation(v) != "obj" \
                or pack.relation(verb) not in ("conj", "advcl") or verb.head == verb:
            continue
        first = [g for g in out if g.predicate == verb.head and g.victim in kids(verb.head, pack, "obj") and g is not f
                 and (same_number(v, g.victim, pack) or v.lower_ in pack.words("reflexive_pronouns"))]
        # not "wounding five before police shot him dead" (but "shot five ... and killed himself": the attacker)
        if not first:
            continue
        out.remove(f)
        for g in first:
            if _SEVERITY.index(f.category) < _SEVERITY.index(g.category):
                out[out.index(g)] = Finding(f.category, g.victim, verb, person_only=g.person_only)
    return out


def _counted_after(found: list[Finding], pack: LanguagePack) -> list[Finding]:
    """"stabbed passers-by, killing one and injuring four": an uncounted plural object of a verb of
    harm whose own clauses after it count what became of them is told by those counts, not again."""
    told = {f.predicate.head.i for f in found if pack.relation(f.predicate) == "advcl" and f.predicate.i > f.predicate.head.i
            and (f.victim.pos_ == "NUM" or f.victim.like_num)}
    return [f for f in found if not (f.predicate.i in told and pack.relation(f.victim) == "obj" and f.victim.pos_ == "NOUN"
                                     and not kids(f.victim, pack, "num") and ("Plur" in f.victim.morph.get("Number")
                                                                               or not kids(f.victim, pack, "det", "poss")))]


_SEVERITY = ("killed", "injured", "kidnapped", "detained", "missing", "displaced")
CUSTODY = ("kidnapped", "detained")  # held as well as hurt
HELD = CUSTODY + ("missing",)  # states that last: "missing since March" is how long, not a running count


def _one_per_victim(found: list[Finding], pack: LanguagePack) -> list[Finding]:
    """"were shot and killed": one victim phrase, one category (the gravest)."""
    best: dict[int, Finding] = {}
    for f in found:
        key = _whose_body(f.victim, pack)
        old = best.get(key)
        if old is None or _SEVERITY.index(f.category) < _SEVERITY.index(old.category) or (
                f.category == old.category and key == f.victim.i != old.victim.i):
            best[key] = f  # the dead themselves before their bodies
    held = {}  # "the gunman, who was wounded, was arrested": the wounded are held too; the dead are not
    for f in found:
        key = _whose_body(f.victim, pack)
        if best[key].category == "injured" and f.category in CUSTODY and (
                key not in held or _SEVERITY.index(f.category) < _SEVERITY.index(held[key].category)):
            held[key] = f
    return sorted([*best.values(), *held.values()], key=lambda f: f.victim.i)


def _whose_body(victim: Token, pack: LanguagePack) -> int:
    """"the bodies of seven miners, abducted last week": the miners are the victim of both."""
    if victim.lemma_.lower() in pack.words("body_nouns") and not kids(victim, pack, "num"):
        for prep, n in obliques(victim, pack):
            if prep in pack.words("partitive"):
                return n.i
    return victim.i
