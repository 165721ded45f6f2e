"""URLs and feeds against a real local HTTP server."""
from __future__ import annotations

from datetime import date

import pytest

from tollwatch.errors import FetchError, IngestError, InputTooLarge
from tollwatch.ingest import Tally, iter_articles
from tollwatch.ingest.url import Fetcher, canonical_url
from tollwatch.models import Article
from tollwatch.settings import Settings

OPEN = Settings(allow_private=True, fetch_timeout=1.0)


def test_canonical_url_drops_fragment_tracking_and_default_port():
    assert canonical_url("HTTPS://News.Example.org:443/a/b?id=4&utm_source=x&fbclid=y#top") == \
        "https://news.example.org/a/b?id=4"
    assert canonical_url("http://example.org:8080") == "http://example.org:8080/"


def test_page_is_fetched_with_metadata_when_private_allowed(http_base):
    items = list(iter_articles([f"{http_base}/page.html#x"], settings=OPEN))
    assert len(items) == 1 and isinstance(items[0], Article)
    art = items[0]
    assert "killing seven people" in art.text
    assert art.title == "Shelling hits market"
    assert art.published == date(2023, 3, 4)
    assert art.author == "Amina Writer"
    assert art.url == f"{http_base}/page.html"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "169.254.169.254",
                                  "192.168.0.10", "100.64.1.1", "[::1]", "[::ffff:127.0.0.1]",
                                  "0.0.0.0"])
def test_non_public_addresses_are_refused_without_allow_private(http_base, host):
    port = http_base.rsplit(":", 1)[1]
    with Fetcher(Settings(fetch_timeout=1.0)) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(f"http://{host}:{port}/page.html")
    assert "refused" in str(info.value) and "--allow-private" in str(info.value)


def test_refusal_is_an_item_not_an_exception(http_base):
    items = list(iter_articles([f"{http_base}/page.html"], settings=Settings()))
    assert len(items) == 1 and isinstance(items[0], FetchError)


def test_redirect_is_followed_and_loop_is_stopped(http_base):
    with Fetcher(OPEN) as fetcher:
        assert fetcher.fetch(f"{http_base}/redirect").url.endswith("/page.html")
        with pytest.raises(FetchError, match="too many redirects"):
            fetcher.fetch(f"{http_base}/loop")


def test_timeout_is_a_clear_error(http_base):
    items = list(iter_articles([f"{http_base}/slow", f"{http_base}/page.html"],
                               settings=Settings(allow_private=True, fetch_timeout=0.5)))
    assert isinstance(items[0], FetchError) and "timed out" in items[0].message
    assert isinstance(items[1], Article)  # the run carries on


def test_oversized_page_is_refused_while_streaming(http_base):
    settings = Settings(allow_private=True, fetch_timeout=5, max_article_bytes=100_000)
    items = list(iter_articles([f"{http_base}/big"], settings=settings))
    assert len(items) == 1 and isinstance(items[0], InputTooLarge)


def test_http_error_status_is_reported(http_base):
    items = list(iter_articles([f"{http_base}/missing"], settings=OPEN))
    assert isinstance(items[0], FetchError) and "404" in items[0].message


def test_feed_items_become_articles_and_short_summaries_fetch_the_page(http_base):
    items = list(iter_articles([f"{http_base}/feed.xml"], settings=OPEN))
    assert [type(i) for i in items] == [Article, Article]
    first, second = items
    assert first.title == "Fighting resumes" and "nine soldiers" in first.text
    assert first.url == f"{http_base}/story/1"          # tracking parameter dropped
    assert first.published == date(2022, 9, 13)
    assert "killing eleven people" in second.text        # fetched: the summary was too short
    assert second.published == date(2023, 3, 4)


def test_known_feed_items_are_skipped_before_fetching(http_base):
    tally = Tally()
    known = {f"{http_base}/story/2"}
    items = list(iter_articles([f"{http_base}/feed.xml"], settings=OPEN, tally=tally,
                               known=known.__contains__))
    assert len(items) == 1 and items[0].title == "Fighting resumes"
    assert tally.skipped == {"feed item already stored": 1}


def test_feed_that_returns_html_is_an_error_when_a_feed_is_expected(http_base):
    items = list(iter_articles([f"{http_base}/not-a-feed", f"{http_base}/feed.xml"],
                               settings=OPEN, feeds_only=True))
    assert isinstance(items[0], IngestError) and "not an RSS/Atom feed" in items[0].message
    assert len(items) == 3


def test_file_of_urls(http_base, tmp_path):
    urls = tmp_path / "list.txt"
    urls.write_text(f"# to read\n{http_base}/page.html\n\n{http_base}/missing\n")
    items = list(iter_articles([urls], settings=OPEN))
    assert isinstance(items[0], Article) and isinstance(items[1], FetchError)


def test_unresolvable_host_names_the_url():
    with Fetcher(Settings(fetch_timeout=1.0)) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch("http://no-such-host.invalid/page")
    assert info.value.source == "http://no-such-host.invalid/page"
    assert "cannot resolve" in info.value.message
