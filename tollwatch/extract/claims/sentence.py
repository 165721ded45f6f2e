"""Casualty figures inside one sentence: a number with its victims and its verb.

Three shapes, tried in this order: a number ("killed 33 people", "46 Kyrgyz had been killed",
"35 dead"), a singular victim ("killed a Taliban leader", "a policeman was shot dead"), an
unnumbered plural ("civilians were killed": low 2, or None when the text says the number is
unknown). A number with victims but no verb of its own takes the category of its neighbour
("killed 12 people, six others ..."; "3 soldiers and 2 civilians were killed").
"""
from __future__ import annotations

import re

from ..attribution import side_of
from ..numbers import find_quantities
from ..text import Sentence
from .draft import Draft
from .lexicon import lexicon
from .lists import WHOLE_GAP, join
from .names import named_victims
from .verbs import (BE, TOKEN, active_before, and_were, passive_after, past_aside,
                    toll_before, victims_after)

_AND_BEFORE = re.compile(r"(?:\band|,|\balong\s+with|\bas\s+well\s+as)\s+$", re.IGNORECASE)
_UNLISTED = re.compile(r"^\s+(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][A-Za-z-]+(?:s|S|men|MEN))\b")
_DEATHS = re.compile(r"^\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:deaths?|fatalities)\b", re.IGNORECASE)
_AGENT = re.compile(r"(?:ers|ists|ians|ans|men|ees|ors|ants|ents|ives|ites|ors)$", re.IGNORECASE)
_BARE_END = re.compile(r"^\s*(?:more\b\s*)?(?:[,.;:)]|and\b|in\b|on\b|at\b|during\b|when\b|after\b|near\b|before\b|as\b|while\b|"
                       r"including\b|with\b|by\b|outside\b|inside\b|across\b|following\b|overnight\b|so\s+far\b|(?:a\s+few|several|\w+)\s+(?:hours|days|weeks)\s+later\b|later\b|$)",
                       re.IGNORECASE)  # "wounding 60 more", "rose to 141 a few days later"
_DETERMINER = re.compile(r"(?:^|\s)(a|an|the|another|one|his|her|their|its|a\s+single|a\s+third|a\s+fourth|a\s+fifth)\s+$", re.IGNORECASE)


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
        if re.search(lex.raw["superseded_pattern"], s[max(0, q.start - 20):q.start], re.IGNORECASE):
            continue  # "risen to 36, up from 24": the earlier figure is replaced
        singular = q.low == 1 and q.high == 1
        victims = victims_after(s, q.end, singular)
        direct = lex.direct.match(s[q.end:])
        before = s[:q.start]
        cat, group, side, end, joined = None, None, None, q.end, None
        if victims:
            group, side, end = victims
            cat = active_before(before) or passive_after(past_aside(s[end:])) or and_were(s[end:]) \
                or _left_as(before, s[end:])
            if cat == "injured" and _TO_DEATH.match(s[end:]):
                cat = "killed"  # "stabbed two people to death"
            if cat is None and group in ("bodies", "corpses", "body", "corpse"):
                cat = "killed"  # "two bodies were found"
            if cat is None and re.match(lex.raw["lives_after"], s[end:], re.IGNORECASE) \
                    and re.search(lex.raw["lives_before"], before, re.IGNORECASE):
                cat, end = "killed", end + re.match(lex.raw["lives_after"], s[end:], re.IGNORECASE).end()  # "claimed 7 civilians' lives"
            if cat is None and group == "others":
                joined = "others"
        elif direct:
            if _EITHER.match(s[q.end + direct.end():]):
                continue  # "more than 100 dead or wounded": no count of either
            cat = lex.raw["direct"][direct.group(1).lower()]
            end = q.end + direct.end()
            if toll_before(before):  # "Armenia's military losses have risen to 105 dead"
                side = side_of(re.split(r"[.;]", before)[-1])
        elif (m := _DEATHS.match(s[q.end:])) and not any(
                w.lower() in lex.not_people or w.lower() in ("by", "of", "in", "on", "at")
                for w in m.group(0).split()[:-1]):  # not "2 weeks by death squads"
            cat, end = "killed", q.end + m.end()  # "caused one unfortunate death"
        elif (cat := passive_after(s[q.end:])) and BE.match(s[q.end:].lstrip()):
            pass  # "30 people were killed and 70 were injured"
        elif _BARE_END.match(s[q.end:]) and q.low is not None and q.low < 10000:
            cat = active_before(before) or toll_before(before)
            if cat is None and not WHOLE_GAP.match(s[q.end:]):
                continue  # a whole before its parts ("over 100 more including 35 children injured") waits for their verb
            side = side_of(before[-160:]) if toll_before(before) else None
        elif (m := _UNLISTED.match(s[q.end:])) and m.group(1).lower() not in lex.not_people \
                and (((cat := active_before(before)) in ("killed", "injured", "kidnapped") and _AGENT.search(m.group(1)))
                     or ((cat := passive_after(s[q.end + m.end():])) and BE.match(s[q.end + m.end():].lstrip()))):
            group, end = m.group(1).lower(), q.end + m.end()  # "kidnapped four engineers"
        elif (m := re.match(lex.raw["breakdown_were"], s[q.end:], re.IGNORECASE)) and re.match(
                lex.raw["breakdown_opening"], s, re.IGNORECASE) and m.group(1).lower() in lex.people_plural:
            group, end, joined = m.group(1).lower(), q.end + m.end(), "breakdown"  # "Of those, 20 were soldiers"
        else:
            continue
        if cat is None and joined is None:
            joined = "list"
        shape = "number" if victims or direct else "bare"
        out.append(_draft(cat, q.low, q.high, q.approximate, q.best_value, 0, q.start, end,
                          q.start, group, side, shape, sent, joined))
        used.append((q.start, end))
    return out


_LIST_TAIL = re.compile(r"^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[^,;.:()\d]{1,60}?){1,4}?\s+(?=(?:were|have\s+been|had\s+been)\s)",
                        re.IGNORECASE)


def _list_verb(after: str) -> str | None:
    """"A police colonel, a judge and a senator were murdered": a victim in a list takes the
    verb that closes it (a plural "were", so the list is its subject)."""
    m = _LIST_TAIL.match(after)
    return passive_after(after[m.end():]) if m else None


_EITHER = re.compile(r"^\s+(?:or|and/or)\s+(?:dead|killed|wounded|injured|hurt|missing)\b", re.IGNORECASE)
_TO_DEATH = re.compile(r"^\s+(?:to\s+death|dead)\b", re.IGNORECASE)
_LEFT = re.compile(r"\b(?:left|leaving|leaves)\s+$", re.IGNORECASE)
_LEFT_AS = re.compile(r"^\s+and\s+[^,.;\d]{1,40}?\s+(dead|wounded|injured|hurt|missing)\b", re.IGNORECASE)


def _left_as(before: str, after: str) -> str | None:
    """"a shootout which left 3 officers and the gunman wounded": the state the list is left in."""
    m = _LEFT_AS.match(after) if _LEFT.search(before) else None
    return lexicon().raw["direct"][m.group(1).lower()] if m else None


def _in_name(words: list[str], j: int) -> bool:
    """"Islamic Movement of Uzbekistan": an 'of' between two capitalised words (not in upper-case text)."""
    return (words[j] == "of" and 0 < j < len(words) - 1 and words[j - 1][0].isupper()
            and words[j + 1][0].isupper())


def _free(a: int, b: int, used: list[tuple[int, int]]) -> bool:
    return all(b <= s or a >= e for s, e in used)


def _singulars_and_plurals(sent: Sentence, used: list[tuple[int, int]], unknown: bool) -> list[Draft]:
    s = sent.text
    lex = lexicon()
    out: list[Draft] = []
    for t in TOKEN.finditer(s):
        low = t.group(0).lower().rstrip(".")
        is_sing = low in lex.people_singular and low not in ("dead",)
        is_plur = low in lex.people_plural and low not in ("others", "dead", "wounded", "injured", "casualties")
        if not (is_sing or is_plur) or not _free(t.start(), t.end(), used):
            continue
        nxt = TOKEN.match(s, t.end() + 1) if t.end() < len(s) and s[t.end()] == " " else None
        if nxt and (nxt.group(0).lower() in lex.people_plural or nxt.group(0).lower() in lex.people_singular):
            continue  # "Taliban leader": a modifier of the next word
        nxt2 = TOKEN.match(s, nxt.end() + 1) if nxt and nxt.end() < len(s) and s[nxt.end()] == " " else None
        if nxt2 and nxt.group(0)[0].isalpha() and nxt.group(0).lower() not in lex.stop \
                and nxt2.group(0).lower() in lex.people_singular | lex.people_plural:
            continue  # "Taliban senior commander": a modifier two words before its noun
        clause = re.split(r"[,;:.]", s[:t.start()])[-1]
        if re.search(r"\b(?:no|not|none|neither|nor|without|any)\b", clause[-40:], re.IGNORECASE):
            continue  # "no women or children were injured"
        # walk back over at most three modifiers to the determiner or the verb
        head = s[:t.start()]
        mods = re.search(r"((?:[\w'’-]+\s+){0,4})$", head)
        start = t.start()
        for k in range(len(mods.group(1).split()) + 1):
            words = mods.group(1).split()
            mod_words = words[len(words) - k:] if k else []
            if mod_words and k < len(words) and _in_name(words[len(words) - k - 1:], 1):
                continue  # "... Movement of Uzbekistan leader": take the word before 'of' too
            if any((w.lower() in lex.stop and not _in_name(mod_words, j)) or w.lower() in lex.not_people
                   or w[0].isdigit() for j, w in enumerate(mod_words)) or len(mod_words) - mod_words.count("of") > 3:
                break
            pre_end = t.start() - (len(" ".join(mod_words)) + 1 if mod_words else 0)
            pre = s[:max(pre_end, 0)] + " "
            det = _DETERMINER.search(pre)
            if is_sing and det:
                if det.group(1).lower() == "the" and any(w.lower().endswith(("th", "second", "third", "first"))
                                                        for w in mod_words):
                    break  # "the seventh Taliban leader captured this month": a rank, not a count
                start = det.start(1)
                cat = active_before(s[:start]) or passive_after(past_aside(s[t.end():])) or _list_verb(s[t.end():])
                listed = cat is None and _AND_BEFORE.search(s[:start]) is not None  # "the leader and a suspected associate"
                if cat or listed:
                    side = side_of(" ".join(mod_words + [t.group(0)]))
                    out.append(_draft(cat, 1, 1, False, None, 0, start, t.end(), t.start(), low,
                                      side, "singular", sent, joined="list" if listed else None))
                    used.append((start, t.end()))
                break
            if is_plur and not det:
                prev = re.search(r"([\w'’-]+)\s+$", pre)
                if prev and (prev.group(1).lower() in lex.raw["negation"] or prev.group(1)[0].isdigit()):
                    break
                if prev and prev.group(1).lower() in ("of", "for", "against", "at", "on", "to"):
                    break
                if re.search(r"\bnumber\s+of\s+(?:[\w'’-]+\s+){0,2}$", pre, re.IGNORECASE):
                    break  # "the number of Kyrgyz citizens killed has risen to 36"
                start = pre_end if mod_words else t.start()
                cat = active_before(s[:start]) or passive_after(s[t.end():])
                if cat:
                    side = side_of(" ".join(mod_words + [t.group(0)]))
                    out.append(_draft(cat, None if unknown else 2, None, True, None, 0, start, t.end(),
                                      t.start(), low, side, "plural", sent))
                    used.append((start, t.end()))
                    break
    return out


def sentence_drafts(sent: Sentence) -> list[Draft]:
    """Every casualty figure in `sent`, in text order."""
    lex = lexicon()
    if not lex.prefilter.search(sent.text) and not re.match(lex.raw["breakdown_opening"], sent.text, re.IGNORECASE):
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
    drafts = join(drafts, sent.text)
    return [d for d in drafts if not _hypothetical(d) and not _rate(d)]


def _rate(d: Draft) -> bool:
    """"3,000 persons die every year": a statistic, not victims of an event."""
    rest = d.sentence.text[d.end - d.sentence.start:]
    return re.search(lexicon().raw["rate_pattern"], rest, re.IGNORECASE) is not None


def _hypothetical(d: Draft) -> bool:
    s = d.sentence.text
    rel = d.start - d.sentence.start
    start = max(0, rel - 50)
    start = max(start, max(s.rfind(",", start, rel), s.rfind(";", start, rel)) + 1)  # not past a clause break
    window = s[start:d.end - d.sentence.start + 12]
    if re.search(rf"(?:{lexicon().cue('target_cues').pattern})\s+$", s[max(0, rel - 30):rel], re.IGNORECASE):
        return True  # "an operation targeting a Taliban leader": the target, not a victim
    return bool(lexicon().cue("hypothetical").search(window))
