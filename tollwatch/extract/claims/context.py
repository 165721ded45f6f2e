"""What the surrounding text says about a figure: earlier episode, scope, revision, verification."""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..attribution import side_of, states_in
from ..events.dates import find_dates
from .lexicon import lexicon
from .draft import Draft

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d\d)(?![\w-])")


@cache
def _generic_groups() -> frozenset[str]:
    return frozenset({"people", "persons", "person", "citizens", "civilians", "others", "individuals"})


EPISODE_MONTHS = 2  # a dated figure more than this many months before publication is an earlier episode
_HEADLINE = re.compile(r"\b(?:Killed|Dead|Die|Dies|Detained|Captured|Arrested|Wounded|Injured|Kidnapped|Abducted)\b")


_HEADLINE_VERB = re.compile(r"\b(?:Kills?|Detains?|Captures?|Arrests?|Apprehends?|Wounds?|Injures?|Kidnaps?|Abducts?)\s+$")


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words) and not text.isupper()


def earlier_episode(d: Draft, published: date | None) -> bool:
    """True when the figure belongs to an earlier episode than the article's."""
    s = d.sentence.text
    rel = d.start - d.sentence.start
    before = s[max(0, rel - 80):rel]
    if lexicon().cue("earlier_deeds").search(before):
        return True
    if lexicon().cue("earlier_episode").search(s[max(0, rel - 80):d.end - d.sentence.start + 80]):
        return True
    raw = lexicon().raw
    for m in re.finditer(raw["period_summary"], s[rel:d.end - d.sentence.start + 150], re.IGNORECASE):
        if not re.search(raw["not_period_summary"], s[:rel + m.start()], re.IGNORECASE):
            return True  # "have detained 25 leaders since December 1": a running total
    if published is None:
        return False
    tail = s[d.end - d.sentence.start:d.end - d.sentence.start + 60]
    tail = re.split(r"\b(?:who|which|whose|that)\b", tail, maxsplit=1)[0]  # a relative clause has its own time
    s = s[max(0, rel - 80):d.end - d.sentence.start] + tail
    for m in _MONTH_YEAR.finditer(s):
        month, year = _MONTHS[m.group(1).lower()], int(m.group(2))
        if (published.year * 12 + published.month) - (year * 12 + month) > EPISODE_MONTHS:
            return True
    for d in find_dates(s):  # "was assassinated on 28 July" in a December report
        if d.year is None and d.day is not None:
            when = _day_month_before(published, d.month, d.day)
            if when is not None and (published.year * 12 + published.month) - (when.year * 12 + when.month) > EPISODE_MONTHS:
                return True
    for m in _YEAR.finditer(s):
        year = int(m.group(1))
        if s[m.end():m.end() + 12].lower().startswith((" people", " persons")) or _MONTH_YEAR.search(s[max(0, m.start() - 15):m.end()]) \
                or re.search(r"\b(?:since|the|of)\s+$", s[max(0, m.start() - 7):m.start()], re.IGNORECASE):
            continue  # "the worst since 2011", "the 2011 attacks" do not date the figure
        if year < published.year and (published.year - year >= 2 or published.month > EPISODE_MONTHS):
            return True
    return False


def _day_month_before(published: date, month: int, day: int) -> date | None:
    """The date a day and month without a year name in a report: this year's, or last year's when
    that is over two months ahead; None for an upcoming date ("talks on 20 November") or no date."""
    try:
        when = date(published.year, month, day)
        if when <= published:
            return when
        return None if (when - published).days <= 62 else date(published.year - 1, month, day)
    except ValueError:
        return None


def scope_and_side(d: Draft, reporter_side: str | None, reporter_kind: str | None,
                   own_sentence: bool = True) -> tuple[str, str | None]:
    """(scope, victims' side) of a figure."""
    s = d.sentence.text
    side = d.side
    group = d.group or ""
    rel = d.start - d.sentence.start
    clause = s[s.rfind(";", 0, rel) + 1:(s.find(";", rel) + 1 or len(s) + 1) - 1]  # "...; Yerevan dismissed the claim"
    states = states_in(re.sub(lexicon().raw["attacker_pattern"], " ", clause, flags=re.IGNORECASE))  # not "by Armenian fire"
    if group == "named":
        return "incident", side
    if _HEADLINE.search(d.text) or (_HEADLINE_VERB.search(s[max(0, rel - 20):rel]) and _title_case(d.text)):
        return "total", side  # "Seventeen Killed, One Detained", "Force Detains 2 Suspected Insurgents": a headline sums up the article
    if side and group and side_of_group_is_whole(group, side):
        return "side", side
    if side and side == reporter_side and reporter_kind == "government" and own_sentence:
        return "side", side  # a state's report of its own losses
    if side is None and reporter_side and re.search(r"\b(?:on its side|its citizens|its own|of its)\b", s, re.IGNORECASE):
        return "side", reporter_side
    on_side = re.search(r"\bon the (\w+) side\b", s, re.IGNORECASE)
    if side is None and on_side and side_of(on_side.group(1)):
        # "around 30 people died on the Tajik side" is that side's toll; "19 civilians on the
        # Kyrgyz side" only a part of it (an incident-scope subset with the side set)
        subset = group in lexicon().raw["side_subset_groups"]
        return ("incident" if subset else "side"), side_of(on_side.group(1))
    rel = d.start - d.sentence.start
    near = s[max(0, rel - 40):d.end - d.sentence.start + 30]
    state = reporter_kind == "government" and reporter_side is not None and len(reporter_side) == 2
    increment = bool(_INCREMENT.search(d.text))  # "seven more people died when ...": a detail
    if state and states <= {reporter_side} and side in (None, reporter_side) and not _two_sides(near) \
            and not increment and (not group or group in _generic_groups() or group in lexicon().raw["state_forces"]):
        # a state's own figures ("140 citizens in total", "four servicemen remain missing") are
        # its own side's when the text names no other; its running toll ("as of 12:00") is scope side
        if side is None and group in lexicon().raw["state_forces"] \
                and not lexicon().cue("running_toll_cues").search(s[:d.end - d.sentence.start + 30]):
            return "incident", reporter_side  # its own forces, but not its whole toll
        if lexicon().cue("running_toll_cues").search(s[:d.end - d.sentence.start + 30]):
            return "side", reporter_side
    if (side and len(side) == 2 and reporter_kind == "government" and group in _generic_groups() | {"citizens"}
            and side_of_group_is_whole(re.sub(r"\s+(?:citizens|people|nationals)$", "", d.text.split(" ", 1)[-1]), side)
            and lexicon().cue("running_toll_cues").search(s[:d.end - d.sentence.start + 30])):
        return "side", side  # "the latest figures from the health ministry, 46 Kyrgyz citizens died"
    if side is None and (lexicon().cue("total_cues").search(near) or len(states) >= 2):
        return "total", None
    if (side is None and reporter_kind == "government" and reporter_side and len(reporter_side) == 2
            and states <= {reporter_side} and (not group or group in _generic_groups())
            and d.shape in ("number", "bare") and not increment):
        return "side", reporter_side
    return "incident", side


def total_cue(sentence: str) -> bool:
    """The sentence itself says its figure is a total ("in total", "both sides")."""
    return lexicon().cue("total_cues").search(sentence) is not None


_INCREMENT = re.compile(r"\b(?:more|another|additional|other|others|further)\b", re.IGNORECASE)


def _two_sides(near: str) -> bool:
    return bool(re.search(r"\b(?:both|two)\s+(?:sides|countries|governments)\b", near, re.IGNORECASE))


def side_of_group_is_whole(group: str, side: str) -> bool:
    """"46 Kyrgyz", "35 Tajiks": the victims are named by their side alone."""
    return side_of(group) == side


def cumulative(d: Draft) -> bool:
    s = d.sentence.text
    rel = d.start - d.sentence.start
    return bool(lexicon().cue("cumulative_cues").search(s[max(0, rel - 60):rel]))


def unverified(sentence: str) -> bool:
    return bool(lexicon().cue("unverified_cues").search(sentence))


def verified(sentence: str) -> bool:
    return bool(lexicon().cue("verified_cues").search(sentence))
