"""Scores per field: exact-match rate, within-10 % rate and mean absolute error.

Counts are scored separately for gold = 0 and gold > 0 (an extractor that never answers 0, or
always does, shows up at once); labels (dates, regions, sub-types, sources) in one group.
A null gold value is not scored.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .scoring import COUNT

ZERO, POSITIVE, ALL = "gold=0", "gold>0", "all"


@dataclass(frozen=True)
class Outcome:
    """One scored field of one document."""
    doc_id: str
    field: str
    kind: str
    gold: Any
    got: Any
    exact: bool

    @property
    def group(self) -> str:
        if self.kind != COUNT:
            return ALL
        return ZERO if self.gold == 0 else POSITIVE

    @property
    def error(self) -> float | None:
        """Absolute error of a count; a missing answer counts as 0."""
        if self.kind != COUNT:
            return None
        return abs((self.got or 0) - self.gold)

    @property
    def within10(self) -> bool:
        if self.kind != COUNT:
            return self.exact
        return self.error <= 0.1 * abs(self.gold)


@dataclass(frozen=True)
class FieldScore:
    n: int
    exact: float
    within10: float
    mae: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "exact": round(self.exact, 4), "within10": round(self.within10, 4),
                "mae": None if self.mae is None else round(self.mae, 3)}


def count_exact(gold: int, got: Any) -> bool:
    return got is not None and int(got) == int(gold)


def score(outcomes: Iterable[Outcome]) -> dict[str, dict[str, FieldScore]]:
    """{field: {group: FieldScore}} in the order fields first appear."""
    buckets: dict[str, dict[str, list[Outcome]]] = {}
    for o in outcomes:
        buckets.setdefault(o.field, {}).setdefault(o.group, []).append(o)
    result: dict[str, dict[str, FieldScore]] = {}
    for name, groups in buckets.items():
        result[name] = {}
        for group in (ZERO, POSITIVE, ALL):
            rows = groups.get(group)
            if not rows:
                continue
            n = len(rows)
            errors = [o.error for o in rows if o.error is not None]
            result[name][group] = FieldScore(
                n=n, exact=sum(o.exact for o in rows) / n,
                within10=sum(o.within10 for o in rows) / n,
                mae=sum(errors) / len(errors) if errors else None)
    return result


def worst(outcomes: Iterable[Outcome], k: int = 5) -> list[Outcome]:
    """Up to k worst-missed documents per field (counts by absolute error), fields in order."""
    by_field: dict[str, list[Outcome]] = {}
    for o in outcomes:
        missed = by_field.setdefault(o.field, [])  # fields keep the order they are scored in
        if not o.exact:
            missed.append(o)
    out: list[Outcome] = []
    for missed in by_field.values():
        missed.sort(key=lambda o: (-(o.error or 0), o.doc_id))
        out.extend(missed[:k])
    return out
