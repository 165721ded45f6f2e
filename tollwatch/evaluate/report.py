"""EvalReport: the scores of one split of one dev file, as JSON (`to_dict`) or for people."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .metrics import FieldScore, Outcome
from .split import CHECK


@dataclass(frozen=True)
class Share:
    """`part` of `whole`: the literal share of a field, or the claims counted from the parse."""
    part: int
    whole: int

    @property
    def share(self) -> float | None:
        return self.part / self.whole if self.whole else None

    def __str__(self) -> str:
        return f"{self.part}/{self.whole}" + (f" ({self.share:.3f})" if self.whole else "")


@dataclass(frozen=True)
class EvalReport:
    dataset: str
    path: str
    documents: int                      # rows of this split read
    seconds: float                      # extraction time, warm (excludes loading the models)
    fields: dict[str, dict[str, FieldScore]]
    slowest: list[tuple[str, float]]    # (document id, seconds)
    worst: list[Outcome]                # none for the check half: read misses on build only
    errors: list[tuple[str, str]] = field(default_factory=list)  # (document id, message)
    split: str = "all"
    literal: dict[str, Share] = field(default_factory=dict)  # COUNT field -> written / gold > 0
    from_parse: Share = Share(0, 0)     # claims whose reader is "parse" / all claims

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def metric(self, name: str, group: str, measure: str = "exact") -> float | None:
        """e.g. report.metric("killed", "gold>0") -> exact-match rate, None when not scored."""
        fs = self.fields.get(name, {}).get(group)
        return getattr(fs, measure) if fs else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset, "path": self.path, "split": self.split,
            "documents": self.documents,
            "seconds": round(self.seconds, 3), "articles_per_second": round(self.per_second, 2),
            "fields": {f: {g: s.to_dict() for g, s in groups.items()}
                       for f, groups in self.fields.items()},
            "literal": {f: _share(s, "written", "n") for f, s in self.literal.items()},
            "claims": _share(self.from_parse, "from_parse", "total"),
            "slowest": [{"id": i, "seconds": round(t, 4)} for i, t in self.slowest],
            "worst": [{"id": o.doc_id, "field": o.field, "gold": plain(o.gold), "got": o.got}
                      for o in self.worst],
            "errors": [{"id": i, "message": m} for i, m in self.errors],
        }


def _share(s: Share, part: str, whole: str) -> dict[str, Any]:
    return {whole: s.whole, part: s.part,
            "share": None if s.share is None else round(s.share, 4)}


def plain(value: Any) -> Any:
    return sorted(value) if isinstance(value, (set, frozenset)) else value


def _notes(report: EvalReport) -> list[str]:
    lines = []
    if report.literal:
        lines.append("literal share (gold > 0, gold figure written in the text): " + ", ".join(
            f"{name} {s}" for name, s in report.literal.items()))
    lines.append(f"claims counted from the parse: {report.from_parse}")
    return lines


def _misses(report: EvalReport) -> list[str]:
    if report.split == CHECK:
        return ["worst-missed: not listed for the check half (read misses on build only)"]
    lines = ["worst-missed:"]
    for o in report.worst:
        lines.append(f"  {o.doc_id:<18} {o.field:<16} gold {plain(o.gold)!s:<14} got {o.got}")
    return lines


def _errors(report: EvalReport) -> list[str]:
    if not report.errors:
        return []
    first_id, first_message = report.errors[0]
    return [f"errors ({report.split}): {len(report.errors)} (first: {first_id}: {first_message})"]


def format_table(report: EvalReport) -> str:
    """One split for people: one line per field and group, then the reference lines, the
    slowest and the worst-missed documents."""
    lines = [f"{report.dataset}  {report.path}  split {report.split}: {report.documents} "
             f"documents, {report.per_second:.1f} articles/s",
             f"{'field':<18}{'group':<9}{'n':>6}{'exact':>8}{'within10':>10}{'MAE':>9}"]
    for name, groups in report.fields.items():
        for group, fs in groups.items():
            lines.append(f"{name:<18}{group:<9}{_cells(fs)}")
    lines += _notes(report)
    lines.append("slowest: " + ", ".join(f"{i} {t * 1000:.0f} ms" for i, t in report.slowest))
    return "\n".join(lines + _misses(report) + _errors(report))


def _cells(fs: FieldScore | None) -> str:
    if fs is None:
        return f"{'-':>6}{'':>8}{'':>10}{'':>9}"
    mae = "-" if fs.mae is None else f"{fs.mae:.2f}"
    return f"{fs.n:>6}{fs.exact:>8.3f}{fs.within10:>10.3f}{mae:>9}"


def format_side_by_side(build: EvalReport, check: EvalReport) -> str:
    """Build and check halves of one file next to each other (`tollwatch eval --split both`)."""
    seconds = build.seconds + check.seconds
    rate = (build.documents + check.documents) / seconds if seconds else 0.0
    lines = [f"{build.dataset}  {build.path}  build {build.documents} / check {check.documents} "
             f"documents, {rate:.1f} articles/s",
             f"{'':<27}{'build':-^33}  {'check':-^33}",
             f"{'field':<18}{'group':<9}{'n':>6}{'exact':>8}{'within10':>10}{'MAE':>9}  "
             f"{'n':>6}{'exact':>8}{'within10':>10}{'MAE':>9}"]
    names = list(build.fields) + [n for n in check.fields if n not in build.fields]
    for name in names:
        groups = list(build.fields.get(name, {}))
        groups += [g for g in check.fields.get(name, {}) if g not in groups]
        for group in groups:
            lines.append(f"{name:<18}{group:<9}{_cells(build.fields.get(name, {}).get(group))}  "
                         f"{_cells(check.fields.get(name, {}).get(group))}")
    for label, report in (("build", build), ("check", check)):
        lines += [f"{label}: {line}" for line in _notes(report)]
    return "\n".join(line.rstrip() for line in
                     lines + _misses(build) + _errors(build) + _errors(check))
