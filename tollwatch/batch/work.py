"""What runs on a worker: articles -> one outcome each, ("ok", Reading) or ("error", source,
reason). Articles travel in small chunks: one Dask task per article costs more in scheduling
than reading the article does."""
from __future__ import annotations

from datetime import date

from ..errors import IngestError
from ..extract.pipeline import read_article
from ..ingest import HtmlPage
from ..models import Article


def read_one(article: Article | HtmlPage, published: date | None = None) -> tuple:
    if isinstance(article, HtmlPage):
        try:
            article = article.article()
        except IngestError as err:
            return ("error", err.source, err.message)
    try:
        return ("ok", read_article(article, published=published))
    except Exception as exc:  # reported in the summary; one bad article never stops a batch
        return ("error", article.origin or article.id, f"extraction failed: {exc}")


def read_chunk(articles: list[Article | HtmlPage], published: date | None = None) -> list[tuple]:
    return [read_one(a, published) for a in articles]
