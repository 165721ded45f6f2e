"""Victims named rather than counted: "killed Taliban leader Saifullah", "the death of Maulawi
Tayeb", "Fayez Jan was killed". Each is one victim (low 1)."""
from __future__ import annotations

import re
from functools import cache

from ..attribution import side_of
from .lexicon import lexicon

_CAP = re.compile(r"[A-Z][a-z][\w'’-]*")
_AFTER_NAME = re.compile(r"^(?:\s*[,.;:()]|\s+(?:and|during|in|on|who|while|after|near|at|from|as|"
                         r"was|when|with|by|along|last|yesterday|today|$)\b|\s*$)", re.IGNORECASE)
_NOT_NAMES = frozenset("""afghan afghans coalition isaf international security assistance force forces
national army police province district the a an january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
kabul overnight yesterday today tonight last next other others similar found home week weeks month months year years presumably anyone anybody someone somebody nobody everyone himself herself themselves""".split())


@cache
def _verbs() -> list[tuple[str, re.Pattern[str]]]:
    raw = lexicon().raw["active"]
    out = []
    for cat in ("killed", "detained", "kidnapped"):
        words = sorted(raw[cat], key=len, reverse=True)
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        out.append((cat, re.compile(rf"(?<![\w-])(?:{alt})\s+(?:the\s+|a\s+)?", re.IGNORECASE)))
    return out


_PASSIVE_NAME_UPPER = re.compile(r"((?:[A-Z][A-Z'’-]+\s+){0,3}[A-Z][A-Z'’-]+)(?:,(?:(?!--)[^,.;]){1,60},|,(?=\s+WAS\b))?(?:,?\s+WHO)?\s+"
                                 r"(?:(?:WAS|HAS\s+BEEN|HAD\s+BEEN|HAS|HAD)\s+(?:REPORTEDLY\s+|ALSO\s+)?)?"
                                 r"(KILLED|MURDERED|ASSASSINATED|SHOT\s+DEAD|FOUND\s+DEAD|DIED|SHOT\s+TO\s+DEATH|"
                                 r"STABBED\s+TO\s+DEATH|GUNNED\s+DOWN|EXECUTED|SLAIN|"
                                 r"KIDNAPPED|ABDUCTED|ARRESTED|DETAINED|CAPTURED)\b")
_POSSESSIVE = re.compile(r"((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)['’]S?\s+(?:MURDER|ASSASSINATION|KILLING|DEATH)\b",
                         re.IGNORECASE)
_NUMBER_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"\w+teen|\w+ty|hundred|thousand|several|many|dozens|both|all|some|few|numerous)")
_PRONOUNS = frozenset("he she it who which that this what whom they we i there one".split())
_PASSIVE_NAME = re.compile(r"((?:[A-Z][a-z][\w'’-]*\s+){0,2}[A-Z][a-z][\w'’-]*)(?:,[^,.;]{1,60},)?(?:,?\s+who)?\s+(?:was|has\s+been|had\s+been)\s+"
                           r"(?:reportedly\s+|also\s+)?(killed|shot\s+dead|shot\s+to\s+death|stabbed\s+to\s+death|gunned\s+down|"
                           r"assassinated|murdered|detained|arrested|captured|kidnapped|abducted)\b")


def named_victims(s: str) -> list[tuple[str, int, int, int, str | None, int, int]]:
    """(category, start, end, anchor, side, span start, span end) for each named victim in `s`;
    the span covers the verb and any apposition ("X, a senior commander, was killed")."""
    lex = lexicon()
    out = []
    upper = s.isupper()
    for cat, verb in _verbs():
        for m in verb.finditer(s):
            if m.group(0)[0].isupper() and not upper:
                continue  # a headline in title case ("Detain Haqqani Network Leader")
            if re.search(r"\b(?:not|never|no)\s+(?:\w+\s+)?$", s[max(0, m.start() - 15):m.start()], re.IGNORECASE):
                continue  # "we have not murdered anyone"
            pos, anchor, name_seen = m.end(), None, False
            for _ in range(10):
                t = re.match(r"\s*,?\s*([\w'’-]+)", s[pos:])
                if not t:
                    break
                word = t.group(1)
                low = word.lower()
                if _NUMBER_WORD.fullmatch(low):
                    break  # "the six Jesuits": a count, read elsewhere
                plural = low in lex.people_plural or low.rstrip("'’") in lex.people_plural
                if (plural and low != "taliban") or low in lex.stop or word[0].isdigit() or low in lex.not_people:
                    break
                if low in lex.people_singular:
                    anchor = pos + t.start(1)
                elif (_CAP.fullmatch(word) or (upper and word.isalpha())) and low not in _NOT_NAMES \
                        and side_of(word) is None and low not in lex.aux:
                    name_seen = True
                    anchor = anchor if anchor is not None else pos + t.start(1)
                elif not (word[0].isupper() or "-" in word or low in ("senior", "local", "associated", "known")):
                    break
                pos += t.end()
                if name_seen and _AFTER_NAME.match(s[pos:]):
                    out.append((cat, anchor, pos, anchor, side_of(s[m.end():pos]), m.start(), pos))
                    more = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=[A-Z])", s[pos:], re.IGNORECASE)
                    if not more:  # "assassinated Hector Oqueli and Gilda Flores": two victims
                        break
                    pos, anchor, name_seen = pos + more.end(), None, False
    upper = s.isupper()
    for m in _POSSESSIVE.finditer(s):  # "Luis Carlos Galan's murder"
        words: list[str] = []
        for w in reversed(m.group(1).split()):  # the name: the capitalised words right before "'s"
            low = w.lower()
            if low in lex.stop or low in lex.people_singular or low in _NOT_NAMES or side_of(w) \
                    or low in lex.aux or low in lex.not_people or not w.isalpha():
                break
            words.insert(0, w)
        if words and not any(w.lower() in lex.people_plural or w.lower() in _PRONOUNS for w in words) \
                and (len(words) >= 2 or not upper):
            start = m.start(1) + m.group(1).rfind(words[0])
            out.append(("killed", start, m.end(1), start, None, m.start(), m.end()))
    for m in (_PASSIVE_NAME_UPPER if upper else _PASSIVE_NAME).finditer(s):
        words = [w.lower() for w in m.group(1).split()]
        if upper:  # keep the name: the words after the last ordinary word
            while words and (words[0] in lex.stop or words[0] in _PRONOUNS or words[0] in lex.aux
                             or words[0] in lex.people_singular or words[0] in _NOT_NAMES):
                words.pop(0)  # titles before the name: "JUDGE CARLOS VALENCIA"
        if not words or any(w in _PRONOUNS or w in lex.stop or w in lex.people_plural or w in _NOT_NAMES for w in words):
            continue
        if upper and len(words) < 2:
            continue  # in upper case a single word is too often no name ("FOUND", "OTHERS")
        first = words[0]
        if first in _NOT_NAMES or first in lex.people_singular or side_of(m.group(1)):
            continue
        verb = m.group(2).split()[0].lower()
        if upper and verb in ("killed", "kidnapped", "abducted", "arrested", "detained", "captured", "murdered",
                              "assassinated", "stabbed", "gunned", "executed") and not re.search(r"\b(?:WAS|BEEN)\s+(?:\w+\s+)?\S+$", m.group(0)):
            continue  # without "was", an upper-case name before "KILLED" is the killer
        cat = "killed" if verb in ("killed", "shot", "murdered", "assassinated", "found", "died", "stabbed", "gunned",
                                   "executed", "slain") else None
        cat = cat or ("kidnapped" if m.group(2).lower() in ("kidnapped", "abducted") else "detained")
        out.append((cat, m.start(1), m.end(1), m.start(1), None, m.start(), m.end()))
    return out
