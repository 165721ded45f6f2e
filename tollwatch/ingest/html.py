"""HTML pages -> Article: main text, title, date, author and site name via trafilatura."""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date

import trafilatura

from ..errors import IngestError
from ..models import Article, content_hash
from .language import html_language
from .text import declared_charset, decode
from .url import canonical_url

log = logging.getLogger(__name__)
# Only a date the page declares (metadata, time elements, the URL) is its publication date:
# htmldate's extensive search guesses from any year in the text ("the 2021 clashes") and
# copyright lines. Without one, the extractor infers the date from the dateline, marked inferred.
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def looks_like_html(head: str) -> bool:
    h = head[:2048].lstrip().lower()
    return h.startswith(("<!doctype html", "<html")) or "<html" in h or "<body" in h


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def html_article(html: str | bytes, *, source: str, url: str | None = None,
                 charset: str | None = None) -> Article:
    """The page's main text and metadata; a page without readable text is an IngestError."""
    if isinstance(html, bytes):
        html = decode(html, source=source, declared=charset or declared_charset(html))
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False, include_tables=False,
                                          date_extraction_params=DATE_PARAMS)
    except (ValueError, TypeError, AttributeError) as exc:  # malformed markup trips the parser
        raise IngestError(f"unreadable HTML ({exc})", source=source) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise IngestError("HTML page without readable main text", source=source)
    title = doc.title or None
    if title and text.startswith(title):
        # trafilatura repeats the headline as the first line; keep the body only
        rest = text[len(title):].lstrip("\n")
        text = rest or text
    return Article(id=content_hash(text), text=text, title=title,
                   url=canonical_url(url or doc.url), published=parse_date(doc.date),
                   outlet=doc.sitename or None, origin=source, author=doc.author or None,
                   language=html_language(html) or "en", language_declared=html_language(html) is not None)


@dataclass(frozen=True)
class HtmlPage:
    """An HTML page read but not yet parsed: a batch run parses it on a worker, not in the
    one process that reads the inputs and writes the store."""
    body: bytes
    source: str                 # where errors point: file#url
    origin: str                 # the input it came from
    url: str | None = None
    charset: str | None = None
    language: str | None = None  # declared for the whole run (--language): wins over the page's

    def article(self) -> Article:
        art = html_article(self.body, source=self.source, url=self.url, charset=self.charset)
        return replace(art, origin=self.origin, language=self.language or art.language,
                       language_declared=bool(self.language) or art.language_declared)
