"""Stages 3-4 for one parsed sentence: predicates and victims, counted into drafts."""
from __future__ import annotations

import re
from dataclasses import replace

from ..numbers import find_quantities
from ..packs import LanguagePack
from ..text import blanked
from .counting import count_finding, count_part
from .details import HARMED
from .referents import among_them
from .draft import Draft
from .grammar import CUSTODY, HELD, gapped_figures, predicates
from .relations import Finding, inherited, kids, obliques, participle, perfect, stated, time_told, year
from .lexicon import lexicon
from .parsed import ParsedSentence
from .tolls import running, running_tolls


def sentence_drafts(ps: ParsedSentence, pack: LanguagePack) -> list[Draft]:
    """Every casualty figure in one parsed sentence, in text order."""
    lex = lexicon(pack.language)
    sent, doc = ps.sentence, ps.doc
    unknown = bool(lex.cue("unknown_number").search(sent.text))
    drafts: list[Draft] = []
    taken: set[int] = set()
    hurt: set[int] = set()  # anchors of the injured
    done: set[int] = set()  # anchors of figures whose infinitive tells a deed done ("used machetes to kill")
    shot_at: set[int] = set()  # targets their own relative clause says died ("disparó contra un comerciante, quien murió")
    reasons: dict[int, int] = {}  # anchor -> where its adverbial clause opens ("The toll could rise as several of the 30 injured")
    plans: dict[int, list[tuple[int, int]]] = {}  # anchor -> its nouns' own clauses ("Gunmen planning to rob the bank")
    findings = list(running_tolls(doc, pack)) + predicates(doc, pack)
    findings += gapped_figures(doc, findings, pack)
    before, recalls = _told_before(findings, pack)
    parts: dict[int, int] = {}  # anchor -> index in drafts of a part counted with its whole ("including three")
    for f in sorted(findings, key=lambda f: f.category == ""):  # a bare toll noun never takes a real figure's place
        for d in count_finding(f, sent, pack, unknown, lex.people, lex.not_people):
            at = None
            if d.anchor in parts and d.anchor == sent.start + f.victim.idx and d.category != drafts[parts[d.anchor]].category:
                at = parts.pop(d.anchor)  # "Fifteen people were wounded, including three who later died": the
                d = replace(d, joined="including")  # part's own verb tells what became of it
            elif d.anchor in taken and not (d.category in CUSTODY and d.anchor in hurt):
                continue  # but "the gunman, who was wounded, was arrested": hurt and held
            taken.add(d.anchor)
            if d.category == "injured":
                hurt.add(d.anchor)
            if pluperfect(f.predicate, pack) or _cause(f.predicate, pack) or f.predicate.i in before \
                    or (f.predicate.pos_ == "NOUN" and pack.relation(f.predicate) == "obj" and pluperfect(f.predicate.head, pack)) \
                    or (_one_of(f.victim, pack) and perfect(f.predicate, pack)) or _dated(f.predicate, pack) or _clause_dated(f, pack) \
                    or _war_total(f.predicate, pack) or _commemorated(f.victim, pack) \
                    or _tried_for(f.predicate, pack) or _since(f.predicate, pack) or _over_a_period(f.predicate, pack) \
                    or ((f.update or f.victim == f.predicate or _reduced_relative(f, pack)) and _counted_since(f, pack)) \
                    or (d.category in HELD and _held_before_release(f, pack)) \
                    or (perfect(f.predicate, pack) and d.category not in HELD and _counted_since(f, pack, dated=True)) \
                    or _group_record(f, d, pack) or _series_total(f.predicate, pack):
                d = replace(d, historical=True)
            if f.predicate.i in recalls:
                d = replace(d, recalled=True)
            if _own_deed(f, pack):
                d = replace(d, own_deed=True)
            if _own_clause(f, pack):
                last = doc[f.predicate.right_edge.i]
                d = replace(d, relative_end=sent.start + last.idx + len(last.text))
            if (start := own_conjunct_start(f.predicate, pack)) is not None:
                d = replace(d, deeds_from=sent.start + start)
            start = own_clause_start(f.predicate, pack)
            if start:
                d = replace(d, clause=sent.start + start)
            if asides := _asides(f, pack):
                d = replace(d, asides=tuple((sent.start + a, sent.start + b) for a, b in asides))
            if at is not None:
                drafts[at] = d
            else:
                if d.joined == "including" and d.anchor != sent.start + f.victim.idx:
                    parts[d.anchor] = len(drafts)
                drafts.append(d)
            if _means_to(f.predicate, pack):
                done.add(d.anchor)
            if _own_clause(f, pack):
                shot_at.add(d.anchor)
            if (opens := _reason_clause(f.victim, pack)) is not None:
                reasons[d.anchor] = opens
            if spans := _nouns_own_clauses(f, pack):
                plans[d.anchor] = spans
    drafts += _breakdown(ps, pack, taken)
    drafts = _once(drafts)
    drafts.sort(key=lambda d: d.anchor)
    drafts += _loose_parts(ps, pack, drafts, taken)
    drafts += _fatal_counts(ps, pack, drafts, taken)
    drafts.sort(key=lambda d: d.anchor)
    drafts = _elliptic_sides(drafts, lex)
    return [d for d in drafts if (d.anchor in done or not _hypothetical(
        d, lex, d.anchor not in shot_at, reasons.get(d.anchor, 0), plans.get(d.anchor, ())))
            and not _rate(d, lex)]


def _asides(f, pack: LanguagePack) -> list[tuple[int, int]]:
    """Spans (in the sentence) of clauses after the victim noun that tell something else of the
    victims, with a time of their own ("nine hostages they had seized last month", "neuf otages
    enlevés le mois dernier", "rehenes secuestrados el mes pasado"): not the clause of the deed;
    of asides on the deed's subject before its verb; and of an earlier member's own modifier in a list."""
    out = []
    verb = f.predicate if f.predicate.pos_ in ("VERB", "AUX") else f.predicate.head  # ("left 43 dead")
    subjects = kids(verb, pack, "subj", "subjpass") or inherited(verb, pack, ("subj", "subjpass"))  # (a second verb's, its first's)
    for subject in subjects:  # "The attack, the deadliest since a bombing killed
        for c in subject.children:  # 100 people in 2024, left 43 dead": the subject's aside has a time of its own
            if subject != f.victim and subject.i < c.i and c.right_edge.i < verb.i \
                    and not c.left_edge.i <= f.victim.i <= c.right_edge.i and pack.relation(c) in ("appos", "relcl", "acl", "advcl"):
                first, last = c.doc[c.left_edge.i], c.doc[c.right_edge.i]
                out.append((first.idx, last.idx + len(last.text)))
    members = [f.victim] + [c for c in f.victim.subtree if pack.relation(c) == "conj" and c.i > f.victim.i]
    for member in members[:-1]:  # "arrested a leader responsible for attacks and two of his associates":
        for c in kids(member, pack, "amod", "relcl", "acl", "appos"):  # a member's own modifier before the next
            if member.i < c.i and any(c.right_edge.i < m.i for m in members):
                first, last = c.doc[c.left_edge.i], c.doc[c.right_edge.i]
                out.append((first.idx, last.idx + len(last.text)))
    if f.predicate.pos_ != "VERB":
        return out  # "the deaths of three soldiers who were on patrol last month": the deaths' time too
    for c in kids(f.victim, pack, "relcl", "acl", "amod"):
        if c.i > f.victim.i and (pack.relation(c) != "amod" or participle(c)) \
                and not (c.left_edge.i <= f.predicate.i <= c.right_edge.i):
            first, last = c.doc[c.left_edge.i], c.doc[c.right_edge.i]
            out.append((first.idx, last.idx + len(last.text)))
    return out


def _reason_clause(victim, pack: LanguagePack) -> int | None:
    """Where the adverbial clause that holds the victim opens (its subordinating word), when that
    word comes before the victim: the main clause's modal is not the figure's ("The toll could rise
    as several of the 30 injured were in a serious condition"). Offset in the sentence, or None."""
    tok = victim
    while tok.head != tok:
        tok = tok.head
        marks = [m for m in kids(tok, pack, "mark") if m.i < victim.i]
        if pack.relation(tok) == "advcl" and marks:
            return marks[0].idx - victim.doc[0].idx
        if tok.pos_ in ("VERB", "AUX") and pack.relation(tok) != "acl":
            return None  # the victim's own clause has no such opening
    return None


def _names_day(span, pack: LanguagePack) -> bool:
    """The words name a day or a date of their own ("on Monday", "Friday's attack", "on 3 May")."""
    return time_told(span.text, pack.language) is not None


def own_conjunct_start(predicate, pack: LanguagePack) -> int | None:
    """Where a finite casualty verb joined to a verb before it starts its own conjunct ("detained a
    leader responsible for attacks on police and killed one insurgent": at "killed"); offset in the
    sentence, None for any other verb."""
    if pack.relation(predicate) != "conj" or predicate.head.i > predicate.i or predicate.head.pos_ != "VERB" \
            or "Fin" not in predicate.morph.get("VerbForm") or "Fin" not in predicate.head.morph.get("VerbForm"):
        return None
    return predicate.doc[predicate.left_edge.i].idx


def own_clause_start(predicate, pack: LanguagePack) -> int:
    """Where a casualty verb's own clause starts when a clause with its own subject comes before it
    and the verb's clause names a day of its own ("Dozens died last month, but Friday's attack
    killed four"; "Last year 300 died; on Sunday seven were killed"): offset in the sentence, 0
    when the clause before shares the figure's time ("Last year X killed 300 and Y killed 200")."""
    subjects = kids(predicate, pack, "subj", "subjpass")
    if predicate.pos_ not in ("VERB", "AUX") or not subjects or any(s.pos_ == "PRON" for s in subjects):
        return 0  # "..., and they also wounded five": the same actors, the same time
    doc, start = predicate.doc, None
    if pack.relation(predicate) == "conj" and predicate.head.i < predicate.i:
        start = predicate.left_edge.i
    for c in kids(predicate, pack, "ccomp", "parataxis", "conj"):
        if c.i < predicate.i and kids(c, pack, "subj", "subjpass") and c.right_edge.i + 1 < len(doc):
            start = max(start or 0, c.right_edge.i + 1)
    if start is None or not _names_day(doc[start:predicate.right_edge.i + 1], pack):
        return 0
    return doc[start].idx


def _own_clause(f, pack: LanguagePack) -> bool:
    """"dispararon contra un comerciante, quien murió": a target its own relative clause says died
    is a victim, not only a target (the hypothetical's other cues still hold)."""
    p = f.predicate
    return p.head == f.victim and pack.relation(p) in ("acl", "relcl") and any(
        c.lower_ in pack.words("relative_pronouns") for c in kids(p, pack, "subj", "subjpass"))


def _clause_dated(f, pack: LanguagePack) -> bool:
    """"the group's founder, who was killed in 2016 / last year": a relative clause of the victim
    with its own year or earlier time tells an earlier death."""
    if not _own_clause(f, pack):
        return False
    clause = f.predicate.doc[f.predicate.left_edge.i:f.predicate.right_edge.i + 1]
    return any(year(t) for t in clause) or bool(lexicon(pack.language).cue("earlier_episode").search(clause.text))


def pluperfect(verb, pack: LanguagePack) -> bool:
    """"les forces de sécurité avaient exécuté 31 hommes", "había sido asesinado": a perfect
    auxiliary in the imperfect puts the deed before the time the article tells of (an earlier
    episode). English "had" carries no imperfect, and Russian has no perfect auxiliary. Not in a
    verb's complement, a report ("a annoncé que 27 soldats avaient été tués": the tense of the
    report moved back, the deed of the same day)."""
    first = verb
    while pack.relation(first) == "conj" and first.head != first:
        first = first.head  # "... a indiqué que 12 terroristes avaient été neutralisés et qu'un soldat avait été tué"
    if pack.relation(first) == "ccomp" and first.head.pos_ == "VERB":
        return False
    return any(a.lemma_.lower() in pack.words("perfect_auxiliaries") and "Imp" in a.morph.get("Tense")
               for a in kids(verb, pack, "aux"))


def _told_before(findings, pack: LanguagePack) -> tuple[set[int], set[int]]:
    """"48 hours after two priests were killed ..., the marauders attacked, killing 39": a
    casualty clause marked as earlier ("after") under a clause with casualties of its own
    tells an earlier episode. Returns the token indices of such predicates, and of those a verb
    of sequel recalls (an earlier episode once the article told a current figure)."""
    out, recalls = set(), set()
    for f in findings:
        p = f.predicate
        if running(p.head, pack):
            continue  # "the toll rose to four after two of the wounded died": the update's own deaths
        marks = [m for m in kids(p, pack, "mark") if m.lower_ in pack.words("earlier_marks")] \
            if pack.relation(p) == "advcl" else []
        sequel = _sequel_clause(p, findings, pack)
        if sequel == TOLD:
            out.add(p.i)  # "Two more were killed on Friday, a week after clashes left 30 dead"
        elif marks and any(g.category and g.predicate.i != p.i and not g.predicate.is_ancestor(p)
                        and not p.is_ancestor(g.predicate) and not _part_of_the_told(g, pack) for g in findings):
            out.add(p.i)
        elif _after_noun(p, pack) and any(g.category == f.category and g.predicate.i != p.i
                                          and not p.is_ancestor(g.predicate) for g in findings):
            out.add(p.i)
        elif sequel == RECALLED:
            recalls.add(p.i)  # "It came a week after an ambush killed 11 troops"
        elif _victims_past(p, findings, pack):
            out.add(p.i)
    return out, recalls


def _victims_past(p, findings, pack: LanguagePack) -> bool:
    """"A judge who was investigating the murder of a presidential candidate was shot dead": a noun of
    harm inside a clause that describes the victim of another casualty word of the sentence tells
    that victim's past, not the deed (not "Two paramedics who went to help the wounded ... were
    killed": a state, no noun of harm). Only a victim killed or hurt: "four persons who are involved in
    the murder of ... have been arrested" tells the deed they are held for (MUC-4 counts its dead)."""
    lemma = p.lemma_.lower()
    if p.pos_ != "NOUN" or lemma not in pack.grammar["nominal_categories"] \
            or lemma in pack.words("life_nouns") or lemma in pack.words("body_nouns"):
        return False  # (not "унёс жизни 11 человек": the clause's own verb of death)
    t = p.head
    while pack.relation(t) not in ("relcl", "acl") or t.pos_ not in ("VERB", "AUX"):
        if t.head == t:
            return False
        t = t.head
    return all(g.predicate != t for g in findings) and any(
        g.category in HARMED and g.victim == t.head and not t.is_ancestor(g.predicate) for g in findings)


RECALLED, TOLD = 1, 2  # _sequel_clause: an earlier deed recalled, an earlier episode told beside the sentence's own


def _sequel_clause(p, findings, pack: LanguagePack) -> int:
    """"It came a week after an ambush killed 11 troops", "L'attaque survient une semaine après une
    embuscade qui a coûté la vie à 11 militaires", "The attack follows an ambush that killed 11": a
    casualty clause inside a phrase an earlier-marking word opens, under a verb of sequel whose
    subject points back, recalls an earlier deed (RECALLED: an earlier episode once the article
    told a current figure, not "The minister's visit came a week after gunmen killed six farmers");
    one whose word comes right after a span of days or longer, where the sentence tells casualties
    outside the phrase, is an earlier episode (TOLD: "Two more were killed on Friday, a week after
    clashes left 30 dead"; not "Days after a bombing that killed 30, residents held a vigil", nor a
    relative clause of the word's noun: "died of his wounds a day after an attack that killed two")."""
    clause = p if p.pos_ in ("VERB", "AUX") else p.head  # "left 30 dead": the state's verb
    if pack.relation(clause) == "relcl" and pack.relation(clause.head) == "obj" and _sequel(clause.head.head, pack):
        return RECALLED if _earlier_time(clause.head, pack) else 0  # "follows an ambush last week that killed 11"
    earlier, t, relative = pack.words("earlier_marks"), clause, False
    for _ in range(3):  # "после того, как ... попали ..., 11 из них погибли": through a clause or two
        marks = [t] if t.lower_ in earlier else [c for c in t.children if c.lower_ in earlier
                                                   and pack.relation(c) in ("mark", "case")]
        if marks:
            gap = t.doc[marks[0].i - 1] if marks[0].i else None
            apart = gap is not None and gap.lower_ in pack.words("apart_nouns")  # (as written: not "one day after")
            above = t.head.head if _span_word(t.head, pack) else t.head
            if _sequel(above, pack):  # (through "une semaine" the phrase hangs on)
                return RECALLED if apart or _earlier_time(t, pack) else 0  # not "came barely 12 hours after"
            return TOLD if apart and not relative and any(g.category and g.category not in HELD and not t.is_ancestor(g.predicate)
                                         and g.predicate != t for g in findings) else 0  # (not "held a vigil")
        if t.head == t:
            return 0
        relative = relative or pack.relation(t) == "relcl"  # (not "a day after an attack that killed two")
        t = t.head
    return 0


def _earlier_time(t, pack: LanguagePack) -> bool:
    """The phrase of `t` names a year, an earlier time of its own, or a span of days or longer an
    adjective sets ("... killed 11 troops last week", "la semaine dernière", "на прошлой неделе")."""
    span = t.doc[t.left_edge.i:t.right_edge.i + 1]
    return any(year(w) or (_span_word(w, pack) and any(c.pos_ == "ADJ" for c in w.children))
               for w in span) or bool(lexicon(pack.language).cue("earlier_episode").search(span.text))


def _span_word(t, pack: LanguagePack) -> bool:
    """A word of the pack's spans of days or longer, as written or by its lemma ("на прошлой неделе")."""
    return t.lower_ in pack.words("apart_nouns") or t.lemma_.lower() in pack.words("apart_nouns")


def _sequel(verb, pack: LanguagePack) -> bool:
    """"The attack came after ...", "It follows ...", "Это произошло после ...": a verb of sequel whose
    subject points back to the deed told before (a pronoun, a definite or demonstrative determiner)."""
    if verb.lemma_.lower() not in pack.words("sequel_verbs"):
        return False
    return any((s.pos_ == "PRON" and not {"Rel", "Int"} & set(s.morph.get("PronType"))) or any(
        "Def" in d.morph.get("Definite") or "Dem" in d.morph.get("PronType") for d in kids(s, pack, "det"))
        for s in kids(verb, pack, "subj"))


def _part_of_the_told(f, pack: LanguagePack) -> bool:
    """"Two of the wounded are in critical condition", "Two of the kidnapped passengers escaped": a
    part of the group its casualty word names, no casualties of a clause of its own."""
    partitive = pack.words("partitive")
    whole = f.victim.head.head if pack.relation(f.victim) == "pobj" and f.victim.head.lower_ in partitive else None
    return (whole is not None and whole.pos_ == "NUM") or any(  # "two of [the kidnapped passengers]"
        p in partitive and (n == f.predicate or stated(n, pack)) for p, n in obliques(f.victim, pack))


def _after_noun(p, pack: LanguagePack) -> bool:
    """"37 were killed in protests following the killing of a rebel leader", "Following a series
    of deaths of women, a boy was killed": a casualty noun under an earlier-marking preposition
    (through one noun it counts) names the episode before the one told."""
    if p.pos_ != "NOUN":
        return False
    if pack.relation(p) == "pobj" and p.head.lower_ in pack.words("partitive") and p.head.head.pos_ == "NOUN":
        p = p.head.head  # "a series of deaths"
    if pack.grammar.get("prepositions_as_heads", True):
        return pack.relation(p) == "pobj" and p.head.lower_ in pack.words("earlier_marks")
    return any(c.lower_ in pack.words("earlier_marks") for c in kids(p, pack, "case"))


def _war_total(predicate, pack: LanguagePack) -> bool:
    """"The conflict has claimed more than 10,000 lives", "La guerre a fait 40 000 morts": a war
    told as the subject of a casualty verb (or, where a perfect tells a running count, "40,000
    have been killed in the war", as its oblique) gives the war's own toll, not this event's."""
    wars = pack.words("war_nouns")
    verb = predicate if predicate.pos_ in ("VERB", "AUX") else predicate.head
    if any(s.lemma_.lower() in wars and not kids(s, pack, "num") for s in kids(verb, pack, "subj")):
        return True
    return bool(pack.grammar.get("perfect_is_running")) and perfect(verb, pack) and any(
        n.lemma_.lower() in wars for _, n in obliques(verb, pack))


RECORD = 100  # a vague count from this many up, told in the perfect of a named group, is its record


def _group_record(f, d: Draft, pack: LanguagePack) -> bool:
    """"The attack bore the hallmarks of al Shabaab, which has killed thousands of people in
    bombings": where the perfect tells a running count, a named group's deed in it with a large
    vague count (no digits) is the group's record, not this event's."""
    verb = f.predicate
    if not pack.grammar.get("perfect_is_running") or verb.pos_ != "VERB" or not perfect(verb, pack) \
            or not d.approximate or d.low is None or d.low < RECORD or any(ch.isdigit() for ch in d.text):
        return False
    subjects = kids(verb, pack, "subj")
    if pack.relation(verb) == "relcl" and any(s.lower_ in pack.words("relative_pronouns") for s in subjects):
        subjects = [verb.head]  # "al Shabaab, which has killed"
    return any(s.pos_ == "PROPN" for s in subjects)


def _series_total(predicate, pack: LanguagePack) -> bool:
    """"It was the fourth such attack in a week, which has killed 17 people in all": where the perfect
    tells a running count, one told in a clause on an attack counted by an ordinal in its series is
    the series' total, not this event's (not "the second attack, which killed five": the attack's)."""
    head = predicate.head
    return bool(pack.grammar.get("perfect_is_running")) and perfect(predicate, pack) \
        and pack.relation(predicate) in ("relcl", "acl") and head != predicate and head.pos_ == "NOUN" \
        and any(a.like_num and a.pos_ == "ADJ" or "Ord" in a.morph.get("NumType") for a in kids(head, pack, "amod"))


def _tried_for(predicate, pack: LanguagePack) -> bool:
    """"accused of murdering three women", "charged with killing two officers", "acusado de
    asesinar": the deed a person is tried or accused for (the pack's `court_verbs`, the person
    their subject) came before."""
    head = predicate.head
    if pack.relation(predicate) == "pcomp" or (pack.relation(predicate) == "pobj" and predicate.pos_ == "NOUN"):
        head = head.head  # "of murdering", "with the killing of"
    elif pack.relation(predicate) not in ("advcl", "xcomp", "obl", "nmod", "ccomp"):
        return False
    return head != predicate and head.lemma_.lower() in pack.words("court_verbs") and not (
        kids(head, pack, "obj") and kids(head, pack, "subj"))  # not "the minister accused the rebels of
    # murdering her" (one side blaming the other); "Мужчину обвиняют в убийстве": no one's accusation


def _since(predicate, pack: LanguagePack) -> bool:
    """"ten years since 30 miners were killed": a clause the time counts from is earlier. And a
    count over the time since a clause that names no day of its own ("has been bombed repeatedly
    since the ceasefire collapsed, killing at least 200") is a running count of a longer period
    (not "Since fighting erupted on Saturday, 56 have been killed": this episode's)."""
    if any(m.lower_ in pack.words("since_marks") for m in kids(predicate, pack, "mark")):
        return True
    under = pack.relation(predicate) in ("advcl", "conj") and predicate.head != predicate
    clauses = [c for v in [predicate] + ([predicate.head] if under else []) for c in kids(v, pack, "advcl")
               if c != predicate and c.i < predicate.i] + ([predicate.head] if under else [])
    if predicate.pos_ == "NOUN" and pack.relation(predicate) in ("obj", "subj", "subjpass") and predicate.head != predicate:
        clauses += [c for c in kids(predicate.head, pack, "advcl") if c.i > predicate.i]
        # "The union has counted more than 400 civilian deaths since the fighting began"
    return any(any(m.lower_ in pack.words("since_marks") for m in kids(c, pack, "mark"))
               and not _names_day(predicate.doc[c.left_edge.i:(c.right_edge.i if c.i > predicate.i
                                                                else min(c.right_edge.i, predicate.i - 1)) + 1], pack)
               for c in clauses)  # (the clause the figure's participle hangs on, too)


def _over_a_period(predicate, pack: LanguagePack) -> bool:
    """"Over the past three months, 600 civilians have been killed", "en los últimos meses la
    violencia ha dejado decenas de muertos", "en 2022 han sido asesinados 130", "The fighting,
    which has raged for months, has killed hundreds": a count told over a span of months or more (a
    noun of the pack's `period_nouns` that one of its `period_past` bounds or a number counts, or a
    bare year) or of an event that has lasted months is a running total or an earlier episode, not
    this event's (a week's count is the episode's: "17 killed in the past week")."""
    verb = predicate
    if predicate.pos_ == "NOUN":  # "ha dejado decenas de muertos": the verb the counted noun is an argument of
        noun = predicate.head if pack.relation(predicate) == "nmod" and predicate.head.pos_ == "NOUN" else predicate
        if pack.relation(noun) in ("obj", "subj", "subjpass"):
            verb = noun.head  # (not "after learning of the killing of a former mayor": another clause's time)
    spans = [n for _, n in obliques(verb, pack)] + kids(verb, pack, "advmod")
    if predicate.pos_ == "NOUN":  # "bringing to 40 the number killed in three months": the toll's own participle
        spans += [n for c in kids(predicate, pack, "acl") for _, n in obliques(c, pack)]
    spans_too = spans + [n for t in kids(verb, pack, "subj") for _, n in obliques(t, pack)]  # "clashes over the past months"
    if any(_a_year(m, pack) for n in spans for m in [n] + ([] if _a_day(n, pack) else kids(n, pack, "nmod"))) \
            or any(_past_span(m, pack) for n in spans_too  # "en lo corrido de 2022"
                   for m in [n] + kids(n, pack, "nmod")) \
            or any(_counted_period(n, pack) for n in spans):
        return True  # "au cours des derniers mois", "in the first nine months of the year"
    if any(_names_day(n.doc[n.left_edge.i:n.right_edge.i + 1], pack) for n in spans):
        return False  # "Armed groups, which have terrorised the area for years, killed five on Saturday"
    lasting = [n for s in kids(verb, pack, "subj") if s.lemma_.lower() in pack.words("not_victims")
               for c in kids(s, pack, "relcl") for n in c.subtree]  # an event that has lasted, not people
    if pack.relation(verb) == "relcl":  # "La région est depuis des mois le théâtre d'affrontements, qui ont fait
        main = verb.head                # des centaines de morts": the clause the antecedent is told in
        while main.pos_ not in ("VERB", "AUX") and main.head != main:
            main = main.head
        lasting += [main] + [n for _, n in obliques(main, pack)]
    return any(_period(n, pack) and "Plur" in n.morph.get("Number") for n in lasting)


def _counted_period(noun, pack: LanguagePack) -> bool:
    """"in the first nine months of the year", "en six mois": a period a number counts, said of a verb
    (not a person's age: "dos mujeres de 23 y 25 años")."""
    governor = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    return _period(noun, pack) and "Plur" in noun.morph.get("Number") and bool(kids(noun, pack, "num")) \
        and governor.pos_ in ("VERB", "AUX")


def _a_day(noun, pack: LanguagePack) -> bool:
    """The phrase names a day ("29 мая 2018 года"), not a longer time ("en lo corrido de 2022")."""
    told = time_told(noun.doc[noun.left_edge.i:noun.right_edge.i + 1].text, pack.language)
    return told is not None and (told.end - told.start).days < MONTH_DAYS


def _a_year(noun, pack: LanguagePack) -> bool:
    """"in 2021", "in 2022 alone", "у 2022 році": a year with no month or day."""
    if _period(noun, pack):
        noun = next((c for c in kids(noun, pack, "num") if year(c)), noun)  # "у 2022 році"
    return year(noun) and not any(c.like_num or c.pos_ in ("NOUN", "PROPN") for c in noun.children)


def _past_span(noun, pack: LanguagePack) -> bool:
    """"the past year", "los últimos meses", "за последние месяцы": a span of months or more
    reaching back from now."""
    return _period(noun, pack) and any(m.lemma_.lower() in pack.words("period_past") for m in noun.subtree
                                       if m.i < noun.i or m.head == noun)  # "los [últimos] doce meses", "l'année écoulée"


def _period(noun, pack: LanguagePack) -> bool:
    return noun.lemma_.lower() in pack.words("period_nouns") or noun.lower_ in pack.words("period_nouns")


MONTH_DAYS = 28  # a time named as a month or longer ("October 2021"), not a day or a week


def _reduced_relative(f: Finding, pack: LanguagePack) -> bool:
    """"plus de 170 Casques bleus tués depuis son déploiement": the victims' own participle (a
    count told as a noun phrase, read as an update's running count is)."""
    return f.predicate.head == f.victim and pack.relation(f.predicate) in ("acl", "amod") \
        and participle(f.predicate) and f.predicate.i > f.victim.i


def _held_before_release(f: Finding, pack: LanguagePack) -> bool:
    """"released four individuals detained last week": those a release verb frees, held at a time
    their own participle tells, were held before this report's day."""
    p = f.predicate
    return _reduced_relative(f, pack) and pack.relation(f.victim) == "obj" \
        and f.victim.head.lemma_.lower() in pack.words("release_verbs") \
        and _names_day(p.doc[p.left_edge.i:p.right_edge.i + 1], pack)


def _counted_since(f: Finding, pack: LanguagePack, dated: bool = False) -> bool:
    """"bringing to 92 the number killed since the coup", "... since the mission began": a running
    toll counted from a time that names no day of its own is a longer period's (not "the number
    killed since Saturday", "since the ceasefire collapsed last week", this episode's). `dated` (a
    count in the perfect): a "since" clause, or a phrase that names a month or a year ("have been
    killed since the October 2021 coup"; not "have died of their injuries since the attack",
    "since dawn"). A toll noun that counts itself ("170 deaths since its deployment") is read as an
    update is."""
    victim, doc = f.victim, f.predicate.doc
    number = set(victim.subtree) - set(f.predicate.subtree) if victim != f.predicate \
        else {t for n in kids(victim, pack, "num") for t in n.subtree}  # (less its own participle's phrase)
    number = number.union(*(s.subtree for s in kids(f.predicate, pack, "subj") if s != victim))
    marks = list(f.predicate.subtree)  # (not "Des groupes, qui terrorisent la région depuis des années, ont tué")
    if victim == f.predicate and f.predicate.right_edge.i + 1 < len(doc):
        marks.append(doc[f.predicate.right_edge.i + 1])  # "Avec plus de 170 morts depuis son déploiement, la
    for t in marks:                                      # Minusma est ...": the phrase hung beside the count
        if t.lower_ in pack.words("since_marks") and t not in number:
            span = t.doc[t.i:max(t.i, t.head.right_edge.i if pack.relation(t) in ("mark", "case") else t.right_edge.i) + 1]
            told = time_told(span.text, pack.language)
            noun = t.head if pack.relation(t) == "case" else next(iter(kids(t, pack, "pobj")), t)
            if told is None and noun.pos_ == "PROPN":
                continue  # "une roquette tirée depuis le Liban": a place, not a time
            if told is None:
                return not dated or pack.relation(t) == "mark"
            return (told.end - told.start).days >= MONTH_DAYS
    return False


def _commemorated(victim, pack: LanguagePack) -> bool:
    """"the funeral of the 12 soldiers killed in last week's ambush", "les obsèques des deux
    gendarmes tués": victims a rite is held for died before it (the pack's `rite_nouns`)."""
    partitive, rites = pack.words("partitive"), pack.words("rite_nouns")
    if pack.relation(victim) == "pobj":  # "the funeral of [the 12 soldiers]": the preposition is the head
        return victim.head.lower_ in partitive and victim.head.head.lemma_.lower() in rites
    return pack.relation(victim) == "nmod" and victim.head.lemma_.lower() in rites and (
        "" in partitive or any(c.lower_ in partitive for c in kids(victim, pack, "case")))


def _one_of(victim, pack: LanguagePack) -> bool:
    """"Maldonado is one of more than a dozen candidates who have been killed": the figure a
    victim is said to be one of (told in the perfect, by the caller) is a running count of earlier
    deaths, not this event's ("He was one of four protesters killed on Tuesday" is)."""
    of = victim.head
    return (pack.relation(victim) == "pobj" and of.lower_ in pack.words("partitive") and of.head.pos_ == "NUM"
            and pack.relation(of.head) in ("attr", "pred"))


def _cause(predicate, pack: LanguagePack) -> bool:
    """"clashes sparked by the killing of a herder", "riots triggered by the death of a student":
    a killing named as the agent of another event is that event's cause, told before it."""
    by = predicate.head
    return (predicate.pos_ == "NOUN" and pack.relation(predicate) == "pobj" and pack.relation(by) == "agent"
            and by.head.lemma_.lower() not in pack.grammar["transitive"])


def _dated(predicate, pack: LanguagePack) -> bool:
    """"fired over the 2011 killing of five women", "la masacre de 2015 de doce campesinos": a
    killing named with its year is an episode the reader is reminded of, not this one."""
    return predicate.pos_ == "NOUN" and (any(c.i < predicate.i and year(c) for c in predicate.children)
                                         or any(year(n) for _, n in obliques(predicate, pack)))


def _own_deed(f, pack: LanguagePack) -> bool:
    """"The group said it had killed 20 soldiers", "claimed its fighters had killed 20", "claimed to
    have killed 20": a speaker named by a noun telling of the victims of its own deed (the killer a
    pronoun of the speaker's, or none, under a verb of saying: the pack's `claiming_verbs`) is a
    party to the fight."""
    verb = f.predicate
    saying = verb.head
    speakers = kids(saying, pack, "subj") or (kids(saying.head, pack, "subj") if (
        pack.relation(saying) == "advcl" and "Fin" not in saying.morph.get("VerbForm")) or pack.relation(saying) == "conj" else [])
    # "Les shebab ont revendiqué l'attaque, affirmant avoir tué 27 militaires": the clause's speaker; "The
    # group claimed the attack and said its fighters had killed 30": the subject both verbs share
    if f.victim.head != verb or pack.relation(f.victim) != "obj" or verb.head == verb \
            or pack.relation(verb) not in ("ccomp", "xcomp") or saying.lemma_.lower() not in pack.words("claiming_verbs") \
            or not any(s.pos_ in ("NOUN", "PROPN") for s in speakers):  # not "It said it had ..."
        return False
    mine = pack.words("speaker_pronouns")
    subjects = kids(verb, pack, "subj")
    if not subjects:  # "claimed to have killed", "afirmó haber matado": an infinitive, no finite verb
        return pack.relation(verb) == "xcomp" or not any(
            "Fin" in t.morph.get("VerbForm") for t in [verb] + kids(verb, pack, "aux", "auxpass"))
    return subjects[0].lower_ in mine or any(p.lower_ in mine for p in kids(subjects[0], pack, "poss", "det"))


def _means_to(predicate, pack: LanguagePack) -> bool:
    """"Rebels used machetes to kill 12 civilians": an infinitive of purpose under a verb of means
    (the pack's `means_verbs`) in the past tells what was done, not what was planned."""
    head = predicate.head
    return (pack.relation(predicate) in ("xcomp", "advcl") and head != predicate
            and head.lemma_.lower() in pack.words("means_verbs") and not participle(predicate)
            and ("Past" in head.morph.get("Tense") or head.tag_ in ("VBD", "VBN")))


def _once(drafts: list[Draft]) -> list[Draft]:
    """"killing 14 people, burning shops ... and killing 14 people": the same figure of the same
    victims twice in one sentence is one; two readings of one phrase are one, a running toll's
    first ("est passé de 22 à 35 morts": 35, not the range 22-35)."""
    seen, out = set(), []
    for d in sorted(drafts, key=lambda d: (not d.update, d.anchor, -(d.end - d.start))):
        key = (d.category, d.low, d.high, d.head)
        if d.shape == "number" and key in seen:
            continue
        if any(o.category == d.category and o.start < d.end and d.start < o.end
               and not (o.joined in ("member", "including") and o.anchor < d.anchor) for o in out):
            continue  # "at least 20 wounded" read as a counted noun and as a participle: once (but
            # "Three of the 30 injured", "Twelve of the 40 people injured": the member or part and,
            # inside its phrase, the whole it is one of)
        seen.add(key)
        out.append(d)
    return out


def _loose_parts(ps: ParsedSentence, pack: LanguagePack, drafts: list[Draft], taken: set[int]) -> list[Draft]:
    """"140 citizens sought help with injuries, among them 11 children": a numbered noun marked as
    a part ("among them") that no predicate reached belongs to the figure before it."""
    out = []
    for tok in ps.doc:
        at = ps.sentence.start + tok.idx
        before = [d for d in drafts if d.anchor < at and d.category]
        if at in taken or not before or not kids(tok, pack, "num") or not among_them(tok, pack):
            continue
        for part in [tok] + kids(tok, pack, "conj"):  # "among them three pupils and a bus driver"
            d = count_part(part, before[-1].category, ps.sentence, pack)
            if d is not None and d.anchor not in taken:
                out.append(d)
    return out


def _fatal_counts(ps: ParsedSentence, pack: LanguagePack, drafts: list[Draft], taken: set[int]) -> list[Draft]:
    """"stabbed three people ..., one fatally": a number no predicate reached whose only word is an
    adverb of death, after a figure of the hurt in its sentence, counts that many of them dead
    (details.died_of_the_wounded moves them from the hurt)."""
    fatal = {w for w, cat in pack.grammar["resultative"].items() if cat == "killed"}
    out = []
    for tok in ps.doc:
        at = ps.sentence.start + tok.idx
        if tok.pos_ != "NUM" or at in taken or not any(c.lemma_.lower() in fatal or c.lower_ in fatal
                                                        for c in kids(tok, pack, "advmod")):
            continue
        if any(d.category == "injured" and d.anchor < at for d in drafts):
            d = count_part(tok, "killed", ps.sentence, pack)
            if d is not None:
                out.append(replace(d, joined=None))
    return out


def _elliptic_sides(drafts: list[Draft], lex) -> list[Draft]:
    """"35 Tajik citizens were killed and 25 wounded": a bare number after a figure with a side
    in its sentence counts the same people (the side and group carry over); so does "another" of
    its sentence ("killed two Palestinians and wounded another": a Palestinian)."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (d.shape == "bare" and d.side is None and d.group is None and prev is not None
                and prev.side is not None and prev.category != d.category and not prev.update):
            d = replace(d, side=prev.side, group=prev.group)
        elif (d.side is None and prev is not None and prev.side is not None and not prev.update
              and prev.sentence == d.sentence and lex.cue("addition_words").fullmatch(d.group or "")):
            d = replace(d, side=prev.side, group=prev.group)
        out.append(d)
    return out


def _breakdown(ps: ParsedSentence, pack: LanguagePack, taken: set[int]) -> list[Draft]:
    """"Of those, 18 were soldiers and 12 were militants": a copula with a number for subject,
    opened by a partitive of the figure before; its category is that figure's (decided in
    casualties)."""
    s, out = ps.sentence, []
    if not re.match(pack.grammar["breakdown_opening"], s.text, re.IGNORECASE):
        return out
    for be in (t for t in ps.doc if t.lemma_.lower() in pack.words("copulas")):
        before = ps.doc[be.i - 1] if be.i else None
        subjects = kids(be, pack, "subj") or ([before] if before is not None and before.pos_ == "NUM" else [])
        for num in subjects:  # "and 15 were jihadists": the number may hang elsewhere
            attr = kids(be, pack, "attr")
            if num.pos_ != "NUM" or not attr or s.start + num.idx in taken:
                continue
            q = next(iter(find_quantities(s.text[num.idx:num.idx + len(num.text)], num.idx, language=pack.language)), None)
            if q is None:
                continue
            end = attr[0].idx + len(attr[0].text)
            out.append(Draft(None, q.low, q.high, q.approximate, q.best_value, s.text[num.idx:end],
                             s.start + num.idx, s.start + end, s.start + num.idx, attr[0].lower_, None,
                             "number", s, "breakdown"))
    return out


def _rate(d: Draft, lex) -> bool:
    """"3,000 persons die every year": a statistic, not victims of an event."""
    rest = d.sentence.text[d.end - d.sentence.start:]
    return re.search(lex.raw["rate_pattern"], rest, re.IGNORECASE) is not None


def _nouns_own_clauses(f, pack: LanguagePack) -> list[tuple[int, int]]:
    """Spans (in the sentence) of clauses hung on the deed's subject or on its victims that do not
    hold the deed: their plans and tries are theirs, not the deed's mood ("Gunmen planning to rob
    the bank killed two guards", "Two men trying to flee were shot dead"; not "a plot to kill the
    governor", whose clause holds the deed)."""
    verb = f.predicate
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for noun in kids(verb, pack, "subj", "subjpass") + [f.victim]:
        for c in kids(noun, pack, "acl", "relcl"):
            if c.i > noun.i and not c.left_edge.i <= verb.i <= c.right_edge.i:
                first, last = c.doc[c.left_edge.i], c.doc[c.right_edge.i]
                out.append((first.idx, last.idx + len(last.text)))
    return out


def _hypothetical(d: Draft, lex, targets: bool = True, floor: int = 0,
                  plans: tuple | list = ()) -> bool:
    s = blanked(d.sentence.text, list(plans))
    rel = d.start - d.sentence.start
    start = max(0, rel - 50, floor)
    start = max(start, max(s.rfind(",", start, rel), s.rfind(";", start, rel)) + 1)
    window = s[start:d.end - d.sentence.start + 12]
    if targets and re.search(rf"(?:{lex.cue('target_cues').pattern})\s+$", s[max(0, rel - 30):rel], re.IGNORECASE):
        return True  # "an operation targeting a Taliban leader": the target, not a victim
    return bool(lex.cue("hypothetical").search(window))
