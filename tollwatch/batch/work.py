"""What runs on a worker: articles -> one outcome each, ("ok", Reading) or ("error", source,
reason). Articles travel in small chunks: one Dask task per article costs more in scheduling
than reading the article does."""
from __future__ import annotations

from datetime import date

from ..errors import IngestError
from functools import cache

from ..extract.reader import Reader
from ..ingest import HtmlPage
from ..models import Article


@cache
def worker_reader(max_seconds: float, language: str) -> Reader:
    """The reader of this worker process: built on its first chunk, then kept."""
    return Reader.load(max_seconds=max_seconds, default_language=language)


def read_one(article: Article | HtmlPage, published: date | None = None, reader: Reader | None = None) -> tuple:
    if isinstance(article, HtmlPage):
        try:
            article = article.article()
        except IngestError as err:
            return ("error", err.source, err.message)
    try:
        return ("ok", (reader or worker_reader(60.0, "en")).read(article, published=published))
    except Exception as exc:  # reported in the summary; one bad article never stops a batch
        return ("error", article.origin or article.id, f"extraction failed: {exc}")


def read_chunk(articles: list[Article | HtmlPage], published: date | None = None,
               max_seconds: float = 60.0, language: str = "en") -> list[tuple]:
    """One outcome per article, in order; the chunk's cue sentences parsed together (read_many)."""
    reader = worker_reader(max_seconds, language)
    out: list[tuple | None] = [None] * len(articles)
    ready: list[tuple[int, Article]] = []
    for k, a in enumerate(articles):
        if isinstance(a, HtmlPage):
            try:
                a = a.article()
            except IngestError as err:
                out[k] = ("error", err.source, err.message)
                continue
        ready.append((k, a))
    for (k, _), (article, reading) in zip(ready, reader.read_many([a for _, a in ready], published=published)):
        out[k] = ("ok", reading) if not isinstance(reading, Exception) else \
            ("error", article.origin or article.id, f"extraction failed: {reading}")
    return out  # type: ignore[return-value]
