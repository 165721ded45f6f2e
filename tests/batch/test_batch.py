"""`tollwatch batch` on a real LocalCluster with 2 worker processes."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.store import open_store
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = ["Kunduz", "Baidoa", "Mopti", "Idlib", "Marawi", "Sirte"]


def write_warc(path):
    pages = [(f"https://wire.example/{n}", "text/html",
              f"<html><head><title>Wire {n}</title></head><body><article><p>A shell hit a bus "
              f"station in Kramatorsk on Thursday, killing {n} passengers and injuring several "
              f"more, the regional administration said.</p></article></body></html>".encode())
             for n in (3, 4, 5)]
    pages.insert(1, ("https://wire.example/map.png", "image/png", b"\x89PNG\r\n" + bytes(64)))
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http))


def test_batch_stores_all_articles_once_and_reports_per_input(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(
        json.dumps({"id": f"b{i}", "text": f"Gunmen attacked a market in {place} on Monday, "
                    f"killing {i + 2} people, police said."}) + "\n"
        for i, place in enumerate(PLACES)) + "{broken\n")
    extra = tmp_path / "extra.txt"
    extra.write_text("An air strike near Idlib killed nine fighters on Sunday, monitors said.\n")
    crawl = tmp_path / "crawl.warc.gz"
    write_warc(crawl)  # 3 HTML pages and a PNG; the pages are parsed on the workers
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = f"sqlite:///{tmp_path / 'b.db'}"
    args = ["batch", str(src), str(extra), str(crawl), str(empty), "--workers", "2", "--db", db, "--quiet"]

    first = CliRunner().invoke(main, args)
    assert isinstance(first.exception, SystemExit), first.exception
    assert first.exit_code == 1, first.output
    assert "ingested 10, duplicates 0, skipped 1, failed 2" in first.stderr
    assert "skipped 1: WARC record not HTML" in first.stderr
    assert f"{crawl}: ingested 3, duplicates 0, failed 0" in first.stderr
    assert f"{src}: ingested 6, duplicates 0, failed 1" in first.stderr
    assert f"{extra}: ingested 1, duplicates 0, failed 0" in first.stderr
    with open_store(db) as store:
        counts = store.count()
        reading = store.reading("b3")
    assert counts["articles"] == 10
    assert reading.toll.killed.best == 5

    again = CliRunner().invoke(main, args[:4] + args[5:])   # without the empty file
    assert again.exit_code == 1                             # the broken line still fails
    assert "ingested 0, duplicates 10, skipped 1, failed 1" in again.stderr


@pytest.mark.slow
def test_batch_joins_a_running_scheduler_by_address(tmp_path):
    import logging

    from distributed import LocalCluster

    from tollwatch.batch import run_batch
    from tollwatch.settings import Settings

    src = tmp_path / "two.jsonl"
    src.write_text("".join(json.dumps({"id": f"s{i}", "text": f"Rebels killed {i + 3} soldiers "
                                       f"near {place} on Friday, the army said."}) + "\n"
                           for i, place in enumerate(PLACES[:2])))
    settings = Settings(db=f"sqlite:///{tmp_path / 's.db'}", quiet=True)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        summary = run_batch([src], settings=settings, scheduler=cluster.scheduler_address)
        assert (summary.ingested, summary.failed) == (2, [])
        assert len(cluster.workers) == 1          # still running: only our client was closed
    with open_store(settings.db) as store:
        assert store.reading("s1").toll.killed.best == 4


@pytest.mark.slow  # waits for the connection timeout
def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    src = tmp_path / "one.txt"
    src.write_text("A bomb killed two guards at the gate, police said.\n")
    result = CliRunner().invoke(main, ["batch", str(src), "--scheduler", "tcp://127.0.0.1:9",
                                       "--db", f"sqlite:///{tmp_path / 'u.db'}"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.stderr
