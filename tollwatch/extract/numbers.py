"""Quantities as the text states them: digits, English number words, hedges, vague amounts.

"at least 81" -> low 81, high None; "around 50" -> 45..55 best 50; "several" -> 3..None.
Hedges and vague amounts are data (lexicons/vague.v1.json). This module only reads numbers;
whether a number counts victims is decided in `casualties`.
"""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from text_to_num import text2num

from ..models import Quantity

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
          "eighty ninety hundred thousand million").split()
_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_WORDS = rf"{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_MAX_DIGITS = 10  # more than everyone alive: a figure this long is not a count of people


@cache
def vague_table() -> dict[str, Any]:
    """The versioned hedge and vague-amount table."""
    path = resources.files(__package__).joinpath("lexicons", "en", "vague.v1.json")
    return json.loads(path.read_text("utf-8"))


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    table = vague_table()
    hedge_of = {}
    for kind, words in table["hedges"].items():
        for w in words:
            hedge_of[" ".join(w.lower().split())] = kind
    hedges = _alt(list(hedge_of))
    core = rf"(?:{_DIGITS}|{_WORDS})"
    number = re.compile(
        rf"(?<![\w$€£#/.,-])(?:(?P<hedge>{hedges})\s+)?"
        rf"(?:between\s+(?P<lo>{core})\s+and\s+(?P<hi>{core})"
        rf"|(?P<core>{core})(?:\s*(?:-|–|to|or)\s*(?P<hi2>{core}))?(?P<dozen>\s+dozen)?)"
        rf"(?![\w%$€]|[-/.:,]\d|-(?:year|month|day|week|hour|km|mile|meter|metre|kilo|yard|foot|pound|ton|storey|story|member|man|strong))",
        re.IGNORECASE)
    vague_words = [w for entry in table["vague"] for w in entry["words"]]
    vague = re.compile(rf"(?<![\w-])(?:(?P<hedge>{hedges})\s+)?(?P<vague>{_alt(vague_words)})(?![\w-])",
                       re.IGNORECASE)
    return number, vague, hedge_of


def parse_number(text: str) -> int | None:
    """An integer from digits ("1,200") or English words ("two hundred and thirty-four")."""
    t = text.strip().lower().replace(",", "")
    if not t:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        whole = t.split(".")[0].lstrip("0") or "0"
        if len(whole) > _MAX_DIGITS:  # no count of people has this many digits ("9" * 5000)
            return None
        return int(whole)
    try:
        n = int(text2num(" ".join(t.replace("-", " ").split()), "en"))
    except ValueError:
        return None
    return n if n < 10 ** _MAX_DIGITS else None


def _hedged(n: int, hedge: str | None) -> tuple[int | None, int | None, bool, int | None]:
    """(low, high, approximate, best) for a number under a hedge."""
    spread = vague_table()["around_spread"]
    if hedge in ("at_least", "more_than"):  # "more than 50" -> 50+ (CONTRACT.md)
        return n, None, False, None
    delta = max(1, round(n * spread))
    if hedge == "around":
        return max(n - delta, 0), n + delta, True, n
    if hedge == "nearly":
        return max(n - delta, 0), max(n - 1, 0), True, max(n - 1, 0)
    if hedge == "up_to":
        return 0, n, True, n
    return n, n, False, None


def _vague_entry(words: str) -> dict[str, Any] | None:
    key = " ".join(words.lower().split())
    for entry in vague_table()["vague"]:
        if key in entry["words"]:
            return entry
    return None


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every number or vague amount in `text`, in order; offsets shifted by `offset`."""
    number, vague, hedge_of = _patterns()
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    vagues = [m for m in vague.finditer(text) if _vague_entry(m.group("vague")) is not None]
    for m in number.finditer(text):
        # a vague word inside a hedge ("as many as nine") is the hedge; one that is the amount
        # itself ("several dozen") keeps the number out
        if any(v.start("vague") < m.end() and m.start() < v.end("vague")
               and not (m.group("hedge") and m.start("hedge") <= v.start("vague") < m.end("hedge")) for v in vagues):
            continue
        q = _quantity(m, hedge_of, offset)
        if q is not None:
            found.append(q)
            taken.append((m.start(), m.end()))
    for m in vagues:
        if any(s < m.end("vague") and m.start("vague") < e for s, e in taken):
            continue
        entry = _vague_entry(m.group("vague"))
        hedge, start = _hedge(m, hedge_of)
        low, high = entry["low"], entry["high"]
        if hedge in ("at_least", "more_than"):
            high = None
        found.append(Quantity(low, high, True, text[start:m.end()], offset + start, offset + m.end(),
                              best_value=entry.get("best")))
    found.sort(key=lambda q: q.start)
    return found


_PARTICLE_VERB = re.compile(r"\b(?:ran|run|runs|running|drove|driven|rolled|handed|turned)\s+$", re.IGNORECASE)


def _hedge(m: re.Match[str], hedge_of: dict[str, str]) -> tuple[str | None, int]:
    """(hedge kind, start of the quantity); "ran over several people": a verb's particle, no hedge."""
    word = m.group("hedge")
    if word and word.lower() == "over" and _PARTICLE_VERB.search(m.string[max(0, m.start() - 12):m.start()]):
        return None, m.end("hedge") + len(m.string[m.end("hedge"):]) - len(m.string[m.end("hedge"):].lstrip())
    return hedge_of.get(" ".join((word or "").lower().split())), m.start()


def _quantity(m: re.Match[str], hedge_of: dict[str, str], offset: int) -> Quantity | None:
    hedge, start = _hedge(m, hedge_of)
    text = m.string[start:m.end()]
    if m.group("lo"):
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        if lo is None or hi is None or hi < lo:
            return None
        return Quantity(lo, hi, True, text, offset + start, offset + m.end())
    n = parse_number(m.group("core"))
    if n is None:
        return None
    if m.group("hi2"):
        hi = parse_number(m.group("hi2"))
        if hi is not None and n < hi <= n * 10 + 10:
            return Quantity(n, hi, True, text, offset + start, offset + m.end())
        if re.match(r"\s*-", m.string[m.start("core") + len(m.group("core")):]):
            return None  # a document number ("2011-11-S-034"), not a range
        end = m.start("core") + len(m.group("core"))
        text = m.string[start:end]
        low, high, approx, best = _hedged(n, hedge)
        return Quantity(low, high, approx, text, offset + start, offset + end, best_value=best)
    if m.group("dozen"):
        n *= 12  # "2 dozen"
    low, high, approx, best = _hedged(n, hedge)
    return Quantity(low, high, approx, text, offset + start, offset + m.end(), best_value=best)
