"""What an adapter yields: `Case`s (text + gold per scored field), and the `Dataset` table entry."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterator

from ..errors import IngestError
from . import scoring as s


@dataclass(frozen=True)
class Case:
    doc_id: str                 # the dataset's own id: shown in the report, never to the extractor
    text: str | None            # None: nothing to read (the case is not scored)
    gold: dict[str, Any]
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Dataset:
    name: str
    read: Callable[[Path], Iterator[Case]]
    fields: tuple[s.Field, ...]


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file, in order (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise IngestError(f"line {n}: {exc.msg}", source=str(path)) from exc


def iso_date(value: Any) -> date | None:
    """"2016-01-15" (or a longer timestamp) -> date; anything else -> None."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
