"""RSS / Atom feeds -> one Article per item (feedparser).

An item's text is its linked page when a fetcher is given and the item carries only a short
summary; otherwise the item's own content. Items whose canonical URL is already known are
skipped before any fetch, so polling a feed only reads new items.
"""
from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable, Iterator
from datetime import date

import feedparser

from ..errors import IngestError
from ..models import Article, content_hash
from .html import html_article, looks_like_html
from .language import feed_language
from .tally import Tally
from .url import Fetcher, canonical_url

SHORT_SUMMARY = 600  # characters; below this an item's linked page is fetched when possible
_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/blockquote)\b[^>]*>", re.I)
_TAGS = re.compile(r"<[^>]+>")


def looks_like_feed(head: str) -> bool:
    h = head[:2048].lower()
    return "<rss" in h or "<feed" in h or "<rdf:rdf" in h


def fragment_text(markup: str) -> str:
    """Plain text of an item's HTML fragment, one paragraph a line."""
    text = htmllib.unescape(_TAGS.sub("", _BREAKS.sub("\n", markup)))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return date(t.tm_year, t.tm_mon, t.tm_mday)
    return None


def _entry_text(entry) -> str:
    for content in entry.get("content") or ():
        if content.get("value"):
            return fragment_text(content["value"])
    return fragment_text(entry.get("summary") or entry.get("description") or "")


def feed_articles(data: bytes, *, source: str, fetcher: Fetcher | None = None,
                  known: Callable[[str], bool] | None = None,
                  tally: Tally | None = None) -> Iterator[Article | IngestError]:
    """Articles of a feed document; a document that is not a feed is one IngestError."""
    head = data[:2048].decode("utf-8", "replace")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if looks_like_html(head) and not looks_like_feed(head):
            yield IngestError("returned an HTML page, not an RSS/Atom feed", source=source)
        elif parsed.get("bozo"):
            why = str(parsed.get("bozo_exception") or "unreadable").splitlines()[0][:80]
            yield IngestError(f"not a readable RSS/Atom feed ({why})", source=source)
        elif tally is not None:
            tally.skip("feed with no items")
        return
    for n, entry in enumerate(parsed.entries, 1):
        link = canonical_url(entry.get("link"))
        where = f"{source}#{link or n}"
        if link and known is not None and known(link):
            if tally is not None:
                tally.skip("feed item already stored")
            continue
        text = _entry_text(entry)
        published = _entry_date(entry)
        title = entry.get("title") or None
        language = feed_language(entry, parsed.feed)
        if fetcher is not None and link and len(text) < SHORT_SUMMARY:
            try:
                page = fetcher.fetch(link)
                art = html_article(page.body, source=where, url=link, charset=page.charset)
                yield Article(id=art.id, text=art.text, title=art.title or title, url=link,
                              published=art.published or published, outlet=art.outlet,
                              origin=source, author=art.author or entry.get("author"),
                              language=language or art.language,
                              language_declared=bool(language) or art.language_declared)
                continue
            except IngestError as err:
                if not text:
                    yield err
                    continue
        if not text:
            yield IngestError("feed item without text", source=where)
            continue
        yield Article(id=content_hash(text), text=text, title=title, url=link,
                      published=published, origin=source, author=entry.get("author") or None,
                      outlet=parsed.feed.get("title") or None, language=language or "en",
                      language_declared=bool(language))
