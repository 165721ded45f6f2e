"""Which figures are part of which: details after a summary, restatements, named victims again.

`assign_part_of(claims)` sets `part_of` on claims that fit inside an earlier figure of the same
category (the toll then never adds them twice, tollwatch.extract.toll).
"""
from __future__ import annotations

import os
import re
from functools import cache

from ...models import Claim
from ..attribution import side_of, sides_table
from ..numbers import find_quantities, parse_number
from .lexicon import Lexicon, claim_language, lexicon
from .parsed import shouting
from .perpetrators import attacker_among_victims, forces_word, is_perpetrator

OPENING, CLOSING = ("«", "“", "„"), ("»", "”")  # typographic quotation marks; the straight '"' is both


def assign_part_of(claims: list[Claim], language: str = "en") -> list[Claim]:
    """Details after a summary are part of it: an incident that fits inside an earlier total,
    side or larger figure of the same category (nearest first); a repeated figure about the
    same victims is part of its first mention; an unnumbered plural is part of a numbered one.
    `language`: the claims' pack language (its context words, claims/lexicon.py)."""
    lex = lexicon(language)
    before = _named_after_a_singular(_named_counted(_named_again(_breakdowns(list(claims), lex), lex)), lex)
    added = _total_after_details(_details_that_add_up(list(before), lex), lex)
    used: dict[str, int] = {}  # "three people died ... two BJP members ... and a stalwart": the whole is full
    for old, new in zip(before, added):
        if new.part_of and not old.part_of and new.low:
            used[new.part_of] = used.get(new.part_of, 0) + new.low
    out = _other_accounts(added, lex)
    kinds = _elided_groups(out, lex)
    elided = _specific(kinds, lex)
    paired = {i for i, c in enumerate(out) if i and out[i - 1].evidence.sentence == c.evidence.sentence
              and out[i - 1].evidence.start < c.evidence.start}  # "uno ... y otro": "another" of its own sentence
    for i, c in enumerate(out):
        if c.historical or c.low is None or c.scope != "incident" or c.part_of or c.cumulative \
                or stands_for_another(c) or lex.pattern("separate_opening_pattern").search(c.evidence.sentence):
            continue  # "Separately, militants killed four soldiers": another incident
        earlier = sorted((p for p in reversed(out[:i]) if _container(p, c, lex)),
                         key=lambda p: not _names_same_victim(p, c, lex))  # "the minister": the one named minister first
        later = [p for p in out[i + 1:] if _container(p, c, lex) and c.low == 2 and c.high is None and c.approximate]
        for p in earlier + later:
            if other_place(p, c, lex):
                continue  # "У Куп'янську загинули двоє людей. У Балаклії загинули двоє людей": two places
            if attacker_among_victims(c, p, language):
                continue  # "the attacker" is not one of his victims
            if _civilians_and_forces(p.victims.group or kinds.get(p.id), c.victims.group, lex):
                continue  # "Three civilians were killed and 12 injured ... four soldiers had been wounded"
            if len(_name_words(p, lex)) >= 2 and len(_name_words(c, lex)) >= 2:
                continue  # a second full name is a second victim (the same name again: _named_again)
            room = p.low - used.get(p.id, 0)
            fits = c.low <= room
            if p.scope == "incident" and not _detail_of(p, c, lex, i in paired, elided.get(p.id)):
                fits = False
            if p.scope == "side" and p.evidence.sentence == c.evidence.sentence and c.evidence.start > p.evidence.end:
                fits = False  # "Six humanitaires français, leur guide et leur chauffeur": one list, its members add
            if fits is False and c.low <= room and _bodies_of(p, c, lex):
                fits = True  # "At least 30 people died; 18 bodies have been pulled from the mud": those dead's bodies
            if c.low == 1 and _definite(c, lex) and p.evidence.sentence != c.evidence.sentence and not _also(c, lex):
                fits = True  # "the facilitator", "el crimen del excombatiente": a victim already counted
            if c.low == 2 and p.low >= 2 and lex.cue("both_words").match(c.text) and p.evidence.sentence != c.evidence.sentence:
                fits = True  # "Both officers died", "Оба сотрудника скончались": two counted before
            if (unnumbered_plural(c, language) and not (lex.raw["plural_members_add"] and _one_list(p, c, out, lex))) or _refines(p, c, lex) or _restated(p, c) \
                    or (_counts_vague(p, c) and not is_addition(c, lex)) or vague_told(p, c, lex):
                fits = True  # (not "injured his father and his brothers": members of one list add)
            if fits:
                out[i] = c.with_(part_of=p.id)
                again = unnumbered_plural(c, language) or _definite_start(c, lex) or _restated(p, c) or vague_told(p, c, lex) \
                    or (c.low, c.high) == (p.low, p.high)  # a part as large as its whole is the whole again
                used[p.id] = used.get(p.id, 0) + (0 if again else c.low)
                break
    return out


def _bodies_of(p: Claim, c: Claim, lex: Lexicon) -> bool:
    """`c` counts bodies after `p`, a death figure in other words in the same sentence, not told as
    more ("the bodies of three more")."""
    bodies = lex.words("body_counts")
    return p.evidence.sentence == c.evidence.sentence and p.evidence.start < c.evidence.start \
        and c.category == "killed" and (c.victims.group or "").lower() in bodies \
        and (p.victims.group or "").lower() not in bodies and not is_addition(c, lex) and not _owners_after(c, lex)


def _owners_after(c: Claim, lex: Lexicon) -> bool:
    """People named in the three words after the figure ("found 3 bodies of hostages"): whose
    bodies they are, told apart from the dead before."""
    s = c.evidence.sentence
    at = s.find(c.text)
    after = re.split(r"[,;:.]", s[at + len(c.text):], maxsplit=1)[0] if at >= 0 else ""
    return any(w in lex.people for w in re.findall(r"\w+", after.lower())[:3])


def stands_for_another(c: Claim) -> bool:
    """"A sixth worker was kidnapped; his body was found": a lone pronoun whose victim is one told
    in another category (casualties._wounded_who_died gives it that victim's group), not one of an
    earlier figure of the dead."""
    group = (c.victims.group or "").lower()
    return len(c.text.split()) == 1 and not any(ch.isdigit() for ch in c.text) \
        and group not in ("", "named") and group != c.text.lower() \
        and parse_number(c.text, claim_language(c)) is None  # not "killing several and detaining one": a count


def _other_accounts(out: list[Claim], lex: Lexicon) -> list[Claim]:
    """"Police confirmed seven killed, although villagers said over 10 were killed", "Seven former
    rebels have been killed ... The jihadists said eight members were killed": the same victims,
    one of the two figures in general words (or the later one an armed group's count: "The Taliban
    said 20 soldiers had died"), counted by another source right after, is another account of the
    figure before it (the toll takes the larger, or widens only the high for an armed group's
    claim: toll._alleged_against), not more victims."""
    general = lex.words("whole_groups") | {None}
    accounts: set[str] = set()  # a third account follows the second
    by_id = {q.id: q for q in out}  # wholes as they came in (a whole made an account here is in `accounts`)
    kinds = _elided_groups(out, lex)
    elided = _specific(kinds, lex)
    for i, c in enumerate(out):
        if (c.part_of or c.historical or c.low is None or c.scope != "incident" or (c.cumulative and not _after_a_claim(c, out[:i]))
                or is_addition(c, lex) or lex.pattern("separate_opening_pattern").search(c.evidence.sentence)):
            continue  # ("In a separate attack the same day, two civilians were killed": no account of the first)
        dead = (c.victims.group or "").lower() in lex.words("dead_counts")  # "Neuf soldats ... de onze morts"
        own = is_perpetrator(c, lex.language)  # "The attacker was also killed. The insurgents said they killed 40 soldiers"
        p = next((p for p in reversed(out[:i]) if p.category == c.category and not p.historical
                  and is_perpetrator(p, lex.language) == own  # "troops killed seven of the attackers": not an account of their victims
                  and not (p.part_of and p.evidence.sentence == c.evidence.sentence)), None)
        # "the dead included five residents while five of the bandits were killed": past the part
        if c.reported_by.kind == "armed_group":  # "killing two policemen ... four insurgents were also killed ...
            p = next((q for q in reversed(out[:i]) if q.category == c.category and not q.historical  # the Taliban said
                      and not q.part_of and q.reported_by.kind != "armed_group"  # eight policemen had been killed"
                      and _same_kind(q.victims.group, c.victims.group)), p)
        for _ in range(4):  # an armed group's count after the parts of a whole: an account of the whole
            if p is not None and p.part_of in by_id and p.low == by_id[p.part_of].low \
                    and (p.victims.group or "").lower() in lex.words("dead_counts"):
                p = by_id[p.part_of]  # "At least 10 people were killed ... 'I saw ten bodies' ...": the whole again
                continue
            if p is None or p.part_of not in by_id or p.id in accounts or (
                    c.reported_by.kind != "armed_group" and not (dead and p.evidence.sentence != c.evidence.sentence)):
                break  # "eight killed ... five civilians and three soldiers ... Al Shabaab said it killed 30 soldiers"
            p = by_id[p.part_of]
        if (p is None or (p.part_of is not None and p.id not in accounts) or p.scope != "incident" or p.low is None
                or (p.victims.side != c.victims.side and not (c.victims.side is None and (c.victims.group or "").lower()
                                                              in lex.words("dead_counts")))
                or other_place(p, c, lex)):  # "Neuf soldats maliens ... un bilan plus lourd, de onze morts"
            continue
        whose = p.victims.group or elided.get(p.id)
        if _own_forces_told(c, lex) and _civilians_and_forces(p.victims.group or kinds.get(p.id), c.victims.group, lex) \
                and not _set_against(p, c, lex):
            continue  # "Twelve civilians were wounded ... The army said four soldiers had been wounded" (but "Some
            # sources say seven soldiers died ... However, witnesses report the killing of 20 civilians")
        claimed = c.reported_by.kind == "armed_group" and p.reported_by.kind != "armed_group"
        recounted = bool(c.reported_by.name) and _same_kind(p.victims.group, c.victims.group) \
            and p.evidence.sentence != c.evidence.sentence and not p.reported_by.name  # "Не менее 20 военнослужащих
        # погибли ... Армия сообщила о гибели 12 военных": the same victims counted by a named source
        told_apart = p.evidence.sentence == c.evidence.sentence and bool(p.reported_by.name) \
            and bool(c.reported_by.name) and _same_kind(p.victims.group, c.victims.group) \
            and _named_place(c, lex) is None  # "The army said seven soldiers were killed; residents said 12 soldiers died"
        if (c.victims.group not in general and whose not in general and not dead) \
                and not _set_against(p, c, lex) and not claimed and not recounted and not told_apart:
            continue  # a specific group against a specific one: other victims, unless set against it
        if p.victims.group != c.victims.group and any(
                q.victims.group == c.victims.group and q.low == c.low and not q.historical for q in out[:i]):
            continue  # "Six civilians and two officers ... shot dead six civilians": told again, not another account
        if (c.reported_by.name and (p.reported_by.name or "").lower() != c.reported_by.name.lower()) or (
                claimed and p.evidence.sentence != c.evidence.sentence):
            other = True  # (an armed group's claim of its own deed, its name not told: "affirmant avoir tué 27 militaires")
        else:  # "Another said that 41 had been killed", "Al-Wasat reported three deaths"
            other = (p.evidence.sentence != c.evidence.sentence and _reported(c.evidence.sentence, lex.language)
                     and not lex.pattern("separate_pattern").search(_without_quantity(c.text, lex.language))) \
                or _reported_against(p, c, lex)
        if other:
            out[i] = c.with_(part_of=p.id)
            accounts.add(c.id)
    return out


def _after_a_claim(c: Claim, before: list[Claim]) -> bool:
    """"Islamic State said it had killed 40 ... Police put the toll at 12": a running toll told by
    others right after an armed group's claim of the same category is another account of those
    victims (the claim in the high only), not a revision of it."""
    p = next((p for p in reversed(before) if p.category == c.category and not p.historical), None)
    return p is not None and p.reported_by.kind == "armed_group" and c.reported_by.kind not in ("armed_group", None)


def _elided_groups(out: list[Claim], lex: Lexicon) -> dict[str, str]:
    """"Four protesters were killed and eleven wounded": claim id -> the group a bare count leaves
    out, the one of the figure of another category right before it in its sentence."""
    return {p.id: q.victims.group for q, p in zip(out, out[1:])
            if p.victims.group is None and len(p.text.split()) == 1 and q.victims.group
            and q.evidence.sentence == p.evidence.sentence and q.category != p.category}


def _specific(groups: dict[str, str], lex: Lexicon) -> dict[str, str]:
    """Those of `groups` that name a kind of people (not "people", "civilians": a whole any later
    kind may detail)."""
    return {k: g for k, g in groups.items() if g.lower() not in lex.words("whole_groups")}


def _opening_place(c: Claim, lex: Lexicon) -> str | None:
    """The place a claim's sentence opens on ("In Kandahar, ...", "У Балаклії ..."), lower-case."""
    m = lex.pattern("place_opening_pattern").search(c.evidence.sentence)
    word = m.group(1).lower() if m else None
    return None if word is None or word in lex.raw["months"] else word


def _named_place(c: Claim, lex: Lexicon) -> str | None:
    """The first place a claim's sentence names after a preposition of place, lower-case."""
    pattern = lex.raw["place_opening_pattern"].replace("^\\W*", "(?<![\\w-])", 1)
    flags = 0 if shouting(c.evidence.sentence) else re.IGNORECASE  # "KABUL (June 12) - In Ghazni province" (a
    for m in re.finditer(pattern, c.evidence.sentence, flags):       # shouting wire's every word has a capital)
        word = m.group(1).lower()
        if word not in lex.raw["months"]:
            return word
    return None


def other_place(p: Claim, c: Claim, lex: Lexicon) -> bool:
    """Two figures whose sentences open on two different places, or a later sentence opening on a
    place other than the one the earlier sentence names: two incidents of a list."""
    a, b = _opening_place(p, lex), _opening_place(c, lex)
    if a is None and b is not None and p.evidence.sentence != c.evidence.sentence:
        if re.search(rf"(?<!\w){re.escape(b)}(?!\w)", p.evidence.sentence, re.IGNORECASE):
            return False  # "in separate operations in Balkh and Kunduz provinces ... In Kunduz, ...": one of its places
        a = _named_place(p, lex)  # "... were killed in Kunar. In Helmand, ..."
    return a is not None and b is not None and a != b


def _contrast_before(p: Claim, c: Claim, lex: Lexicon) -> tuple[re.Match | None, int]:
    """The contrast word before figure `c` in its sentence (after `p` where `p` is in it too), and
    where `c` stands."""
    s = c.evidence.sentence
    at = s.find(c.text)
    start = s.find(p.text) + len(p.text) if p.evidence.sentence == s and p.text in s else 0
    return (lex.cue("contrast_words").search(s, start, at) if at > start else None), at


def _set_against(p: Claim, c: Claim, lex: Lexicon) -> bool:
    """"Some sources say seven soldiers died ... However, witnesses report the killing of 20
    civilians": a contrast word before the figure, in its own sentence, sets it against the
    figure before it, whatever words each uses for the dead."""
    return _contrast_before(p, c, lex)[0] is not None


def _reported_against(p: Claim, c: Claim, lex: Lexicon) -> bool:
    """"Власти говорят о четырёх погибших, однако оппозиция утверждает, что погибли не менее 15":
    in one sentence, a contrast word and then a reporting verb between two figures give the second
    as another source's account (its source unknown to the tables, both were given the first's)."""
    if p.evidence.sentence != c.evidence.sentence or p.text not in c.evidence.sentence:
        return False
    contrast, at = _contrast_before(p, c, lex)
    return contrast is not None and _reported(c.evidence.sentence[contrast.end():at], lex.language)


def _reported(sentence: str, language: str) -> bool:
    """The sentence gives its figure as somebody's report ("reported", "said", "according to")."""
    return _reporting(language).search(sentence) is not None


@cache
def _reporting(language: str) -> re.Pattern[str]:
    verbs = sorted(sides_table(language)["reporting_verbs"], key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(v) for v in verbs)})(?![\w-])", re.IGNORECASE)


def _demonym_only(c: Claim, lex: Lexicon) -> bool:
    """"A Palestinian", "an Afghan": the only capitalised words of the victim phrase are demonyms."""
    words = [w for w in c.text.split() if w[:1].isupper() and w.lower() not in lex.stop]
    return bool(words) and all(side_of(w, lex.language) is not None for w in words)


def _named_after_a_singular(out: list[Claim], lex: Lexicon) -> list[Claim]:
    """"A journalist was killed ... Carlos Dominguez was slain": a victim named in a later
    sentence is the one a figure before it counted (each name fills one place in it)."""
    room: dict[str, int] = {}
    for i, c in enumerate(out):
        if c.victims.group != "named" or c.part_of or c.historical or c.low != 1 or _demonym_only(c, lex):
            continue  # "A Palestinian was killed" names nobody
        for p in out[:i]:
            apposed = p.evidence.sentence == c.evidence.sentence and _apposed(p, c)
            if (p.category == c.category and not p.historical and p.part_of is None and p.low
                    and p.victims.group != "named" and (p.evidence.sentence != c.evidence.sentence or apposed)
                    and (None in (p.victims.side, c.victims.side) or p.victims.side == c.victims.side)
                    and room.get(p.id, p.low) >= 1):  # not "A Palestinian" after "an Israeli soldier"
                out[i] = c.with_(part_of=p.id)
                room[p.id] = room.get(p.id, p.low) - 1
                break
    return out


def _apposed(p: Claim, c: Claim) -> bool:
    """"The PDP chairman for Olomu ward 1, Paul Onomuakpokpo was killed": a name right after a
    victim's phrase, a comma between, is that victim."""
    gap = c.evidence.start - p.evidence.end
    return 0 <= gap <= 40 and re.fullmatch(r"[^.;:]*,\s*", p.evidence.sentence[
        p.evidence.sentence.find(p.text) + len(p.text):][:gap]) is not None


def _one_list(a: Claim, b: Claim, claims: list[Claim], lex: Lexicon) -> bool:
    """"injured his father and his brothers", "killed a shopkeeper, his wife and their daughters": two
    figures of one sentence with only a list's joining words and its other members between them are
    members of one list, each its own."""
    first, second = sorted((a, b), key=lambda c: c.evidence.start)
    sentence = first.evidence.sentence
    at = sentence.find(first.text)
    if second.evidence.sentence != sentence or at < 0 or not 0 <= second.evidence.start - first.evidence.end <= 80:
        return False
    start = first.evidence.start - at  # the sentence's offset in the article
    cuts = sorted((m.evidence.start - start, m.evidence.end - start) for m in claims if m.evidence.sentence == sentence
                  and first.evidence.end <= m.evidence.start and m.evidence.end <= second.evidence.start)
    pieces, edge = [], first.evidence.end - start
    for s, e in cuts + [(second.evidence.start - start, second.evidence.start - start)]:
        pieces.append(sentence[edge:s])
        edge = max(edge, e)
    return all(lex.pattern("listed_gap_pattern").match(p) is not None for p in pieces) \
        and any(p.strip(" ,") for p in pieces)  # a joining word, not commas alone ("Six people, all members of one family")


def _definite_start(c: Claim, lex: Lexicon) -> bool:
    """"the facilitator", "le commandant": a victim the text names with a definite article."""
    return lex.pattern("definite_start_pattern").match(c.text) is not None


def _total_after_details(out: list[Claim], lex: Lexicon) -> list[Claim]:
    """"detained a Taliban commander and another militant ... two militants were detained, including
    the Taliban commander": a later figure equal to the sum of two or more earlier figures of its
    category, naming the same kind of victim as one of them, counts them again (not an addition,
    not "more")."""
    def exact(c: Claim) -> bool:
        return not c.historical and c.scope == "incident" and c.low is not None and c.low == c.high

    for i, c in enumerate(out):
        if c.part_of or not exact(c) or c.cumulative or is_addition(c, lex):
            continue
        roots = [j for j in range(i) if out[j].category == c.category and out[j].part_of is None and exact(out[j])
                 and out[j].evidence.sentence != c.evidence.sentence]
        if len(roots) >= 2 and sum(out[j].low for j in roots) == c.low \
                and (any(_same_kind(out[j].victims.group, c.victims.group) for j in roots) or _sums_one_list(
                    [out[j] for j in roots], c, lex)):
            for j in roots:
                out[j] = out[j].with_(part_of=c.id)
    return out


def _sums_one_list(roots: list[Claim], c: Claim, lex: Lexicon) -> bool:
    """"killed a village chief and his two sons ... 3 fatalities": a count of people in general
    equal to one earlier sentence's list of victims is that list counted (not in a sentence that
    tells of another or a separate deed)."""
    group = (c.victims.group or "").lower()
    told = {r.evidence.sentence for r in roots}
    return (not group or group in lex.words("whole_groups")) and len(told) == 1 \
        and not lex.cue("addition_words").search(c.evidence.sentence) \
        and not lex.pattern("separate_opening_pattern").search(c.evidence.sentence) \
        and not _words(c.evidence.sentence, names=True) - _words(next(iter(told)))  # "Two civilians died in Herat"


def _words(sentence: str, names: bool = False) -> set[str]:
    """A sentence's words; `names`: only its capitalised words after the first (places, people, forces)."""
    return {w.strip(".,;:!?()\"'«»") for w in sentence.split()[names:] if not names or w[:1].isupper()}


def _own_forces_told(c: Claim, lex: Lexicon) -> bool:
    """A count of a state's hurt forces that the forces or the state tell ("The army said four soldiers
    had been wounded"; not the dead: a WAD check row of the dead moved down with them)."""
    return c.category == "injured" and c.reported_by.kind in ("military", "government") \
        and forces_word((c.victims.group or "").lower(), lex.words("state_forces"))


def _civilians_and_forces(a: str | None, b: str | None, lex: Lexicon) -> bool:
    """One group civilians, the other a state's forces: never the same victims."""
    a, b = (a or "").lower(), (b or "").lower()
    civilians, forces = lex.words("civilian_groups"), lex.words("state_forces")
    return (a in civilians and forces_word(b, forces)) or (b in civilians and forces_word(a, forces))


def _same_kind(a: str | None, b: str | None) -> bool:
    """"militant" and "militants", "боевика" and "боевиков": one victim word, whatever its ending."""
    if not a or not b or a == "named" or b == "named":
        return False
    a, b = a.lower(), b.lower()
    shared = len(os.path.commonprefix([a, b]))
    return a == b or shared >= max(4, min(len(a), len(b)) - 2)


def _details_that_add_up(out: list[Claim], lex: Lexicon) -> list[Claim]:
    """"Eleven people were killed ... the death of three herders and eight farmers", "five of its
    employees were killed ... one Briton and four Afghans were killed": figures in later
    sentences that add up exactly to an earlier figure are its details ("A car bomb killed 4
    people. In the south, gunmen shot dead 3 policemen" adds; so do figures told at other places:
    "In Ghazni, the force detained two suspects. In Khost, ... detained another suspect. In Kunar,
    ... one individual")."""
    for i, whole in enumerate(out):
        if whole.part_of or whole.historical or whole.low is None or whole.high not in (whole.low, None):
            continue
        run, total = [], 0
        spread = lex.pattern("spread_pattern").search(whole.evidence.sentence) is not None  # "in separate attacks"
        for k in range(i + 1, len(out)):
            c = out[k]
            if c.category != whole.category or c.historical or c.part_of:
                continue
            if c.evidence.sentence == whole.evidence.sentence and not run:
                continue  # "Thirteen people, including a child": the whole's own parts
            if c.evidence.sentence == whole.evidence.sentence or c.low is None or c.high not in (c.low, None) \
                    or (other_place(whole, c, lex) and not spread):
                break
            run.append(k)
            total += c.low
            if total >= whole.low:
                break
        if total == whole.low and len(run) >= 2:
            for k in run:
                out[k] = out[k].with_(part_of=whole.id)
            for j, own in enumerate(out):  # "Thirteen people, including a child ... and a child": the same child
                same = [k for k in run if (out[k].victims.group, out[k].low) == (own.victims.group, own.low)]
                if own.part_of == whole.id and own.evidence.sentence == whole.evidence.sentence and same:
                    out[j] = own.with_(part_of=out[same[0]].id)
    return _told_with_details(out)


def _told_with_details(out: list[Claim]) -> list[Claim]:
    """"Two blasts killed eight people and injured 13 ... The second killed five civilians and
    injured 13 others": in a later sentence holding one of the details (two or more, told in later
    sentences) of a figure of another category told beside this one, the next count of this one's
    category that equals it is that count again (a lone victim may be another)."""
    by_id = {c.id: c for c in out}
    details = {}  # whole id -> how many figures of later sentences are its parts
    for d in out:
        if d.part_of in by_id and d.evidence.sentence != by_id[d.part_of].evidence.sentence:
            details[d.part_of] = details.get(d.part_of, 0) + 1
    for i, whole in enumerate(out):
        if whole.part_of or whole.historical or whole.low is None or whole.low < 2:
            continue
        c = next((c for c in out[i + 1:] if c.category == whole.category
                  and c.evidence.sentence != whole.evidence.sentence), None)
        if c is None or c.part_of or c.historical or (c.low, c.high) != (whole.low, whole.high) or not any(
                d.evidence.sentence == c.evidence.sentence and d.category != c.category and d.part_of in by_id
                and details.get(d.part_of, 0) >= 2 and by_id[d.part_of].evidence.sentence == whole.evidence.sentence
                for d in out):
            continue
        out[next(k for k in range(i + 1, len(out)) if out[k] is c)] = c.with_(part_of=whole.id)
    return out


def _names_same_victim(p: Claim, c: Claim, lex: Lexicon) -> bool:
    """"the minister" after "Minister Antonio Rodriguez Porth": the singular's noun in the earlier figure."""
    if c.low != 1 or not _definite_start(c, lex):
        return False
    noun = c.text.split()[-1]
    return re.search(rf"\b{re.escape(noun)}\b", p.text, re.IGNORECASE) is not None


def _name_words(c: Claim, lex: Lexicon) -> list[str]:
    """The words of a named victim that make up the name ("Ramiro Castillo"), none for others."""
    if c.victims.group != "named":
        return []
    return [w for w in c.text.replace(",", " ").split()
            if len(w) > 3 and w.lower() not in lex.people_singular and w.lower() not in lex.stop
            and side_of(w, lex.language) is None]  # "A Palestinian": a demonym, no name


def _named_again(out: list[Claim], lex: Lexicon) -> list[Claim]:
    """A victim named again ("killing Fayez Jan" after "killed the commander Fayez Jan") is one."""
    for i, c in enumerate(out):
        if c.victims.group != "named" or c.part_of:
            continue
        names = _name_words(c, lex)[-1:]  # the surname: "Former Balochistan Bar President Baz Kakar" is not Kasi
        for p in out[:i]:
            if (p.category == c.category and not p.historical and p.evidence.sentence != c.evidence.sentence
                    and any(re.search(rf"\b{re.escape(w)}\b", p.evidence.sentence) for w in names)):
                out[i] = c.with_(part_of=p.part_of or p.id)
                break
    return out


def _named_counted(out: list[Claim]) -> list[Claim]:
    """"Both leaders", "two valuable persons" after two named victims: the same victims."""
    for i, c in enumerate(out):
        if c.part_of or c.historical or c.low is None or c.victims.group == "named":
            continue
        named = [p for p in out[:i] if p.category == c.category and p.victims.group == "named"
                 and not p.part_of and not p.historical and p.evidence.sentence != c.evidence.sentence]
        if len(named) >= 2 and c.low == len(named) and c.high == c.low:
            out[i] = c.with_(part_of=named[0].id)
    return out


def _breakdowns(out: list[Claim], lex: Lexicon) -> list[Claim]:
    """"40 people, 6 soldiers and 34 civilians, were killed", "two reporters, Roberto Navas and
    Mauricio Pineda": figures right after a figure in the same sentence that add up to it exactly
    are its breakdown, where the figure is of plain, victim or no people words or every part is
    one person (not "three women, two men and a child", a list)."""
    wholes = lex.words("generic_groups") | lex.words("whole_groups") | lex.words("dead_counts") | {""}
    for i, p in enumerate(out):
        if p.low is None or p.part_of or p.historical:
            continue
        run, total = [], 0
        for j in range(i + 1, len(out)):
            c = out[j]
            if c.evidence.sentence != p.evidence.sentence or c.category != p.category or c.low is None:
                break
            run.append(j)
            total += c.low
            if total >= p.low:
                break
        if len(run) >= 2 and total == p.low and (_closed(out[run[-1]]) or not _apposed(p, out[run[0]])) \
                and ((p.victims.group or "").lower() in wholes or all(out[j].low == 1 for j in run)):
            for j in run:
                out[j] = out[j].with_(part_of=p.id)
    return out


def _closed(c: Claim) -> bool:
    """A breakdown right after its whole ends at a mark or the sentence's end ("40 people, 6
    soldiers and 34 civilians, were killed"); "Two soldiers, a nurse and a child were wounded" runs
    on into its verb: a list of four (a capital after it may be the rest of a name: "John Paolo Puzo Ochoa")."""
    sentence = c.evidence.sentence
    at = sentence.find(c.text)
    rest = sentence[at + len(c.text):].lstrip() if at >= 0 else ""
    return not rest[:1].islower()


def _detail_of(p: Claim, c: Claim, lex: Lexicon, paired: bool = False, group: str | None = None) -> bool:
    """An incident figure `c` restating or detailing an earlier incident figure `p` in a later
    sentence: the same victims again, or a detail of a vague summary ("killed several ...").
    `paired`: `c` follows another figure of its own sentence, which its "another" is set against;
    `group`: the group `p` leaves out, where it is a bare count (_elided_groups); a state's forces in
    other words are the same ("soldados" ... "tres uniformados heridos")."""
    if p.evidence.sentence == c.evidence.sentence:
        return False
    if is_addition(c, lex) and not (p.approximate and p.high is None) and not paired:
        return False  # "A fifth officer died", "Ещё один человек": one more (after a vague summary it may be its count)
    if lex.cue("example_cues").search(c.evidence.sentence[:c.evidence.sentence.find(c.text) + 1]):
        return True  # "In one case, a 70-year-old man died": one of the victims already counted
    whose = p.victims.group if group is None else group
    forces = lex.words("state_forces")
    same = c.victims.group in (None, whose) or whose is None or (c.victims.group or "").rstrip("s") == (whose or "").rstrip("s") \
        or (group is not None and forces_word(group.lower(), forces) and forces_word((c.victims.group or "").lower(), forces)) \
        or (paired and lex.cue("addition_words").fullmatch(c.victims.group or "") is not None) \
        or (c.category == "injured" and (c.victims.group or "").lower() in lex.words("hurt_counts"))
    # "... y otro más resultó herido"; "Six of the wounded were evacuated": some of the hurt told before
    vague = p.approximate and p.high is None
    if p.low == c.low and p.high in (c.high, None) and (c.low or 0) >= 3:
        return True  # the same figure of three or more, restated ("at least 15 farmers ... 15 bodies")
    if p.low == c.low and p.high == c.high and (c.victims.group or "").lower() in lex.words("plain_people"):
        return True  # "killed two farmers ... Two people died": the same victims in plainer words
    if p.low == c.low and (p.high == c.high or None in (p.high, c.high)) and _headline_line(p):
        return True  # "погибли двое полицейских" heading a plain text, "Двое сотрудников полиции погибли" its lead
    if p.low == c.low == c.high == p.high and _forces(p, lex) and _forces(c, lex) and _quoted(c):
        return True  # "Two police officers were killed ... 'Two policemen died at the scene,' the statement said"
    if c.victims.group in lex.raw["detail_groups"] and (c.high == c.low or (c.high is None and c.low < p.low)) \
            and not c.approximate and not lex.pattern("separate_pattern").search(c.text):
        return True  # "detained two suspected insurgents ... the two individuals were detained"; "« J'ai compté
        # au moins dix corps »" after fourteen dead: a count of those bodies, no more dead
    return same or (vague and c.victims.group in ("them", "others", "named")) or unnumbered_plural(c, lex.language)


def _headline_line(c: Claim) -> bool:
    """The figure's sentence is a headline left at the top of a plain text: the text's first line,
    no end punctuation."""
    s = c.evidence.sentence.strip()
    at = c.evidence.sentence.find(c.text)
    return bool(s) and at >= 0 and c.evidence.start - at <= 2 and s[-1].isalnum()


def _quoted(c: Claim) -> bool:
    """The figure is inside a quotation (a statement quoted after the lead that told it)."""
    s = c.evidence.sentence
    at = s.find(c.text)
    if at < 0:
        return False
    before, after = s[:at], s[at + len(c.text):]
    opened = sum(before.count(q) for q in OPENING) > sum(before.count(q) for q in CLOSING)
    closed = sum(after.count(q) for q in CLOSING) > sum(after.count(q) for q in OPENING)
    return opened or closed or before.count('"') % 2 == 1 or after.count('"') % 2 == 1  # a quotation of several sentences


def _forces(c: Claim, lex: Lexicon) -> bool:
    """The victims are a state's forces ("policemen", "сотрудников", "soldat")."""
    return forces_word((c.victims.group or "").lower(), lex.words("state_forces"))


def is_addition(c: Claim, lex: Lexicon) -> bool:
    """"A fifth officer died", "another Palestinian man", "Ещё один человек", "A civilian was also
    wounded": one more."""
    at = c.evidence.sentence.find(c.text)
    bare = at >= 0 and len(c.text.split()) == 1  # "killed three more": the word right after a bare number
    after = [w.strip(".,;:") for w in c.evidence.sentence[at + len(c.text):].split(None, 1)[:1]] if bare else []
    return bool(lex.cue("addition_words").search(_without_quantity(c.text, lex.language)) or (
        at > 0 and lex.pattern("addition_before_pattern").search(c.evidence.sentence[max(0, at - 12):at]))
        or _also(c, lex) or any(lex.cue("addition_words").fullmatch(w) for w in after))


def _also(c: Claim, lex: Lexicon) -> bool:
    """"A civilian passing by was also wounded", "Мирный житель также получил ранение": "also"
    right after the victims (an ordinal inside them, "the second woman killed", may still be
    one told before)."""
    at = c.evidence.sentence.find(c.text)
    end = at + len(c.text)
    return at >= 0 and lex.pattern("addition_after_pattern").search(c.evidence.sentence[end:end + 40]) is not None


def _without_quantity(text: str, language: str) -> str:
    """The victim phrase without its number: "more than a dozen" is a hedge, not "more" victims."""
    for q in find_quantities(text, 0, language=language):
        text = text[:q.start] + " " * (q.end - q.start) + text[q.end:]
    return text


def _refines(p: Claim, c: Claim, lex: Lexicon) -> bool:
    """"several suspected insurgents ... The five suspected insurgents were detained": the definite
    count of the same victims a vague figure stood for."""
    return (p.approximate and p.high is None and not any(ch.isdigit() for ch in p.text)
            and _definite(c, lex) and c.low is not None and c.low == c.high
            and c.victims.group is not None and c.victims.group == p.victims.group
            and p.evidence.sentence != c.evidence.sentence)


def _counts_vague(p: Claim, c: Claim) -> bool:
    """"Dozens of passengers were killed ... At least 34 were killed", "around 40 people ...
    Thirty-eight were killed": a bare count in a later sentence, inside the range of a vague
    or approximate figure before it, is that figure's count; so is a count of the same victims
    ("une dizaine de civils tués ... Au moins dix civils ont été tués")."""
    closed = p.high is not None or not any(ch.isdigit() for ch in p.text)  # "around 40": 36-44; not "at least 10"
    return (p.approximate and closed and c.victims.group in (None, p.victims.group)
            and c.low is not None and p.low is not None and p.low <= c.low <= (p.high or c.low)
            and p.evidence.sentence != c.evidence.sentence)


def vague_told(p: Claim, c: Claim, lex: Lexicon) -> bool:
    """"two were wounded ... Several wounded were taken to hospital", "ранены двое ... Нескольких
    раненых доставили в госпиталь": a vague count without a number of the dead or the hurt
    themselves, in a later sentence, names some of those counted before."""
    group = (c.victims.group or "").lower()
    return (c.approximate and not any(ch.isdigit() for ch in c.text) and p.low is not None and not p.approximate
            and group in lex.words("dead_counts") | lex.words("hurt_counts") and c.low is not None
            and c.low <= max(p.low, 3) and p.evidence.sentence != c.evidence.sentence)


def _restated(p: Claim, c: Claim) -> bool:
    """The same figure of three or more about the same victims, in a later sentence."""
    return (p.low == c.low and p.high == c.high and (c.low or 0) >= 3 and not c.approximate
            and c.victims.group == p.victims.group
            and p.evidence.sentence != c.evidence.sentence)


def _definite(c: Claim, lex: Lexicon) -> bool:
    """"the five suspected insurgents": victims the text has already introduced."""
    if _definite_start(c, lex):
        return True
    at = c.evidence.sentence.find(c.text)
    return at > 0 and lex.pattern("definite_before_pattern").search(c.evidence.sentence[max(0, at - 5):at]) is not None


def unnumbered_plural(c: Claim, language: str | None = None) -> bool:
    """"civilians were killed": a plural with no count of its own (low 2 by the contract).
    `language`: the claim's pack language; by default the one its rule stamp names."""
    vague = lexicon(language or claim_language(c)).words("vague_plural_words")
    return c.approximate and c.high is None and c.low == 2 and not any(ch.isdigit() for ch in c.text) \
        and c.text.split()[0].lower() not in vague


def _container(p: Claim, c: Claim, lex: Lexicon) -> bool:
    return (p.category == c.category and not p.historical and p.part_of is None and p.low is not None
            and (p.victims.side is None or c.victims.side is None or p.victims.side == c.victims.side)
            and not unnumbered_plural(p, lex.language))
