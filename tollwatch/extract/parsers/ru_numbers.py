"""Russian and Ukrainian numerals in words, in any case and gender, to integers.

The words are data (`lexicons/<lang>/numerals.v1.json`: lemma -> value); an inflected form
("двадцати", "пятерых", "тысячами") is found through its lemma: a parsed token's own lemma, else
every dictionary form pymorphy3 proposes (a word such as "сорока" is also a bird, "три" also a
verb: a form in the table wins). A compound reads hundreds, tens, units in that order within
each group of a thousand ("двести сорок пять", "ста двенадцати", "двух тысяч трёхсот").
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е"})


def _normal(word: str) -> str:
    return word.lower().translate(APOSTROPHES)


@dataclass(frozen=True)
class Numerals:
    """One language's numeral words: lemma -> value (units and collectives, multipliers)."""
    language: str
    version: str
    values: dict  # cardinals, collectives and fractions below a thousand
    multipliers: dict

    @classmethod
    def load(cls, language: str = "ru") -> "Numerals":
        path = LEXICONS / language / "numerals.v1.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        values = {**data["cardinals"], **data["collectives"], **data.get("fractions", {})}
        return cls(data["language"], data["version"],
                   {_normal(k): v for k, v in values.items()},
                   {_normal(k): v for k, v in data["multipliers"].items()})

    def lookup(self, token, morph=None):
        """(value, is_multiplier) for one token (str or spaCy Token), or None."""
        text = token if isinstance(token, str) else token.text
        if text.isdigit():
            return int(text), False
        candidates = [_normal(text)]
        if not isinstance(token, str) and token.lemma_:
            candidates.insert(0, _normal(token.lemma_))
        if morph is not None:
            analyses = morph.parse(_normal(text))
            candidates += [_normal(a.normal_form) for a in analyses if a.tag.POS == "NUMR"]
            candidates += [_normal(a.normal_form) for a in analyses if a.tag.POS != "NUMR"]
        for lemma in candidates:
            if lemma in self.values:
                return self.values[lemma], False
            if lemma in self.multipliers:
                return self.multipliers[lemma], True
        return None


def _next_limit(value) -> int:
    """What may follow `value` inside one group: tens after hundreds, units after tens."""
    if isinstance(value, int) and value >= 100 and value % 100 == 0:
        return 100
    if isinstance(value, int) and 20 <= value <= 90 and value % 10 == 0:
        return 10
    return 0  # units, teens, ten, collectives, digits, fractions: the group is complete


def ru_number(tokens, *, morph=None, numerals: Numerals | None = None) -> int | None:
    """The integer a numeral phrase states, or None when the tokens are not one number.

    `tokens`: words (str) or spaCy Tokens, only the numeral phrase ("двадцати пяти", "двух тысяч
    трёхсот"); digits count as a whole group ("25 тысяч"). `morph`: a pymorphy3 MorphAnalyzer for
    inflected strings (a parsed token brings its lemma). `numerals`: Numerals.load("ru") unless
    given (Numerals.load("uk") for Ukrainian).
    """
    numerals = numerals or Numerals.load("ru")
    total, group, limit, last_multiplier, seen = 0, 0, 1000, None, False
    for token in tokens:
        found = numerals.lookup(token, morph)
        if found is None:
            return None
        value, is_multiplier = found
        seen = True
        if is_multiplier:
            if last_multiplier is not None and value >= last_multiplier:
                return None  # "тысяча миллион"
            total += (group or 1) * value
            group, limit, last_multiplier = 0, 1000, value
            continue
        if isinstance(value, int) and group and value >= limit:
            return None  # out of order: "пять двадцать", "двенадцать три"
        if not isinstance(value, int) and group:
            return None  # a fraction only starts a group ("полторы тысячи")
        if limit == 0:
            return None
        group += value
        limit = _next_limit(value)
    if not seen:
        return None
    number = total + group
    return int(number) if number == int(number) else None
