"""Counts of inputs skipped on purpose (not failures): non-HTML WARC records, seen feed items."""
from __future__ import annotations

from collections import Counter


class Tally:
    """Skipped items by reason; shared by the readers of one run and shown in its summary."""

    def __init__(self) -> None:
        self.skipped: Counter[str] = Counter()

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] += n

    def total(self) -> int:
        return sum(self.skipped.values())
