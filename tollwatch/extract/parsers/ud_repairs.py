"""Repairs of UD trees from the small French and Spanish models, made after the parser.

An adjective takes no object in Universal Dependencies, yet es_core_news_sm and fr_core_news_sm
hang the person a secondary predicate describes under it as `obj`: "dejando herido a un
uniformado", "resultan heridos tres civiles" (the participle an `obj` of the verb, the people an
`obj` of the participle). The people are who the adjective is said of: its subject (`nsubj`),
as in "tres civiles resultan heridos". Relabelled in place, heads kept; an adjective that
already has a subject keeps its tree.

The repairs of numbers are in ud_numbers.py; the component below runs both, in order.
"""
from __future__ import annotations

import os

from spacy.language import Language

from ..numbers import parse_number
from .ud_numbers import (OBJECT, SUBJECT, digits_are_numbers, gapped_numbers, has_subject as _has_subject,
                         hedges_over_numbers, number_words_before_nouns, numbers_as_determiners, numbers_as_punctuation, numbers_across_verbs,
                         numbers_beside_their_nouns, numbers_on_verbs)


def objects_of_adjectives(doc) -> int:
    """Relabel each `obj` under an adjective without a subject as its `nsubj`; returns how many."""
    changed = 0
    for tok in doc:
        head = tok.head
        if tok.dep_ != OBJECT or head == tok or head.pos_ != "ADJ":
            continue
        if _has_subject(head):
            continue
        tok.dep_ = SUBJECT
        changed += 1
    return changed


def appositions_as_modifiers(doc) -> int:
    """"Les victimes, deux hommes et une femme, ont été abattues": a noun set off by a comma right
    after another noun, without a preposition of its own, which the model made an `nmod`, is an
    apposition. Returns how many were relabelled."""
    changed = 0
    for tok in doc:
        left = tok.left_edge.i
        if tok.dep_ != "nmod" or tok.pos_ not in ("NOUN", "PROPN") or tok.head.i >= left or left == 0 \
                or doc[left - 1].text != "," or any(c.dep_ not in ("det", "nummod", "amod", "advmod")
                                                     for c in tok.children if c.i < tok.i) \
                or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        tok.dep_ = "appos"
        changed += 1
    return changed


def adjectives_joined_to_verbs(doc) -> int:
    """"dejó tres personas sin vida y una más lesionada": an adjective with an article of its own
    that the model joined to the verb is joined to the verb's object before it (a noun phrase
    like "una más herida"). Returns how many moved."""
    moved = 0
    for adj in doc:
        verb = adj.head
        if adj.pos_ != "ADJ" or adj.dep_ != "conj" or verb.pos_ != "VERB" or verb.i > adj.i \
                or not any(c.dep_ == "det" and c.i < adj.i for c in adj.children) \
                or any(c.dep_.startswith(SUBJECT) for c in adj.children):
            continue
        obj = [c for c in verb.children if c.dep_ == OBJECT and verb.i < c.i < adj.i]
        if not obj:
            continue
        adj.head = obj[-1]
        moved += 1
    return moved


def second_subjects_after_nouns(doc) -> int:
    """"Del lado tayiko murieron 35 personas": a childless word right after a noun, which the model
    made a second subject of a verb that has a subject of its own, modifies that noun (an
    adjective after its noun). Returns how many were moved."""
    moved = 0
    for tok in doc:
        verb, prev = tok.head, doc[tok.i - 1] if tok.i else None
        if not tok.dep_.startswith(SUBJECT) or prev is None or prev.pos_ != "NOUN" or prev.head != verb \
                or tok.pos_ not in ("PROPN", "ADJ") or list(tok.children) \
                or not any(c.dep_.startswith(SUBJECT) for c in verb.children if c != tok):
            continue
        tok.head, tok.dep_ = prev, "amod"
        moved += 1
    return moved


def names_after_their_nouns(doc) -> int:
    """"murieron en un enfrentamiento ... en el sector Las Minas de Baruta": a proper name with an
    article of its own, right after a common noun, which the model made a second subject of a
    verb whose subject comes before it, is the name of that noun (a place: "la vereda El
    Diamante"), its apposition. Returns how many were moved."""
    moved = 0
    for tok in doc:
        verb = tok.head
        dets = [c for c in tok.children if c.dep_ == "det" and c.i == tok.left_edge.i]
        if not tok.dep_.startswith(SUBJECT) or tok.pos_ != "PROPN" or not dets or tok.i < verb.i \
                or not dets[0].i or doc[dets[0].i - 1].pos_ != "NOUN" \
                or not any(c.dep_.startswith(SUBJECT) and c.i < verb.i for c in verb.children if c != tok):
            continue
        tok.head, tok.dep_ = doc[dets[0].i - 1], "appos"
        moved += 1
    return moved


def adjective_and_noun_as_objects(doc) -> int:
    """"y resultó herido el patrullero Andrés Ruiz": a verb without a subject that the model gave
    two objects, an adjective and a noun after it, says the adjective of the noun: the noun is its
    subject, the adjective its complement. Returns how many were rebuilt."""
    rebuilt = 0
    for verb in doc:
        objs = [c for c in verb.children if c.dep_ == OBJECT]
        if verb.pos_ not in ("VERB", "AUX") or len(objs) != 2 or _has_subject(verb):
            continue
        adj, noun = objs
        if adj.pos_ != "ADJ" or noun.pos_ not in ("NOUN", "PROPN") or adj.i > noun.i:
            continue
        adj.dep_, noun.dep_ = "xcomp", SUBJECT
        rebuilt += 1
    return rebuilt


def gapped_participles(doc) -> int:
    """"Un policier a été tué et son collègue grièvement blessé", "Un policía fue asesinado y su
    compañero gravemente herido": the clause left out its auxiliary, and the model made the noun a
    conjunct of the first verb, the participle its modifier (es) or the first verb's (fr). The
    participle is the conjunct, the noun its subject. Returns how many were rebuilt."""
    rebuilt = 0
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or verb.i > noun.i \
                or "Part" not in verb.morph.get("VerbForm"):
            continue
        after = next((t for t in doc[noun.right_edge.i + 1:] if t.pos_ != "ADV"), None)
        part = after if after is not None and ("Part" in after.morph.get("VerbForm") or after.pos_ == "ADJ") else None
        bare = after is not None and after.pos_ == "NOUN" and after.head == verb and after.dep_.startswith("obl") \
            and "Plur" in after.morph.get("Number") and not any(c.dep_ in ("case", "det") for c in after.children)
        if bare:  # "et douze autres blessés samedi": the participle tagged a noun, an oblique with no preposition
            part, after.pos_ = after, "ADJ"
        elif part is None or part.head not in (noun, verb) or part.dep_ not in ("amod", "advcl", "acl", "conj", "xcomp"):
            continue
        part.head, part.dep_ = verb, "conj"
        noun.head, noun.dep_ = part, SUBJECT
        for c in list(verb.children):
            if c.dep_ == "cc" and noun.i > c.i > verb.i:
                c.head = part
        rebuilt += 1
    return rebuilt


def subjects_left_as_root(doc) -> int:
    """"Un soldat, un gendarme et un civil ont été tués", "Un soldado y un policía murieron": the
    model roots the sentence on the first noun, joins the verb to it as a conjunct and gives the
    verb the last noun only. The verb is the root; the first noun its subject (with the label the
    last one had), the last noun a conjunct of the first, or of the list's member the verb hung on
    ("Un inspecteur des impôts, deux chauffeurs et un cuisinier sont morts"). Returns how many were rebuilt."""
    rebuilt = 0
    for verb in doc:
        member = first = verb.head
        while first.dep_ in ("appos", "conj") and first.head.i < first.i and first.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX", "ADJ") or first.head != first \
                or first.pos_ not in ("NOUN", "PROPN") or first.i > verb.i:
            continue
        last = [c for c in verb.children if c.dep_.startswith(SUBJECT) and first.i < c.i < verb.i]
        if len(last) != 1 or _has_subject(first):
            continue
        label = last[0].dep_
        cc = [c for c in verb.children if c.dep_ == "cc" and c.i < last[0].i]
        verb.head, verb.dep_ = verb, "ROOT"
        first.head, first.dep_ = verb, label
        last[0].head, last[0].dep_ = member, "conj"
        for c in cc:
            c.head = last[0]
        rebuilt += 1
    return rebuilt


def _determined(word) -> bool:
    """A word that can stand as a clause's subject on its own: one with its determiner ("un
    troisième"), or a number ("et neuf ont été blessées"), then tagged one."""
    if any(c.dep_ == "det" for c in word.children):
        return True
    if word.is_alpha and parse_number(word.text, word.doc.lang_) is not None:
        word.pos_ = "NUM"  # "neuf" tagged an adjective (new)
        return True
    return False


def indirect_objects_alone(doc) -> int:
    """"asesinaron al líder de un comité": es_core_news_sm labels the person after the preposition
    of a direct object (the personal "a") an indirect object. Of a verb with no direct object, a
    noun so labelled is the object. Returns how many were relabelled."""
    changed = 0
    for tok in doc:
        if tok.dep_ != "iobj" or tok.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "case" for c in tok.children) \
                or any(c.dep_ == OBJECT for c in tok.head.children):
            continue
        tok.dep_ = OBJECT
        changed += 1
    return changed


def obliques_joined_to_objects(doc) -> int:
    """"asesinaron al líder de un comité, a su hermano y a un sobrino": es_core_news_sm makes the
    list's second person, with its preposition, an oblique of the verb. A noun set off by a comma
    after the object, with a conjunct of its own that repeats its preposition, is the object's
    conjunct. Returns how many were moved."""
    moved = 0
    for tok in doc:
        verb = tok.head
        first = next((t for t in tok.subtree if not t.is_punct), tok)  # the comma may hang on it
        if not tok.dep_.startswith("obl") or first.i == 0 or not doc[first.i - 1].is_punct \
                or not any(c.dep_ == "conj" for c in tok.children):
            continue
        cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
        obj = next((o for o in verb.children if o.dep_ == OBJECT and o.i < tok.i), None)
        if obj is None or not cases or not any(cases & {k.lower_ for k in c.children if k.dep_ == "case"}
                                               for c in tok.children if c.dep_ == "conj"):
            continue
        tok.head, tok.dep_ = obj, "conj"
        moved += 1
    return moved


def participles_with_articles(doc) -> int:
    """"Deux policiers et un passant": fr_core_news_sm reads the noun as the present participle
    of a verb ("passer") joined to the noun before it, its article a pronoun subject. A present
    participle with an article right before it is a noun, the article its determiner. Returns
    how many were retagged."""
    changed = 0
    for tok in doc[1:]:
        art = doc[tok.i - 1]
        if tok.pos_ != "VERB" or tok.dep_ != "conj" or "Pres" not in tok.morph.get("Tense") \
                or "Part" not in tok.morph.get("VerbForm") or art.head != tok or "Art" not in art.morph.get("PronType"):
            continue
        tok.pos_, art.pos_, art.dep_ = "NOUN", "DET", "det"
        changed += 1
    return changed


def verbs_as_nouns(doc) -> int:
    """"Neuf corps ont été retirés": fr_core_news_sm tags the noun a finite verb (its number word
    at the start of the sentence an adjective). A finite verb is no verb's subject or object (a
    clause would be `csubj` or `ccomp`): it is a noun, and a number word hung before it as its
    modifier or subject counts it. Returns how many were retagged."""
    changed = 0
    for tok in doc:
        if tok.pos_ != "VERB" or tok.dep_ not in (SUBJECT, SUBJECT + ":pass", OBJECT) or "Fin" not in tok.morph.get("VerbForm") \
                and not tok.morph.get("Mood"):
            continue
        tok.pos_ = "NOUN"
        for c in tok.children:
            if (c.dep_.startswith(SUBJECT) or c.dep_ == "amod") and c.i < tok.i and c.is_alpha \
                    and parse_number(c.text, doc.lang_) is not None:
                c.pos_, c.dep_ = "NUM", "nummod"
        changed += 1
    return changed


def adjectives_as_subjects(doc) -> int:
    """"Un menor murió": an adjective the model hung on a verb as `amod` (which only modifies a
    noun) before a verb without a subject is a noun standing for a person: the verb's `nsubj`.
    So is a determiner hung on it as `det` ("y una falleció"): a pronoun."""
    changed = 0
    for tok in doc:
        verb = tok.head
        if (tok.dep_, tok.pos_) not in (("amod", "ADJ"), ("det", "DET")) or verb.pos_ not in ("VERB", "AUX") \
                or tok.i > verb.i or _has_subject(verb):
            continue
        tok.dep_, tok.pos_ = SUBJECT, "NOUN" if tok.pos_ == "ADJ" else "PRON"
        changed += 1
    return changed


def determined_nouns_as_adverbs(doc) -> int:
    """"Deux policiers ont été tués et un troisième grièvement blessé": fr_core_news_sm tags the
    adverb a noun, hangs the "troisième" the clause is about on it and makes it an adverb of the
    participle. A noun with a determiner modifies no verb as an adverb: right before a participle
    with no subject, it is the participle's subject, and a participle after a conjunction there
    is the first verb's conjunct. Returns how many were rebuilt."""
    rebuilt = 0
    for noun in doc[:-1]:
        part = doc[noun.i + 1]
        if noun.pos_ != "NOUN" or noun.dep_ != "advmod" or noun.head != part or "Part" not in part.morph.get("VerbForm") \
                or not any(c.dep_ == "det" for c in noun.children) or _has_subject(part):
            continue
        noun.dep_ = SUBJECT
        if part.dep_ == "advcl" and any(c.dep_ == "cc" and c.i <= noun.left_edge.i for c in (*part.children, *noun.children)):
            part.dep_ = "conj"
        rebuilt += 1
    return rebuilt


def opening_obliques(doc) -> int:
    """"Le gendarme, grièvement blessé, est décédé dans la nuit": the model makes the sentence's
    opening noun, with its determiner and no preposition, an oblique of the verb after it, which
    has no subject. That noun is the verb's subject. Returns how many were relabelled."""
    moved = 0
    for noun in doc:
        verb = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or not noun.dep_.startswith("obl") or verb.pos_ != "VERB" \
                or verb.i < noun.i or noun.left_edge.i != 0 or _has_subject(verb) \
                or any(c.dep_ == "case" for c in noun.children) or not any(c.dep_ == "det" for c in noun.children):
            continue
        noun.dep_ = SUBJECT
        moved += 1
    return moved


def subjects_joined_to_objects(doc) -> int:
    """"Deux soldats ont perdu la vie et un troisième a été grièvement blessé": the model joins the
    second clause's subject to the first verb's object and leaves the second verb (after its
    auxiliaries and adverbs) without a subject, joined or hung as an adverbial clause. The joined
    word, with its determiner, is that verb's subject, the verb the first one's conjunct, and the
    auxiliaries before it its own (a copula before a participle its passive auxiliary). Returns
    how many moved."""
    moved = 0
    for word in doc:
        obj = word.head
        if word.dep_ != "conj" or obj.dep_ != OBJECT or obj.i > word.i or not _determined(word) \
                or not any(c.dep_ == "cc" and c.i < word.i for c in word.children):
            continue
        first = obj.head
        verb = next((v for v in first.children if v.dep_ in ("conj", "advcl") and v.pos_ == "VERB" and v.i > word.i), None)
        if verb is None and first.dep_.startswith(SUBJECT) and first.head.head == first.head and first.head.i > word.i \
                and first.head.pos_ == "VERB":
            verb = first.head  # "trois personnes ont trouvé la mort et une dizaine ont été blessées": the first
            # clause hung as the second verb's subject
        between = doc[word.right_edge.i + 1:verb.i] if verb is not None else ()
        if verb is None or any(c.dep_.startswith(SUBJECT) and c != first for c in verb.children) or any(
                verb not in t.ancestors or not (t.dep_.startswith("aux") or t.dep_ in ("cop", "advmod")) for t in between):
            continue
        for t in between:
            if t.dep_.startswith("aux") or t.dep_ == "cop":
                t.head = verb
                t.dep_ = "aux:pass" if t.dep_ == "cop" and "Part" in verb.morph.get("VerbForm") else t.dep_
        if verb == first.head:
            first.head, first.dep_ = first, "ROOT"
            verb.head = first
        word.head, word.dep_, verb.dep_ = verb, SUBJECT, "conj"
        for c in list(word.children):
            if c.dep_ == "cc" and c.i < word.i:
                c.head = verb
        moved += 1
    return moved


def subjects_after_a_first_verb(doc) -> int:
    """"Murieron veintiún personas y otras treinta y cuatro resultaron heridas": the model makes the
    noun after the first verb the subject of the second, its conjunct (before the second verb)
    hung on it. The noun right after a verb with no subject is that verb's; the conjunct is the
    second verb's subject. Returns how many moved."""
    moved = 0
    for noun in doc:
        second = noun.head
        first = second.head
        if not noun.dep_.startswith(SUBJECT) or second.dep_ != "conj" or first.pos_ != "VERB" or second.pos_ != "VERB" \
                or not first.i < noun.i < second.i or _has_subject(first) \
                or any(t.head != noun for t in doc[first.i + 1:noun.i]):
            continue
        joined = [c for c in noun.children if c.dep_ == "conj" and noun.i < c.i < second.i]
        if len(joined) != 1 or not any(c.dep_ == "cc" for c in joined[0].children):
            continue
        noun.head = first
        joined[0].head, joined[0].dep_ = second, noun.dep_
        moved += 1
    return moved


def clauses_as_subjects(doc) -> int:
    """"Deux personnes sont mortes et une troisième a été grièvement blessée", "Trois personnes ont
    perdu la vie et neuf ont été blessées": the model makes the first clause's predicate (with its
    copula, or a verb, and its subject) the subject of the second verb, and the second clause's
    subject its conjunct. A verb or a subject with a copula, with a subject of its own, is a clause: it takes the root, the verb is its conjunct, and the joined word with its determiner,
    between the two, is the verb's subject. Returns how many were rebuilt."""
    rebuilt = 0
    for pred in doc:
        verb = pred.head
        if not pred.dep_.startswith(SUBJECT) or verb.head != verb or verb.pos_ != "VERB" or pred.i > verb.i \
                or not (pred.pos_ == "VERB" or any(c.dep_ == "cop" for c in pred.children)) or not _has_subject(pred):
            continue
        joined = [c for c in pred.children if c.dep_ == "conj" and pred.i < c.i < verb.i
                  and _determined(c)]
        if len(joined) != 1 or sum(c.dep_.startswith(SUBJECT) for c in verb.children) != 1:
            continue
        pred.head, pred.dep_ = pred, "ROOT"
        verb.head, verb.dep_ = pred, "conj"
        joined[0].head, joined[0].dep_ = verb, SUBJECT
        for c in list(joined[0].children):
            if c.dep_ == "cc" and c.i < joined[0].i:
                c.head = verb
        rebuilt += 1
    return rebuilt


def _shared_ending(form: str, lemma: str) -> tuple[str, str]:
    """The ending of `form` past the stem it shares with `lemma`, and the lemma's: ("das", "r")
    for "secuestradas" / "secuestrar"."""
    n = len(os.path.commonprefix([form, lemma]))
    return form[n:], lemma[n:]


def participles_tagged_nouns(doc) -> int:
    """"Cinco personas fueron secuestradas y otras dos asesinadas": the model tags the second
    participle, joined to the first, a noun (lemma "asesinada") and hangs its subject on it as a
    determiner. A noun joined to a participle, with the participle's ending, is a participle: its
    lemma takes the first one's ending ("asesinar"), and the number under the determiner it heads
    (or under the noun, beside the determiner) is its subject, the determiner the number's.
    Returns how many were rebuilt."""
    rebuilt = 0
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i > noun.i \
                or "Part" not in verb.morph.get("VerbForm"):
            continue
        ending, infinitive = _shared_ending(verb.lower_, verb.lemma_.lower())
        dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
        number = next((k for c in dets for k in c.children if k.dep_ == "nummod"), None) or next(
            (c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)  # (numbers_as_determiners
        # may have moved it onto the noun already)
        if len(ending) < 3 or not infinitive or not noun.lower_.endswith(ending) or not dets or number is None:
            continue
        noun.pos_, noun.lemma_ = "VERB", noun.lower_[:-len(ending)] + infinitive
        noun.set_morph(str(verb.morph))
        number.head, number.dep_ = noun, SUBJECT  # "otras dos": the number heads
        for d in dets:
            d.head, d.dep_ = number, "det"
        rebuilt += 1
    return rebuilt


def passive_subjects(doc) -> int:
    """"Un policier a été grièvement blessé": the subject of a verb with a passive auxiliary
    (`aux:pass`) is its passive subject (`nsubj:pass`), whatever the model labelled it."""
    changed = 0
    for tok in doc:
        verb = tok.head
        if tok.dep_ == SUBJECT and verb != tok and any(c.dep_ == "aux:pass" for c in verb.children):
            tok.dep_ = "nsubj:pass"
            changed += 1
    return changed


def verbs_as_case_markers(doc) -> int:
    """"Un policier a été tué lundi": fr_core_news_sm makes the participle the `case` marker of
    the day after it and roots the sentence on the day. A verb marks no case: it heads the
    clause in the day's place, the day is its oblique, and the day's subject and auxiliaries
    are the verb's (a copula "été" its passive auxiliary). Returns how many were rebuilt."""
    rebuilt = 0
    for verb in doc:
        noun = verb.head
        if verb.pos_ != "VERB" or verb.dep_ != "case" or noun == verb or noun.i < verb.i:
            continue
        moved = [c for c in noun.children if c.i < verb.i and (c.dep_.startswith(SUBJECT) or c.dep_.startswith("aux")
                                                                or c.dep_ == "cop")]
        if noun.head == noun:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = verb, "obl:mod"
        for c in moved:
            c.head = verb
            if c.dep_ == "cop":
                c.dep_ = "aux:pass"
        rebuilt += 1
    return rebuilt


def counted_obliques_as_subjects(doc) -> int:
    """"Au moins 50 personnes, parmi lesquelles ..., ont été tuées": a counted noun before a verb
    without a subject, hung on it as an oblique with no preposition of its own, is its subject
    (a relative clause between misled the model). Returns how many were relabelled."""
    changed = 0
    for tok in doc:
        verb = tok.head
        if tok.pos_ != "NOUN" or not tok.dep_.startswith("obl") or verb.pos_ not in ("VERB", "AUX") or tok.i > verb.i \
                or any(c.dep_ == "case" for c in tok.children) or not any(c.dep_ == "nummod" for c in tok.children) \
                or _has_subject(verb):
            continue
        tok.dep_ = SUBJECT
        changed += 1
    return changed


def counted_adjectives(doc) -> int:
    """"la muerte de tres menores", "la muerte de un menor": an adjective with a number or an
    article and a preposition of its own, which the model hung on the noun before it as `amod`,
    is a noun standing for people: an `nmod`. Returns how many were relabelled."""
    changed = 0
    for tok in doc:
        if tok.pos_ != "ADJ" or tok.dep_ != "amod" or tok.head.i > tok.i:
            continue
        deps = {c.dep_ for c in tok.children if c.i < tok.i}
        if deps & {"nummod", "det"} and "case" in deps:
            tok.pos_, tok.dep_ = "NOUN", "nmod"
            changed += 1
    return changed


def adverbs_as_predicates(doc) -> int:
    """"Une femme a été grièvement blessée": the model makes the adverb the head of the subject and
    the auxiliaries, and hangs it on the participle after it as `advmod`. The participle is the
    predicate: the adverb's subject, auxiliaries and copula move to it. Returns how many moved."""
    moved = 0
    for adv in doc:
        word = adv.head
        if adv.pos_ != "ADV" or adv.dep_ != "advmod" or word.i != adv.i + 1 or word.pos_ not in ("ADJ", "VERB"):
            continue
        kids = [c for c in adv.children if c.dep_.startswith(SUBJECT) or c.dep_.startswith(("aux", "cop"))]
        if not any(c.dep_.startswith(SUBJECT) for c in kids) or _has_subject(word):
            continue
        for c in kids:
            c.head = word
        moved += 1
    return moved


def counted_words_after_a_place(doc) -> int:
    """"En Colombia, al menos 15 civiles fueron asesinados", "Au Burkina Faso, au moins 15 civils ont
    été tués": the model hangs the counted subject after the comma on the place before it (as
    `amod` or `nmod`), and may make the place the subject. A counted word after a comma, under a
    noun with a preposition of its own, is the subject of that noun's verb; the place its oblique.
    Returns how many were moved."""
    moved = 0
    for tok in doc:
        place = tok.head
        if tok.dep_ not in ("amod", "nmod") or place.i > tok.i or not any(c.dep_ == "nummod" for c in tok.children) \
                or not any(c.dep_ == "case" for c in place.children) \
                or not any(t.text == "," for t in doc[place.i + 1:tok.i]):
            continue
        verb = place.head
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or verb == place:
            continue
        if place.dep_.startswith(SUBJECT):
            tok.dep_, place.dep_ = place.dep_, "obl"
        elif place.dep_ == "obl" and not _has_subject(verb):
            tok.dep_ = SUBJECT
        else:
            continue
        tok.head = verb
        if tok.pos_ == "ADJ":
            tok.pos_ = "NOUN"
        moved += 1
    return moved


def inclusions_as_relative_clauses(doc) -> int:
    """"Cinq personnes, dont deux enfants, ont été tuées": the model roots the sentence on the
    noun and makes the verb a relative clause whose subject is the part after "dont". The verb is
    the root; the noun its subject; the part hangs on the noun with "dont" as its case marker (an
    inclusion, as "including"). Returns how many were rebuilt."""
    rebuilt = 0
    for verb in doc:
        noun = verb.head
        if verb.dep_ != "acl:relcl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        said = next((c for c in verb.children if verb.pos_ == "NOUN" and c.i > verb.i and c.pos_ in ("ADJ", "VERB")
                     and any(a.dep_.startswith("aux") for a in c.children)), None)
        if said is not None:  # ", dont une fillette de six ans, ont péri": the part made the clause, its verb a modifier
            said.head, said.dep_, said.pos_ = noun, "acl:relcl", "VERB"
            verb.head, verb.dep_ = said, "nsubj"
            verb = said
        part = [c for c in verb.children if c.dep_.startswith(SUBJECT) and noun.i < c.i < verb.i]
        marks = [m for p in part for m in p.children if m.pos_ == "PRON" and m.i == p.left_edge.i
                 and m.i > 0 and doc[m.i - 1].text == ","]
        if len(part) != 1 or not marks:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, part[0].dep_
        part[0].head, part[0].dep_ = noun, "nmod"
        marks[0].dep_ = "case"
        rebuilt += 1
    return rebuilt


def gerunds_as_fixed(doc) -> int:
    """"tuant neuf personnes et en blessant 30 autres": fr_core_news_sm makes the gerund a `fixed`
    part of "en", the case of its object, and joins that object to the first verb's. The gerund
    is a conjunct of the verb above its object, "en" its marker, the object its own. Returns how
    many were rebuilt."""
    rebuilt = 0
    for verb in doc:
        adp = verb.head
        if verb.pos_ != "VERB" or verb.dep_ != "fixed" or adp.pos_ != "ADP" or adp.dep_ not in ("case", "mark") \
                or "Part" not in verb.morph.get("VerbForm"):
            continue
        obj = adp.head
        first = next((a for a in obj.ancestors if a.pos_ == "VERB"), None)
        if obj.i < verb.i or first is None or first.i > adp.i:
            continue
        cc = [c for c in obj.children if c.dep_ == "cc" and c.i < adp.i]
        verb.head, verb.dep_ = first, "conj"
        obj.head, obj.dep_ = verb, OBJECT
        adp.head, adp.dep_ = verb, "mark"
        for c in cc:
            c.head = verb
        rebuilt += 1
    return rebuilt


def participles_after_a_conjunction(doc) -> int:
    """"Deux journalistes ont été enlevés puis assassinés": the model hangs the participle after
    "puis" on a later word. A participle right after a coordinating conjunction (an adverb between
    allowed), itself no conjunct, is a conjunct of the verb before the conjunction. Returns how
    many were moved."""
    moved = 0
    for tok in doc:
        if tok.pos_ not in ("VERB", "ADJ") or "Part" not in tok.morph.get("VerbForm") or tok.dep_ in ("conj", "ROOT"):
            continue
        k = tok.i - 1
        while k > 0 and doc[k].pos_ == "ADV":
            k -= 1
        if k <= 0 or doc[k].pos_ != "CCONJ":
            continue
        verb = doc[k - 1]
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj") or tok in verb.ancestors:
            continue
        tok.head, tok.dep_ = verb, "conj"
        doc[k].head = tok
        moved += 1
    return moved


def _gerund(tok) -> bool:
    return tok.pos_ == "VERB" and ("Ger" in tok.morph.get("VerbForm") or (
        "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")))


def objects_as_clauses(doc) -> int:
    """"tuant un enseignant et trois élèves", "tuant onze invités": the model makes a gerund's
    object noun its `xcomp` or `ccomp`. A noun so labelled under a gerund without an object, with
    no subject, copula or preposition of its own, is its object. Returns how many were relabelled."""
    changed = 0
    for noun in doc:
        verb = noun.head
        if noun.dep_ not in ("xcomp", "ccomp") or noun.pos_ not in ("NOUN", "PROPN") or not _gerund(verb) \
                or any(c.dep_ == OBJECT for c in verb.children) \
                or any(c.dep_.startswith(SUBJECT) or c.dep_ in ("cop", "case") for c in noun.children):
            continue
        noun.dep_ = OBJECT
        changed += 1
    return changed


def gerunds_joined_to_objects(doc) -> int:
    """"tuant trois élèves et blessant quinze autres", "tuant onze invités et en blessant vingt":
    the model joins the second gerund to the first one's object (a `conj` of it, or an `amod` of
    the number's noun joined to it; the object made a bare oblique, the second's object the
    first's). The second gerund is a conjunct of the first; a number right
    after it that hung on the first object, and a noun it modified, are its object. Returns how
    many were rebuilt."""
    rebuilt = 0
    for tok in doc:
        noun = tok.head
        if not _gerund(tok) or noun.pos_ not in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") or noun.dep_ == "ROOT":
            continue
        first = next((a for a in noun.ancestors if _gerund(a)), None)
        bare = noun.dep_ == "obl:arg" and noun.head == first and not any(
            c.dep_ == "case" and c.pos_ == "ADP" for c in noun.children)  # ("neuf" may hang as its case)
        if first is None or first.i > tok.i or (tok.dep_, OBJECT if bare else noun.dep_) not in (
                ("conj", OBJECT), ("amod", "conj")):
            continue
        if tok.dep_ == "amod":  # "et en blessant vingt autres": the noun after it is its object
            if noun.i < tok.i or not any(c.dep_ in ("mark", "case") and c.pos_ == "ADP" for c in tok.children):
                continue
            for c in noun.children:
                if c.dep_ == "cc" and c.i < tok.i:
                    c.head = tok
            noun.head, noun.dep_ = tok, OBJECT
        else:
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is not None and after.head == noun and after.like_num and not list(after.children):
                after.head, after.dep_, after.pos_ = tok, OBJECT, "NUM"  # "et en blessant vingt"
            if bare:  # "tuant neuf commerçants [obl:arg] et blessant quatorze autres personnes [the first's obj]"
                noun.dep_ = OBJECT
                for o in [c for c in first.children if c.dep_ == OBJECT and c.i > tok.i]:
                    o.head = tok
        tok.head, tok.dep_ = first, "conj"
        rebuilt += 1
    return rebuilt


def objects_hung_before_gerunds(doc) -> int:
    """"a frappé l'école, blessant un enseignant et onze élèves": the model hangs the gerund's
    object on a word before the gerund (an apposition of "école", its conjunct an object of the
    first verb). A gerund after a comma with no object of its own takes the noun right after it
    (its determiner or number between) when that noun hangs before the gerund; nouns joined to it
    by a conjunction that also hang before the gerund are its conjuncts. Returns how many moved."""
    moved = 0
    for verb in doc:
        if not _gerund(verb) or verb.i == 0 or doc[verb.i - 1].text != "," \
                or any(c.dep_ == OBJECT for c in verb.children):
            continue
        noun = next((t for t in doc[verb.i + 1:verb.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or noun.head.i >= verb.i or any(t.pos_ in ("ADP", "VERB", "PUNCT") for t in doc[verb.i + 1:noun.i]) \
                or noun in verb.ancestors:  # (no cycle: "deux morts, blessant cinq personnes" may hang the verb on them)
            continue
        noun.head, noun.dep_ = verb, OBJECT
        for other in doc[noun.i + 1:]:
            if other.pos_ in ("NOUN", "PROPN") and other.head.i < verb.i and other.dep_ in (OBJECT, "appos", "conj") \
                    and any(t.pos_ == "CCONJ" for t in doc[noun.i + 1:other.i]) and other not in noun.ancestors:
                other.head, other.dep_ = noun, "conj"
        moved += 1
    return moved


@Language.component("tollwatch_ud_repairs")
def ud_repairs(doc):
    verbs_as_nouns(doc)
    participles_with_articles(doc)
    gerunds_as_fixed(doc)
    objects_as_clauses(doc)
    gerunds_joined_to_objects(doc)
    objects_hung_before_gerunds(doc)
    participles_after_a_conjunction(doc)
    counted_words_after_a_place(doc)
    inclusions_as_relative_clauses(doc)
    adverbs_as_predicates(doc)
    verbs_as_case_markers(doc)
    counted_obliques_as_subjects(doc)
    passive_subjects(doc)
    counted_adjectives(doc)
    digits_are_numbers(doc)
    numbers_as_punctuation(doc)
    numbers_as_determiners(doc)
    number_words_before_nouns(doc)
    numbers_across_verbs(doc)
    numbers_beside_their_nouns(doc)
    appositions_as_modifiers(doc)
    gapped_participles(doc)
    adjective_and_noun_as_objects(doc)
    second_subjects_after_nouns(doc)
    names_after_their_nouns(doc)
    adjectives_joined_to_verbs(doc)
    subjects_left_as_root(doc)
    adjectives_as_subjects(doc)
    objects_of_adjectives(doc)
    determined_nouns_as_adverbs(doc)
    opening_obliques(doc)
    indirect_objects_alone(doc)
    obliques_joined_to_objects(doc)
    participles_tagged_nouns(doc)
    if subjects_joined_to_objects(doc) + clauses_as_subjects(doc) + subjects_after_a_first_verb(doc):
        passive_subjects(doc)
    hedges_over_numbers(doc)
    numbers_on_verbs(doc)
    gapped_numbers(doc)
    return doc
