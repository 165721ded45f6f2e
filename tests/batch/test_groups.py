"""jobs.unstored_in_groups (a batch run's reader): one store lookup per group, the same
articles and counts as articles_to_read. Expected figures written by hand."""
from __future__ import annotations

import sqlalchemy as sa

from tollwatch.errors import IngestError
from tollwatch.ingest import HtmlPage
from tollwatch.jobs import Summary, articles_to_read, unstored_in_groups
from tollwatch.models import Article, Reading, Toll
from tollwatch.store import open_store

STORED_TEXT = "Shelling near the border village of Ovchi killed four people, officials said."


def stored_reading() -> Reading:
    return Reading(article=Article(id="border-1", text=STORED_TEXT,
                                   url="https://example.org/news/ovchi"), toll=Toll())


def _items():
    page = lambda url: HtmlPage(b"<html></html>", source=f"crawl.warc#{url}",  # noqa: E731
                                origin="crawl.warc", url=url)
    return [
        page("http://www.example.org/news/ovchi/"),          # stored (another spelling)
        page("https://example.org/news/fresh"),
        IngestError("corrupt WARC record at byte 10", source="crawl.warc"),
        page(None),                                           # no URL: cannot be known
        Article(id="border-1", text="Anything.", origin="in.jsonl"),   # stored id
        Article(id="n1", text=STORED_TEXT, origin="in.jsonl"),  # stored text
        Article(id="n2", text="A new report.", origin="in.jsonl"),
    ]


def _name(item) -> str:
    return item.source if isinstance(item, HtmlPage) else item.id


def test_groups_give_what_one_by_one_gives(db_url):
    with open_store(db_url) as store:
        store.save(stored_reading())
        single, grouped = Summary(), Summary()
        one = [_name(a)
               for a in articles_to_read(store, iter(_items()), single, lambda line: None)]
        selects: list[str] = []
        sa.event.listen(store.engine, "before_cursor_execute",
                        lambda c, cur, stmt, *a: selects.append(stmt) if stmt.lstrip()
                        .upper().startswith("SELECT") else None)
        many = [_name(a)
                for a in unstored_in_groups(store, iter(_items()), grouped, lambda line: None, 4)]
    assert one == many == ["crawl.warc#https://example.org/news/fresh", "crawl.warc#None", "n2"]
    assert len(selects) == 2              # six articles in groups of four: two lookups
    for s in (single, grouped):
        assert s.duplicates == 3 and s.ingested == 0
        assert s.failed == [("crawl.warc", "corrupt WARC record at byte 10")]
        assert s.per_input["crawl.warc"] == {"duplicates": 1, "failed": 1}
        assert s.per_input["in.jsonl"] == {"duplicates": 2}
