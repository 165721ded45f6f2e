"""A single victim told of after a counted figure: one of those counted, not one more; and a
figure an earlier report gave, another account of the same victims.

"Dix soldats ont été tués dans l'attaque. Un colonel a été tué": news states the figure first
and then tells of one of its victims. A claim of one victim (a word, no digit, no hedge) in a
later sentence than a figure of two or more of the same category, both incidents, is a part of
that figure, unless it is marked as one more ("un autre", "otro", "ещё один": the pack's
`addition_words`, or `addition_before_pattern` just before it).

This is the convention of the multilingual reports (a stated figure over its parts); the
English agency and ISAF sets code such a victim both ways, so the rule is a pack setting,
`singular_details_figure` in `grammar.v1.json` (fr, es, ru, uk: true; English: absent, so
English reads as before).

"Five people were wounded, one of whom later died": the one who died is `part_of` the wounded,
and the toll counts that one killed, not also injured (`died_of_the_wounded`).

"Погибли 46 человек. Ранее сообщалось о 30 погибших", "Un précédent bilan faisait état de quatre
soldats tués": a figure in a sentence that opens as an earlier report (the pack's `earlier_report`
pattern) is another account of a figure the article also gives, of the same category: `part_of`
the largest such figure, so the toll takes the larger, not the sum.
"""
from __future__ import annotations

import re

from ...models import Claim
from ..packs import LanguagePack
from .perpetrators import attacker_among_victims, is_perpetrator, other_side
from .lexicon import claim_language, lexicon
from .part_of import is_addition, other_place, stands_for_another
from .relations import state_words

_DIGIT = re.compile(r"\d")
HARMED = ("killed", "injured")  # the two categories a count of victims is broken down into


def singular_details(claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """`claims` with each such single victim made `part_of` the nearest figure before it."""
    if not pack.grammar.get("singular_details_figure"):
        return claims
    lex = lexicon(pack.language)
    out = list(claims)
    for i, c in enumerate(out):
        if not _single(c, lex) or stands_for_another(c):
            continue  # "his body was found": one told kidnapped or wounded before, not one of the dead
        whole = next((p for p in reversed(out[:i]) if p.category == c.category and p.part_of is None
                      and not p.historical and p.scope == "incident" and (p.low or 0) >= 2
                      and p.evidence.sentence != c.evidence.sentence and p.evidence.start < c.evidence.start), None)
        if whole is not None and not other_place(whole, c, lex) and not attacker_among_victims(c, whole, pack.language) \
                and not other_side(c, whole, pack.language):
            out[i] = c.with_(part_of=whole.id)  # not "También murió uno de los agresores" after the soldiers
    return out


def mixed_totals(claims: list[Claim]) -> list[Claim]:
    """"Число жертв составило 96 человек: 46 погибли, 50 получили ранения": a figure broken down,
    later in its sentence, into figures of two categories that add up to it exactly counts the
    victims of both, not of its own category: it is left out (the parts are the claims), and the
    ids are numbered again. Every language: the sum is the evidence."""
    dropped = set()
    for i, whole in enumerate(claims):
        if whole.low is None or whole.low < 2 or whole.historical or whole.high != whole.low \
                or whole.category not in HARMED:
            continue
        parts = [c for c in claims[i + 1:] if c.evidence.sentence == whole.evidence.sentence and c.category in HARMED
                 and c.evidence.start >= whole.evidence.start and c.low is not None and c.high == c.low
                 and not c.historical and c.part_of is None]
        if {c.category for c in parts} == set(HARMED) and sum(c.low for c in parts) == whole.low:
            dropped.add(whole.id)
    if not dropped:
        return claims
    kept = [c for c in claims if c.id not in dropped]
    ids = {c.id: f"c{n + 1}" for n, c in enumerate(kept)}
    return [c.with_(id=ids[c.id], part_of=ids.get(c.part_of) if c.part_of else None) for c in kept]


def definite_restatements(claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """"Un policier a été tué et deux autres blessés. Les deux policiers blessés ont été
    hospitalisés": a figure opened by a definite determiner (the pack's `plural_definite`) in a
    later sentence, with the same count as an earlier figure of its category, names victims
    already counted: `part_of` that figure (the toll counts them once). A pack setting,
    `definite_restatements` (fr, es, ru, uk): applied to English it moved a WAD and an ISAF row."""
    if not pack.grammar.get("definite_restatements"):
        return claims
    definite = pack.words("plural_definite")
    out = list(claims)
    for i, c in enumerate(out):
        if c.part_of or c.historical or c.low is None or c.low < 2 or c.high != c.low or not _opened_definite(c, definite):
            continue
        same = next((p for p in reversed(out[:i]) if p.category == c.category and p.part_of is None
                     and not p.historical and p.low == c.low and p.high == c.high
                     and p.evidence.sentence != c.evidence.sentence), None)
        if same is not None:
            out[i] = c.with_(part_of=same.id)
    return out


def _opened_definite(c: Claim, definite: frozenset[str]) -> bool:
    """The figure opens on a definite determiner, its own first word or the word right before it
    ("Les deux policiers", the article outside the figure's text)."""
    at = c.evidence.sentence.find(c.text)
    words = (c.text.split()[:1] + c.evidence.sentence[:at].split()[-1:]) if at >= 0 else []
    return any(w.lower() in definite for w in words)


def the_others_told(claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """"A man stabbed five people, killing one of them. The four others were taken to hospital": a
    figure of others opened by a definite determiner (the pack's `plural_definite`), in a later
    sentence, equal to a whole of its category told before less the part of it that died, names the
    rest of that whole: `part_of` it (the toll counts them once)."""
    definite = pack.words("plural_definite")
    lex = lexicon(pack.language)
    out = list(claims)
    for i, c in enumerate(out):
        if c.part_of or c.historical or c.low is None or c.high != c.low or not _opened_definite(c, definite) \
                or not any(w.lower() in lex.words("others_words") or lex.cue("addition_words").fullmatch(w.lower())
                           for w in c.text.split()):
            continue
        for whole in reversed(out[:i]):
            died = sum(p.low or 0 for p in out if p.part_of == whole.id and p.category == "killed")
            if whole.category == c.category and whole.part_of is None and not whole.historical and died \
                    and whole.low is not None and whole.low - died == c.low and whole.evidence.sentence != c.evidence.sentence:
                out[i] = c.with_(part_of=whole.id)
                break
    return out


def reported_earlier(c: Claim) -> bool:
    """The figure is told as an earlier report (the pack's `earlier_report` words before it in its
    clause: "Initial reports had put the death toll at six", "Un premier bilan ... deux morts")."""
    at = c.evidence.sentence.find(c.text)
    clause = c.evidence.sentence[:at].rsplit(";", 1)[-1]  # "Un premier bilan ... deux morts; il a été revu à quatre"
    return at >= 0 and bool(lexicon(claim_language(c)).pattern("earlier_report").search(clause))


def earlier_reports(claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """`claims` with each figure of an earlier report made `part_of` the largest current figure
    of its category (none: it stays, the only account); the toll reads it in the high only."""
    out = list(claims)
    for i, c in enumerate(out):
        if c.part_of or c.historical or c.low is None or not reported_earlier(c):
            continue
        current = [p for p in out if p.category == c.category and p.id != c.id and p.part_of is None
                   and not p.historical and p.low is not None and not reported_earlier(p)]
        if current:
            out[i] = c.with_(part_of=max(current, key=lambda p: p.low).id)
    return out


def _whole_inside(c: Claim, claims: list[Claim]) -> Claim | None:
    """"three of the 17 wounded had died": the injured figure a partitive counts from, told inside
    the part's own words."""
    return next((p for p in claims if p.category == "injured" and p.part_of is None and not p.historical
                 and p.evidence.sentence == c.evidence.sentence and c.evidence.start < p.evidence.start < c.evidence.end), None)


def died_of_the_wounded(claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """"Five people were wounded, one of whom later died", "Двое получили ранения, один из них
    скончался": a killed figure whose victims are a pronoun for the wounded told right before it
    (in its sentence or the one before) is `part_of` that injured figure; the toll moves them
    from the injured to the killed (a wounded person who dies is killed, not also injured)."""
    pronouns = pack.words("back_pronouns") | pack.words("relative_pronouns") | pack.words("personal_pronouns")
    lex = lexicon(pack.language)
    hurt = state_words(pack, "injured")
    out = list(claims)
    for i, c in enumerate(out):
        at = c.evidence.sentence.find(c.text) + len(c.text)
        bare = c.victims.group is None and not c.cumulative and not is_addition(c, lex) and not lex.cue("addition_words").match(
            c.evidence.sentence[at:at + 12].lstrip())  # "injuring 15. One later died.", not "Two more died"
        said = c.text.lower().split()
        some_of = len(said) > 2 and said[1] in pack.words("partitive")  # "two of the ...", "один из ..."
        inner = _whole_inside(c, out) if some_of and c.category == "killed" else None
        wounded = (c.victims.group or "").lower() in hurt or inner is not None or (  # "two of the wounded died", "dos de los heridos"
            some_of and any(w in hurt for w in said[2:]))  # "один из раненых полицейских"
        killed_whole = wounded and some_of and any(
            p.id == c.part_of and p.category == "killed" for p in out)  # "One of the wounded", set with the dead before
        bare_only = bare and not wounded and (c.victims.group or "").lower() not in pronouns and not _of_those_told(c, pack) \
            and not _of_them_before(c, pack, pronouns)
        nearer = (c.victims.group or "").lower() in pronouns and _hurt_between(out, i)  # "murieron cuatro y dos más fueron llevadas al hospital con heridas, donde una de ellas falleció"
        if c.category != "killed" or (c.part_of and not killed_whole and not nearer) or c.historical or c.low is None \
                or ((c.victims.group or "").lower() not in pronouns and not bare and not wounded
                    and not _of_those_told(c, pack)):
            continue
        before = inner or next((p for p in reversed(out[:i]) if not p.historical and p.evidence.start < c.evidence.start
                                and (not wounded or (p.category == "injured" and p.part_of is None))), None)
        # "Серед поранених — двоє дітей ... помер один із поранених": the wounded's whole, past its part
        if before is not None and before.category == "injured" and before.low is not None and before.low >= (c.high or c.low) \
                and before.part_of is None and (wounded or _adjacent(before, c) or _wounded_named(c, pronouns, hurt)) \
                and not (before.victims.side and c.victims.side and before.victims.side != c.victims.side) \
                and not lex.pattern("separate_opening_pattern").search(c.evidence.sentence) and not (
                    bare_only and before.evidence.sentence == c.evidence.sentence
                    and not _died_later(before, c, lex)):  # not "ранены 47, погибли 11"
            risen = any(q.cumulative and q.category == "killed" and q.evidence.sentence == c.evidence.sentence for q in out)
            out[i] = c.with_(part_of=before.id, cumulative=c.cumulative or risen)
            # not of another side's wounded ("о 15 погибших" of the other state); "elevó a cuatro la cifra ...,
            # luego de que uno de los heridos muriera": counted in the toll it raised
    return out


def died_of_the_listed(claims: list[Claim], pack: LanguagePack) -> list[Claim]:
    """"The gunman shot the manager and two employees. All three died", "Both died": a killed
    figure in words of all of them or definite ones ("All three", "both", "they", "the three men")
    right after the wounded of a list whose counts add up to it tells their deaths: each wounded
    figure is `part_of` it (the toll counts them killed, not also injured)."""
    lex = lexicon(pack.language)
    general = lex.words("both_words") | pack.words("later_death_plurals")
    out = list(claims)
    for i, c in enumerate(out):
        if c.category != "killed" or c.part_of or c.historical or c.low is None or c.low < 2 or c.high != c.low \
                or (c.victims.group or "").lower() not in general and not _definite(c, pack, general) or is_addition(c, lex):
            continue  # not "A soldier and two civilians were wounded. Three were killed": three others
        listed = []
        for p in reversed(out[:i]):
            if p.category != "injured" or p.part_of or p.historical or p.low is None or p.low != p.high \
                    or (listed and p.evidence.sentence != listed[0].evidence.sentence):
                break
            listed.append(p)
        if len(listed) >= 2 and sum(p.low for p in listed) == c.low and _adjacent(listed[0], c) \
                and listed[0].evidence.sentence != c.evidence.sentence:
            for p in listed:
                out[out.index(p)] = p.with_(part_of=c.id)
    return out


def _definite(c: Claim, pack: LanguagePack, general: frozenset[str]) -> bool:
    """The figure's words open on, or follow, a restating determiner or a word of all of them
    ("the three men", "All three")."""
    at = max(0, c.evidence.sentence.find(c.text))
    words = (c.evidence.sentence[:at].split()[-1:] + c.text.split()[:1])
    return any(w.lower() in pack.words("restating_determiners") or w.lower() in general for w in words)


def _of_them_before(c: Claim, pack: LanguagePack, pronouns: frozenset[str]) -> bool:
    """"из них трое скончались", "de las cuales tres murieron", "dont trois sont mortes": the
    figure is a bare number after a partitive pronoun or an including word, some of those told."""
    at = c.evidence.sentence.find(c.text)
    words = re.findall(r"\w+", c.evidence.sentence[:max(at, 0)].lower())[-3:]
    return bool(words) and (words[-1] in pack.words("including") or (
        words[-1] in pronouns and any(w in pack.words("partitive") for w in words[:-1])))


def _wounded_named(c: Claim, pronouns: frozenset[str], hurt: set[str]) -> bool:
    """"Los heridos fueron trasladados al hospital, donde uno de ellos falleció": a pronoun whose
    own sentence names the wounded before it, however far back their figure was told."""
    if (c.victims.group or "").lower() not in pronouns:
        return False
    at = c.evidence.sentence.find(c.text)
    return any(w in hurt for w in re.findall(r"\w+", c.evidence.sentence[:max(at, 0)].lower()))


def _hurt_between(out: list[Claim], i: int) -> bool:
    """An injured figure stands between the killed figure `out[i]` and the larger whole it was
    made a part of: the pronoun stands for the nearer figure, the wounded."""
    c = out[i]
    whole = next((p for p in out if p.id == c.part_of), None)
    if whole is None or (whole.low == c.low and c.low > 1):
        return False  # "killed 11 ... 52 were shot and 11 of them died": the 11 told again (one is no such sign)
    return any(p.category == "injured" and not p.historical and p.part_of is None
                                     and whole.evidence.start < p.evidence.start < c.evidence.start for p in out[:i])


def _died_later(hurt: Claim, dead: Claim, lex) -> bool:
    """"injures 49 people; two later die of their wounds": between the two figures of one sentence
    (and a little after the second), words saying the dead died later or of their wounds."""
    s = hurt.evidence.sentence
    start = max(0, s.find(hurt.text)) + len(hurt.text)
    end = s.find(dead.text, start)
    if end < 0:
        return False
    return bool(lex.pattern("died_later_pattern").search(s[start:end + len(dead.text) + 40]))


def _of_those_told(c: Claim, pack: LanguagePack) -> bool:
    """"uno de los uniformados", "one of the officers": a count of a definite group, some of
    people told before (not "several of his neighbours")."""
    words = c.text.replace("'", "' ").replace("’", "’ ").lower().split()
    group = (c.victims.group or "").lower()
    if not is_perpetrator(c, pack.language) and len(words) == 3 and words[1] in pack.words("definite_partitives"):
        return words[-1] == group  # "l'une des victimes"
    return (not is_perpetrator(c, pack.language) and len(words) >= 4 and words[1] in pack.words("partitive")
            and words[2] in pack.words("restating_determiners") and words[-1] == group)


def _adjacent(p: Claim, c: Claim) -> bool:
    """`c` is in `p`'s sentence or the one right after it."""
    if p.evidence.sentence == c.evidence.sentence:
        return True
    p_end = p.evidence.start - max(0, p.evidence.sentence.find(p.text)) + len(p.evidence.sentence)
    c_start = c.evidence.start - max(0, c.evidence.sentence.find(c.text))
    return 0 <= c_start - p_end <= 3


def _single(c: Claim, lex) -> bool:
    if c.low != 1 or c.high != 1 or c.part_of or c.historical or c.approximate or c.scope != "incident" \
            or _DIGIT.search(c.text):
        return False
    return not is_addition(c, lex)


def lone_pronouns(claims: list[Claim], pack: LanguagePack) -> set[int]:
    """The figures counted from a personal pronoun alone (the pack's `personal_pronouns`) that
    tell no death of one told wounded right before ("A policeman was shot and wounded; he later
    died") or the article's first casualty ("the car of a commander blew up. He died at the scene"):
    a pronoun stands for someone counted where first named, or for no casualty at all."""
    mine = pack.words("personal_pronouns")
    lone = set()
    for i, c in enumerate(claims):
        if (c.victims.group or "").lower() not in mine:
            continue
        before = next((p for p in reversed(claims[:i]) if not p.historical and p.evidence.start < c.evidence.start), None)
        first = c.category == "killed" and before is None  # "He died at the scene": no one counted yet
        if not first and not (c.category == "killed" and before is not None and before.category == "injured"
                              and _adjacent(before, c)):
            lone.add(i)
    return lone
