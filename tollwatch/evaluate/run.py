"""`evaluate(path)`: run the extractor over an annotated file and score it.

The extractor sees only the text (plus title and publication date where the source carries
them); each Article id is a hash of a random salt and the row number, so no rule can read a
document's id, file name or dataset. Running twice with different salts gives the same scores.
"""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..models import Article, Reading
from .adapters import Case, Dataset, datasets, sniff
from .metrics import FieldScore, Outcome, count_exact, score, worst
from .scoring import COUNT

log = logging.getLogger(__name__)

Extractor = Callable[[Article], Reading]
WARM_UP_TEXT = "Two people were killed and three were injured in an attack on Monday, police said."


@dataclass(frozen=True)
class EvalReport:
    dataset: str
    path: str
    documents: int                      # rows read
    seconds: float                      # extraction time, warm (excludes loading the models)
    fields: dict[str, dict[str, FieldScore]]
    slowest: list[tuple[str, float]]    # (document id, seconds)
    worst: list[Outcome]
    errors: list[tuple[str, str]] = field(default_factory=list)  # (document id, message)

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def metric(self, name: str, group: str, measure: str = "exact") -> float | None:
        """e.g. report.metric("killed", "gold>0") -> exact-match rate, None when not scored."""
        fs = self.fields.get(name, {}).get(group)
        return getattr(fs, measure) if fs else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset, "path": self.path, "documents": self.documents,
            "seconds": round(self.seconds, 3), "articles_per_second": round(self.per_second, 2),
            "fields": {f: {g: s.to_dict() for g, s in groups.items()}
                       for f, groups in self.fields.items()},
            "slowest": [{"id": i, "seconds": round(t, 4)} for i, t in self.slowest],
            "worst": [{"id": o.doc_id, "field": o.field, "gold": _plain(o.gold), "got": o.got}
                      for o in self.worst],
            "errors": [{"id": i, "message": m} for i, m in self.errors],
        }


def _plain(value: Any) -> Any:
    return sorted(value) if isinstance(value, (set, frozenset)) else value


def scrambled_id(salt: str, row: int) -> str:
    return hashlib.sha256(f"{salt}:{row}".encode()).hexdigest()[:16]


def default_extractor() -> Extractor:
    from ..extract.pipeline import read_article  # the pipeline under test, loaded on demand
    return read_article


def aliases_for(path: Path) -> Path | None:
    """aliases.json of the eval folder the file lives in (../shared/eval/aliases.json)."""
    for folder in (path.parent, path.parent.parent):
        if (folder / "aliases.json").is_file():
            return folder / "aliases.json"
    return None


def evaluate(path: str | os.PathLike, *, limit: int | None = None,
             extractor: Extractor | None = None, salt: str | None = None,
             dataset: str | None = None) -> EvalReport:
    """Score `extractor` (default: tollwatch.extract.pipeline.read_article) on one dev file.

    `limit` keeps the first N rows; `dataset` names the adapter (default: told from the rows).
    """
    path = Path(path)
    table = datasets(aliases_for(path))
    spec: Dataset = table[dataset or sniff(path)]
    extract = extractor or default_extractor()
    salt = salt if salt is not None else secrets.token_hex(8)
    extract(Article(id=scrambled_id(salt, -1), text=WARM_UP_TEXT))

    outcomes: list[Outcome] = []
    timings: list[tuple[str, float]] = []
    errors: list[tuple[str, str]] = []
    rows = 0
    for row, case in enumerate(spec.read(path)):
        if limit is not None and row >= limit:
            break
        rows += 1
        if not case.text:
            continue
        article = Article(id=scrambled_id(salt, row), text=case.text, title=case.title,
                          published=case.published)
        started = time.perf_counter()
        try:
            reading: Reading | None = extract(article)
        except Exception as exc:  # one bad document is a scored miss, never the end of the run
            log.warning("%s: extractor failed: %s", case.doc_id, exc)
            errors.append((case.doc_id, f"{type(exc).__name__}: {exc}"))
            reading = None
        timings.append((case.doc_id, time.perf_counter() - started))
        outcomes.extend(_outcomes(spec, case, reading))

    return EvalReport(
        dataset=spec.name, path=str(path), documents=rows,
        seconds=sum(t for _, t in timings), fields=score(outcomes),
        slowest=sorted(timings, key=lambda t: -t[1])[:5], worst=worst(outcomes), errors=errors)


def _outcomes(spec: Dataset, case: Case, reading: Reading | None) -> list[Outcome]:
    out = []
    for f in spec.fields:
        gold = case.gold.get(f.name)
        if gold is None:
            continue
        got = f.answer(reading) if reading is not None else None
        if f.kind == COUNT:
            exact = count_exact(gold, got)
        else:
            gold = ({f.normalise(g) for g in gold} if isinstance(gold, (set, frozenset))
                    else f.normalise(gold))
            got = f.normalise(got) if got is not None else None
            exact = f.matches(gold, got)
        out.append(Outcome(case.doc_id, f.name, f.kind, gold, got, exact))
    return out


def format_table(report: EvalReport) -> str:
    """The report for people: one line per field and group, then slowest and worst-missed."""
    lines = [f"{report.dataset}  {report.path}  {report.documents} documents, "
             f"{report.per_second:.1f} articles/s",
             f"{'field':<18}{'group':<9}{'n':>6}{'exact':>8}{'within10':>10}{'MAE':>9}"]
    for name, groups in report.fields.items():
        for group, fs in groups.items():
            mae = "-" if fs.mae is None else f"{fs.mae:.2f}"
            lines.append(f"{name:<18}{group:<9}{fs.n:>6}{fs.exact:>8.3f}{fs.within10:>10.3f}{mae:>9}")
    lines.append("slowest: " + ", ".join(f"{i} {t * 1000:.0f} ms" for i, t in report.slowest))
    lines.append("worst-missed:")
    for o in report.worst:
        lines.append(f"  {o.doc_id:<18} {o.field:<16} gold {_plain(o.gold)!s:<14} got {o.got}")
    if report.errors:
        lines.append(f"errors: {len(report.errors)} (first: {report.errors[0][0]}: "
                     f"{report.errors[0][1]})")
    return "\n".join(lines)
