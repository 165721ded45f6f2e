"""`evaluate(path, split=...)`: run the extractor over an annotated file and score it.

The extractor sees only the text (plus title and publication date where the source carries
them); each Article id is a hash of a random salt and the row number, so no rule can read a
document's id, file name or dataset. Running twice with different salts gives the same scores.
`evaluate_splits` scores the build and check halves (split.py) of one extraction pass.
"""
from __future__ import annotations

import hashlib
import inspect
import logging
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..models import Article, Reading
from .adapters import Case, Dataset, datasets, sniff
from .literal import written_in
from .metrics import Outcome, count_exact, score, worst
from .report import EvalReport, Share
from .scoring import COUNT
from .split import ALL, BUILD, CHECK, SPLITS, half

log = logging.getLogger(__name__)

Extractor = Callable[[Article], Reading]
WARM_UP_TEXT = "Two people were killed and three were injured in an attack on Monday, police said."
PARSE = "parse"  # Claim.reader of a claim counted from the dependency parse


@dataclass(frozen=True)
class Row:
    """One document of the file, read and scored."""
    half: str                           # BUILD or CHECK
    doc_id: str
    outcomes: tuple[Outcome, ...] = ()
    seconds: float | None = None        # None: no text, nothing read
    error: str | None = None
    claims: int = 0
    from_parse: int = 0
    written: tuple[tuple[str, bool], ...] = ()  # (COUNT field, gold figure written) for gold > 0


def scrambled_id(salt: str, row: int) -> str:
    return hashlib.sha256(f"{salt}:{row}".encode()).hexdigest()[:16]


def default_extractor() -> Extractor:
    """The pipeline under test, loaded on demand: a Reader (extract/reader.py), as every entry
    point uses, built once for the run: each article's language detected, read with its pack."""
    from ..extract import pipeline
    if "pack" not in inspect.signature(pipeline.read_article).parameters:
        return pipeline.read_article      # the reader before language packs (issue 12)
    from ..extract.reader import Reader
    return Reader.load().read


def aliases_for(path: Path) -> Path | None:
    """aliases.json of the eval folder the file lives in (../shared/eval/aliases.json)."""
    for folder in (path.parent, path.parent.parent):
        if (folder / "aliases.json").is_file():
            return folder / "aliases.json"
    return None


def evaluate(path: str | os.PathLike, *, split: str = ALL, limit: int | None = None,
             extractor: Extractor | None = None, salt: str | None = None,
             dataset: str | None = None) -> EvalReport:
    """Score `extractor` (default: tollwatch.extract.pipeline.read_article) on one dev file.

    `split`: "build" (2/3 of the rows), "check" (1/3) or "all"; `limit` keeps the first N rows
    (before splitting); `dataset` names the adapter (default: told from the rows).
    """
    return evaluate_splits(path, (split,), limit=limit, extractor=extractor, salt=salt,
                           dataset=dataset)[split]


def evaluate_splits(path: str | os.PathLike, splits: Iterable[str] = (BUILD, CHECK), *,
                    limit: int | None = None, extractor: Extractor | None = None,
                    salt: str | None = None, dataset: str | None = None) -> dict[str, EvalReport]:
    """One extraction pass, one report per split: {"build": EvalReport, "check": EvalReport}.
    Only the rows some split needs are read (`split="check"` extracts a third of the file)."""
    splits = tuple(splits)
    unknown = [s for s in splits if s not in SPLITS]
    if unknown:
        raise ValueError(f"unknown split {unknown[0]!r} (expected one of {', '.join(SPLITS)})")
    halves = {BUILD, CHECK} if ALL in splits else set(splits)
    path = Path(path)
    spec: Dataset = datasets(aliases_for(path))[dataset or sniff(path)]
    extract = extractor or default_extractor()
    salt = salt if salt is not None else secrets.token_hex(8)
    extract(Article(id=scrambled_id(salt, -1), text=WARM_UP_TEXT))
    rows = []
    for number, case in enumerate(spec.read(path)):
        if limit is not None and number >= limit:
            break
        if half(number) in halves:
            rows.append(_read_row(spec, case, number, extract, salt))
    return {split: _report(spec, path, split,
                           [r for r in rows if split == ALL or r.half == split])
            for split in splits}


def _read_row(spec: Dataset, case: Case, number: int, extract: Extractor, salt: str) -> Row:
    if not case.text:
        return Row(half(number), case.doc_id)
    article = Article(id=scrambled_id(salt, number), text=case.text, title=case.title,
                      published=case.published)
    error = None
    started = time.perf_counter()
    try:
        reading: Reading | None = extract(article)
    except Exception as exc:  # one bad document is a scored miss, never the end of the run
        log.warning("%s: extractor failed: %s", case.doc_id, exc)
        error, reading = f"{type(exc).__name__}: {exc}", None
    seconds = time.perf_counter() - started
    claims = reading.claims if reading is not None else ()
    written = tuple((f.name, written_in(case.text, case.gold[f.name])) for f in spec.fields
                    if f.kind == COUNT and f.literal and (case.gold.get(f.name) or 0) > 0)
    return Row(half(number), case.doc_id, tuple(_outcomes(spec, case, reading)), seconds, error,
               len(claims), sum(getattr(c, "reader", None) == PARSE for c in claims), written)


def _report(spec: Dataset, path: Path, split: str, rows: list[Row]) -> EvalReport:
    outcomes = [o for r in rows for o in r.outcomes]
    timings = [(r.doc_id, r.seconds) for r in rows if r.seconds is not None]
    literal: dict[str, list[bool]] = {f.name: [] for f in spec.fields}  # in the fields' order
    for r in rows:
        for name, written in r.written:
            literal.setdefault(name, []).append(written)
    return EvalReport(
        dataset=spec.name, path=str(path), documents=len(rows),
        seconds=sum(t for _, t in timings), fields=score(outcomes),
        slowest=sorted(timings, key=lambda t: -t[1])[:5],
        worst=[] if split == CHECK else worst(outcomes),
        errors=[(r.doc_id, r.error) for r in rows if r.error], split=split,
        literal={name: Share(sum(flags), len(flags)) for name, flags in literal.items() if flags},
        from_parse=Share(sum(r.from_parse for r in rows), sum(r.claims for r in rows)))


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
