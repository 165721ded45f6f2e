"""`tollwatch watch`: polls feeds, stores only new items, survives a feed that is down."""
from __future__ import annotations

import socket

from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.jobs import parse_interval, watch_feeds
from tollwatch.settings import Settings
from tollwatch.store import open_store

import pytest


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_interval_parsing():
    assert parse_interval("15m") == 900 and parse_interval("1h30m") == 5400
    assert parse_interval("45s") == 45
    with pytest.raises(Exception, match="interval"):
        parse_interval("soon")


def test_watch_once_ingests_items_and_survives_bad_feeds(http_base, tmp_path):
    db = f"sqlite:///{tmp_path / 'w.db'}"
    down = f"http://127.0.0.1:{_closed_port()}/feed.xml"
    args = ["watch", down, f"{http_base}/not-a-feed", f"{http_base}/feed.xml",
            "--once", "--allow-private", "--db", db]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "ingested 2, duplicates 0, skipped 0, failed 2" in result.stderr
    assert "not an RSS/Atom feed" in result.stderr and down in result.stderr
    with open_store(db) as store:
        assert store.count()["articles"] == 2


def test_polling_again_reads_only_new_items(http_base, tmp_path):
    settings = Settings(db=f"sqlite:///{tmp_path / 'p.db'}", allow_private=True, quiet=True)
    rounds = []
    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 2:
            raise KeyboardInterrupt

    watch_feeds([f"{http_base}/feed.xml"], settings=settings, every=60, report=rounds.append,
                sleep=sleep)
    assert len(rounds) == 2 and sleeps == [60, 60]
    assert rounds[0].ingested == 2
    assert rounds[1].ingested == 0 and rounds[1].skipped == {"feed item already stored": 2}
