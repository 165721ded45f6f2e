"""Perpetrators who die or are hurt in their own attack (rule in lexicons/casualty_words.v1.json,
`_perpetrator_note`).

"32 people and 3 suicide bombers were killed": the three bombers are a claim of their own, with
the victims' side set to the armed group the article names (when it names exactly one). They are
not victims of the attack, so the article toll's low and best leave them out (GTD's nkill minus
nkillter, MUC-4's human targets); its high counts them, as every death the text states (UCDP's
and ACLED's fatalities). Only killed and injured: an arrested gunman is the detainee himself.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace

from ...models import Claim
from ..attribution import sides_in
from .lexicon import claim_language, lexicon

CATEGORIES = ("killed", "injured")


def is_perpetrator(c: Claim, language: str | None = None) -> bool:
    """True when the claim's victims are the attackers themselves. `language`: the claim's pack
    language; by default the one its rule stamp names."""
    if c.category not in CATEGORIES:
        return False
    raw = lexicon(language or claim_language(c)).raw
    group = (c.victims.group or "").lower()
    if group in raw["perpetrator_groups"]:
        return True
    if group != "named":
        return False
    s = c.evidence.sentence
    at = s.find(c.text)
    return at > 0 and bool(re.search(raw["perpetrator_before_name"], s[:at], re.IGNORECASE))


def attacker_among_victims(part: Claim, whole: Claim, language: str | None = None) -> bool:
    """The part's victims are attackers and the whole's are not ("También murió uno de los
    agresores" after the soldiers): no part of that whole."""
    return is_perpetrator(part, language) and not is_perpetrator(whole, language)


def other_side(part: Claim, whole: Claim, language: str | None = None) -> bool:
    """"Трое боевиков были ликвидированы ... Со стороны силовиков погиб один сотрудник полиции": the
    part's victims a state's forces and the whole's an armed group's fighters, or the other way
    round: two sides of a fight, no part of each other."""
    lex = lexicon(language or claim_language(whole))
    forces, fighters = lex.words("state_forces"), lex.words("armed_group_fighters")
    a, b = (part.victims.group or "").lower(), (whole.victims.group or "").lower()
    return (forces_word(a, forces) and forces_word(b, fighters)) or (forces_word(a, fighters) and forces_word(b, forces))


def attackers_among(claims: list[Claim], language: str | None = None) -> set[str]:
    """Ids of perpetrators' claims in an attack that has victims of its own: the article also
    states people killed or hurt who are not attackers ("stabbing 3 tourists. One of the
    assailants was shot dead"). Attackers killed with no other victim ("the security force
    returned fire and killed several of the attackers") are the toll."""
    found = _with_victims(claims, language)
    for category in CATEGORIES:  # both sides' own losses: the toll counts them
        victims = [c for c in claims if c.id not in found and not c.historical and c.category == category]
        attackers = [c for c in claims if c.id in found and c.category == category]
        if attackers and _a_fight(victims, attackers, language):
            found -= {c.id for c in attackers}
    return found


def _with_victims(claims: list[Claim], language: str | None) -> set[str]:
    found = {c.id for c in claims if is_perpetrator(c, language)}
    victims = any(c.id not in found and not c.historical and c.category in CATEGORIES for c in claims)
    return found if victims else set()


def _a_fight(victims: list[Claim], attackers: list[Claim], language: str | None) -> bool:
    """"Cinq soldats maliens ont été tués ... l'armée a affirmé avoir tué vingt assaillants": the
    victims of the attackers' category (killed with killed) are all a state's forces, and the
    attackers lost several, not a lone attacker: a fight between two armed sides, each with
    losses of its own, not an attack on people and its author."""
    whole = [c for c in victims if c.part_of is None]
    if not whole:
        return False
    lex = lexicon(language or claim_language(whole[0]))
    forces, own = lex.words("state_forces"), lex.words("own_people")  # "... and lost four of their own"
    return all(forces_word((c.victims.group or "").lower(), forces) or (c.victims.group or "").lower() in own
               for c in whole) \
        and all(c.high is None or c.high >= 2 for c in attackers)


def forces_word(group: str, forces: frozenset[str]) -> bool:
    """`group` is one of `forces` (the pack's plurals) or another form of one, the same word up to
    its last two letters ("soldat", "policeman", "сотрудник", "полицейский")."""
    return bool(group) and (group in forces or any(_one_word(group, f) for f in forces))


def _one_word(a: str, b: str) -> bool:
    stem = len(os.path.commonprefix([a, b]))
    return stem >= 4 and len(a) - stem <= 2 and len(b) - stem <= 2


def mark_perpetrators(claims: list[Claim], text: str, language: str = "en") -> list[Claim]:
    """Perpetrators' claims take the side of the one armed group the article names, scope side."""
    attackers = _with_victims(claims, language)  # in a fight too: the side is the armed group's
    if not attackers:
        return claims
    groups = {s for s in sides_in(text, language) if not (len(s) == 2 and s.isupper())}
    group = next(iter(groups)) if len(groups) == 1 else None
    out = []
    for c in claims:
        if c.id in attackers and c.victims.side is None and group is not None:
            c = c.with_(victims=replace(c.victims, side=group), scope="side" if c.part_of is None else c.scope)
        out.append(c)
    return out
