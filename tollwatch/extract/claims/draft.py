"""A figure found in a sentence, before ids, scope and part_of are decided."""
from __future__ import annotations

from dataclasses import dataclass

from ..text import Sentence


@dataclass(frozen=True)
class Draft:
    """A figure found in a sentence, before ids, scope and part_of are decided."""
    category: str | None
    low: int | None
    high: int | None
    approximate: bool
    best: int | None
    text: str
    start: int          # evidence span, absolute offsets
    end: int
    anchor: int         # the number or the victim word, absolute
    group: str | None
    side: str | None
    shape: str          # number | singular | plural | bare | referring (a plural pronoun: casualties._later_dead_group)
    sentence: Sentence
    joined: str | None = None   # "including": a part of the figure before; "member": "a nurse was among
    # the dead" (a part of a figure before or after); "breakdown": "Of those, 18 were ..."
    historical: bool = False
    update: bool = False        # a running toll ("rose to 17"): replaces earlier figures
    head: str | None = None     # the victim noun's lemma ("insurgent")
    restates: bool = False      # definite or named without a number: may be a victim named before
    weak: bool = False          # "shot" without its outcome: no injury when the victim is counted dead
    summary: bool = False       # "Un hombre muerto y otro herido, es el saldo de ...": the article's toll
    own_deed: bool = False      # "The group said it had killed 20 soldiers": the speaker's own deed
    clause: int = 0             # absolute offset where the figure's own clause starts ("..., but
    # Monday's attack killed three": the time words of the clause before are not this figure's)
    asides: tuple[tuple[int, int], ...] = ()  # absolute spans of clauses on the victims with a time
    # of their own ("executed nine hostages they had seized last month": the seizing's, not the deed's)
    deeds_from: int = 0         # absolute offset where words of an earlier deed before the figure start
    # to count: the figure's own finite conjunct ("detained a leader responsible for attacks and killed one")
    relative_end: int = 0       # "the commander, who was killed ... on 12 March": where the victim's own relative
    # clause that tells the figure's deed ends (absolute), its time the figure's; 0 for any other figure
    recalled: bool = False      # "The attack came a week after an ambush killed 11": an earlier deed
    # recalled, an earlier episode once the article told a current figure (casualties.py)
