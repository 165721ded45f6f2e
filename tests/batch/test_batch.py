"""`tollwatch batch` on a real LocalCluster with 2 worker processes."""
from __future__ import annotations

import json

from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.store import open_store

PLACES = ["Kunduz", "Baidoa", "Mopti", "Idlib", "Marawi", "Sirte"]


def test_batch_stores_all_articles_once_and_reports_per_input(tmp_path):
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(
        json.dumps({"id": f"b{i}", "text": f"Gunmen attacked a market in {place} on Monday, "
                    f"killing {i + 2} people, police said."}) + "\n"
        for i, place in enumerate(PLACES)) + "{broken\n")
    extra = tmp_path / "extra.txt"
    extra.write_text("An air strike near Idlib killed nine fighters on Sunday, monitors said.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = f"sqlite:///{tmp_path / 'b.db'}"
    args = ["batch", str(src), str(extra), str(empty), "--workers", "2", "--db", db, "--quiet"]

    first = CliRunner().invoke(main, args)
    assert isinstance(first.exception, SystemExit), first.exception
    assert first.exit_code == 1, first.output
    assert "ingested 7, duplicates 0, skipped 0, failed 2" in first.stderr
    assert f"{src}: ingested 6, duplicates 0, failed 1" in first.stderr
    assert f"{extra}: ingested 1, duplicates 0, failed 0" in first.stderr
    with open_store(db) as store:
        counts = store.count()
        reading = store.reading("b3")
    assert counts["articles"] == 7
    assert reading.toll.killed.best == 5

    again = CliRunner().invoke(main, args[:3] + args[4:])   # without the empty file
    assert again.exit_code == 1                             # the broken line still fails
    assert "ingested 0, duplicates 7, skipped 0, failed 1" in again.stderr
