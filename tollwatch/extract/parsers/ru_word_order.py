"""Attachments slovnet gets wrong in Russian word order, put right before the claim grammar reads them."""
from __future__ import annotations


def _has_subject(heads: list[int], rels: list[str], verb: int) -> bool:
    return any(h == verb and r.startswith("nsubj") for h, r in zip(heads, rels))


def _under(heads: list[int], t: int, top: int) -> bool:
    """`t` is `top` or hangs below it."""
    for _ in range(len(heads)):
        if t == top:
            return True
        if heads[t] == t:
            return False
        t = heads[t]
    return False


def subjects_after_their_verbs(heads: list[int], rels: list[str], pos: list[str]) -> int:
    """"погиб полицейский и ранены четыре человека": Russian puts each verb's subject after it,
    and slovnet hangs the second subject on the first verb too. A subject that follows a verb
    joined to its head (`conj`, no subject of its own), while the head keeps a subject of its own
    before that verb, moves to the joined verb. `heads` are 0-based with the root heading itself.
    Returns how many moved."""
    size, moved = len(heads), 0
    subject = lambda j: rels[j].startswith("nsubj")  # noqa: E731
    for s in range(size):
        h = heads[s]
        if not subject(s) or h >= s:
            continue
        joined = [v for v in range(h + 1, s) if heads[v] == h and rels[v] == "conj" and pos[v] in ("VERB", "AUX", "ADJ")
                  and not _has_subject(heads, rels, v)]
        if joined and any(j != s and heads[j] == h and subject(j) and j < joined[-1] for j in range(size)):
            heads[s] = joined[-1]
            moved += 1
    return moved


def subjects_of_a_second_clause(heads: list[int], rels: list[str], pos: list[str], words: list[str]) -> int:
    """"Погиб один полицейский, его напарник в тяжёлом состоянии доставлен в больницу": slovnet
    joins the second clause's subject to the first one's (`conj`, after a comma, no conjunction)
    and the second verb to the first verb with no subject. The noun is that verb's subject.
    Returns how many moved."""
    size, moved = len(heads), 0
    for n in range(size):
        first = heads[n]
        after_comma = words[n - 1] == "," or (n > 1 and words[n - 2] == "," and heads[n - 1] == n)  # ", его напарник"
        if rels[n] != "conj" or pos[n] not in ("NOUN", "PROPN") or first >= n or not rels[first].startswith("nsubj") \
                or not after_comma:
            continue
        verb = heads[first]
        later = [v for v in range(n + 1, size) if heads[v] == verb and rels[v] == "conj" and pos[v] in ("VERB", "AUX", "ADJ")
                 and not _has_subject(heads, rels, v)]
        if not later or verb >= n or any(heads[j] == n and rels[j] == "cc" for j in range(size)):
            continue
        heads[n], rels[n] = later[0], "nsubj"
        moved += 1
    return moved


def subjects_taken_across_a_comma(heads: list[int], rels: list[str], pos: list[str], words: list[str]) -> int:
    """"загинули двоє цивільних, ще четверо людей дістали поранень", "число погибших достигло 54
    человек, более 200 человек получили ранения": slovnet hangs the noun next to a first verb that
    has no subject (after it or before it) on the verb after the comma, which has arguments of its
    own there (joined as `conj`, or loosely as `dep` or `parataxis`: "погибла женщина, ещё трое
    ... получили ранения"). The noun (everything between it and the first verb below it: "число
    жертв теракта в метро достигло 14") is the first verb's subject. Returns how many moved."""
    size, moved = len(heads), 0
    for n in range(size):
        later = heads[n]
        if rels[n] not in ("obj", "nsubj") or pos[n] not in ("NOUN", "PROPN", "ADJ", "NUM") or later <= n \
                or "," not in words[n + 1:later] or rels[later] not in ("conj", "dep", "parataxis"):
            continue
        first = heads[later]
        comma = n + 1 + words[n + 1:later].index(",")
        if first == n or first >= comma or pos[first] not in ("VERB", "AUX") \
                or _has_subject(heads, rels, first) \
                or any(not _under(heads, t, n) for t in range(min(first, n) + 1, max(first, n))) \
                or not any(heads[j] == later and j > comma and j != n and (rels[j] in ("obj", "obl") or rels[j].startswith("nsubj"))
                           for j in range(size)):
            continue
        heads[n], rels[n] = first, "nsubj"
        moved += 1
    return moved


def including_phrases(heads: list[int], rels: list[str], words: list[str]) -> int:
    """"шесть человек, в том числе двое детей": slovnet joins "детей" to "человек" as a conjunct
    and hangs "в том числе" under it as a place. The phrase is one marker headed by "том" (the
    pack's "including" word) on the noun after it, and that noun details the one it was joined
    to (`nmod`, as "including two children" does). Returns how many phrases were rebuilt."""
    low, done = [w.lower() for w in words], 0
    for i in range(len(low) - 3):
        part = heads[i + 2]
        if low[i:i + 3] != ["в", "том", "числе"] or part <= i + 2:
            continue
        heads[i + 1], rels[i + 1] = part, "case"
        heads[i], rels[i] = i + 1, "fixed"
        heads[i + 2], rels[i + 2] = i + 1, "fixed"
        if rels[part] in ("conj", "appos"):  # "пятеро человек, в том числе двое сотрудников" (an apposition)
            rels[part] = "nmod"
        done += 1
    return done


def numerals_as_modifiers(rels: list[str], pos: list[str]) -> int:
    """"четверо поранені": slovnet labels a numeral before the noun it counts `amod`, a relation
    of adjectives; a numeral counts (`nummod`). Returns how many were relabelled."""
    changed = 0
    for i, rel in enumerate(rels):
        if rel == "amod" and pos[i] == "NUM":
            rels[i] = "nummod"
            changed += 1
    return changed


def numbers_as_arguments(heads: list[int], rels: list[str], pos: list[str], cases: list[str | None]) -> int:
    """"убив двух солдат и ранив пятерых": slovnet hangs a numeral standing alone for people on
    the verb before it as `nummod`. With no noun and no preposition of its own, the numeral is
    the verb's argument, by its case: accusative an object ("ранив пятерых"), nominative a
    subject ("ранено двое"). A numeral hung across the next verb on that verb's noun ("убить
    одного и ранить четырёх сотрудников") is the argument of the verb right before it, and a verb
    joined to the numeral joins that verb. Returns how many were relabelled."""
    changed = 0
    for i, rel in enumerate(rels):
        new = {"Acc": "obj", "Nom": "nsubj"}.get(cases[i] or "")
        if not rel.startswith("nummod") or pos[i] != "NUM" or new is None:
            continue
        head = heads[i]
        if head > i + 1 and i and pos[i - 1] in ("VERB", "AUX") \
                and any(pos[v] in ("VERB", "AUX") for v in range(i + 1, head)):
            head = i - 1  # no numeral counts a noun across a verb
        if head >= i or pos[head] not in ("VERB", "AUX"):
            continue
        verbs = [j for j in range(i + 1, len(heads)) if heads[j] == i and rels[j] == "conj" and pos[j] in ("VERB", "AUX")]
        if any(heads[j] == i and j != i and j not in verbs for j in range(len(heads))):
            continue
        for j in verbs:
            heads[j] = head
        heads[i], rels[i] = head, new
        changed += 1
    return changed


def accusative_counts(heads: list[int], rels: list[str], cases: list[str | None]) -> int:
    """"ранить двоих стражей порядка": slovnet takes the genitive noun after an accusative
    numeral for an indirect object. A noun labelled `iobj` whose numeral is accusative is the
    verb's object. Returns how many were relabelled."""
    changed = 0
    for i, rel in enumerate(rels):
        if rel == "iobj" and any(heads[j] == i and rels[j].startswith("nummod") and cases[j] == "Acc"
                                 for j in range(len(heads)) if j != i):
            rels[i] = "obj"
            changed += 1
    return changed


def one_subject_of_a_singular_verb(heads: list[int], rels: list[str], pos: list[str], numbers: list[str | None]) -> int:
    """"погиб ... гражданин Грузии боец батальона чеченец Тимур Махаури": a singular verb with
    several singular subjects and no conjunction between them has one subject described several
    times; slovnet makes each description a subject. The later ones become appositions of the
    first. Returns how many were relabelled."""
    changed = 0
    for v in range(len(heads)):
        if pos[v] not in ("VERB", "AUX") or numbers[v] != "Sing":
            continue
        subjects = [j for j in range(len(heads)) if heads[j] == v and j != v and rels[j] == "nsubj"]
        if len(subjects) < 2 or any(numbers[j] != "Sing" or pos[j] not in ("NOUN", "PROPN") for j in subjects) \
                or any(pos[k] == "CCONJ" or pos[k] == "PUNCT" for k in range(subjects[0], subjects[-1])):
            continue
        for j in subjects[1:]:
            heads[j], rels[j] = subjects[0], "appos"
            changed += 1
    return changed


def hedges_over_numbers(heads: list[int], rels: list[str], words: list[str], pos: list[str], hedges: frozenset[str],
                        vague: frozenset[str] = frozenset()) -> int:
    """"и более 40 получили ранения": slovnet makes the hedge the verb's subject and hangs the
    number under it. A one-word hedge (the language's vague table) heading the number right
    after it (or the noun that number counts: "не менее 30 мирных жителей погибли") gives the
    number, or its noun, its place and becomes the number's `advmod`. `hedges` holds the last
    word of each hedge ("менее" of "не менее"). Returns how many moved."""
    moved = 0
    for i in range(len(heads) - 1):
        j = i + 1
        if words[i].lower() not in hedges or (pos[j] != "NUM" and words[j].lower() not in vague) or heads[i] == i:
            continue
        if heads[j] == heads[i] != i and rels[j].startswith("nummod") and rels[i].startswith("nsubj"):
            heads[i], rels[i], rels[j] = j, "advmod", rels[i]  # "более 150 ранены": both on the verb
            moved += 1
            continue
        top = j
        while heads[top] not in (i, top) and (pos[heads[top]] == "NUM" or rels[top].startswith("nummod")):
            top = heads[top]  # "не менее двадцати трёх человек": a numeral in two words; "более 4,5 тысячи человек"
        top = top if heads[top] == i else heads[top]  # "не менее 30 мирных жителей": the noun under the hedge
        if heads[top] != i or top == i:
            continue
        heads[top], rels[top] = heads[i], rels[i]
        heads[i], rels[i] = j, "advmod"
        moved += 1
    return moved


def genitives_as_subjects(heads: list[int], rels: list[str], pos: list[str], cases: list[str | None]) -> int:
    """"отримали поранення внаслідок підриву автомобіля": slovnet makes the noun right after an
    oblique noun a second subject of the verb. A subject with no number of its own, right after a
    noun, of a verb with another subject besides it, modifies that noun (`nmod`) where it is in the
    genitive, or where it follows both the verb and an oblique and the other subject stands before
    the verb (the tagger may read a Ukrainian genitive as a nominative). Returns how many moved."""
    moved, size = 0, len(heads)
    for s in range(1, size):
        verb, prev = heads[s], s - 1
        if not rels[s].startswith("nsubj") or pos[s] != "NOUN" or pos[prev] != "NOUN" \
                or any(heads[j] == s and rels[j].startswith("nummod") for j in range(size)):
            continue
        others = [j for j in range(size) if j != s and heads[j] == verb and rels[j].startswith("nsubj")]
        oblique = rels[prev] in ("obl", "nmod") and verb < prev and any(j < verb for j in others)
        if others and (cases[s] == "Gen" or oblique):
            heads[s], rels[s] = prev, "nmod"
            moved += 1
    return moved


def counted_genitives_beside_a_subject(heads: list[int], rels: list[str], cases: list[str | None]) -> int:
    """"Удар унёс жизни по меньшей мере 19 человек": slovnet makes the counted genitive after the
    verb a second subject of a verb whose nominative subject stands before it. A genitive counted
    by a numeral, after its verb in its clause (no comma between), beside a nominative subject
    before that verb, is the verb's object. Returns how many were relabelled."""
    changed, size = 0, len(heads)
    for s in range(size):
        verb = heads[s]
        if not rels[s].startswith("nsubj") or cases[s] != "Gen" or verb >= s or "punct" in rels[verb:s] \
                or not any(heads[j] == s and rels[j].startswith("nummod") for j in range(size)) \
                or not any(j < verb and heads[j] == verb and rels[j].startswith("nsubj") and cases[j] == "Nom"
                           for j in range(size)):
            continue
        rels[s] = "obj"
        changed += 1
    return changed


def instrumental_subjects(heads: list[int], rels: list[str], cases: list[str | None]) -> int:
    """"Двое братьев были застрелены неизвестными": slovnet makes the agent of a passive (a noun in
    the instrumental) a second subject. A subject in the instrumental beside another subject of
    its verb is the verb's oblique (its agent). Returns how many were relabelled."""
    changed, size = 0, len(heads)
    for s in range(size):
        if rels[s].startswith("nsubj") and cases[s] == "Ins" and any(
                j != s and heads[j] == heads[s] and rels[j].startswith("nsubj") and cases[j] != "Ins" for j in range(size)):
            rels[s] = "obl"
            changed += 1
    return changed


def objects_before_their_verbs(heads: list[int], rels: list[str], pos: list[str], cases: list[str | None]) -> int:
    """"В результате атаки дронов ранения получил водитель": Russian may put the object before
    its verb, and slovnet hangs an accusative noun right before a verb on the noun before it
    (`nmod`, a relation of genitives). An accusative `nmod` right after its head noun, right
    before a verb with no object of its own, is that verb's object. Returns how many moved."""
    moved = 0
    for n in range(1, len(heads) - 1):
        verb, head = n + 1, heads[n]
        if rels[n] != "nmod" or cases[n] != "Acc" or pos[n] != "NOUN" or head >= n \
                or pos[head] not in ("NOUN", "PROPN") or pos[verb] != "VERB" \
                or any(heads[j] == verb and rels[j] == "obj" for j in range(len(heads))):
            continue
        heads[n], rels[n] = verb, "obj"
        moved += 1
    return moved


def conjuncts_before_their_verbs(heads: list[int], rels: list[str], pos: list[str], cases: list[str | None]) -> int:
    """"загинув водій, пасажира госпіталізовано": slovnet joins an object put before its verb to
    the subject of the clause before. A noun conjunct in the accusative or genitive joined to a
    nominative, right before a verb with no subject or object of its own, is that verb's object.
    (Not a genitive counted by a numeral: "её муж и двое детей ранены" are subjects.) Returns how
    many moved."""
    moved = 0
    for n in range(1, len(heads) - 1):
        verb, head = n + 1, heads[n]
        if rels[n] != "conj" or pos[n] != "NOUN" or cases[n] not in ("Acc", "Gen") or head >= n \
                or any(heads[j] == n and rels[j] == "nummod:gov" for j in range(n)) \
                or cases[head] != "Nom" or pos[verb] != "VERB" or _under(heads, verb, n) \
                or any(heads[j] == verb and rels[j] in ("obj", "nsubj", "nsubj:pass") for j in range(len(heads))):
            continue
        heads[n], rels[n] = verb, "obj"
        moved += 1
    return moved


def subjects_left_loose(heads: list[int], rels: list[str], pos: list[str], words: list[str],
                        cases: list[str | None]) -> int:
    """"Женщина погибла, её муж и двое детей ранены": slovnet leaves the nominative after the comma
    loose on the first verb (`dep`, or a `conj` of the verb), and the verb after it joined to the
    first with no subject of its own. The loose noun (with its conjuncts) is that verb's subject.
    Returns how many moved."""
    size, moved = len(heads), 0
    for n in range(1, size):
        first = heads[n]
        if rels[n] not in ("dep", "conj") or pos[n] not in ("NOUN", "PROPN") or cases[n] != "Nom" or first >= n \
                or pos[first] != "VERB" or "," not in words[first + 1:n]:
            continue
        later = [v for v in range(n + 1, size) if heads[v] == first and rels[v] == "conj" and pos[v] == "VERB"]
        if not later or _has_subject(heads, rels, later[0]) or any(not _under(heads, t, n) for t in range(n + 1, later[0])):
            continue
        heads[n], rels[n] = later[0], "nsubj"
        moved += 1
    return moved


def passive_subjects(heads: list[int], rels: list[str], voices: list[str | None]) -> int:
    """"водитель и пассажир ранены": a subject of a passive verb (a short participle) is its
    passive subject, whoever hung it there (slovnet, or a repair before). Returns how many."""
    moved = 0
    for n, h in enumerate(heads):
        if rels[n] == "nsubj" and h != n and voices[h] == "Pass":
            rels[n] = "nsubj:pass"
            moved += 1
    return moved


def modifiers_across_the_root(heads: list[int], rels: list[str], pos: list[str]) -> int:
    """"Кількість загиблих ... зросла до 16, ще 43 людини поранені": slovnet may hang a modifier
    on a noun on the far side of the sentence's root verb, an arc no modifier spans. A modifier
    right after a noun modifies that noun (the genitive `nmod` of "кількість загиблих"). Returns
    how many moved."""
    roots = [r for r in range(len(heads)) if heads[r] == r]
    moved = 0
    for n in range(1, len(heads)):
        head = heads[n]
        if rels[n] not in ("amod", "acl") or pos[n - 1] != "NOUN" or not any(min(n, head) < r < max(n, head) for r in roots):
            continue
        heads[n], rels[n] = n - 1, "nmod"
        moved += 1
    return moved


def nouns_as_modifiers(heads: list[int], rels: list[str], pos: list[str]) -> int:
    """"забрав життя семи людей": slovnet may label the object noun `amod` of the genitive noun
    after it (a relation of adjectives) and make that genitive the object. A noun labelled `amod`
    right after a verb, on the verb's object after it, is the object; the genitive modifies it
    (`nmod`). Returns how many were rebuilt."""
    moved = 0
    for n in range(1, len(heads)):
        obj, verb = heads[n], n - 1
        if rels[n] != "amod" or pos[n] != "NOUN" or pos[verb] != "VERB" or obj <= n \
                or heads[obj] != verb or rels[obj] != "obj":
            continue
        heads[n], rels[n] = verb, "obj"
        heads[obj], rels[obj] = n, "nmod"
        moved += 1
    return moved


def objects_taken_across_a_comma(heads: list[int], rels: list[str], pos: list[str], words: list[str]) -> int:
    """"Удар по селу унёс жизни двух мирных жителей, ещё трое пострадали": slovnet hangs the object
    right after a verb with no object of its own on the verb after the comma, which has a subject
    of its own there. The object is the verb's right before it. Returns how many moved."""
    moved = 0
    for n in range(1, len(heads)):
        later, verb = heads[n], n - 1
        if rels[n] != "obj" or later <= n or pos[verb] != "VERB" or "," not in words[n + 1:later] \
                or any(heads[j] == verb and rels[j] == "obj" for j in range(len(heads))) \
                or not any(heads[j] == later and j > n and rels[j].startswith("nsubj") for j in range(len(heads))):
            continue
        heads[n] = verb
        moved += 1
    return moved


def subjects_hung_before_their_verb(heads: list[int], rels: list[str], pos: list[str], intransitive: list[bool]) -> int:
    """"Мина взорвалась ..., погибли пять мирных жителей, ещё двое ранены": slovnet hangs the counted
    noun right after an intransitive verb with no subject (the dictionary's `intr`) on the word that
    verb hangs on, before it (or as a second subject of that word: "Смертник протаранил ворота ...,
    погибли девять военнослужащих"). The noun is that verb's subject. Returns how many moved."""
    moved, size = 0, len(heads)
    for n in range(size):
        second = rels[n].startswith("nsubj") and any(
            j != n and heads[j] == heads[n] and rels[j].startswith("nsubj") for j in range(size))
        if pos[n] not in ("NOUN", "PROPN") or (rels[n] not in ("obl", "obj", "nmod") and not second) \
                or not any(heads[j] == n and rels[j].startswith("nummod") for j in range(size)):
            continue
        verb = min(t for t in range(size) if _under(heads, t, n)) - 1
        if verb < 0 or pos[verb] != "VERB" or not intransitive[verb] or heads[n] >= verb or heads[verb] != heads[n] \
                or _has_subject(heads, rels, verb):
            continue
        heads[n], rels[n] = verb, "nsubj"
        moved += 1
    return moved


def objects_of_an_intransitive(heads: list[int], rels: list[str], pos: list[str], intransitive: list[bool]) -> int:
    """"Одна людина загинула і близько 20 дістали поранення": slovnet hangs the object of a verb
    joined to an intransitive one (the dictionary's `intr`, which takes none) on the intransitive
    verb. The object belongs to the joined verb before it that has none of its own. Returns how many moved."""
    moved, size = 0, len(heads)
    for n in range(size):
        verb = heads[n]
        if rels[n] != "obj" or not intransitive[verb] or verb >= n:
            continue
        with_objects = {heads[j] for j in range(size) if rels[j] == "obj"}
        joined = [v for v in range(verb + 1, n) if heads[v] == verb and rels[v] == "conj" and pos[v] == "VERB"
                  and not intransitive[v] and v not in with_objects]
        if joined:
            heads[n] = joined[-1]
            moved += 1
    return moved


def numbers_before_their_verb(heads: list[int], rels: list[str], pos: list[str], finite: list[bool]) -> int:
    """"і близько 20 дістали поранення": slovnet hangs a number standing alone before the verb it
    is the subject of, right before it, on that verb as `nummod`. With no subject of the verb's own,
    the number is its subject (not of a participle: "двоих погибших" counts the dead). Returns how many were relabelled."""
    changed = 0
    for i, rel in enumerate(rels):
        verb = heads[i]
        if not rel.startswith("nummod") or pos[i] != "NUM" or verb != i + 1 or pos[verb] != "VERB" or not finite[verb] \
                or _has_subject(heads, rels, verb):
            continue
        rels[i] = "nsubj"
        changed += 1
    return changed
