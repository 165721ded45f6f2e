"""The per-article function every entry point calls: Article -> Reading.

CLI, store ingest, Dask batch and the HTTP write API all go through `read_article`.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..limits import time_limit
from ..models import Article, Reading
from . import casualties, headline, toll
from .events import build as events, dates
from .packs import LanguagePack


def read_article(article: Article, pack: LanguagePack, *, published: date | None = None,
                 max_seconds: float = 60.0) -> Reading:
    """Claims, events and the article's own toll, read with `pack` (packs.load_pack, or a
    Reader). `published` fills a missing date.

    Raises TimeLimitExceeded (an ExtractError) past `max_seconds` (0: no limit; limits.py)."""
    if article.published is None and published is not None:
        article = replace(article, published=published, published_inferred=False)
    with time_limit(max_seconds, source=article.origin or article.id):
        if article.published is None:
            article = dates.infer_published(article)
        claims = headline.with_headline(article, casualties.find_claims(article, pack), pack)
        claims, evs = events.build_events(article, claims)
        return Reading(article=article, claims=tuple(claims), events=tuple(evs),
                       toll=toll.article_toll(claims))
