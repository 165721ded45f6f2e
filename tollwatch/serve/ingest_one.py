"""One posted article through the same path as every other: ingest -> read_article -> store."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..errors import InputTooLarge, IngestError, TollwatchError
from ..extract.reader import Reader
from ..ingest import iter_articles
from ..ingest.html import html_article
from ..models import Article, Reading
from ..settings import Settings


@cache
def server_reader(max_seconds: float, language: str) -> Reader:
    """The server's reader (language packs and parsers), built on the first write, then kept."""
    return Reader.load(max_seconds=max_seconds, default_language=language)


def ingest_one(body, settings: Settings, store) -> Reading:
    for name in ("text", "html", "url", "id", "title"):  # JSON may carry "\\ud800" alone
        value = getattr(body, name, None)
        if isinstance(value, str) and "\x00" in value:  # binary, and PostgreSQL refuses it
            raise IngestError(f"{name} contains NUL characters (binary data, not text)",
                              source=name)
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise IngestError(f"{name} is not valid Unicode (unpaired surrogate at "
                                  f"{exc.start})", source=name) from None
    article = _article(body, settings)
    if getattr(body, "language", None):
        article = replace(article, language=body.language, language_declared=True)
    if body.id or body.title or body.published:
        article = replace(article, id=body.id or article.id, title=body.title or article.title,
                          published=body.published or article.published,
                          published_inferred=False if body.published else article.published_inferred)
    if len(article.text.encode("utf-8")) > settings.max_article_bytes:
        raise InputTooLarge(f"article over {settings.max_article_bytes} bytes", source=article.id)
    if not article.text.strip():
        raise IngestError("the article has no text", source=body.url or article.id)
    reading = server_reader(settings.max_article_seconds, settings.language).read(article)
    store.save(reading)
    return reading


def _article(body, settings: Settings) -> Article:
    if body.url:
        # the ingest layer's fetcher refuses private addresses unless allow_private is set
        for item in iter_articles([body.url], settings=settings):
            if isinstance(item, TollwatchError):
                raise item
            return item
        raise IngestError("the URL gave no article", source=body.url)
    if body.html:
        return html_article(body.html, source="api")
    return Article.from_text(body.text, origin="api")
