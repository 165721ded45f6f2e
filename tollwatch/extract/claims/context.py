"""What the surrounding text says about a figure: earlier episode, scope, revision, verification."""
from __future__ import annotations

import re
from datetime import date
from functools import cache, lru_cache

from ..attribution import side_of, states_in
from ..events.dates import capital_only_months, find_dates
from ..numbers import find_quantities
from ..text import list_item
from .lexicon import lexicon
from .draft import Draft
from .parsed import shouting
from .relations import time_told

_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d\d|(?<=[^\W\d] )1[78]\d\d)(?![\w-])")  # "in 1842", not "IDs 1511, 1738"


@cache
def _month_year(language: str) -> re.Pattern[str]:
    """"April 2021", "avril 2021", "апреле 2021": a month of the language's table and a year."""
    months = "|".join(re.escape(m) for m in lexicon(language).raw["months"])
    return re.compile(r"\b(" + months + r")\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


@cache
def _month_alone(language: str) -> re.Pattern[str]:
    """A month of the language's table with no day or year after it ("in March", "en marzo"; "In
    January, 20 farmers": a comma closes the phrase, the number after it is the figure)."""
    months = "|".join(re.escape(m) for m in sorted(lexicon(language).raw["months"], key=len, reverse=True))
    return re.compile(r"(?<![\w-])(" + months + r")(?![\w-])(?!\s*\d)", re.IGNORECASE)


EPISODE_MONTHS = 2  # a dated figure more than this many months before publication is an earlier episode


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words) and not text.isupper()


def _before_series(after: str, lex) -> str:
    """The words after a figure up to an apposition that places it in a series ("shot dead a
    journalist, the third reporter killed this year", "..., the deadliest attack this year") or a
    running toll ("killed five soldiers, bringing the number of troops killed this month to 23"):
    their time is not the figure's."""
    cues = [(m, 1) for m in lex.cue("addition_words").finditer(after)]
    cues += [(m, 2) for m in lex.cue("cumulative_cues").finditer(after)]  # ", bringing the death toll"
    cues += [(m, 2) for m in lex.cue("series_words").finditer(after)]  # ", the deadliest attack this year"
    for m, words in sorted(cues, key=lambda c: c[0].start()):
        comma = after.rfind(",", 0, m.start())
        if comma >= 0 and len(after[comma + 1:m.start()].split()) <= words:
            return after[:comma]
    for m in lex.cue("series_words").finditer(after):  # "that left 22 dead was the deadliest ... this year"
        verb = [v for v in lex.cue("series_verbs").finditer(after, 0, m.start())
                if len(after[v.end():m.start()].split()) <= 2]
        if verb:
            return after[:verb[-1].start()]
    return after


def _own_text(d: Draft) -> str:
    """The sentence with a clause before the figure's own and the victims' asides blanked (same offsets)."""
    cut = d.clause - d.sentence.start
    s = " " * cut + d.sentence.text[cut:] if cut > 0 else d.sentence.text
    for a, b in d.asides:
        a, b = a - d.sentence.start, b - d.sentence.start
        s = s[:a] + " " * (b - a) + s[b:]
    return s


def recalled(d: Draft, language: str = "en") -> bool:
    """"Earlier this week, five people were killed in another blast": a sentence that opens by
    recalling an earlier incident of the week (an earlier episode once a current figure was told), or
    whose figure's clause closes on it ("... in the same area a week ago") with no other time between."""
    lex, own = lexicon(language), _own_text(d)
    if lex.pattern("recalled_opening_pattern").search(own.lstrip()):
        return True
    after = own[d.end - d.sentence.start:]
    m = lex.pattern("recalled_closing_pattern").search(after)
    return m is not None and ";" not in after[:m.start()] and time_told(after[:m.start()], language) is None


def _readable(text: str) -> str:
    """A shouting sentence in lower case (same offsets): its words' case tells nothing ("WHO WERE
    KIDNAPPED IN EARLY DECEMBER" is a relative clause; "WHAT MAY HAVE BEEN" names no month)."""
    return text.lower() if shouting(text) else text


ASIDE_WORDS = 5  # "According to him," "За його словами," before a sentence's own opening
OPENING_WORDS = 6  # an opening phrase naming a month: "In a similar attack in January,"


def month_opening(d: Draft, language: str = "en") -> bool:
    """"In March, gunmen killed 23 villagers in a neighbouring district": a sentence that opens on a
    month alone (its first two words; no day after it) names a time of its own, not the day of the
    article's event (an earlier episode once a current figure was told; casualties.py). So does one
    that opens on a short aside and then the month ("За його словами, у серпні ... загинули 52"), or on
    a short phrase naming the month before its comma ("In a similar attack in January, ...")."""
    s = _readable(_own_text(d).lstrip())
    comma = s.find(",", 0, 60)
    aside = 0 < comma and len(s[:comma].split()) <= ASIDE_WORDS and time_told(s[:comma], language) is None
    starts = (0, comma + 1) if aside else (0,)  # (not "On Sunday, in September's second attack")
    for start in starts:
        m = _month_alone(language).search(s, start, start + 40)
        phrase = 0 < comma and m is not None and m.end() <= comma and len(s[start:comma].split()) <= OPENING_WORDS \
            and not re.search(r"\d", s[start:comma])  # "In a similar attack in January, three policemen were killed"
        if m is None or (len(s[:m.start()].split()) > 1 + len(s[:start].split()) and not phrase):
            continue
        word = m.group(1)
        if not (word.lower() in capital_only_months(language) and not word[0].isupper()):
            return True
    return False


def earlier_episode(d: Draft, published: date | None, language: str = "en", first_dated: bool = False) -> bool:
    """True when the figure belongs to an earlier episode than the article's. `first_dated`: the
    sentence's first figure was one, so the words the sentence opens on date this one too."""
    lex = lexicon(language)
    s = _readable(_own_text(d))
    rel = d.start - d.sentence.start
    before = s[max(0, rel - 80):rel]
    cut = max(before.rfind(","), before.rfind(";")) + 1
    own = max(cut, d.deeds_from - d.sentence.start - max(0, rel - 80)) if d.deeds_from else cut
    if any(not _title(before[own:], m, lex) for m in lex.cue("earlier_deeds").finditer(before[own:])):
        return True  # not "the commander, who is believed responsible for attacks on police, and three of his fighters"
    inside = bool(cut and lex.pattern("relative_clause_pattern").search(before[cut:]))
    if inside:  # the relative clause's antecedent before its comma
        cut = max(before.rfind(",", 0, cut - 1), before.rfind(";", 0, cut - 1)) + 1
    if lex.cue("time_since").search(before[cut:]):
        return True  # "three years after clashes that killed about 100", "спустя три года после столкновений, в которых"
    end = d.end - d.sentence.start
    deed = lex.cue("earlier_deeds").search(s, end, end + 80)  # "..., in reprisal for the killing last month of"
    after = _before_relative(_before_series(s[end:deed.start()] if deed else _whole_words(s, end, 80), lex), d, lex)
    after = after.split(";", 1)[0]  # "...; they freed a fourth man abducted last month": the next clause's time
    if inside:  # "The attack, which killed 12 people, was the deadliest this year": the clause ends at its comma
        after = after.split(",", 1)[0]
    semicolon = s.rfind(";", 0, rel)  # "freed 12 of the 30 students abducted last month; three students were killed":
    counted = semicolon > 0 and bool(find_quantities(s[max(0, rel - 80):semicolon], 0, language))  # the time of another
    clause = max(0, rel - 80, semicolon + 1) if counted else max(0, rel - 80)  # figure's clause (not "It was the second
    if lex.cue("earlier_episode").search(s[clause:end] + after):  # such attack this month; in the first, nine ...")
        return True  # not "X, an activist who won a prize last year, was murdered on Thursday"
    raw = lex.raw
    for m in re.finditer(raw["period_summary"], s[rel:end] + _before_series(_whole_words(s, end, 150), lex), re.IGNORECASE):
        if not re.search(raw["not_period_summary"], s[:rel + m.start()], re.IGNORECASE):
            return True  # "have detained 25 leaders since December 1": a running total
    if re.search(raw["since_when_pattern"], s[:rel], re.IGNORECASE):
        return True  # "the deadliest attack since March, when 40 people were killed": that earlier day's
    m = re.search(raw["period_summary_before"], s[:rel], re.IGNORECASE)
    if m and not re.search(raw["not_period_summary"], s[:m.start()], re.IGNORECASE):
        return True  # "Depuis 2012, plus de 6 000 personnes ont été tuées": the same, opening the clause
    if published is None:
        return _bare_year(d, language)
    tail = _whole_words(s, d.end - d.sentence.start, 60)
    tail = _before_relative(tail, d, lex).split(";", 1)[0]  # a relative clause has its own time
    if inside:
        tail = tail.split(",", 1)[0]
    lead_in = s[max(0, rel - 92):max(0, rel - 80)]  # the words just before the window ("Depuis" of "Depuis 2015")
    opened = _opening_time(s, rel - 80) if first_dated and not inside else None
    s, at = s[max(0, rel - 80):d.end - d.sentence.start] + tail, rel - max(0, rel - 80)  # (the figure's offset in it)
    if _too_old(s, at, lead_in, published, language):
        return True
    return opened is not None and time_told(s, language) is None and _too_old(opened, len(opened), "", published, language)


def _before_relative(after: str, d: Draft, lex) -> str:
    """The words after a figure up to a relative clause, which has a time of its own; but where the
    figure's deed is told in its victim's own relative clause ("the commander, who was killed along
    with 4 of his men on 12 March"), up to that clause's end: its time is the figure's (not "all the
    others who were killed, as well as those killed in the past")."""
    found = lex.pattern("relative_clause_pattern").search(after)
    if d.relative_end and found and not after[:found.start()].strip(" ,"):
        return after[:max(found.end(), d.relative_end - d.end)]
    return after[:found.start()] if found else after


def _opening_time(s: str, window: int) -> str | None:
    """"On 5 December, a missile strike killed 4 people and wounded 26": the words a sentence opens
    on, before its first comma and before the window read around a figure, date the figures after
    the first it dated (where their own words name no time)."""
    comma = s.find(",", 0, 40)
    return s[:comma] if 0 < comma < window else None


def _too_old(s: str, at: int, lead_in: str, published: date, language: str) -> bool:
    """The months, days and years `s` names date a figure (at `at` in it) over two months before
    `published`."""
    raw = lexicon(language).raw
    months = raw["months"]
    for m in _month_year(language).finditer(s):
        month, year = months[m.group(1).lower()], int(m.group(2))
        if (published.year * 12 + published.month) - (year * 12 + month) > EPISODE_MONTHS:
            return True
    since = [p.span() for p in re.finditer(raw["period_summary"], s, re.IGNORECASE)]
    for m in _month_alone(language).finditer(s):  # "In March, two officers were killed", "В июле ... погибли"
        word = m.group(1)
        if (word.lower() in capital_only_months(language) and not word[0].isupper()) or re.search(
                r"\d", s[max(0, m.start() - 8):m.start()]) or any(a <= m.start() < b for a, b in since):
            continue  # a month of the figure's clause, not "the deadliest attack since March"
        if (published.month - months[word.lower()]) % 12 >= EPISODE_MONTHS:
            return True
    for d in find_dates(s, language):  # "was assassinated on 28 July" in a December report
        if d.year is None and d.day is not None:
            when = _day_month_before(published, d.month, d.day)
            if when is not None and (published.year * 12 + published.month) - (when.year * 12 + when.month) > EPISODE_MONTHS:
                return True
    for m in _YEAR.finditer(s):
        year = int(m.group(1))
        if _year_not_dating(s, m, lead_in, at, language):
            continue  # "the worst since 2011", "the 2011 attacks" do not date the figure
        if year < published.year and (published.year - year >= 2 or published.month > EPISODE_MONTHS):
            return True
    return False


def _title(text: str, deed: re.Match, lex) -> bool:
    """The deed words right after an article of the pack's `title_articles` name an office ("un
    responsable du Hamas": an official), not a deed."""
    words = text[:deed.start()].split()
    return bool(words) and words[-1].lower() in lex.words("title_articles")


def _whole_words(s: str, start: int, size: int) -> str:
    """About `size` characters of `s` from `start`, without a word cut at the end ("un quartier de
    Mars[eille]" would name a month)."""
    out = s[start:start + size]
    if start + size < len(s) and s[start + size].isalnum():
        out = re.sub(r"\w+$", "", out)
    return out


def _year_not_dating(s: str, m: re.Match, lead_in: str, figure: int, language: str) -> bool:
    """The year `m` in `s` does not date the figure at `figure` (offset in `s`): "2011 people", a
    month's year, "the worst since 2011", "the 2011 attacks", the start of a count "since the
    mission began in 2013" (unless the figure is told in a relative clause of that event: "the
    2019 uprising, in which 40 people were killed")."""
    lex = lexicon(language)
    return bool(lex.pattern("year_people_pattern").match(s[m.end():m.end() + 12])
                or _month_year(language).search(s[max(0, m.start() - 15):m.end()])
                or (lex.pattern("year_not_dating_pattern").search((lead_in + s[:m.start()])[-60:])
                    and not _its_relative(s[m.end():figure], lex)))


def _its_relative(between: str, lex) -> bool:
    """"the 2019 uprising, in which 40 people were killed", "the 2007 crisis in which": the figure
    told in a relative clause of the event the year names (a relative word between them)."""
    return len(between) < 60 and bool(lex.pattern("relative_clause_pattern").search(between))


def _bare_year(d: Draft, language: str) -> bool:
    """An undated report: a figure dated by a year alone ("En 2019, 49 soldats ont été tués", "В
    2019 году погибли 30 человек") belongs to an earlier period; a report dates what it tells of
    by its day ("lundi", "29 мая 2018 года"), and a day and month with the year do not count here."""
    lex = lexicon(language)
    s = _readable(_own_text(d))
    rel = d.start - d.sentence.start
    lead_in = s[max(0, rel - 92):max(0, rel - 80)]
    end = d.end - d.sentence.start
    tail = lex.pattern("relative_clause_pattern").split(_whole_words(s, end, 60), maxsplit=1)[0]  # "killed ... during the 2019 uprising"
    window = s[max(0, rel - 80):end] + tail
    for m in _YEAR.finditer(window):
        if _year_not_dating(window, m, lead_in, rel - max(0, rel - 80), language) \
                or re.search(r"\d{1,2},?\s*$", window[max(0, m.start() - 6):m.start()]):
            continue
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
                   own_sentence: bool = True, language: str = "en") -> tuple[str, str | None]:
    """(scope, victims' side) of a figure."""
    lex = lexicon(language)
    raw = lex.raw
    generic = lex.words("generic_groups")
    s = d.sentence.text
    side = d.side
    group = d.group or ""
    rel = d.start - d.sentence.start
    clause = s[s.rfind(";", 0, rel) + 1:(s.find(";", rel) + 1 or len(s) + 1) - 1]  # "...; Yerevan dismissed the claim"
    bare = re.sub(r"\([^()]*\)", " ", clause)  # not "the TAPI (Turkmenistan, Afghanistan, Pakistan and India) project"
    states = states_in(_not_parties(bare, raw), language)  # not "by Armenian fire"
    account = _account_of(s, rel, language)
    if account is not None:  # "Kyrgyzstan reported 46 dead, and Tajikistan 35": each state's account is its own clause
        start, end, opener = account
        states = states_in(_not_parties(s[start:end], raw), language)
        if opener is not None:
            side, reporter_side, reporter_kind = side or opener, opener, "government"
    if group == "named":
        return "incident", side
    if lex.pattern("headline_pattern").search(d.text) or list_item(s) or (
            lex.pattern("headline_verb_pattern").search(s[max(0, rel - 20):rel]) and _title_case(d.text)):
        return "total", side  # "Seventeen Killed, One Detained", "Force Detains 2 Suspected Insurgents": a headline sums up the article
    increment = bool(lex.pattern("increment_pattern").search(d.text))  # "seven more people died when ...": a detail
    if side and group and side_of_group_is_whole(group, side, language) and not increment:
        return "side", side  # "46 Kyrgyz"; "Four more Palestinians" is one more incident
    if side and side == reporter_side and reporter_kind == "government" and own_sentence:
        return "side", side  # a state's report of its own losses
    if side is None and reporter_side and lex.pattern("own_side_pattern").search(s):
        return "side", reporter_side
    on_sides = list(lex.pattern("on_side_pattern").finditer(s))  # the side named after the figure, else before it
    before = [m for m in on_sides if m.start() < rel]
    on_side = next((m for m in on_sides if m.start() >= rel and ";" not in s[rel:m.start()]),  # not the next clause's
                   before[-1] if before else on_sides[-1] if on_sides else None)  # ("46 people died; on the Tajik side, 35")
    if side is None and on_side and side_of(on_side.group(1), language):
        # "around 30 people died on the Tajik side" is that side's toll; "19 civilians on the
        # Kyrgyz side" only a part of it (an incident-scope subset with the side set)
        subset = group in raw["side_subset_groups"]
        return ("incident" if subset else "side"), side_of(on_side.group(1), language)
    rel = d.start - d.sentence.start
    near = s[max(0, rel - 40):d.end - d.sentence.start + 30]
    state = reporter_kind == "government" and reporter_side is not None and len(reporter_side) == 2
    if state and states <= {reporter_side} and side in (None, reporter_side) and not lex.pattern("two_sides_pattern").search(near) \
            and not increment and (not group or group in generic or group in raw["state_forces"]):
        # a state's own figures ("140 citizens in total", "four servicemen remain missing") are
        # its own side's when the text names no other; its running toll ("as of 12:00") is scope side
        if side is None and group in raw["state_forces"] \
                and not lex.cue("running_toll_cues").search(s[:d.end - d.sentence.start + 30]):
            return "incident", reporter_side  # its own forces, but not its whole toll
        if lex.cue("running_toll_cues").search(s[:d.end - d.sentence.start + 30]):
            return "side", reporter_side
    if (side and len(side) == 2 and reporter_kind == "government" and group in generic | {"citizens"}
            and side_of_group_is_whole(lex.pattern("citizens_suffix_pattern").sub("", d.text.split(" ", 1)[-1]), side, language)
            and lex.cue("running_toll_cues").search(s[:d.end - d.sentence.start + 30])):
        return "side", side  # "the latest figures from the health ministry, 46 Kyrgyz citizens died"
    own_total = set(d.text.lower().split()) & set(raw.get("total_modifiers", ()))  # "65 total camp inhabitants"
    if side is None and (lex.cue("total_cues").search(near) or len(states) >= 2 or own_total):
        return "total", None
    if (side is None and reporter_kind == "government" and reporter_side and len(reporter_side) == 2
            and states <= {reporter_side} and (not group or group in generic or group in lex.words("dead_counts"))
            and d.shape in ("number", "bare") and not increment):
        return "side", reporter_side  # (a count of the dead alone too: "les autorités kirghizes ... 24 morts")
    return "incident", side


def _not_parties(text: str, raw: dict) -> str:
    """The text less the states it names as attackers ("by Armenian fire") or as the other side of
    a border ("near the border with Mali")."""
    for key in ("attacker_pattern", "border_pattern"):
        text = re.sub(raw[key], " ", text, flags=re.IGNORECASE)
    return text


def _account_of(s: str, rel: int, language: str) -> tuple[int, int, str | None] | None:
    """The account a figure at `rel` belongs to in a sentence that tells two or more (start, end,
    its state; None for the first account's), or None when the sentence tells one."""
    starts = _account_starts(s, language)
    if len(starts) == 1:
        return None
    start = max(a for a in starts if a <= rel)
    end = next((a for a in starts if a > rel), len(s))
    opener = next(iter(states_in(" ".join(s[start:].split()[:3]), language))) if start else None
    return start, end, opener


@lru_cache(maxsize=256)
def _account_starts(s: str, language: str) -> tuple[int, ...]:
    """Where a sentence's accounts start: after a comma or semicolon that follows a figure, a
    clause that opens (within three words) with one state's name and gives a figure is that
    state's account ("..., and Tajikistan 35 dead", "..., le Tadjikistan de 35", "..., Таджикистан
    — о 35", "..., y Tayikistán, de 35"). Computed once per sentence (every figure asks)."""
    starts = [0]
    for m in re.finditer(r"[,;]", s):
        rest = s[m.end():]
        named = states_in(" ".join(rest.split()[:3]), language)
        pieces = re.split(r"[,;]", rest, maxsplit=2)
        told = pieces[0] + (" " + pieces[1] if len(pieces) > 1 and len(pieces[0].split()) <= 3 else "")
        if len(named) == 1 and find_quantities(told, language=language) \
                and find_quantities(s[starts[-1]:m.start()], language=language):
            starts.append(m.end())
    return tuple(starts)


def side_after(d: Draft, language: str = "en") -> str | None:
    """"35 citoyens tadjiks", "24 гражданина Кыргызстана": a state named by the word right after
    the victims' phrase, in a language that puts it there (side_after_pattern); else None."""
    m = lexicon(language).pattern("side_after_pattern").match(d.sentence.text[d.end - d.sentence.start:])
    side = side_of(m.group(1), language) if m else None
    return side if side and len(side) == 2 and side.isupper() else None


def total_cue(sentence: str, language: str = "en") -> bool:
    """The sentence itself says its figure is a total ("in total", "both sides", "au total")."""
    return lexicon(language).cue("total_cues").search(sentence) is not None


def side_of_group_is_whole(group: str, side: str, language: str = "en") -> bool:
    """"46 Kyrgyz", "35 Tajiks": the victims are named by their side alone."""
    return side_of(group, language) == side


def cumulative(d: Draft, language: str = "en", casualty: re.Pattern[str] | None = None) -> bool:
    """A running-toll cue in the 60 characters before the figure ("the toll rose to"), with no
    casualty word of the sentence filter `casualty` between them (not "alcanzó una casa y mató a
    una mujer": a deed of its own after the verb)."""
    s = d.sentence.text
    rel = d.start - d.sentence.start
    window = s[max(0, rel - 60):rel]
    return any(casualty is None or not casualty.search(window[m.end():])
               for m in lexicon(language).cue("cumulative_cues").finditer(window))


def unverified(sentence: str, language: str = "en") -> bool:
    """The sentence says its figure could not be verified, or gives the deed as an allegation
    ("the alleged killing of"; not "suspected jihadists")."""
    lex = lexicon(language)
    return bool(lex.cue("unverified_cues").search(sentence) or lex.pattern("allegation_pattern").search(sentence))


def verified(sentence: str, language: str = "en") -> bool:
    return bool(lexicon(language).cue("verified_cues").search(sentence))
