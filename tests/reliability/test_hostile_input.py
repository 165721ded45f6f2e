"""Hostile and broken input through the real entry points: clear errors, no crash, no hang,
and the store stays consistent. The corpus is made by corpus.py, never downloaded."""
from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.contract import validate
from tollwatch.errors import IngestError, TollwatchError
from english import read_article
from tollwatch.ingest import iter_articles
from tollwatch.limits import TimeLimitExceeded, time_limit
from tollwatch.models import Article
from tollwatch.settings import Settings

from . import corpus
from .helpers import consistent, peak_rss_mib, stored_ids, tw


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return folder, corpus.build(folder)


def _outcomes(folder) -> dict[str, list]:
    out: dict[str, list] = {}
    for item in iter_articles([folder], settings=Settings()):
        assert isinstance(item, (Article, IngestError)), item
        source = item.origin if isinstance(item, Article) else item.source
        out.setdefault(source.rsplit("/", 1)[-1].split(":")[0].split("#")[0], []).append(item)
    return out


def test_iter_articles_gives_an_article_or_a_clear_error_per_input(hostile):
    folder, expect = hostile
    got = _outcomes(folder)
    assert set(got) == set(expect), set(expect) ^ set(got)
    for name, (kind, detail) in expect.items():
        items = got[name]
        if kind == "error":
            assert len(items) == 1 and isinstance(items[0], IngestError), (name, items)
            assert detail.lower() in items[0].message.lower(), (name, items[0].message)
            assert items[0].source.endswith(name)
        elif kind == "ok":
            assert len(items) == 1 and isinstance(items[0], Article), (name, items)
            reading = read_article(items[0])
            validate(reading.to_dict())
            assert reading.toll.killed.best == detail, (name, reading.toll.killed)
        for item in items:   # entity bombs are never expanded; nesting never explodes
            if isinstance(item, Article):
                assert len(item.text) < 20_000, (name, len(item.text))


@pytest.mark.slow
def test_ingest_cli_over_the_hostile_folder(hostile, tmp_path):
    folder, expect = hostile
    db = f"sqlite:///{tmp_path / 'h.db'}"
    started = time.monotonic()
    run = tw("ingest", str(folder), "--db", db, "--quiet", timeout=240)
    assert time.monotonic() - started < 240
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode == 1, run.stderr[-2000:]          # some inputs failed, none crashed
    for name, (kind, detail) in expect.items():
        if kind == "error":
            [line] = [ln for ln in run.stderr.splitlines() if f"/{name}:" in ln]
            assert detail.lower() in line.lower(), line
    counts = consistent(db)
    oks = [n for n, (k, _) in expect.items() if k == "ok"]
    assert counts["articles"] >= len(oks)
    # a second run adds nothing and stores nothing twice
    again = tw("ingest", str(folder), "--db", db, "--quiet", timeout=240)
    assert "Traceback" not in again.stderr
    assert consistent(db) == counts
    assert "ingested 0," in again.stderr


def test_extract_cli_output_validates_and_errors_are_one_line(hostile):
    folder, expect = hostile
    files = sorted(str(p) for p in folder.iterdir() if not p.name.startswith(("huge", "bomb.txt")))
    result = CliRunner().invoke(main, ["extract", *files])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    lines = [json.loads(ln) for ln in result.stdout.splitlines() if ln.strip()]
    for obj in lines:
        validate(obj)
    assert len(lines) >= sum(1 for k, _ in expect.values() if k == "ok")
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) >= sum(1 for k, _ in expect.values() if k == "error") - 2


def test_broken_json_lines_each_give_their_own_error_and_the_rest_is_read(tmp_path):
    data, expect = corpus.jsonl_lines()
    (tmp_path / "feed.jsonl").write_bytes(data)
    items = list(iter_articles([tmp_path / "feed.jsonl"], settings=Settings()))
    assert len(items) == len(expect)
    for n, (item, (kind, detail)) in enumerate(zip(items, expect), start=1):
        if kind == "error":
            assert isinstance(item, IngestError) and item.source.endswith(f":{n}"), (n, item)
            assert detail.lower() in item.message.lower(), (n, item.message)
        else:
            assert read_article(item).toll.killed.best == detail


def test_warc_cut_short_keeps_every_complete_record(tmp_path):
    urls = corpus.warc_cut_short(tmp_path / "cut.warc")
    items = list(iter_articles([tmp_path / "cut.warc"], settings=Settings()))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.url for a in articles[:2]] == urls
    assert all(isinstance(i, (Article, IngestError)) for i in items)


def test_absurd_numbers_and_impossible_dates_make_no_claims_and_no_crash():
    text = ("Officials said 99999999999999999999 killed was a typo. A post claimed 1e308 killed. "
            "The chart showed -5 killed. " + "7" * 5000 + " people were killed. "
            + "3" * 400 + ".5 people were killed. On February 30 gunmen killed 4 people.")
    reading = read_article(Article.from_text(text))
    validate(reading.to_dict())
    assert [c.low for c in reading.claims] == [4]
    assert reading.toll.killed.best == 4


def test_time_limit_stops_a_runaway_block_in_any_thread_and_leaks_nothing():
    import threading

    def spin():
        with time_limit(0.3, source="spin"):
            while True:
                pass

    with pytest.raises(TimeLimitExceeded, match="0.3 s"):
        spin()
    caught: list[BaseException] = []

    def in_thread():
        try:
            spin()
        except TollwatchError as exc:
            caught.append(exc)
    t = threading.Thread(target=in_thread)
    t.start()
    t.join(10)
    assert not t.is_alive() and isinstance(caught[0], TimeLimitExceeded)
    assert caught[0].source == "spin" and caught[0].code == "time_limit"
    time.sleep(0.8)   # a repeat of the watchdog must not land after the block was left
    with time_limit(0.3):
        total = sum(range(1000))
    time.sleep(0.5)
    assert total == 499500


@pytest.mark.slow
def test_a_200000_sentence_article_is_bounded_in_time_and_memory(tmp_path):
    # 200,000 sentences, each with a figure (4.8 MB: under the 5 MB size limit)
    (tmp_path / "long.txt").write_text("Two people were killed. " * 200_000)
    (tmp_path / "short.txt").write_text(corpus.GOOD)
    db = f"sqlite:///{tmp_path / 'l.db'}"
    started = time.monotonic()
    run = tw("ingest", str(tmp_path / "long.txt"), str(tmp_path / "short.txt"), "--db", db,
             "--quiet", timeout=180, rss=True, TOLLWATCH_MAX_ARTICLE_SECONDS="8")
    elapsed = time.monotonic() - started
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    # stopped by the time limit, or sooner by the cap on figures per article
    assert run.returncode == 1, run.stderr[-2000:]
    assert "time limit" in run.stderr or "casualty figures in one article" in run.stderr, run.stderr[-2000:]
    assert elapsed < 120
    # memory stays bounded too: the whole process (spaCy, lexicons, a 4.8 MB article) < 600 MiB
    print(f"200k-sentence article: {elapsed:.1f} s, peak RSS {peak_rss_mib(run):.0f} MiB")
    assert peak_rss_mib(run) < 600
    assert len(stored_ids(db)) == 1 and consistent(db)["articles"] == 1


def test_a_feed_that_is_an_html_page_is_a_clear_error_for_watch(tmp_path):
    page = tmp_path / "news.rss"
    page.write_text("<html><body><p>" + corpus.GOOD + "</p></body></html>")
    [item] = list(iter_articles([page], settings=Settings(), feeds_only=True))
    assert isinstance(item, IngestError) and "not an RSS/Atom feed" in item.message
