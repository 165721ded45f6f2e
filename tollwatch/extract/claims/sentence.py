"""Casualty figures inside one sentence: a number with its victims and its verb.

Three shapes, tried in this order: a number ("killed 33 people", "46 Kyrgyz had been killed",
"35 dead"), a singular victim ("killed a Taliban leader", "a policeman was shot dead"), an
unnumbered plural ("civilians were killed": low 2, or None when the text says the number is
unknown). A number with victims but no verb of its own takes the category of its neighbour
("killed 12 people, six others ..."; "3 soldiers and 2 civilians were killed").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..attribution import side_of
from ..numbers import find_quantities
from ..text import Sentence
from .lexicon import lexicon
from .names import named_victims

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*(?:\.[A-Za-z]+)*|\d[\d,]*|[^\w\s]")
_LIST_GAP = re.compile(r"^\s*(?:,|and|,\s*and|as well as|plus|along with)\s*$", re.IGNORECASE)
_UNLISTED = re.compile(r"^\s+(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][a-z-]+s)\b")
_AGENT = re.compile(r"(?:ers|ists|ians|ans|men|ees|ors|ants|ents|ives|ites|ors)$", re.IGNORECASE)
_BARE_END = re.compile(r"^\s*(?:[,.;:)]|and\b|in\b|on\b|at\b|during\b|when\b|after\b|near\b|before\b|as\b|while\b|"
                       r"including\b|$)", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:^|\s)(a|an|the|another|one|a\s+single|a\s+third|a\s+fourth|a\s+fifth)\s+$", re.IGNORECASE)


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
    shape: str          # number | singular | plural | bare
    sentence: Sentence
    joined: str | None = None   # "others" | "list" | "including": category from a neighbour
    historical: bool = False


def _victims_after(s: str, pos: int, singular: bool) -> tuple[str, str | None, int] | None:
    """(group, side, end) of the victims named right after a number at `pos`."""
    lex = lexicon()
    rest = s[pos:]
    them = re.match(r"\s+of\s+(?:them|those|these)\b", rest, re.IGNORECASE)
    if them:
        return "them", None, pos + them.end()  # "killing several of them"
    m = re.match(r"\s+of\s+(?:its|their|his|her|our|the|these|those|[A-Z][\w-]*['’]s?)\s+", rest)
    skip = m.end() if m else 0
    mods: list[str] = []
    tokens = list(_TOKEN.finditer(rest[skip:]))
    for i, t in enumerate(tokens):
        word = t.group(0)
        low = word.lower().rstrip(".")
        if _is_people(low, singular):
            if low in ("dead", "wounded", "injured") and not mods:
                return None  # "35 dead": a category word, read by the caller
            for u in tokens[i + 1:i + 3]:  # "Kyrgyz soldiers", "Tajik border guards"
                ul = u.group(0).lower()
                if not u.group(0)[0].isalpha() or ul in lex.stop or ul in lex.not_people:
                    break
                if _is_people(ul, singular) and ul not in ("dead", "wounded", "injured"):
                    t, low = u, ul
                    break
            side = side_of(rest[skip:skip + t.end()])
            return low, side, pos + skip + t.end()
        if low in lex.not_people or low in lex.stop or not word[0].isalpha() or len(mods) >= 4:
            return None
        mods.append(word)
    return None


def _is_people(word: str, singular: bool) -> bool:
    lex = lexicon()
    return word in lex.people_plural or (singular and word in lex.people_singular)


def _active_before(before: str) -> str | None:
    for cat, pattern in lexicon().active:
        if pattern.search(before[-60:]):
            return cat
    return None


_BE = re.compile(r"\b(?:were|was|been|are|is|got|get|became|become|remain\w*|be)\b", re.IGNORECASE)

_OBJECT = re.compile(r"^\s+(?:\d|(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|"
                     r"several|dozens|scores|hundreds|many|some|at least|more than|numerous|multiple|a number|"
                     r"one|eleven|twelve|twenty|thirty|forty|fifty|his|our|your|him|them|us|me)\b)", re.IGNORECASE)


def _passive_after(after: str) -> str | None:
    """The category of a verb right after the victims ("were killed", "died", "dead")."""
    lex = lexicon()
    if re.match(r"^[^.;:]{0,12}\bnot\b", after, re.IGNORECASE):
        return None
    for cat, pattern in lex.passive:
        m = pattern.match(after)
        if not m:
            continue
        verb = " ".join(m.group("verb").lower().split())
        rest = after[m.end():]
        if not _BE.search(m.group("aux")) and (_OBJECT.match(rest) or _people_next(rest)):
            return None  # "gunmen shot dead 3 policemen": the victims come after the verb
        return cat
    return None


_ASIDE = re.compile(r"^\s*(?:\([^()]{1,60}\)|--[^-]{1,80}--|,[^,.;]{1,90}?,|\s(?:in|at|from|of|on|inside|near|aboard)\s[^,.;]{1,40}?,?(?=\s(?:were|was|have|had|are)\b)|\s(?:including|among them)\b[^,.;]{1,80}?(?=\s(?:were|was|have|had|are)\b))",
                    re.IGNORECASE)


def _past_aside(after: str) -> str:
    """The text after an aside: "11 people, including 7 police officers, were killed"."""
    m = _ASIDE.match(after)
    if m and re.search(r"\b(?:who|which|that|whom)\b", m.group(0), re.IGNORECASE):
        return after  # a relative clause has its own verb
    if m and (_BE.match(after[m.end():].lstrip()) or _passive_after(after[m.end():])):
        return after[m.end():]
    return after


_AND_WERE = re.compile(r"\band\s+(?=(?:were|was|have\s+been|had\s+been)\b)", re.IGNORECASE)
_LATE_BE = re.compile(r"\s(?=(?:were|was|have\s+been|had\s+been)\s)", re.IGNORECASE)


def _and_were(after: str) -> str | None:
    """"several insurgents presented a threat ... and were killed"; "52 soldiers collecting
    their salaries at a base were killed"."""
    m = _AND_WERE.search(after[:110])
    if m and not re.search(r"[\d;:]", after[:m.start()]):
        return _passive_after(after[m.end():])
    m = _LATE_BE.search(after[:90])
    if m and not re.search(r"[\d;:,()]|--|\band\b", after[:m.start()], re.IGNORECASE):
        return _passive_after(after[m.end():])
    return None


def _people_next(rest: str) -> bool:
    t = re.match(r"\s+(?:[\w-]+\s+){0,2}?([\w-]+)", rest)
    lex = lexicon()
    return bool(t) and (t.group(1).lower() in lex.people_plural or t.group(1).lower() in lex.people_singular)


def _toll_before(before: str) -> str | None:
    for cat, pattern in lexicon().tolls:
        if pattern.search(before[-80:]):
            return cat
    return None


def _draft(cat, q_low, q_high, approx, best, s_start, rel_a, rel_b, anchor, group, side, shape,
           sent, joined=None) -> Draft:
    text = sent.text[rel_a:rel_b]
    return Draft(cat, q_low, q_high, approx, best, text, sent.start + rel_a, sent.start + rel_b,
                 sent.start + anchor, group, side, shape, sent, joined)


def _numbers(sent: Sentence, used: list[tuple[int, int]]) -> list[Draft]:
    s = sent.text
    lex = lexicon()
    out: list[Draft] = []
    for q in find_quantities(s):
        if re.search(r"\b(?:no|not|none)\s+$", s[max(0, q.start - 6):q.start], re.IGNORECASE):
            continue  # "no 1 was injured"
        singular = q.low == 1 and q.high == 1
        victims = _victims_after(s, q.end, singular)
        direct = lex.direct.match(s[q.end:])
        before = s[:q.start]
        cat, group, side, end, joined = None, None, None, q.end, None
        if victims:
            group, side, end = victims
            cat = _active_before(before) or _passive_after(_past_aside(s[end:])) or _and_were(s[end:])
            if cat is None and group in ("bodies", "corpses", "body", "corpse"):
                cat = "killed"  # "two bodies were found"
            if cat is None and group == "others":
                joined = "others"
        elif direct:
            cat = lex.raw["direct"][direct.group(1).lower()]
            end = q.end + direct.end()
        elif (cat := _passive_after(s[q.end:])) and _BE.match(s[q.end:].lstrip()):
            pass  # "30 people were killed and 70 were injured"
        elif _BARE_END.match(s[q.end:]) and q.low is not None and q.low < 10000:
            cat = _active_before(before) or _toll_before(before)
            if cat is None:
                continue
        elif (m := _UNLISTED.match(s[q.end:])) and m.group(1).lower() not in lex.not_people \
                and (((cat := _active_before(before)) in ("killed", "injured", "kidnapped") and _AGENT.search(m.group(1)))
                     or ((cat := _passive_after(s[q.end + m.end():])) and _BE.match(s[q.end + m.end():].lstrip()))):
            group, end = m.group(1).lower(), q.end + m.end()  # "kidnapped four engineers"
        else:
            continue
        if cat is None and joined is None:
            joined = "list"
        shape = "number" if victims or direct else "bare"
        out.append(_draft(cat, q.low, q.high, q.approximate, q.best_value, 0, q.start, end,
                          q.start, group, side, shape, sent, joined))
        used.append((q.start, end))
    return out


def _free(a: int, b: int, used: list[tuple[int, int]]) -> bool:
    return all(b <= s or a >= e for s, e in used)


def _singulars_and_plurals(sent: Sentence, used: list[tuple[int, int]], unknown: bool) -> list[Draft]:
    s = sent.text
    lex = lexicon()
    out: list[Draft] = []
    for t in _TOKEN.finditer(s):
        low = t.group(0).lower().rstrip(".")
        is_sing = low in lex.people_singular and low not in ("dead",)
        is_plur = low in lex.people_plural and low not in ("others", "dead", "wounded", "injured", "casualties")
        if not (is_sing or is_plur) or not _free(t.start(), t.end(), used):
            continue
        nxt = _TOKEN.match(s, t.end() + 1) if t.end() < len(s) and s[t.end()] == " " else None
        if nxt and (nxt.group(0).lower() in lex.people_plural or nxt.group(0).lower() in lex.people_singular):
            continue  # "Taliban leader": a modifier of the next word
        clause = re.split(r"[,;:.]", s[:t.start()])[-1]
        if re.search(r"\b(?:no|not|none|neither|nor|without|any)\b", clause[-40:], re.IGNORECASE):
            continue  # "no women or children were injured"
        # walk back over at most three modifiers to the determiner or the verb
        head = s[:t.start()]
        mods = re.search(r"((?:[\w'’-]+\s+){0,3})$", head)
        start = t.start()
        for k in range(len(mods.group(1).split()) + 1):
            words = mods.group(1).split()
            mod_words = words[len(words) - k:] if k else []
            if any(w.lower() in lex.stop or w.lower() in lex.not_people or w[0].isdigit() for w in mod_words):
                break
            pre_end = t.start() - (len(" ".join(mod_words)) + 1 if mod_words else 0)
            pre = s[:max(pre_end, 0)] + " "
            det = _DETERMINER.search(pre)
            if is_sing and det:
                if det.group(1).lower() == "the" and any(w.lower().endswith(("th", "second", "third", "first"))
                                                        for w in mod_words):
                    break  # "the seventh Taliban leader captured this month": a rank, not a count
                start = det.start(1)
                cat = _active_before(s[:start]) or _passive_after(_past_aside(s[t.end():]))
                if cat:
                    side = side_of(" ".join(mod_words + [t.group(0)]))
                    out.append(_draft(cat, 1, 1, False, None, 0, start, t.end(), t.start(), low,
                                      side, "singular", sent))
                    used.append((start, t.end()))
                break
            if is_plur and not det:
                prev = re.search(r"([\w'’-]+)\s+$", pre)
                if prev and (prev.group(1).lower() in lex.raw["negation"] or prev.group(1)[0].isdigit()):
                    break
                if prev and prev.group(1).lower() in ("of", "for", "against", "at", "on", "to"):
                    break
                start = pre_end if mod_words else t.start()
                cat = _active_before(s[:start]) or _passive_after(s[t.end():])
                if cat:
                    side = side_of(" ".join(mod_words + [t.group(0)]))
                    out.append(_draft(cat, None if unknown else 2, None, True, None, 0, start, t.end(),
                                      t.start(), low, side, "plural", sent))
                    used.append((start, t.end()))
                    break
    return out


def _join(drafts: list[Draft], s: str) -> list[Draft]:
    """Give a number without a verb the category of its neighbour in the sentence."""
    inc = lexicon().cue("including_cues")
    out = list(drafts)
    for i in range(len(out) - 2, -1, -1):  # "7 soldiers, 7 peacekeepers and 2 civilians were injured"
        d, n = out[i], out[i + 1]
        if d.category is None and n.category is not None and d.joined != "others" \
                and _LIST_GAP.match(s[d.end - d.sentence.start:n.start - d.sentence.start]):
            out[i] = replace(d, category=n.category)
    for i, d in enumerate(out):
        rel = d.start - d.sentence.start
        prev = next((p for p in reversed(out[:i]) if p.category), None)
        if d.category is not None:
            gap = s[prev.end - d.sentence.start:rel] if prev is not None else ""
            if prev is not None and len(gap) < 40 and (inc.search(gap) or d.group == "them"
                                                       or (prev.joined == "including" and _LIST_GAP.match(gap))):
                out[i] = replace(d, joined="including")
            continue
        nxt = next((n for n in out[i + 1:] if n.category), None)
        if prev is not None:
            gap = s[prev.end - d.sentence.start:rel]
            if inc.search(gap) or (prev.joined == "including" and _LIST_GAP.match(gap)):
                out[i] = replace(d, category=prev.category, joined="including")
                continue
            if d.joined == "others" or _LIST_GAP.match(gap):
                out[i] = replace(d, category=prev.category)
                continue
        if nxt is not None and _LIST_GAP.match(s[d.end - d.sentence.start:nxt.start - d.sentence.start]):
            out[i] = replace(d, category=nxt.category)
    return [d for d in out if d.category is not None]


def sentence_drafts(sent: Sentence) -> list[Draft]:
    """Every casualty figure in `sent`, in text order."""
    lex = lexicon()
    if not lex.prefilter.search(sent.text):
        return []
    used: list[tuple[int, int]] = []
    unknown = bool(lex.cue("unknown_number").search(sent.text))
    drafts = _numbers(sent, used)
    for cat, a, b, anchor, side, span_a, span_b in named_victims(sent.text):
        if _free(a, b, used):
            drafts.append(_draft(cat, 1, 1, False, None, 0, a, b, anchor, "named", side, "singular", sent))
            used.append((span_a, span_b))
    drafts += _singulars_and_plurals(sent, used, unknown)
    drafts.sort(key=lambda d: d.anchor)
    drafts = _join(drafts, sent.text)
    return [d for d in drafts if not _hypothetical(d)]


def _hypothetical(d: Draft) -> bool:
    s = d.sentence.text
    rel = d.start - d.sentence.start
    window = s[max(0, rel - 50):d.end - d.sentence.start + 12]
    if re.search(rf"(?:{lexicon().cue('target_cues').pattern})\s+$", s[max(0, rel - 30):rel], re.IGNORECASE):
        return True  # "an operation targeting a Taliban leader": the target, not a victim
    return bool(lexicon().cue("hypothetical").search(window))
