"""WARC / WARC.gz (as Common Crawl's CC-NEWS publishes them) -> one Article per HTML response.

Non-HTML and unsuccessful responses are skipped and counted; a corrupt record yields an
IngestError naming its offset, and reading resumes at the next record.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import IngestError, InputTooLarge
from ..models import Article
from .html import HtmlPage
from .tally import Tally

HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio raises AttributeError on some cut-off headers
_BROKEN = (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError, AttributeError)
_GZIP_START = b"\x1f\x8b\x08"
_WARC_START = b"WARC/1."


def looks_like_warc(head: bytes) -> bool:
    return head.startswith(_WARC_START)


def _next_record(fh: IO[bytes], after: int, gz: bool) -> int | None:
    """Offset of the next record start past `after`, scanning the raw file."""
    marker = _GZIP_START if gz else b"\n" + _WARC_START
    pos = after + 1
    fh.seek(pos)
    tail = b""
    while True:
        chunk = fh.read(1 << 20)
        if not chunk:
            return None
        buf = tail + chunk
        i = buf.find(marker)
        if i >= 0:
            return pos - len(tail) + i + (0 if gz else 1)
        tail = buf[-(len(marker) - 1):]
        pos += len(chunk)


def _rest_is_blank(fh: IO[bytes], offset: int) -> bool:
    fh.seek(offset)
    while chunk := fh.read(1 << 16):
        if chunk.strip():
            return False
    return True


def _record_article(record, *, source: str, limit: int, tally: Tally,
                    defer_html: bool = False) -> Article | HtmlPage | IngestError | None:
    if record.rec_type is None:  # garbage after "WARC/1.0": say so rather than read nothing
        return IngestError("corrupt WARC record (no WARC-Type header); skipped", source=source)
    if record.rec_type != "response":
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{source}#{url}" if url else source
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    ctype = (http.get_header("Content-Type") or "").lower() if http is not None else ""
    if not ctype.split(";")[0].strip() in HTML_TYPES:
        tally.skip("WARC record not HTML")
        return None
    if status and not str(status).startswith("2"):
        tally.skip(f"WARC response HTTP {status}")
        return None
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return InputTooLarge(f"page larger than {limit:,} bytes", source=where)
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=")[1].split(";")[0].strip(" \"'")
    page = HtmlPage(body, source=where, origin=source, url=url, charset=charset)
    if defer_html:
        return page
    try:
        return page.article()  # origin: the WARC file; the page is its url
    except IngestError as err:
        return err


def warc_articles(path: Path, *, limit: int, tally: Tally,
                  defer_html: bool = False) -> Iterator[Article | HtmlPage | IngestError]:
    """Articles of a WARC file; with `defer_html`, HtmlPage items left for the caller to parse."""
    source = str(path)
    with path.open("rb") as fh:
        gz = fh.read(2) == _GZIP_START[:2]
        start = 0
        while start is not None:
            fh.seek(start)
            it = ArchiveIterator(fh)
            try:
                for record in it:
                    item = _record_article(record, source=source, limit=limit, tally=tally,
                                           defer_html=defer_html)
                    if item is not None:
                        yield item
                end = start + (it.offset or 0)
                if not _rest_is_blank(fh, end):
                    yield IngestError(f"truncated or unreadable WARC data at byte {end}; "
                                      "skipped", source=source)
                    start = _next_record(fh, end, gz)
                    continue
                return
            except _BROKEN as exc:
                bad = start + (it.offset or 0)  # warcio counts from where it began
                first = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
                yield IngestError(f"corrupt WARC record at byte {bad} ({first}); skipped",
                                  source=source)
                start = _next_record(fh, bad, gz)
