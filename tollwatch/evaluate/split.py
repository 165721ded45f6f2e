"""Build and check halves of every dev file, by a hash of the row number.

Row N (0-based position of the record in the file) is in the check half when
sha256("tollwatch-split:N") as an integer is divisible by 3, else in the build half: about
2/3 build, 1/3 check. The split depends on the row number only: not on the id, the text or the
gold, so it is stable across runs and cannot be steered by what a row says. Read misses on
build rows; the check half measures whether a change carries over to text not looked at.
"""
from __future__ import annotations

import hashlib

BUILD, CHECK, ALL, BOTH = "build", "check", "all", "both"
SPLITS = (BUILD, CHECK, ALL)          # one report each
CHOICES = SPLITS + (BOTH,)            # BOTH: build and check from one extraction pass


def half(row: int) -> str:
    """BUILD or CHECK for the row at 0-based position `row`."""
    digest = hashlib.sha256(f"tollwatch-split:{row}".encode()).hexdigest()
    return CHECK if int(digest, 16) % 3 == 0 else BUILD


def in_split(row: int, split: str) -> bool:
    if split == ALL:
        return True
    if split not in (BUILD, CHECK):
        raise ValueError(f"unknown split {split!r} (expected one of {', '.join(SPLITS)})")
    return half(row) == split
