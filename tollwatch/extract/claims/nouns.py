"""Stage 3, nouns: counted nouns ("46 dead", "three deaths"), nominals ("the killing of two
guards"), custody ("in custody") and injuries ("suffered injuries") as casualty predicates."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from ..packs import LanguagePack
from .lexicon import lexicon
from .referents import is_person, plural_referent
from .relations import (Finding, Token, casualty_kind, has_count, inherited, injury_noun, kids, negated, next_oblique, numbers_after, obliques, outcome, participle, passive,
                        resolve, to_death, year)


def counted_noun(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"46 dead", "three deaths", "dozens of injuries": the noun counts its victims."""
    g = pack.grammar
    lemma = noun.lemma_.lower()
    cat = g["counted_nouns"].get(lemma) or g["counted_nouns"].get(noun.lower_)
    if lemma in pack.words("ambiguous_counted"):  # "víctimas", unless "víctimas mortales"
        cat = next((g["toll_compounds"][a.lemma_.lower()] for a in kids(noun, pack, "amod")
                    if a.lemma_.lower() in g["toll_compounds"]), None) or _against_injured(noun, pack) \
            or _of_a_killing(noun, pack)
    if cat is None or noun.head.lemma_.lower() in pack.words("release_verbs"):
        return  # not "freed three hostages"
    if lemma in pack.words("ambiguous_counted") and "Sing" in noun.morph.get("Number") and any(
            d.lower_ in pack.words("singular_determiners") for d in kids(noun, pack, "det")):
        yield Finding(cat, noun, noun)  # "La víctima mortal fue identificada como ...": one, maybe told before
        return
    if _one_counted(noun, pack):
        yield Finding(cat, noun, noun)  # "L'attaque a fait un mort et trois blessés"
        return
    if set(kids(noun, pack, "num")) - set(numbers_after(noun, pack)) or counted_before(noun, pack) or any(
            c.lower_ in pack.words("vague_heads") for c in kids(noun, pack, "amod", "det")) or _summed_up(noun, pack):
        yield Finding(cat, noun, noun)
    elif (head := noun.head.head if pack.relation(noun) == "pobj" else noun.head).lower_ in pack.words("vague_heads") \
            and any(n == noun for p, n in obliques(head, pack) if p in pack.words("partitive")) and not _mixed(noun, head, cat, pack) \
            and not any("Def" in d.morph.get("Definite") for d in kids(noun, pack, "det")):  # not "several of the injured"
        yield Finding(cat, head, noun)  # "une dizaine de morts" (UD: the amount heads its noun), "dozens of wounded"


def _mixed(noun: Token, head: Token, cat: str, pack: LanguagePack) -> bool:
    """"thousands of dead and wounded", "a number of deaths and injuries", "des dizaines de morts et
    de blessés": one amount of two kinds of casualty counts neither. The second kind is joined to the
    noun, or to the amount with a case word of its own and no amount, or is the word right after the
    noun's "and" (hung elsewhere by the parser)."""
    doc = noun.doc
    joined = kids(noun, pack, "conj") + [c for c in kids(head, pack, "conj") if kids(c, pack, "case")
                                         and not kids(c, pack, "det")]
    after = [t for t in doc[noun.i + 1:noun.i + 5] if not t.is_space]
    if len(after) > 1 and pack.relation(after[0]) == "cc":
        joined.append(after[1])
    return any(c.i > noun.i and not kids(c, pack, "num") and casualty_kind(c, pack) not in (None, cat) for c in joined)


def _against_injured(noun: Token, pack: LanguagePack) -> str | None:
    """"18 casualties and 20 injured": an ambiguous count joined to a count of the wounded is the dead."""
    g = pack.grammar
    joined = kids(noun, pack, "conj") + ([noun.head] if pack.relation(noun) == "conj" else [])
    hurt = any((outcome(j, pack) or g["transitive"].get(j.lemma_.lower())) == "injured"
               and (has_count(j, pack) or any(n.pos_ == "NUM" for n in kids(j, pack, "subj", "subjpass")))
               for j in joined)
    return "killed" if hurt and kids(noun, pack, "num") else None


def _of_a_killing(noun: Token, pack: LanguagePack) -> str | None:
    """"the 19 victims of Sunday's massacre": an ambiguous count of a killing's victims is the dead."""
    return next(("killed" for p, n in obliques(noun, pack) if p in pack.words("partitive")
                 and pack.grammar["nominal_categories"].get(n.lemma_.lower()) == "killed"), None) \
        if kids(noun, pack, "num") else None


def counted_before(noun: Token, pack: LanguagePack) -> bool:
    """"tres civiles muertos" with "tres" hung on "civiles": a number on a modifier before the noun
    counts it too."""
    return any(n.i < noun.i for n in kids(noun, pack, "num")) or any(
        kids(a, pack, "num") for a in kids(noun, pack, "amod") if a.i < noun.i)


def _one_counted(noun: Token, pack: LanguagePack) -> bool:
    """"a fait un mort", "dejó un muerto", "le bilan est d'un mort et trois blessés": a state noun
    (a dead, a wounded) with a determiner of one, the object of a verb (put first: "Un muerto dejó
    una balacera"), told by a toll noun or beside a count in a verbless headline ("Un mort et trois
    blessés"), is one victim; not alone in a verbless headline ("Un muerto en un tiroteo", maybe a
    link to another story)."""
    if noun.lower_ not in pack.grammar["states"] or "Sing" not in noun.morph.get("Number"):
        return False
    first = noun
    while pack.relation(first) == "conj" and first.head != first:
        first = first.head
    toll_nouns = pack.grammar["toll_nouns"]
    said = (pack.relation(first) == "obj" and first.head.pos_ in ("VERB", "AUX")) or first.head.lemma_.lower() in toll_nouns \
        or any(t.lemma_.lower() in toll_nouns for t in kids(first, pack, "subj")) \
        or (pack.relation(first) == "subj" and first.head.lemma_.lower() in pack.words("leave_verbs") and any(
            o.i > first.head.i > first.i for o in kids(first.head, pack, "obj"))) \
        or (pack.relation(first) == "root" and any(kids(m, pack, "num") for m in [first] + kids(first, pack, "conj")))
    # "Un muerto y cuatro heridos dejó una balacera"; "Un mort et trois blessés dans une fusillade" (counted beside it)
    return said and any(d.lower_ in pack.words("one_determiners") for d in kids(noun, pack, "det", "num"))


def _summed_up(noun: Token, pack: LanguagePack) -> bool:
    """"Un muerto y cuatro heridos es el balance", "Un mort et deux blessés, c'est le bilan": a
    counted noun with a singular determiner in the subject of a toll noun is one of the toll."""
    if not any(d.lower_ in pack.words("singular_determiners") for d in kids(noun, pack, "det")):
        return False
    first = noun
    while pack.relation(first) == "conj" and first.head != first:
        first = first.head
    return pack.relation(first) == "subj" and first.head.lemma_.lower() in pack.grammar["toll_nouns"]


def _in_series(noun: Token, pack: LanguagePack) -> bool:
    """"a string of killings of liberal activists", "une série d'assassinats": a deed noun in the
    partitive of a series noun names a kind of deed, not victims to count."""
    head = noun.head.head if pack.relation(noun) == "pobj" else noun.head
    return head.i < noun.i and head.lemma_.lower() in pack.words("series_nouns")


def nominal(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"the killing of two guards", "claimed the lives of seven civilians"."""
    g = pack.grammar
    lemma = noun.lemma_.lower()
    if lemma not in g["nominal_categories"] and noun.lower_ in g["nominal_categories"]:
        lemma = noun.lower_  # "corpses", lemmatised "corps"
    cat = g["nominal_categories"].get(lemma)
    if cat is None or _in_series(noun, pack) or (noun.pos_ == "ADJ" and pack.relation(noun) in ("xcomp", "oprd", "pred")) \
            or _resultative(noun, pack):
        return  # (not the state "retrouvé mort près de Kidal": no death of Kidal)
    verb = noun.head
    if lemma not in pack.words("life_nouns") and lemma not in pack.words("body_nouns") and pack.relation(noun) == "obj" and not kids(noun, pack, "num") \
            and g["life_verbs"].get(verb.lemma_.lower()) == "subj" \
            and not any(p in pack.words("partitive") and not _near(n, pack) for p, n in obliques(noun, pack)):
        for v in kids(verb, pack, "subj") or inherited(verb, pack, ("subj",)) or _subject_after(verb, noun, pack):
            yield Finding(cat, resolve(v, pack), verb)  # "ont trouvé la mort", not "ont trouvé les corps"
        return
    if lemma in pack.words("life_nouns"):
        yield from _found_lifeless(noun, cat, pack)
        role = g["life_verbs"].get(verb.lemma_.lower())
        if pack.relation(noun) not in ("obj", "xcomp", "obl", "dep") or role is None \
                or (pack.relation(noun) in ("obl", "dep") and role != "obj" and "Ins" not in noun.morph.get("Case")):
            return  # "acabaron con la vida de un hombre", "унёс жизни пятерых" (an iobj): the life a verb takes
        if role == "subj":
            subjects = kids(verb, pack, "subj") or inherited(verb, pack, ("subj",)) or _subject_after(verb, noun, pack)
            if pack.relation(noun) in ("xcomp", "obl"):  # "стали жертвами": the first subject, not "ще двоє
                subjects = [v for v in subjects[:1] if kids(v, pack, "num") or v.like_num  # поранені"
                            or "Plur" not in v.morph.get("Number")]  # nor named victims told again
            for v in subjects:
                yield Finding(cat, resolve(v, pack), verb)  # "lost their lives"
            return
        if kids(noun, pack, "num"):
            yield Finding(cat, noun, verb)       # "claimed 7 lives"
            return
        for owner in kids(noun, pack, "poss", "det"):
            if pack.relation(owner) == "poss" or owner.lower_ in pack.words("possessive_singular"):
                yield Finding(cat, owner, verb)  # "claimed 11 civilians' lives", "acabaron con su vida"
                return
        after = [o for o in kids(verb, pack, "obj") if o.left_edge.i == noun.i + 1 and pack.relation(noun) == "dep"]
        if after:  # "унёс жизни 12 человек": the life taken as a second object, its owner the verb's object
            yield Finding(cat, resolve(after[0], pack), verb)
            return
        marked = [n for h in (verb, noun) for p, n in obliques(h, pack) if p in pack.words("object_markers")] + [  # "la vie à sept soldats" hung on "vie"
            o for o in kids(verb, pack, "obj") if o != noun and any(c.lower_ in pack.words("object_markers")
                                                                  for c in kids(o, pack, "case"))]
        for n in marked:
            yield Finding(cat, resolve(n, pack), verb)  # "costó la vida a cinco niños"
    if lemma in pack.words("body_nouns"):
        top = noun
        while pack.relation(top) == "conj" and top.head.i < top.i:
            top = top.head  # "pulled 9 survivors and 4 bodies from the rubble"
        verb = top.head
        holder = verb.head if pack.relation(top) == "pobj" else verb
        if holder.lemma_.lower() in pack.words("container_heads") and holder.head != holder:
            verb = holder = holder.head  # "a total of 63 bodies have been recovered"
        found = [c for c in kids(verb, pack, "conj") if c.lemma_.lower() in pack.words("body_verbs")
                 and not kids(c, pack, "subj", "subjpass")]
        if verb.lemma_.lower() not in pack.words("body_verbs") and found and pack.relation(noun) == "subj":
            verb = holder = found[0]  # "The bodies of two men, both shot in the head, were found": misparsed
        lying = pack.relation(noun) == "subj" and kids(noun, pack, "num") \
            and verb.lemma_.lower() in pack.words("stay_verbs") - pack.words("copulas")  # "eight bodies lay in the street"
        if verb.lemma_.lower() not in pack.words("body_verbs") and holder.lemma_.lower() not in pack.words("body_finding_nouns") \
                and not lying or negated(verb, pack):
            return  # "were found", "el hallazgo de los cuerpos de cuatro campesinos" (not "have not been found")
        if kids(noun, pack, "num"):
            yield Finding(cat, noun, verb)       # "two bodies were found"
            return
        for owner in kids(noun, pack, "poss", "det"):
            if owner.lower_ in pack.words("possessive_singular") or plural_referent(owner, pack):
                yield Finding(cat, owner, verb)  # "his body was found": one, maybe told before; "their bodies"
                return
            if pack.relation(owner) == "poss" and (owner.pos_ in ("NOUN", "PROPN") or resolve(owner, pack) != owner):
                yield Finding(cat, resolve(owner, pack), verb)  # "a man's body was found", "men whose bodies"
                return
        if "Sing" in noun.morph.get("Number") and any(
                c.lower_ in lexicon(pack.language).words("addition_words") for c in kids(noun, pack, "amod", "det")):
            yield Finding(cat, noun, verb)       # "another body was found", "otro cuerpo": one more
            return
    whose = [(p, n) for p, n in [*obliques(noun, pack), *next_oblique(noun, pack), *_genitive_object(noun, pack)]
             if p in pack.words("partitive") and not _near(n, pack)]
    if not whose and lemma in pack.words("body_nouns"):  # "el hallazgo de los cuerpos sin vida de tres hombres":
        whose = [(p, n) for p, n in obliques(noun.head, pack) if n.i > noun.i and p in pack.words("partitive")
                 and has_count(n, pack)]  # the counted owner hung on the finding
    if "" in pack.words("partitive"):  # "о ранении ещё пятерых": a numeral in the genitive after the noun, hung as its count
        whose += [("", n) for n in kids(noun, pack, "num") if n.i > noun.i and n.pos_ == "NUM" and "Gen" in n.morph.get("Case")
                  and ("", n) not in whose]
    if any(n.pos_ in ("NOUN", "PROPN", "NUM") for _, n in whose):  # "Тело пропавшего без вести журналиста": the
        whose = [(p, n) for p, n in whose if not (n.pos_ == "VERB" and participle(n))]  # participle is the man's
    kinds = "Plur" in noun.morph.get("Number") and lemma not in pack.words("life_nouns") \
        and lemma not in pack.words("body_nouns")  # "to denounce the killings of civilians": a kind of deed
    for prep, n in whose:
        if kinds and "Plur" in n.morph.get("Number") and not kids(n, pack, "num") and n.pos_ == "NOUN" \
                and n.lower_ not in pack.words("vague_heads"):
            continue  # not "the killings of three farmers", nor "the deaths of dozens of people"
        if not year(n):  # not "the killings of 2015"
            yield Finding(cat, resolve(n, pack), noun, person_only=cat == "injured" or lemma in pack.words("needs_person"))
            # not "ранения различной степени", "уничтожение пяти танков"
            for c in kids(noun, pack, "conj"):  # "the lives of a doctor and two nurses", the second hung on "lives"
                if c.i > n.i and c.lemma_.lower() not in g["nominal_categories"] and _patient(c, pack) \
                        and (not any(p in pack.words("partitive") for p, _ in obliques(c, pack)) or _some_of_them(c, pack)):
                    yield Finding(cat, resolve(c, pack), noun, person_only=True)
    for owner in kids(noun, pack, "poss"):
        if owner.pos_ != "PRON":
            yield Finding(cat, owner, noun)      # "Senator Ortega's murder"


def _resultative(noun: Token, pack: LanguagePack) -> bool:
    """"shot to death by a commando of the Shining Path": the death a verb's result ("to death", "à
    mort") tells no victims of its own; the verb's are told (not the agent's "of" after it)."""
    prep = noun.head
    return prep.lower_ in pack.words("resultative_preps") and prep.head.pos_ == "VERB" \
        and to_death(prep.head, pack, bare=True) is not None and prep.head != prep


def _near(noun: Token, pack: LanguagePack) -> bool:
    """"les morts de l'attaque près de Kidal": an adverb right before the noun's preposition makes
    one preposition of both ("près de", "cerca de"), a place's, not an owner's."""
    case = kids(noun, pack, "case")
    return bool(case) and any(a.pos_ == "ADV" and a.i == case[0].i - 1 for a in kids(noun, pack, "advmod"))


def _genitive_object(noun: Token, pack: LanguagePack) -> list[tuple[str, Token]]:
    """"забрав життя трьох людей": the genitive right after the noun that the parser made a second
    object of the verb (case-marked packs, whose partitive is a bare genitive)."""
    if "" not in pack.words("partitive") or pack.relation(noun) != "obj" or any(True for _ in obliques(noun, pack)):
        return []
    return [("", o) for o in kids(noun.head, pack, "obj")
            if o != noun and o.left_edge.i == noun.i + 1 and "Gen" in o.morph.get("Case")]


def _subject_after(verb: Token, noun: Token, pack: LanguagePack) -> list[Token]:
    """"perdió la vida un patrullero": the subject after the verb and its life noun, which the
    parser made a second object."""
    return [o for o in kids(verb, pack, "obj") if o.i > noun.i]


def _found_lifeless(noun: Token, cat: str, pack: LanguagePack) -> Iterator[Finding]:
    """"hallaron sin vida a un joven", "нашли без признаков жизни", "dejó sin vida a cuatro
    personas": whom a finding or leave verb finds or leaves without life (the life noun, or the
    noun it hangs on, under a negating preposition); "quedó sin vida": the subject of a linking verb."""
    person = noun.head
    if pack.relation(noun) == "nmod" and person.pos_ in ("NOUN", "PROPN") and kids(person, pack, "num") and any(
            c.lower_ in pack.words("negators") for c in kids(noun, pack, "case")):
        yield Finding(cat, resolve(person, pack), noun, person_only=True)  # "un saldo de 14 personas sin vida"
        return
    for head in (noun, noun.head):
        verb = head.head
        if not any(n == head and p in pack.words("negators") for p, n in obliques(verb, pack)):
            continue
        if verb.lemma_.lower() in pack.words("linking_verbs") - pack.words("body_verbs") - pack.words("leave_verbs"):
            for v in kids(verb, pack, "subj"):  # "El joven quedó sin vida en el sitio": the subject, left lifeless
                if v.lemma_.lower() not in pack.words("body_nouns"):
                    yield Finding(cat, resolve(v, pack), verb, person_only=True)
            return
        if verb.lemma_.lower() not in pack.words("body_verbs") | pack.words("leave_verbs"):
            continue
        for v in kids(verb, pack, "obj") or kids(verb, pack, "subjpass") or (
                kids(verb, pack, "subj") if participle(verb) else []):  # "fue hallado sin vida"
            if v.lemma_.lower() in pack.words("body_nouns"):  # "los cuerpos sin vida de cuatro hombres":
                for p, n in obliques(noun, pack):            # the men hung on the life noun
                    if p in pack.words("partitive"):
                        yield Finding(cat, resolve(n, pack), verb, person_only=True)
                continue
            yield Finding(cat, resolve(v, pack), verb, person_only=True)
        return


def custody(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"three suspects are in the custody of the police", "were taken into custody"."""
    cat = pack.grammar["custody_nouns"].get(noun.lemma_.lower())
    prep = noun.head
    if cat is None or pack.relation(noun) != "pobj" or prep.lower_ not in pack.words("custody_preps"):
        return
    verb = prep.head
    victims = kids(verb, pack, "subjpass") or kids(verb, pack, "obj") or kids(verb, pack, "subj") \
        or inherited(verb, pack, ("subjpass", "subj"))
    for v in victims:
        yield Finding(cat, resolve(v, pack), noun, person_only=True)


def injuries(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    """"two suffered minor injuries", "60 citizens were treated for injuries"; wounds told fatal
    ("suffered fatal wounds", "получил смертельное ранение") are a death."""
    found = list(_injuries(noun, pack))
    if not found:
        return  # (most words: no injury noun)
    res = pack.grammar["resultative"]
    fatal = next((res.get(c.lemma_.lower()) or res.get(c.lower_) for c in kids(noun, pack, "amod")
                  if c.lemma_.lower() in res or c.lower_ in res), None)
    for f in found:
        yield replace(f, category=fatal) if fatal and f.category == "injured" else f


def _injuries(noun: Token, pack: LanguagePack) -> Iterator[Finding]:
    damage = noun.lemma_.lower() in pack.words("damage_nouns")  # "получила серьезные повреждения": a person's, not a house's
    if not injury_noun(noun, pack) and not damage:
        return
    how = pack.grammar["injury_verbs"]
    if pack.relation(noun) == "pobj" and noun.head.lower_ in pack.words("partitive") \
            and pack.relation(noun.head.head) == "obj":
        noun = noun.head.head  # "sustained various degrees of injuries": the object the injuries are in
    giver = _causing(noun, pack)
    if giver is not None:
        for v in _recipients(giver, noun, pack):
            yield Finding("injured", resolve(v, pack), noun)  # "caused injuries to four others"
        return
    rel, verb = pack.relation(noun), noun.head
    if rel == "obl" and not kids(noun, pack, "case") and noun.i < verb.i and how.get(verb.lemma_.lower()) == "subj":
        rel = "obj"  # "ранения получил учитель": the injuries fronted, labelled an oblique with no preposition
    marked = rel == "pobj" and noun.head.lower_ in pack.words("injury_preps")
    cased = any(c.lower_ in pack.words("injury_preps") for c in kids(noun, pack, "case"))
    if rel == "nmod" and cased and pack.relation(noun.head) == "obj" and how.get(noun.head.head.lemma_.lower()) == "obl" \
            and _patient(noun.head, pack):
        yield Finding("injured", resolve(noun.head, pack), noun, person_only=True)
        return  # "Los médicos atendieron a 31 personas por heridas de bala": hung on the patients
    if rel == "nmod" and cased and pack.relation(noun.head) == "obl":
        rel, noun = "obl", noun.head  # "trasladados a un centro asistencial con heridas": hung on the place
    elif (rel == "nmod" and cased) or (marked and noun.head.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM")
                                      and pack.relation(noun.head.head) in ("subj", "subjpass")):
        person = noun.head if rel == "nmod" else noun.head.head
        if person.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") and pack.relation(person) in ("subj", "subjpass") \
                and person.lemma_.lower() not in pack.words("body_nouns"):
            yield Finding("injured", resolve(person, pack), noun, person_only=True)  # "другой с ранениями доставлен"
            return
    carried: list[Token] = []
    if marked or (rel in ("obl", "obj") and cased):  # "sobrevivió con lesiones": an object with a case word is oblique
        verb = noun.head.head if marked else noun.head  # "treated for injuries", "госпитализированы с ранениями" (UD)
        place = verb.head.head if marked and pack.relation(verb) == "pobj" \
            else verb.head if marked and pack.relation(verb) == "obj" else None  # "survived the attack with wounds"
        if place is not None and how.get(place.lemma_.lower()) == "obl" and verb.pos_ in ("NOUN", "PROPN"):
            verb = place  # "taken to hospital with gunshot wounds": hung on the place
        if verb.lemma_.lower() in pack.words("body_nouns"):
            return  # "found the body of a herder with machete wounds": the wounds of the dead
        first = verb
        while pack.relation(first) == "conj" and first.head != first and first.head.pos_ in ("NOUN", "PROPN", "NUM"):
            first = first.head  # "left one dead and eight with gunshot wounds": joined to the first object
        if verb.pos_ in ("NOUN", "PROPN", "NUM") and pack.relation(verb) in ("obj", "conj") and (
                verb.head.lemma_.lower() in pack.words("leave_verbs")
                or (pack.relation(first) == "obj" and first.head.lemma_.lower() in pack.words("leave_verbs"))):
            yield Finding("injured", resolve(verb, pack), noun)  # "left a man dead and three civilians with gunshot wounds"
            return
        if verb.lemma_.lower() in pack.words("leave_verbs") and kids(verb, pack, "obj"):
            for v in kids(verb, pack, "obj"):
                yield Finding("injured", resolve(v, pack), noun)  # "left 14 people with serious injuries"
            return
        care = pack.words("treatment_nouns")
        if verb.lemma_.lower() in care and pack.relation(verb) == "obj":
            verb = verb.head  # "received treatment for shrapnel wounds": hung on the treatment
        treated = (how.get(verb.lemma_.lower()) == "subj" or passive(verb, pack)) and any(  # received, or was given
            n.lemma_.lower() in care for n in kids(verb, pack, "obj") + [n for _, n in obliques(verb, pack)])
        done_to = (marked or cased) and verb.pos_ == "VERB"  # "17 guests were rescued with injuries", "fueron
        rescued = done_to and passive(verb, pack) and not kids(verb, pack, "obj")  # rescatadas ... con fracturas"
        carried = [o for o in kids(verb, pack, "obj") if kids(o, pack, "num") and _patient(o, pack)] \
            if done_to and not passive(verb, pack) else []  # "pulled three people with broken legs from the rubble"
        if how.get(verb.lemma_.lower()) != "obl" and not treated and not rescued and not carried:  # "recibieron
            return  # atención médica por heridas": any deed done to them
    elif rel != "obj" or how.get(verb.lemma_.lower()) != "subj":
        return
    patients = carried or ([o for o in kids(verb, pack, "obj") if _patient(o, pack)]
                           if how.get(verb.lemma_.lower()) == "obl" and not kids(verb, pack, "subjpass") else [])
    second = [o for o in kids(verb, pack, "obj") if o != noun and noun.i < verb.i < o.i and kids(o, pack, "num")] \
        if how.get(verb.lemma_.lower()) == "subj" else []  # "Поранення дістали двоє поліцейських": the injuries put
    for v in patients or kids(verb, pack, "subjpass", "subj") or second or inherited(  # first, who got them a second object
            verb, pack, ("subj", "subjpass")):  # "троих госпитализировали с ожогами"
        if v.lemma_.lower() not in pack.words("body_nouns"):  # "los dos cuerpos presentaban heridas": the dead's
            yield Finding("injured", resolve(v, pack), noun, person_only=damage)


def caused_injuries(noun: Token, pack: LanguagePack) -> bool:
    """"provocó heridas a cuatro personas": the injuries given, not wounded people (the Spanish
    parser reads "heridas" as the participle); not counted injuries ("caused more than 90 injuries")."""
    causing = _causing(noun, pack) if injury_noun(noun, pack) else None
    return causing is not None and not (kids(noun, pack, "num") and not _recipients(causing, noun, pack))


def _causing(noun: Token, pack: LanguagePack) -> Token | None:
    """The verb of causing whose object the injuries are ("caused injuries to", "causó la muerte de
    un soldado y heridas a otros cuatro", the injuries hung on the soldier)."""
    tok = noun
    for _ in range(4):
        rel = pack.relation(tok)
        if rel == "obj" and tok.head.lemma_.lower() in pack.words("causing_verbs"):
            return tok.head
        if rel not in ("conj", "nmod") or tok.head == tok:
            return None
        tok = tok.head
    return None


def _recipients(verb: Token, noun: Token, pack: LanguagePack) -> list[Token]:
    """Who the injuries were caused to: a marked oblique or object, or a dative where the language
    marks the recipient by case ("нанесли ранения двоим")."""
    marks = pack.words("recipient_markers")
    found = [n for h in (verb, noun) for p, n in obliques(h, pack) if p in marks]
    found += [o for o in kids(verb, pack, "obj", "dep") if o != noun and any(c.lower_ in marks for c in kids(o, pack, "case"))]
    if not marks:
        found += [o for o in kids(verb, pack, "dep", "obl", "obj") if "Dat" in o.morph.get("Case") and not kids(o, pack, "case")]
    return [n for n in dict.fromkeys(found) if _patient(n, pack)]


def _some_of_them(c: Token, pack: LanguagePack) -> bool:
    """"the death of a commander and two of his fighters": a number whose partitive is someone's
    people (a possessive on it) is a count of people, not one of a deed noun's own."""
    lex = lexicon(pack.language)
    return c.pos_ == "NUM" and any(p in pack.words("partitive") and kids(n, pack, "poss")
                                   and is_person(n, pack, lex.people, lex.not_people) for p, n in obliques(c, pack))


def _patient(noun: Token, pack: LanguagePack) -> bool:
    """The object of "treated ... for injuries" that is people ("троих", "12 people"), not the
    help sought."""
    lex = lexicon(pack.language)
    return noun.pos_ in ("NUM", "PRON") or bool(kids(noun, pack, "num")) or is_person(
        noun, pack, lex.people, lex.not_people)
