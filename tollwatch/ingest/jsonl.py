"""JSON Lines in the contract's input shape: {"id","text","title"?,"published"?,"url"?,"language"?}.

Read line by line (a large file is never loaded whole); a broken line is an IngestError that
names file:line, and the other lines are still read. Extra keys (such as gold) are ignored.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import IO

from ..errors import IngestError, InputTooLarge
from ..models import Article, content_hash
from .language import source_language
from .url import canonical_url


def looks_like_jsonl(head: str) -> bool:
    first = head.lstrip("\ufeff \t\r\n")[:1]
    return first == "{"


def record_article(obj: object, *, source: str, origin: str | None = None) -> Article:
    """One JSON object -> Article, or an IngestError saying which field is wrong."""
    if not isinstance(obj, dict):
        raise IngestError("expected a JSON object per line", source=source)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError('no "text" (a non-empty string is required)', source=source)
    published = obj.get("published")
    if published is not None:
        try:
            published = date.fromisoformat(str(published)[:10])
        except ValueError:
            raise IngestError(f'"published" is not YYYY-MM-DD: {published!r}',
                              source=source) from None
    ident = obj.get("id")
    title = obj.get("title")
    url = obj.get("url")
    for name, value in (("text", text), ("id", ident), ("title", title), ("url", url)):
        _check_unicode(name, value, source)
    return Article(id=str(ident) if ident not in (None, "") else content_hash(text), text=text,
                   title=title if isinstance(title, str) else None,
                   url=canonical_url(url) if isinstance(url, str) else None,
                   published=published, origin=origin or source,
                   language=source_language(obj.get("language")) or "en",
                   language_declared=source_language(obj.get("language")) is not None)


def _check_unicode(name: str, value: object, source: str) -> None:
    """JSON may escape NUL ("\\u0000") or half a surrogate pair ("\\ud800"): no text holds them."""
    if isinstance(value, str) and "\x00" in value:  # binary, and PostgreSQL refuses it
        raise IngestError(f'"{name}" contains NUL characters (binary data, not text)',
                          source=source)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise IngestError(f'"{name}" is not valid Unicode (unpaired surrogate '
                              f'\\u{ord(value[exc.start]):04x} at {exc.start})',
                              source=source) from None


def jsonl_articles(stream: IO[bytes], *, name: str, limit: int) -> Iterator[Article | IngestError]:
    """Each line of a binary stream; blank lines are skipped."""
    lineno = 0
    while True:
        raw = stream.readline(limit + 2)
        if not raw:
            return
        lineno += 1
        where = f"{name}:{lineno}"
        if len(raw) > limit:
            yield InputTooLarge(f"line longer than {limit:,} bytes", source=where)
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                raw = stream.readline(1 << 20)
            continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield IngestError("not UTF-8", source=where)
            continue
        except json.JSONDecodeError as exc:
            yield IngestError(f"broken JSON ({exc.msg} at column {exc.colno})", source=where)
            continue
        except RecursionError:  # "[[[[..." nested deeper than the parser goes
            yield IngestError("broken JSON (nested too deeply)", source=where)
            continue
        try:
            yield record_article(obj, source=where, origin=name)
        except IngestError as err:
            yield err
