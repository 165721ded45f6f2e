"""What runs on a worker: one article -> ("ok", Reading) or ("error", source, reason)."""
from __future__ import annotations

from datetime import date

from ..extract.pipeline import read_article
from ..models import Article


def read_one(article: Article, published: date | None = None) -> tuple:
    try:
        return ("ok", read_article(article, published=published))
    except Exception as exc:  # reported in the summary; one bad article never stops a batch
        return ("error", article.origin or article.id, f"extraction failed: {exc}")
