"""The words around a figure: who the victims are and which verb makes them casualties.

"killed 33 people" (a verb before), "46 Kyrgyz had been killed" (a verb after, past an aside),
"the death toll rose to 15" (a toll phrase before).
"""
from __future__ import annotations

import re

from ..attribution import side_of
from .lexicon import lexicon

TOKEN = re.compile(r"[A-Za-z][\w'’-]*(?:\.[A-Za-z]+)*|\d[\d,]*|[^\w\s]")


def victims_after(s: str, pos: int, singular: bool) -> tuple[str, str | None, int] | None:
    """(group, side, end) of the victims named right after a number at `pos`."""
    lex = lexicon()
    rest = s[pos:]
    them = re.match(r"\s+of\s+(?:them|those|these)\b", rest, re.IGNORECASE)
    if them:
        return "them", None, pos + them.end()  # "killing several of them"
    m = re.match(r"\s+(?i:of)\s+(?:(?i:its|their|his|her|our|the|these|those)|[A-Z][\w-]*['’]s?)\s+", rest)
    skip = m.end() if m else 0
    mods: list[str] = []
    tokens = list(TOKEN.finditer(rest[skip:]))
    for i, t in enumerate(tokens):
        word = t.group(0)
        low = word.lower().rstrip(".").rstrip("'’")  # "civilians' lives"
        if is_people(low, singular):
            if low in ("dead", "wounded", "injured") and skip and not mods:
                return low, None, pos + skip + t.end()  # "two of the wounded later died": the wounded are the victims
            if low in ("dead", "wounded", "injured") and all(m.lower() in _MORE for m in mods):
                nxt = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
                if is_people(nxt, singular) and nxt not in ("dead", "wounded", "injured"):
                    mods.append(word)  # "two wounded men died": an adjective before the victims
                    continue
                return None  # "35 dead": a category word, read by the caller
            for u in tokens[i + 1:i + 3]:  # "Kyrgyz soldiers", "Tajik border guards"
                ul = u.group(0).lower()
                if not u.group(0)[0].isalpha() or ul in lex.stop or ul in lex.not_people:
                    break
                if is_people(ul, singular) and ul not in ("dead", "wounded", "injured"):
                    t, low = u, ul
                    break
            side = side_of(rest[skip:skip + t.end()])
            of = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", rest[skip + t.end():])
            if side is None and of and side_of(of.group(1)):
                side = side_of(of.group(1))  # "46 citizens of the Kyrgyz Republic"
            return low, side, pos + skip + t.end()
        if low == "of" and mods and mods[-1][0].isupper() and i + 1 < len(tokens) \
                and tokens[i + 1].group(0)[0].isupper() and not word.isupper():
            continue  # "several suspected Islamic Movement of Uzbekistan insurgents": part of a name
        if low in lex.not_people or low in lex.stop or not word[0].isalpha() or len(mods) >= 4 \
                or low in _LINKING:
            return None  # "2 became injured", "40 more injured": the verb, not the victims
        mods.append(word)
    return None


_LINKING = frozenset({"became", "become", "got", "get", "remain", "remained", "remains"})
_MORE = frozenset({"more", "further", "additional"})


def is_people(word: str, singular: bool) -> bool:
    lex = lexicon()
    return word in lex.people_plural or (singular and (
        word in lex.people_singular or (word + "s" in lex.people_plural and word not in _NOT_SINGULAR)))


_NOT_SINGULAR = frozenset({"other", "dead", "wounded", "injured", "them", "those", "these"})


def active_before(before: str) -> str | None:
    for cat, pattern in lexicon().active:
        if pattern.search(before[-60:]):
            return cat
    return None


BE = re.compile(r"\b(?:were|was|been|are|is|got|get|became|become|remain\w*|be)\b", re.IGNORECASE)

_OBJECT = re.compile(r"^\s+(?:\d|(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|"
                     r"several|dozens|scores|hundreds|many|some|at least|more than|numerous|multiple|a number|"
                     r"one|eleven|twelve|twenty|thirty|forty|fifty|his|our|your|him|them|us|me)\b)", re.IGNORECASE)


_SECOND_VERB = re.compile(r"^\s+and\s+(?:[a-z]+ed|ran|shot|hit|beat|struck)(?:\s+(?:over|up|down|into|at|on|out))?(?=\s)",
                          re.IGNORECASE)


def passive_after(after: str) -> str | None:
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
        if not BE.search(m.group("aux")):
            second = _SECOND_VERB.match(rest)  # "a man stabbed and ran over several people"
            rest_object = rest[second.end():] if second else rest
            if _OBJECT.match(rest_object) or people_next(rest_object):
                return None  # "gunmen shot dead 3 policemen": the victims come after the verb
        if not BE.search(m.group("aux")) and verb not in lex.intransitive and after[:40].isupper() \
                and re.match(r"\s+(?!(?:IN|ON|AT|BY|DURING|NEAR|WHEN|WHILE|AFTER|BEFORE|LAST|YESTERDAY|TODAY|"
                             r"THIS|SINCE|FROM|WITH|AND|OR|AS|OUTSIDE|INSIDE|EARLY|LATE)\b)[A-Z]{2}", rest):
            return None  # upper case hides names: "SEVERAL GUNMEN KILLED ROBERTO SARASTY"
        if cat == "injured" and re.match(lex.raw["later_died"], rest, re.IGNORECASE):
            return "killed"  # "was stabbed and later died"
        return cat
    return None


_ASIDE = re.compile(r"^\s*(?:\([^()]{1,60}\)|--[^-]{1,80}--|,[^,.;]{1,90}?,|\s(?:in|at|from|of|on|inside|near|aboard)\s[^,.;]{1,40}?,?(?=\s(?:were|was|have|had|are|is|remain\w*)\b)|\s(?:including|among them)\b[^,.;]{1,80}?(?=\s(?:were|was|have|had|are)\b))",
                    re.IGNORECASE)


def past_aside(after: str) -> str:
    """The text after an aside: "11 people, including 7 police officers, were killed"."""
    m = _ASIDE.match(after)
    if m and not m.group(0).lstrip().startswith((",", "(", "--")) \
            and re.search(r"\b(?:who|which|that|whom)\b", m.group(0), re.IGNORECASE):
        return after  # a relative clause has its own verb (unless set off by commas)
    if m and (BE.match(after[m.end():].lstrip()) or passive_after(after[m.end():])):
        return after[m.end():]
    return after


_AND_WERE = re.compile(r"\band\s+(?=(?:were|was|have\s+been|had\s+been)\b)", re.IGNORECASE)
_LATE_BE = re.compile(r"\s(?=(?:were|was|have\s+been|had\s+been)\s)", re.IGNORECASE)


def and_were(after: str) -> str | None:
    """"several insurgents presented a threat ... and were killed"; "52 soldiers collecting
    their salaries at a base were killed"."""
    m = _AND_WERE.search(after[:110])
    if m and not re.search(r"[\d;:]", after[:m.start()]):
        return passive_after(after[m.end():])
    for m in _LATE_BE.finditer(after[:90]):  # "two pupils who were with them were murdered": the last one
        if re.search(r"[\d;:,()]|--|\band\b", after[:m.start()], re.IGNORECASE):
            break
        cat = passive_after(after[m.end():])
        if cat:
            return cat
    return None


def people_next(rest: str) -> bool:
    t = re.match(r"\s+(?:[\w-]+\s+){0,2}?([\w-]+)", rest)
    lex = lexicon()
    return bool(t) and (t.group(1).lower() in lex.people_plural or t.group(1).lower() in lex.people_singular)


_CATEGORY_OF = {"killed": "killed", "dead": "killed", "deaths": "killed", "died": "killed", "wounded": "injured",
                "injured": "injured", "hurt": "injured", "missing": "missing", "displaced": "displaced",
                "evacuated": "displaced", "detained": "detained", "arrested": "detained",
                "kidnapped": "kidnapped", "abducted": "kidnapped"}


def toll_before(before: str) -> str | None:
    """"The death toll rose to", "the number of Kyrgyz citizens killed ... has risen to"."""
    m = (re.search(lexicon().raw["number_of_pattern"], before[-160:], re.IGNORECASE)
         or re.search(lexicon().raw["count_pattern"], before[-160:], re.IGNORECASE))
    if m:
        return _CATEGORY_OF[m.group(1).lower()]
    for cat, pattern in lexicon().tolls:
        if pattern.search(before[-80:]):
            return cat
    return None
