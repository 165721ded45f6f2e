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
from .claims.parsed import CueParses
from .packs import LanguagePack


def read_article(article: Article, pack: LanguagePack, *, published: date | None = None,
                 max_seconds: float = 60.0, parses: CueParses | None = None) -> Reading:
    """Claims, events and the article's own toll, read with `pack` (packs.load_pack, or a
    Reader). `published` fills a missing date; `parses`: the body's cue sentences parsed
    beforehand, in one batch with other articles' (Reader.read_many).

    Raises TimeLimitExceeded (an ExtractError) past `max_seconds` (0: no limit; limits.py)."""
    if article.published is None and published is not None:
        article = replace(article, published=published, published_inferred=False)
    with time_limit(max_seconds, source=article.origin or article.id):
        if article.published is None:
            article = dates.infer_published(article)
        claims = headline.with_headline(article, casualties.find_claims(article, pack, parses=parses), pack)
        claims, evs = events.build_events(article, claims)
        return Reading(article=article, claims=tuple(claims), events=tuple(evs),
                       toll=toll.article_toll(claims))
