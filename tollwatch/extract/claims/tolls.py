"""Running tolls: "the death toll rose to 17", "raised the number of those killed to 17",
"a death toll of 36", "the toll now stands at 46". The figure replaces earlier ones.

A bare toll noun ("la cifra subió a diez", "это число выросло до пяти") names no category: its
finding's category is "", and the casualties stage, in a pack with `bare_toll_updates` (fr, es,
ru, uk), gives it the category of the figure the article told last (else drops it)."""
from __future__ import annotations

from typing import Any, Iterator

from ..packs import LanguagePack
from .relations import DASHES, Finding, kids, obliques, stated, verb_category

Token = Any


def _category(noun: Token, pack: LanguagePack) -> str | None:
    """"death toll" -> killed; "the number of those injured" -> injured; "toll" alone -> killed."""
    g = pack.grammar
    near = [t for t in noun.head.children if t != noun and t.i > noun.i and pack.relation(t) != "conj"
            and not kids(t, pack, "subj", "subjpass")] \
        if noun.head != noun else []  # not "climbed to 31 and 70 others were injured", "rose to 29, with 80 others wounded"
    # a genitive right after the noun first ("Кількість загиблих ... зросла до 16, ще 43 людини поранені":
    # "загиблих" hung far); not English "the number killed later being revised" (moved a WAD row)
    after = [] if pack.grammar.get("prepositions_as_heads", True) or noun.i + 1 >= len(noun.doc) \
        else [noun.doc[noun.i + 1]]
    for t in after + list(noun.subtree) + near:  # "raised its count of soldiers [killed] to 71"
        if t == noun or t.pos_ == "NUM":
            continue
        lemma = t.lemma_.lower()
        for table in ("toll_compounds", "states", "counted_nouns", "transitive", "intransitive"):
            cat = g[table].get(lemma) or g[table].get(t.lower_)
            if cat:
                return cat
    own = g["toll_nouns"].get(noun.lemma_.lower())
    verb = noun.head
    if own is None and pack.relation(noun) == "obj" and verb.lemma_.lower() in pack.words("update_verbs") \
            and pack.relation(verb) == "advcl" and verb.head.i < noun.i:
        # "Two more soldiers died, bringing the number to 9": the clause's own category ("shot dead": killed)
        bodies = verb.head.lemma_.lower() in pack.words("body_verbs") and any(
            o.lemma_.lower() in pack.words("body_nouns") for o in kids(verb.head, pack, "obj", "subjpass"))
        told = [g[table].get(s.lemma_.lower()) or g[table].get(s.lower_)
                for s in kids(verb.head, pack, "subj") for table in ("states", "counted_nouns")]
        return g["intransitive"].get(verb.head.lemma_.lower()) or verb_category(verb.head, pack) or (
            "killed" if bodies else None) or next(filter(None, told), None)
        # "found three more bodies ..., bringing the total to six"; "The dead included ..., bringing the total to 6"
    return own


def _numbers_near(noun: Token, pack: LanguagePack) -> list[Token]:
    """The figure the toll is given: "rose to 17", "is 17", "reached 17", "of 36"."""
    found = [n for p, n in obliques(noun, pack) if p in pack.words("partitive") and n.pos_ == "NUM"]
    found += [c for p, n in obliques(noun, pack) if p in pack.words("partitive") and stated(n, pack)
              for c in kids(n, pack, "num")]  # "gave a toll of 8 dead": the figure on its state word
    found += [n for n in kids(noun, pack, "appos") if n.pos_ == "NUM" and n.i > noun.i and any(
        t.is_punct for t in noun.doc[noun.i + 1:n.i])]  # "Death toll: 11", not "la masacre número 52"
    found += [n for n in kids(noun, pack, "num") if n.i > noun.i and any(
        t.text in DASHES + (":",) for t in noun.doc[noun.i + 1:n.i])]  # "Число погибших — 14"
    found += [c for n in noun.children if n.i > noun.i and n.pos_ == "NOUN" and any(
        t.text in DASHES for t in noun.doc[noun.i + 1:n.i]) for c in kids(n, pack, "num") if c.i < n.i]  # "— 14 человек"
    verb = noun.head
    updates = pack.words("update_verbs") | pack.words("amount_verbs")  # "The death toll totalled 30"
    if verb.pos_ == "NUM" and pack.relation(noun) == "nmod" and not kids(noun, pack, "case") \
            and any(k.lower_ in pack.words("update_preps") for k in kids(verb, pack, "case")) \
            and verb.head.lemma_.lower() in updates:  # "a porté à 27 le nombre de morts dans ...": the
        found.append(verb)  # parser hung the toll on the figure it was brought to
    if pack.relation(noun) == "subj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in updates:
        # "скончался ..., число погибших достигло шести": the subject hung on the verb before
        verb = next((c for c in verb.children if c.i > noun.i and c.pos_ == "VERB" and c.lemma_.lower() in updates
                     and not kids(c, pack, "subj", "subjpass")), verb)
    rooted = next((t for t in noun.subtree if t.i > noun.i and t.pos_ == "VERB" and t.lemma_.lower() in updates
                   and pack.relation(t) != "acl"), None) if noun.head == noun else None
    if rooted is not None:  # "The number of people killed in the stampede that followed the explosion rose to 17":
        verb = rooted       # the update verb hung inside the relative clause, the toll noun left the root
    if verb.lemma_.lower() in updates:  # "portant à deux le nombre de morts": the figure fixed to the preposition
        found += [f for k in kids(noun, pack, "case") + [a for a in kids(verb, pack, "advmod") if a.pos_ == "ADP"]
                  if k.lower_ in pack.words("update_preps") and k.i < noun.i
                  for f in kids(k, pack, "dep") if f.pos_ == "NUM" and f.i > k.i]  # (or to the verb: "portant à neuf le")
        found += [n for n in _before_article(noun, pack) if any(  # "portant à trois le nombre de gendarmes tués"
            k.lower_ in pack.words("update_preps") and k.i < n.i for k in kids(noun, pack, "case"))]
    if pack.relation(noun) == "subj" and verb.lemma_.lower() in updates and verb.head.pos_ == "NUM" \
            and verb.head.i > verb.i and pack.relation(verb) == "amod":
        found.append(verb.head)  # "the wounded numbered 112": the verb hung on its figure
    if pack.relation(noun) == "subj" and verb.pos_ == "NUM" and any(
            a.lemma_.lower() in updates for a in kids(verb, pack, "aux")):
        found.append(verb)  # "la cifra de heridos es de 150": the number heads its copula (UD)
    if (pack.relation(noun) in ("subj", "obj", "subjpass") or rooted is not None) and verb.lemma_.lower() in updates:
        found += [n for p, n in obliques(verb, pack) if p in pack.words("update_preps") and n.pos_ == "NUM"]
        found += [c for p, n in obliques(verb, pack) if p in pack.words("update_preps") and n.pos_ != "NUM"
                  for c in kids(n, pack, "num")]  # "s'élève à 46 morts": the figure on its noun
        for p in kids(verb, pack, "prep"):  # "rose to 141 a few days later": a number misattached
            nxt = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else None
            if p.lower_ in pack.words("update_preps") and nxt is not None and nxt.pos_ == "NUM" and nxt not in found:
                found.append(nxt)
        found += [n for n in kids(verb, pack, "attr", "obj") if n.pos_ == "NUM"]
        found += [n for n in kids(verb, pack, "subj") if n.pos_ == "NUM" and n != noun]  # "suman ya 15 los muertos"
        found += [n for n in kids(verb, pack, "num") if n.i > verb.i and n not in found]  # "достигло 11", hung as the verb's nummod
        found += [n for _, n in obliques(verb, pack) if n.pos_ == "NUM" and n not in found and any(
            q.lower_ in pack.words("update_preps") for q in kids(n, pack, "qmod"))]  # "rose from three to seven"
        if not pack.grammar.get("prepositions_as_heads", True):  # "достигло 46 человек": the figure on its noun (UD)
            found += [c for n in kids(verb, pack, "obj") if n.pos_ != "NUM" for c in kids(n, pack, "num")]
        g = pack.grammar
        casualty = [t for t in verb.children if (t.lemma_.lower() in g["transitive"] or t.lemma_.lower() in g["states"])
                    and pack.relation(t) != "conj"]  # not "had risen to 44 and the wounded to nearly 200": its own
        for t in list(noun.subtree) + casualty:  # "the number of those killed to 17": the figure hangs low
            found += [c for p, n in obliques(t, pack) if p in pack.words("update_preps")
                      for c in ([n] if n.pos_ == "NUM" else kids(n, pack, "num"))]  # "число погибших до 23 человек" (UD)
    found += _told_again(noun, pack)
    return [_range_end(n, pack) for n in found]


def _told_again(noun: Token, pack: LanguagePack) -> list[Token]:
    """"put the toll at 9 but later revised it to 13", "...; hospital sources put it at 27": an
    update verb after the toll noun, no other toll noun between, whose object is a pronoun (the
    toll again) gives its figure too."""
    doc, updates, tolls = noun.doc, pack.words("update_verbs"), pack.grammar["toll_nouns"]
    found = []
    for again in doc[noun.i + 1:]:
        if again.lemma_.lower() in tolls:
            break
        if again.pos_ == "VERB" and again.lemma_.lower() in updates and any(o.pos_ == "PRON" for o in kids(again, pack, "obj")):
            found += [n for p, n in obliques(again, pack) if p in pack.words("update_preps") and n.pos_ == "NUM"]
    return found


def _range_end(number: Token, pack: LanguagePack) -> Token:
    """"pasó de cuatro a seis": the figure a toll went to, the number after the one it came from."""
    return next((c for c in number.children if c.pos_ == "NUM" and c.i > number.i and pack.relation(c) != "conj"
                 and any(k.lower_ in pack.words("update_preps") for k in kids(c, pack, "case"))), number)


def _before_article(noun: Token, pack: LanguagePack) -> list[Token]:
    """"suman dos los muertos": a number before the noun's article is the figure, not its count."""
    det = [d for d in kids(noun, pack, "det") if d.i < noun.i]
    return [n for n in kids(noun, pack, "num") if det and n.i < det[0].i]


def _counted_as_toll(noun: Token, pack: LanguagePack) -> str | None:
    """"Los muertos ascienden a 15", "ya son 15 los muertos", "the deaths rose to 15": an uncounted
    state noun as the subject of an update verb is a toll of its own category; so is a noun the
    state describes ("suman tres los agentes muertos")."""
    if noun.pos_ not in ("NOUN", "ADJ", "VERB") or pack.relation(noun) != "subj":
        return None  # (the cheap half of the test below, first: most words are neither)
    compounds, states = pack.grammar["toll_compounds"], pack.grammar["states"]
    cat = compounds.get(noun.lemma_.lower()) or compounds.get(noun.lower_) or next(
        (c for a in kids(noun, pack, "amod") if a.i > noun.i for c in (compounds.get(a.lemma_.lower()), compounds.get(a.lower_)) if c),
        None)
    if cat is None and kids(noun, pack, "det") and noun.pos_ in ("NOUN", "ADJ", "VERB"):
        cat = states.get(noun.lower_)  # "The dead numbered 30", "the wounded numbered over 100": a state as a noun
    if cat is None or pack.relation(noun) != "subj" or noun.pos_ not in ("NOUN", "ADJ", "VERB") or any(
            n not in _before_article(noun, pack) for n in kids(noun, pack, "num")):
        return None
    verb, updates = noun.head, pack.words("update_verbs") | pack.words("amount_verbs")  # "the wounded numbered 112"
    if verb.lemma_.lower() in updates or (verb.pos_ == "NUM" and any(a.lemma_.lower() in updates for a in kids(verb, pack, "aux"))):
        return cat
    return None


def running_tolls(doc, pack: LanguagePack) -> Iterator[Finding]:
    for tok in doc:
        state = _counted_as_toll(tok, pack)
        if state is not None:
            for n in _before_article(tok, pack) + _numbers_near(tok, pack):
                yield Finding(state, n, tok, update=True)
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or (tok.lemma_.lower() not in pack.grammar["toll_nouns"] and not (
                tok.lemma_.lower() in pack.words("update_tolls") and pack.relation(tok) in ("subj", "obj")
                and tok.head.lemma_.lower() in pack.words("update_verbs") and not kids(tok, pack, "num"))):
            continue  # ("bringing the total to 9": a total only as an updated toll)
        cat = _category(tok, pack)
        if cat is None and (not pack.grammar.get("bare_toll_updates") or kids(tok, pack, "case")):
            continue  # English reads no bare toll noun (its "" finding took the anchor of a real figure); nor
            # one under its own preposition ("Les assaillants, au nombre de trois": how many they were)
        for n in _numbers_near(tok, pack):  # a bare "la cifra subió a diez": the toll told before (cat "")
            yield Finding(cat or "", n, tok, update=True)


def running(verb: Token, pack: LanguagePack) -> bool:
    """The verb gives a running toll ("the number ... had risen to 36")."""
    return verb.lemma_.lower() in pack.words("update_verbs") and any(
        c.lemma_.lower() in pack.grammar["toll_nouns"] for c in kids(verb, pack, "subj", "obj", "subjpass"))
