"""Sources -> Articles. `iter_articles` is the one entry point.

Plain text, HTML, JSON Lines, RSS/Atom feeds, WARC (.gz), files of URLs, URLs and folders of
any of these. `iter_articles(paths, *, settings) -> Iterator[Article | IngestError]` yields an
IngestError (never raises) for an input that cannot be read, so one bad file never stops a run.
"""
from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..errors import IngestError
from ..models import Article
from ..settings import Settings
from .feeds import feed_articles, looks_like_feed
from .folders import walk_files
from .html import HtmlPage, html_article, looks_like_html
from .jsonl import jsonl_articles, looks_like_jsonl
from .tally import Tally
from .text import decode, open_maybe_gzip, read_file, text_article
from .url import Fetcher, canonical_url, is_url
from .warc import looks_like_warc, warc_articles

__all__ = ["iter_articles", "HtmlPage", "Tally", "canonical_url"]

Item = Article | HtmlPage | IngestError
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml")


class _Reader:
    """The state one run's readers share: settings, one HTTP client, skip counts."""

    def __init__(self, settings: Settings, tally: Tally, known: Callable[[str], bool] | None,
                 feeds_only: bool = False, defer_html: bool = False):
        self.settings = settings
        self.defer_html = defer_html
        self.feeds_only = feeds_only
        self.limit = settings.max_article_bytes
        self.tally = tally
        self.known = known
        self.fetcher = Fetcher(settings)

    def one(self, target: str) -> Iterator[Item]:
        if is_url(target):
            yield from self.url(target)
            return
        path = Path(target)
        if path.is_dir():
            for f in walk_files(path):
                yield from self.file(f)
        elif path.exists():
            yield from self.file(path)
        else:
            yield IngestError("no such file or folder", source=target)

    def file(self, path: Path) -> Iterator[Item]:
        name = path.name.lower().removesuffix(".gz")
        source = str(path)
        try:
            if name.endswith((".warc", ".arc")) or _head(path).startswith(b"WARC/1."):
                yield from warc_articles(path, limit=self.limit, tally=self.tally,
                                         defer_html=self.defer_html)
            elif name.endswith((".jsonl", ".ndjson")):
                with open_maybe_gzip(path) as fh:
                    if path.stat().st_size == 0:
                        yield IngestError("empty file", source=source)
                        return
                    yield from jsonl_articles(fh, name=source, limit=self.limit)
            else:
                yield from self.document(read_file(path, limit=self.limit), source=source,
                                         name=name)
        except IngestError as err:
            yield err
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield IngestError(f"truncated or corrupt gzip file ({exc})", source=source)
        except OSError as exc:
            yield IngestError(f"cannot read ({exc.strerror or exc})", source=source)

    def document(self, data: bytes, *, source: str, name: str = "", url: str | None = None,
                 content_type: str = "", charset: str | None = None) -> Iterator[Item]:
        """One whole document already in memory: sniff what it is and read it."""
        if looks_like_warc(data[:16]):
            yield IngestError("WARC data must be read from a file", source=source)
            return
        text = decode(data, source=source, declared=charset)
        head = text[:4096]
        if content_type in FEED_TYPES or name.endswith((".rss", ".atom")) or (
                looks_like_feed(head) and not looks_like_html(head)):
            yield from feed_articles(data, source=source, fetcher=self.fetcher,
                                     known=self.known, tally=self.tally)
        elif self.feeds_only:
            what = "an HTML page" if looks_like_html(head) else "a document"
            yield IngestError(f"returned {what}, not an RSS/Atom feed", source=source)
        elif "html" in content_type or name.endswith((".html", ".htm")) or looks_like_html(head):
            yield html_article(text, source=source, url=url)
        elif name.endswith((".jsonl", ".ndjson")) or (looks_like_jsonl(head) and not url):
            yield from jsonl_articles(_lines(data), name=source, limit=self.limit)
        elif not url and _is_url_list(text):
            for line in text.splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    yield from self.url(line.strip())
        else:
            yield text_article(data, source=source, url=canonical_url(url))

    def url(self, url: str) -> Iterator[Item]:
        canon = canonical_url(url)
        if self.known is not None and self.known(canon):
            self.tally.skip("URL already stored")
            return
        try:
            page = self.fetcher.fetch(url)
            yield from self.document(page.body, source=url, url=page.url,
                                     content_type=page.content_type, charset=page.charset)
        except IngestError as err:
            yield err


def _head(path: Path) -> bytes:
    with open_maybe_gzip(path) as fh:
        try:
            return fh.read(16)
        except (EOFError, zlib.error, gzip.BadGzipFile):
            return b""


def _lines(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


def _is_url_list(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return bool(lines) and all(is_url(ln) and " " not in ln for ln in lines)


def iter_articles(paths: Iterable[str | Path], *, settings: Settings,
                  published: date | None = None, tally: Tally | None = None,
                  known: Callable[[str], bool] | None = None,
                  feeds_only: bool = False, defer_html: bool = False,
                  language: str | None = None) -> Iterator[Item]:
    """Every article in `paths` (files, folders, URLs), in order; unreadable inputs as errors.

    `published` fills a missing date; `tally` collects deliberate skips (non-HTML WARC records,
    items already stored); `known(canonical_url)` says whether a URL is already stored, so
    it is not fetched again; `feeds_only` makes any input that is not an RSS/Atom feed an error;
    `defer_html` yields WARC pages as unparsed HtmlPage items (`page.article()` parses one), so
    a batch run can parse them on its workers; `language` (`--language`, an ISO 639-1 code)
    is every article's declared language, over what its source declares (the Reader takes a
    declared language before detecting one, extract/reader.py).
    """
    reader = _Reader(settings, tally if tally is not None else Tally(), known, feeds_only,
                     defer_html)
    try:
        for target in paths:
            for item in reader.one(str(target)):
                if published is not None and isinstance(item, Article) and item.published is None:
                    item = replace(item, published=published)
                if language is not None and isinstance(item, (Article, HtmlPage)):
                    item = replace(item, language=language, **(
                        {"language_declared": True} if isinstance(item, Article) else {}))
                yield item
    finally:
        reader.fetcher.close()
