"""Bytes -> text, with the checks every source shares: empty, binary, size, encoding.

Each check raises a typed IngestError with one clear line; callers turn it into a yielded item.
"""
from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

from ..errors import IngestError, InputTooLarge
from ..models import Article, content_hash

_CONTROL = bytes(range(0, 32)).replace(b"\t", b"").replace(b"\n", b"").replace(b"\r", b"") \
    .replace(b"\x0c", b"").replace(b"\x1b", b"")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
GZIP_MAGIC = b"\x1f\x8b"


def check_size(size: int, limit: int, source: str) -> None:
    if size > limit:
        raise InputTooLarge(f"input too large ({size:,} bytes; limit {limit:,}, "
                            "see max_article_bytes)", source=source)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KiB (<meta charset=...>)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def decode(data: bytes, *, source: str, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), else the declared charset; otherwise a clear IngestError."""
    if not data.strip():
        raise IngestError("empty input (no text)", source=source)
    if looks_binary(data):
        raise IngestError("binary data, not text (expected plain text, HTML, JSON Lines, "
                          "a feed or a WARC file)", source=source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first = exc
    for charset in (declared, declared_charset(data)):
        if charset and charset.replace("-", "") not in ("utf8",):
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    raise IngestError(f"not UTF-8 text (invalid byte 0x{data[first.start]:02x} at offset "
                      f"{first.start}) and no usable declared charset; re-save it as UTF-8",
                      source=source)


def gunzip(data: bytes, *, limit: int, source: str) -> bytes:
    """Decompress a whole gzip input within `limit` bytes; a truncated one is an IngestError."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as exc:
        raise IngestError(f"corrupt gzip data ({exc})", source=source) from None
    check_size(len(out), limit, source)
    if not d.eof:
        raise IngestError("truncated gzip file (compressed data ends before the end of the "
                          "stream)", source=source)
    return out


def read_file(path: Path, *, limit: int) -> bytes:
    """The bytes of a file, refusing one larger than `limit` before reading it."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise IngestError("empty file", source=source)
        # compressed input is checked again after decompression
        check_size(size, limit * 20 if is_gzip_name(path.name) else limit, source)
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read ({exc.strerror or exc})", source=source) from None
    if data[:2] == GZIP_MAGIC:
        data = gunzip(data, limit=limit, source=source)
    return data


def text_article(data: bytes, *, source: str, **fields) -> Article:
    """A plain-text report: the whole text, id from the content hash."""
    text = decode(data, source=source).replace("\r\n", "\n")
    if not text.strip():
        raise IngestError("empty input (no text)", source=source)
    fields.setdefault("origin", source)
    return Article(id=fields.pop("id", None) or content_hash(text), text=text, **fields)


def is_gzip_name(name: str) -> bool:
    return name.lower().endswith(".gz")


def open_maybe_gzip(path: Path):
    """A binary stream of the file, decompressing gzip transparently."""
    fh = path.open("rb")
    if fh.read(2) == GZIP_MAGIC:
        fh.close()
        return gzip.open(path, "rb")
    fh.seek(0)
    return fh
