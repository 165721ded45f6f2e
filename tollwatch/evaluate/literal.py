"""Is the gold figure written in the text? A reference line for each count field, not a score.

A number counts as written when the text contains it
- as digits, not inside a longer number: "29" (not in "129", "2.9" or "29,000"); from 1,000 up
  also with a thousands separator: "1,200", "1.200", "1 200";
- or as an English number word (any case): one .. twenty, thirty .. ninety, their compounds
  ("twenty-five", "twenty five"), and "a hundred" / "one hundred" for 100.
Nothing else: no sums, no "a dozen", no singulars ("a policeman" is not a written 1), no other
languages' words. So the share says how often a reader that only finds written numbers could
be right, at best.
"""
from __future__ import annotations

import re
from functools import lru_cache

UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen twenty").split()
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
        90: "ninety", 20: "twenty"}


def number_words(n: int) -> list[str]:
    """English words for `n` that count as written (see the module docstring)."""
    if 1 <= n <= 20:
        return [UNITS[n - 1]]
    if n in TENS:
        return [TENS[n]]
    if 21 <= n <= 99:
        tens, unit = TENS[n - n % 10], UNITS[n % 10 - 1]
        return [f"{tens}-{unit}", f"{tens} {unit}"]
    if n == 100:
        return ["a hundred", "one hundred"]
    return []


def digit_forms(n: int) -> list[str]:
    plain = str(n)
    if n < 1000:
        return [plain]
    grouped = f"{n:,}"
    return [plain, grouped, grouped.replace(",", "."), grouped.replace(",", " ")]


@lru_cache(maxsize=4096)
def _pattern(n: int) -> re.Pattern[str]:
    digits = "|".join(re.escape(f) for f in digit_forms(n))
    alternatives = [rf"(?<![\d.,])(?:{digits})(?![\d]|[.,]\d)"]
    words = number_words(n)
    if words:
        # a part of a compound is not the number: "twenty" or "five" in "twenty-five", "one" in
        # "one hundred"
        not_after_tens = "".join(rf"(?<!{t}{sep})" for t in TENS.values() for sep in "- ")
        not_before_unit = r"(?![- ](?:" + "|".join(UNITS[:9] + ["hundred"]) + r")\b)"
        alternatives.append(not_after_tens + r"\b(?:" + "|".join(re.escape(w) for w in words)
                            + r")\b" + not_before_unit)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def written_in(text: str | None, n: int) -> bool:
    """True when the figure `n` (> 0) is written in `text` as digits or an English word."""
    if not text or n <= 0:
        return False
    return _pattern(int(n)).search(text) is not None
