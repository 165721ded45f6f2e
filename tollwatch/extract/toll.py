"""The article's own toll from its claims (CONTRACT.md, "The article toll").

Historical claims never count; a claim `part_of` another is not added again (its whole takes the
larger of itself and the sum of its parts); a stated total and the sides' figures are one toll
(the larger of the total and the sum of the sides); a revised figure replaces the earlier one;
distinct incidents add; a claim whose low is unknown leaves the high open. Perpetrators killed or
hurt in their own attack count in the high only (claims/perpetrators.py), unless a figure stated
them among its own ("six people were killed, including the gunman": the six as stated; taking the
gunman out cost Wikipedia, ISAF and multilingual rows whose gold counts him).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..models import CATEGORIES, Claim, Range, Toll, ZERO
from .claims.details import reported_earlier
from .claims.lexicon import claim_language, lexicon
from .claims.part_of import is_addition, unnumbered_plural, vague_told
from .claims.perpetrators import attackers_among, is_perpetrator

Triple = tuple[int, int, int | None]  # low, best, high (None = open)


def _own(c: Claim) -> Triple:
    low = c.low or 0
    best = c.best_value if c.best_value is not None else low
    high = None if c.low is None or c.high is None else c.high
    return low, max(best, low), high


def _add(a: Triple, b: Triple) -> Triple:
    return a[0] + b[0], a[1] + b[1], None if a[2] is None or b[2] is None else a[2] + b[2]


def _larger(a: Triple, b: Triple) -> Triple:
    return max(a[0], b[0]), max(a[1], b[1]), None if a[2] is None or b[2] is None else max(a[2], b[2])


def _with_parts(c: Claim, mine: list[Claim], depth: int = 0) -> Triple:
    """The whole's value with its parts, and their parts in general words ("41" as another
    account of "Thirty-eight", itself the count of "around 40")."""
    own = _own(c)
    parts = [p for p in mine if p.part_of == c.id and p.id != c.id and (not depth or _general(p))
             and not vague_told(c, p, lexicon(claim_language(p)))] if depth < 8 else []  # "Several wounded": no more
    current = bool(parts) and not reported_earlier(c)  # read once, not per part
    claimed = [p for p in parts if _alleged_against(c, p) or (current and reported_earlier(p))]
    # "Initial reports had put the death toll at six" after four: superseded, in the high only
    credible = [p for p in parts if _alleged_against(p, c)]
    if credible and not claimed:  # "The Taliban claimed 25 ... the ministry said four soldiers died": the
        low, best, high = _with_parts(credible[-1], mine, depth + 1)  # claim first, in the high only
        return low, best, (None if high is None or own[2] is None else max(high, own[2]))
    if claimed:  # "the ministry said one died ... the insurgents claim seven": the claim in the high only
        low, best, high = _with_parts(c, [m for m in mine if m not in claimed], depth)
        for p in claimed:
            alleged = _with_parts(p, mine, depth + 1)
            high = None if high is None or alleged[2] is None else max(high, alleged[2])
        return low, best, high
    if not parts:
        return own
    inside: Triple = (0, 0, 0)  # parts told with the whole ("Eleven people, including three police officers")
    added: Triple = (0, 0, 0)   # parts told after it ("In one district, gunmen killed eight ...; in the other, three")
    again: Triple = (0, 0, 0)
    for p in parts:  # parts that restate the whole count once, whatever their order
        if _restates(c, p) or _counts_again(c, p):
            again = _larger(again, _with_parts(p, mine, depth + 1))
        elif p.evidence.sentence == c.evidence.sentence:
            inside = _add(inside, _with_parts(p, mine, depth + 1))
        else:
            added = _add(added, _with_parts(p, mine, depth + 1))
    exact = not c.approximate and own[0] == own[2] == added[0] == added[2]  # the parts after it add up to the whole:
    added = _larger(inside, added) if exact else _add(inside, added)  # two breakdowns of one whole, not one list
    total = _larger(added, again)
    closed = own[2] is not None or not any(ch.isdigit() for ch in c.text)  # "dozens", "around 30"; not "at least 10"
    vague = c.approximate and closed and total[0] >= own[0]  # "dozens ... at least 34", "around 30 ... 27": the count
    low, best = max(own[0], total[0]), max(own[0] if vague else own[1], total[1])
    high = own[2] if own[2] is None else (None if total[2] is None else max(own[2], total[2]))
    if high is None and own[2] is not None and again[2] is not None and added[0] <= own[2]:
        high = max(own[2], again[2])  # "Twelve were killed, including at least three children": 12 bounds them
    return low, best, high


def _alleged_against(whole: Claim, part: Claim) -> bool:
    """Another source's account of the same victims, given as its claim (verified false) or by an
    armed group ("The jihadists said eight were killed, but police were aware of seven"), against a
    figure not so given: the most conservative credible figure is the whole's (ACLED), the claim
    widens the high."""
    return part.verified is False and whole.verified is not False and _other_source(whole, part) or (
        part.reported_by.kind == "armed_group" and whole.reported_by.kind != "armed_group" and whole.verified is not False)


def _general(c: Claim) -> bool:
    """A figure in general words ("41", "people"): another count of its whole, not a named subset."""
    return c.victims.group is None or c.victims.group in lexicon(claim_language(c)).words("whole_groups")


def _restates(whole: Claim, part: Claim) -> bool:
    """"the minister", his name again or an unnumbered plural, in a later sentence: victims
    already counted, not more."""
    if part.evidence.sentence == whole.evidence.sentence:
        return False
    if part.low == whole.low and (part.high == whole.high or (whole.high is None and not whole.approximate)) and (
            not part.approximate or part.victims.group == whole.victims.group):
        return True  # "nine peasants ... after nine civilians had been killed", "at least 14 ... the 14 dead"
    if part.low == 1 and part.high == 1:
        return part.text.lower().startswith("the ") or part.victims.group == "named"
    return unnumbered_plural(part)  # "the people are being murdered": no count of its own


def _counts_again(whole: Claim, part: Claim) -> bool:
    """"The toll rose to 141 ... a list of 131 dead": a count of the dead themselves in a later
    sentence is another count of the whole, not more victims."""
    lex = lexicon(claim_language(part))
    return (part.evidence.sentence != whole.evidence.sentence
            and (part.victims.group is None or part.victims.group.lower() in lex.words("dead_counts") | lex.words("hurt_counts"))
            and not is_addition(part, lex) and not _some_of(part, lex))


def _some_of(part: Claim, lex) -> bool:
    """"At least three of the dead": some of the group, not another count of it."""
    words = part.text.lower().split()
    group = (part.victims.group or "").lower()
    return group in words and any(w in lex.words("partitive_words") for w in words[:words.index(group)])


def _other_source(a: Claim, b: Claim) -> bool:
    """Both figures have a named source, and not the same one."""
    return bool(a.reported_by.name and b.reported_by.name) and a.reported_by.name.lower() != b.reported_by.name.lower()


def _latest(claims: list[Claim], values: dict[str, Triple]) -> Triple:
    """One set of victims stated several times: the largest running toll (a toll only rises;
    "had put the toll at 34 on Friday" after "risen to 36" is the earlier one), else the
    largest figure."""
    revised = [c for c in claims if c.cumulative] or claims
    out: Triple = (0, 0, 0)
    for c in revised:
        out = _larger(out, values[c.id])
    return out


def _after_revisions(roots: list[Claim]) -> list[Claim]:
    """A revised figure ("risen to 87") replaces what was stated before it about the same side
    (or, without a side, the earlier figures without one)."""
    kept: list[Claim] = []
    for c in roots:
        if c.cumulative:
            same = [r for r in kept if r.victims.side == c.victims.side
                    and (c.victims.side is not None or r.scope != "side")]
            named = [r for r in kept if c.victims.group and (r.victims.group or "").lower() == c.victims.group.lower()]
            if named and c.victims.side is None:
                same = named  # "Sept soldats nigériens ... dix soldats ont finalement péri": the soldiers' toll
            if not same and c.victims.side is not None and all(r.victims.side is None for r in kept):
                same = [r for r in kept if r.scope == "incident"]  # "12 killed ... the Afghan toll rose to 14": one side only
            sides = {r.victims.side for r in kept}
            if not same and c.victims.side is None and len(sides) == 1 and None not in sides:
                same = list(kept)  # "killing 12, Afghan officials said ... The toll later rose to 17": that side's toll
            if any(r.cumulative and (r.low or 0) > (c.low or 0) for r in same):
                continue  # "had put the toll at 34" after "risen to 36": the earlier, lower toll
            if any((r.low or 0) > (c.low or 0) and (_other_source(r, c) or (
                    c.reported_by.name and not r.reported_by.name and r.evidence.sentence != c.evidence.sentence))
                   for r in same):
                continue  # "23 villagers, a local leader said ... The army put the toll at 18": another account
                # (or a named source's lower toll after an unnamed figure: "Une source sécuritaire ... douze morts")
            kept = [r for r in kept if r not in same]
        kept.append(c)
    return kept


def category_toll(claims: Iterable[Claim], category: str) -> Range:
    claims = list(claims)
    dead = {c.id for c in claims if c.category == "killed"}  # "shot two men. Both died": not also injured
    unique = {c.id: c for c in claims if c.category == category and not c.historical
              and not (category == "injured" and c.part_of in dead)}  # a repeat adds nothing
    mine = sorted(unique.values(), key=lambda c: (c.evidence.start, c.id))  # text order
    attackers = attackers_among(claims)  # in the high only (claims/perpetrators.py)
    perpetrators = [c for c in mine if c.id in attackers]
    mine = [c for c in mine if c.id not in attackers]
    if not mine and not perpetrators:
        return ZERO
    low, best, high = _victims(mine)
    ids = {c.id for c in perpetrators}
    victims = {c.id for c in mine}
    for c in perpetrators:
        if c.part_of in victims:
            continue  # "six people were killed, including the gunman": inside the six as stated, not one more
        if c.part_of not in ids:
            own = _own(c)
            high = None if high is None or own[2] is None else high + own[2]
    return Range(low, best, high)


def _victims(mine: list[Claim]) -> Triple:
    if not mine:
        return 0, 0, 0
    roots = [c for c in mine if c.part_of is None or c.part_of not in {m.id for m in mine}]
    roots = _after_revisions(roots)
    values = {c.id: _with_parts(c, mine) for c in roots}
    totals = [c for c in roots if c.scope == "total"]
    by_side: dict[str, list[Claim]] = {}
    for c in roots:
        if c.scope == "side":
            by_side.setdefault(c.victims.side or "?", []).append(c)
    for c in list(totals):
        if _one_sides_own(c, by_side, values):
            totals.remove(c)
            by_side.setdefault(c.reported_by.side, []).append(c)
    incidents = [c for c in roots if c.scope == "incident"]
    for c in list(incidents):  # "killed a senior Hezbollah commander ... Hezbollah announced the death of one of its
        # fighters": that side's own account of the same dead (not "another of its fighters")
        if c.victims.side in by_side and not c.cumulative and not any(
                is_addition(o, lexicon(claim_language(o))) or o.evidence.sentence == c.evidence.sentence
                for o in by_side[c.victims.side]):  # (not "Four soldiers and three civilians were wounded": one list)
            incidents.remove(c)
            by_side[c.victims.side].append(c)
    revised = [i for i, c in enumerate(incidents) if c.cumulative]
    if revised:  # "the toll rose to 15" replaces what was stated before it
        incidents = incidents[revised[-1]:]
    summed: Triple = (0, 0, 0)
    for side_claims in by_side.values():
        summed = _add(summed, _latest(side_claims, values))
    for c in incidents:
        summed = _add(summed, values[c.id])
    low, best, high = _larger(_latest(totals, values), summed) if totals else summed
    best = max(low, best)
    if high is not None:
        high = max(high, best)
    return low, best, high


def _one_sides_own(total: Claim, by_side: dict[str, list[Claim]], values: dict[str, Triple]) -> bool:
    """"на границе Киргизии и Таджикистана ... 24 человек, сообщили в Минздраве Киргизии", then the
    Tajik authorities' 35: a figure read as both sides' total, told by one of them, below another
    side's own figure, is no total of both: it is the teller's own side's, which the article gives no
    other figure of."""
    side = total.reported_by.side
    if total.reported_by.kind != "government" or not side or len(side) != 2 or side in by_side:
        return False
    return any(other != side and values[c.id][0] > values[total.id][0] for other, cs in by_side.items() for c in cs)


def _died_later(claims: list[Claim]) -> set[str]:
    """Injured claims about one victim the article also reports killed ("the mayor was wounded
    ... the mayor died"): a wounded person who later dies is killed, not also injured."""
    def one(c: Claim) -> bool:
        return c.low == c.high == 1 and not c.historical and c.victims.group not in (None, "named")
    def another(c: Claim) -> bool:  # "killed a police officer, while a second officer was wounded"
        return is_addition(c, lexicon(claim_language(c)))
    killed = {c.victims.group.lower() for c in claims if c.category == "killed" and one(c) and not another(c)}
    attacker_died = [c for c in claims if c.category == "killed" and one(c) and is_perpetrator(c)]

    def died_later(c: Claim) -> bool:  # "the wounded gunman ...", a later sentence: "the attacker died"
        return is_perpetrator(c) and any(k.evidence.start > c.evidence.end and k.evidence.sentence != c.evidence.sentence
                                         for k in attacker_died)
    return {c.id for c in claims if c.category == "injured" and one(c) and not another(c)
            and (c.victims.group.lower() in killed or died_later(c))}


def article_toll(claims: Iterable[Claim]) -> Toll:
    """The toll of one article: one Range per category, 0/0/0 where nothing is stated."""
    claims = list(claims)
    died = _died_later(claims)
    claims = [_less_the_dead(c, claims) for c in claims if c.id not in died]
    return Toll(**{cat: category_toll(claims, cat) for cat in CATEGORIES})


def _less_the_dead(c: Claim, claims: list[Claim]) -> Claim:
    """An injured figure without those of its victims a killed figure says died ("one of whom
    later died": claims/details.died_of_the_wounded)."""
    if c.category != "injured" or c.low is None:
        return c
    dead = sum(k.low or 0 for k in claims if k.category == "killed" and k.part_of == c.id and not k.historical)
    if not dead:
        return c
    return c.with_(low=max(0, c.low - dead), high=None if c.high is None else max(0, c.high - dead),
                   best=None if c.best is None else max(0, c.best - dead))
