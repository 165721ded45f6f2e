"""WARC and WARC.gz: HTML responses become articles; other records skipped and counted."""
from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tollwatch.errors import IngestError, InputTooLarge
from tollwatch.ingest import Tally, iter_articles
from tollwatch.models import Article
from tollwatch.settings import Settings


def page(n: int) -> bytes:
    return (f"<html><head><title>Report {n}</title></head><body><article><p>In report number "
            f"{n}, officials said {n + 3} people were killed and {n * 2 + 1} injured when a "
            f"convoy was ambushed near the northern checkpoint on the main highway.</p>"
            f"</article></body></html>").encode()


def build(gz: bool, records: list[tuple[str, str, bytes, str]]) -> tuple[bytes, list[int]]:
    """records: (kind, url, body, content type); returns the WARC bytes and record offsets."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = []
    for kind, url, body, ctype in records:
        offsets.append(buf.tell())
        if kind == "response":
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=http)
        else:
            rec = writer.create_warc_record(url, kind, payload=io.BytesIO(body))
        writer.write_record(rec)
    return buf.getvalue(), offsets


RECORDS = [
    ("response", "https://news.example/1", page(1), "text/html; charset=utf-8"),
    ("response", "https://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image/png"),
    ("response", "https://news.example/2", page(2), "text/html"),
    ("metadata", "https://news.example/2", b"fetchTimeMs: 12", ""),
    ("response", "https://news.example/3?utm_source=cc", page(3), "text/html"),
]


@pytest.mark.parametrize("gz", [False, True])
def test_html_responses_become_articles_and_other_records_are_counted(tmp_path, gz):
    data, _ = build(gz, RECORDS)
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    f.write_bytes(data)
    tally = Tally()
    items = list(iter_articles([f], settings=Settings(), tally=tally))
    assert [i.title for i in items] == ["Report 1", "Report 2", "Report 3"]
    assert items[2].url == "https://news.example/3"
    assert "5 injured" in items[1].text
    assert tally.skipped == {"WARC record not HTML": 1}


@pytest.mark.parametrize("gz", [False, True])
def test_corrupt_record_is_reported_and_reading_resumes(tmp_path, gz):
    records = [r for r in RECORDS if r[0] == "response" and "png" not in r[1]]
    data, offsets = build(gz, records)
    broken = bytearray(data)
    at = offsets[1] + (12 if gz else 2)
    broken[at:at + 6] = b"######"
    f = tmp_path / "broken.warc"
    f.write_bytes(bytes(broken))
    items = list(iter_articles([f], settings=Settings()))
    kinds = [type(i) for i in items]
    assert kinds == [Article, IngestError, Article]
    assert "corrupt WARC record" in items[1].message
    assert [items[0].title, items[2].title] == ["Report 1", "Report 3"]


@pytest.mark.parametrize("gz,cut", [(True, 30), (True, 200), (False, 30), (False, 200)])
def test_truncated_warc_keeps_complete_records(tmp_path, gz, cut):
    data, offsets = build(gz, [r for r in RECORDS if r[0] == "response"])
    f = tmp_path / "cut.warc"
    f.write_bytes(data[: offsets[-1] + cut])
    items = list(iter_articles([f], settings=Settings()))
    assert [i.title for i in items if isinstance(i, Article)] == ["Report 1", "Report 2"]
    assert isinstance(items[-1], IngestError)


def test_oversized_record_is_skipped_with_reason(tmp_path):
    big = b"<html><body><p>" + b"word " * 5000 + b"</p></body></html>"
    data, _ = build(False, [RECORDS[0], ("response", "https://news.example/big", big, "text/html"),
                            RECORDS[2]])
    f = tmp_path / "big.warc"
    f.write_bytes(data)
    items = list(iter_articles([f], settings=Settings(max_article_bytes=10_000)))
    assert [type(i) for i in items] == [Article, InputTooLarge, Article]
    assert "news.example/big" in items[1].source


def test_deferred_pages_parse_to_the_same_articles(tmp_path):
    data, _ = build(True, RECORDS)
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(data)
    direct = list(iter_articles([f], settings=Settings()))
    pages = list(iter_articles([f], settings=Settings(), defer_html=True))
    assert [type(p).__name__ for p in pages] == ["HtmlPage"] * 3
    assert [p.article() for p in pages] == direct
    assert {a.origin for a in direct} == {str(f)}
