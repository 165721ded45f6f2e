"""Quantities as the text states them: digits, number words, hedges, vague amounts.

"at least 81" -> low 81, high None; "around 50" -> 45..55 best 50; "several" -> 3..None;
"au moins 81", "más de 50", "около 50", "une dizaine", "decenas", "десяток" alike.
Hedges and vague amounts are data per language (lexicons/<lang>/vague.v1.json); number words
are English words here, `text2num` for French and Spanish, and the numerals table with its
pymorphy3 forms for Russian and Ukrainian (parsers/ru_numbers.py). The language is the
caller's (`language=`), else the reading's (`reading_language`, set by extract.reader.Reader
around each article), else English. This module only reads numbers; whether a number counts
victims is decided in `casualties`.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from typing import Any, Iterator

from text_to_num import text2num

from ..models import Quantity

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
          "eighty ninety hundred thousand million").split()
_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_WORDS = rf"{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_MAX_DIGITS = 10  # more than everyone alive: a figure this long is not a count of people


_LANGUAGE: ContextVar[str] = ContextVar("tollwatch_reading_language", default="en")


@contextmanager
def reading_language(language: str) -> Iterator[None]:
    """Numbers read inside the block are read in `language` (Reader.read sets it per article)."""
    token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def _lang(language: str | None) -> str:
    language = language or _LANGUAGE.get()
    return language if _has_vague_table(language) else "en"


@cache
def _has_vague_table(language: str) -> bool:
    """The pack folder of `language` holds a vague-amount table (looked up once per language)."""
    return resources.files(__package__).joinpath("lexicons", language, "vague.v1.json").is_file()


@cache
def vague_table(language: str = "en") -> dict[str, Any]:
    """The versioned hedge and vague-amount table of `language`."""
    path = resources.files(__package__).joinpath("lexicons", language, "vague.v1.json")
    return json.loads(path.read_text("utf-8"))


@cache
def _ru_forms(language: str) -> tuple[str, ...]:
    """Every inflected form of the Russian (Ukrainian) numerals, for the number pattern."""
    import pymorphy3

    from .parsers.ru_numbers import Numerals
    numerals = Numerals.load(language)
    morph = pymorphy3.MorphAnalyzer(lang=language) if language != "ru" else pymorphy3.MorphAnalyzer()
    forms = set()
    for lemma in list(numerals.values) + list(numerals.multipliers):
        forms.add(lemma)
        parses = morph.parse(lemma)
        for parse in parses[:3] + [q for q in parses[3:] if "NUMR" in q.tag]:  # "сто": an abbreviation first
            if parse.normal_form.replace("ё", "е") == lemma:
                forms.update(f.word for f in parse.lexeme)
    forms |= {f.replace("ё", "е") for f in forms}  # "трех", "четырех": news writes е for ё
    forms |= {f.replace("'", mark) for f in forms if "'" in f for mark in "’ʼ"}  # "п’ятеро": a typographic apostrophe
    return tuple(sorted(forms, key=len, reverse=True))


def _words_pattern(language: str) -> str:
    """The number-words part of the number pattern for `language`."""
    if language == "en":
        return _WORDS
    table = vague_table(language)
    words = list(_ru_forms(language)) if table.get("numerals") == "ru_numbers" else table["number_words"]
    word = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    joiners = "|".join(re.escape(j) for j in table.get("number_joiners", []))
    inner = "(?:" + "|".join(re.escape(w) for w in table.get("inner_words", [])) + ")" if table.get("inner_words") else word
    sep = rf"(?:[\s-]+(?:(?:{joiners})[\s-]+)?)" if joiners else r"[\s-]+"
    return rf"{word}(?:{sep}(?:{inner}|{word}))*"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(language: str = "en") -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    table = vague_table(language)
    hedge_of = {}
    for kind, words in table["hedges"].items():
        for w in words:
            hedge_of[" ".join(w.lower().split())] = kind
    hedges = _alt(list(hedge_of))
    core = rf"(?:{_DIGITS}|{_words_pattern(language)})"
    if language == "en":
        number = re.compile(
            rf"(?<![\w$€£#/.,-])(?:(?P<hedge>{hedges})\s+)?(?:(?:{table['number_article']})\s+)?"
            rf"(?:(?:{_alt(table['between'][0:1])})\s+(?P<lo>{core})\s+(?:{_alt(table['between'][1:2])})\s+(?P<hi>{core})"
            rf"|(?P<core>{core})(?:\s*(?:-|–|{_alt(table['range_words'])})\s*(?P<hi2>{core}))?(?P<dozen>\s+dozen)?)"
            rf"(?![\w%$€]|[-/.:,]\d|-(?:year|month|day|week|hour|km|mile|meter|metre|kilo|yard|foot|pound|ton|storey|story|member|man|strong))",
            re.IGNORECASE)
    else:  # the same shape, its words from the table; a hedge may end in an elision ("plus d'")
        between, and_ = (_alt(table["between"][0:1]), _alt(table["between"][1:2]))
        ranges = _alt(table["range_words"])
        groups = r"[,\s\u00a0\u202f" + ("." if table.get("dot_thousands") else "") + "]"  # "27.000" es/fr
        digits = _DIGITS.replace("(?:,", f"(?:{groups}") if table.get("space_thousands") else _DIGITS
        times = _alt(list(table.get("multipliers", {}))) or "(?!)"  # "25 тысяч", "3 mil", "1,5 millones"
        core = rf"(?:\d+(?:[.,]\d+)?\s+(?:{times})(?!\w)|{digits}|{_words_pattern(language)})"
        number = re.compile(
            rf"(?<![\w$€£#/.,-])(?:(?P<hedge>{hedges})(?:\s+|(?<=['’])))?"
            rf"(?:(?:{between})\s+(?P<lo>{core})\s+(?:{and_})\s+(?P<hi>{core})"
            rf"|(?P<core>{core})(?:\s*(?:-|–|(?:{ranges})(?=\s))\s*(?P<hi2>{core}))?(?P<dozen>(?!))?)"
            rf"(?![\w%$€]|[-/.:,]\d)",
            re.IGNORECASE)
    vague_words = [w for entry in table["vague"] for w in entry["words"]]
    sep = r"\s+" if language == "en" else r"(?:\s+|(?<=['’]))"
    vague = re.compile(rf"(?<![\w-])(?:(?P<hedge>{hedges}){sep})?(?P<vague>{_alt(vague_words)})(?![\w-])",
                       re.IGNORECASE)
    return number, vague, hedge_of


@cache
def _hedge_at_end(language: str) -> re.Pattern[str]:
    table = vague_table(language)
    hedges = _alt([" ".join(w.lower().split()) for words in table["hedges"].values() for w in words])
    between = table["between"]
    opening = rf"(?:{_alt(between[0:1])})\s+\d[\d.,]*\s+(?:{_alt(between[1:2])})"  # "Entre 10 et " before "15 personnes"
    return re.compile(rf"(?<![\w-])(?:{hedges}|{opening})\s+$", re.IGNORECASE)


def hedge_before(text: str, language: str | None = None) -> int | None:
    """Where a hedge or a range's opening that ends `text` starts ("По меньшей мере " before "12
    человек", "Entre 10 et " before "15 personnes", hung by the parser apart from the number), else None."""
    tail = text[-40:]
    m = _hedge_at_end(_lang(language)).search(tail)
    return None if m is None else len(text) - len(tail) + m.start()


def parse_number(text: str, language: str | None = None) -> int | None:
    """An integer from digits ("1,200") or number words ("two hundred and thirty-four",
    "vingt-trois", "treinta y dos", "двадцати пяти") in `language` (default: the reading's)."""
    language = _lang(language)
    if language != "en":
        return _parse_other(text, language)
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


def _parse_other(text: str, language: str) -> int | None:
    t = re.sub(r"[\s\u00a0\u202f,]", "", text) if re.fullmatch(r"[\d\s\u00a0\u202f,.]+", text.strip()) else text.strip()
    if vague_table(language).get("dot_thousands") and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        t = t.replace(".", "")  # "27.000" is 27000 in Spanish and French, whose decimals take a comma
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        whole = t.split(".")[0].lstrip("0") or "0"
        return None if len(whole) > _MAX_DIGITS else int(whole)
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s+(\S+)", t)
    if m and m.group(2).lower() in vague_table(language).get("multipliers", {}):
        return int(float(m.group(1).replace(",", ".")) * vague_table(language)["multipliers"][m.group(2).lower()])
    fixes = vague_table(language).get("word_fixes", {})  # "veintiún" -> "veintiuno" for text2num
    words = [fixes.get(w, w) for w in t.lower().replace("-", " ").split()]
    if vague_table(language).get("numerals") == "ru_numbers":
        from .parsers.ru_numbers import Numerals, ru_number
        n = ru_number(words, morph=_morph(language), numerals=Numerals.load(language))
    else:
        try:
            n = int(text2num(" ".join(words), language))
        except ValueError:
            return None
    return n if n is not None and n < 10 ** _MAX_DIGITS else None


@cache
def _morph(language: str):
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang=language) if language != "ru" else pymorphy3.MorphAnalyzer()


def _hedged(n: int, hedge: str | None) -> tuple[int | None, int | None, bool, int | None]:
    """(low, high, approximate, best) for a number under a hedge."""
    spread = vague_table(_lang(None))["around_spread"]
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
    for entry in vague_table(_lang(None))["vague"]:
        if key in entry["words"]:
            return entry
    return None


def find_quantities(text: str, offset: int = 0, language: str | None = None) -> list[Quantity]:
    """Every number or vague amount in `text`, in order; offsets shifted by `offset`; read in
    `language` (default: the reading's, see `reading_language`)."""
    language = _lang(language)
    if language != _LANGUAGE.get():
        with reading_language(language):
            return find_quantities(text, offset, language)
    number, vague, hedge_of = _patterns(language)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    vagues = [m for m in vague.finditer(text) if _vague_entry(m.group("vague")) is not None]
    for m in number.finditer(text):
        if _no_count(m, language):
            continue
        # a vague word inside a hedge ("as many as nine") is the hedge; one that is the amount
        # itself ("several dozen") keeps the number out; one ending a number is its multiplier
        # ("две тысячи", "полторы тысячи": тысячи is also "thousands")
        if any(v.start("vague") < m.end() and m.start() < v.end("vague")
               and not (m.group("hedge") and m.start("hedge") <= v.start("vague") < m.end("hedge"))
               and not (m.start("core" if m.group("core") else "lo") < v.start("vague") and v.end("vague") <= m.end())
               for v in vagues):
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
        if m.group("hedge") and (whole := _vague_entry(m.group(0))) is not None:
            entry, hedge = whole, None  # "около сотни": about a hundred, not hundreds
        if hedge and entry["low"] == entry["high"]:  # "nearly a dozen": a hedged number
            low, high, _, best = _hedged(entry["low"], hedge)
            found.append(Quantity(low, high, True, text[start:m.end()], offset + start, offset + m.end(), best_value=best))
            continue
        low, high = entry["low"], entry["high"]
        if hedge in ("at_least", "more_than"):
            if entry.get("best") is not None and high is not None:
                low = entry["best"]  # "plus d'une centaine": 100+, not 90+ (the round number itself)
            high = None
        found.append(Quantity(low, high, True, text[start:m.end()], offset + start, offset + m.end(),
                              best_value=entry.get("best")))
    found.sort(key=lambda q: q.start)
    return found


def _no_count(m: re.Match[str], language: str) -> bool:
    """A year ("en 2019", "2009 год"), an age ("16-летний", "de 16 años") or a date ("7 апреля"):
    the table's `no_count_after` follows the number, or a `year_before` word precedes a bare
    19xx/20xx. English keeps its own pattern."""
    table = vague_table(language)
    after = table.get("no_count_after")
    if after and re.match(after, m.string[m.end():m.end() + 30], re.IGNORECASE):
        return True
    before = table.get("year_before")
    return bool(before and not m.group("hedge") and re.fullmatch(r"(?:19|20)\d\d", m.group("core") or "")
                and re.search(rf"(?<!\w)(?:{before})\s+$", m.string[max(0, m.start() - 20):m.start()], re.IGNORECASE))


_PARTICLE_VERB = re.compile(r"\b(?:ran|run|runs|running|drove|driven|rolled|handed|turned)\s+$", re.IGNORECASE)


def _hedge(m: re.Match[str], hedge_of: dict[str, str]) -> tuple[str | None, int]:
    """(hedge kind, start of the quantity); "ran over several people": a verb's particle, no hedge."""
    word = m.group("hedge")
    if word and word.lower() == "over" and _LANGUAGE.get() == "en" and _PARTICLE_VERB.search(m.string[max(0, m.start() - 12):m.start()]):
        return None, m.end("hedge") + len(m.string[m.end("hedge"):]) - len(m.string[m.end("hedge"):].lstrip())
    return hedge_of.get(" ".join((word or "").lower().split())), m.start()


def _quantity(m: re.Match[str], hedge_of: dict[str, str], offset: int) -> Quantity | None:
    hedge, start = _hedge(m, hedge_of)
    text = m.string[start:m.end()]
    if m.group("lo"):
        lo, hi = parse_number(m.group("lo"), _LANGUAGE.get()), parse_number(m.group("hi"), _LANGUAGE.get())
        if lo is None or hi is None or hi < lo:
            return None
        return Quantity(lo, hi, True, text, offset + start, offset + m.end())
    n = parse_number(m.group("core"), _LANGUAGE.get())
    if n is None:
        return None
    if m.group("hi2"):
        hi = parse_number(m.group("hi2"), _LANGUAGE.get())
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
