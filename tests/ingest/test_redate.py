"""`tollwatch ingest --published` dates a report stored undated: the undated copy is replaced,
the report joins its conflict, and the summary says so (SQLite and PostgreSQL)."""
from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.store import open_store

# no dateline, no date in the text: ingested without --published it is stored undated
REPORT = ("Kyrgyz and Tajik border guards traded fire near the village of Ovchi on Tuesday. "
          "The Kyrgyz border service said four of its guards were killed and six were wounded.\n")
OTHER = {"id": "wire-2", "published": "2022-09-19",
         "text": "BISHKEK, 19 Sept. Two Kyrgyz soldiers were killed by Tajik mortar fire in "
                 "Batken, the Kyrgyz defence ministry said."}


def _ingest(*args):
    return CliRunner().invoke(main, ["ingest", *args, "--quiet"])


def test_ingest_with_published_replaces_the_undated_copy(tmp_path, db_url):
    report = tmp_path / "ovchi.txt"
    report.write_text(REPORT)
    other = tmp_path / "wire.jsonl"
    other.write_text(json.dumps(OTHER) + "\n")
    first = _ingest(str(report), str(other), "--db", db_url)
    assert first.exit_code == 0, first.output
    assert "undated 1:" in first.stderr and "replaces the undated copies" in first.stderr
    with open_store(db_url) as store:
        [undated] = [r for r in store.readings() if r.article.published is None]
        wire_before = store.reading("wire-2")
        count_before = store.count()
    toll_kg = ["toll", "kg", "--db", db_url, "--as-of", "2022-09-20"]
    # undated, the report counts in no toll: the wire's 2 soldiers alone
    assert json.loads(CliRunner().invoke(main, toll_kg).output)["killed"]["best"] == 2

    again = _ingest(str(report), "--db", db_url, "--published", "2022-09-20")
    assert again.exit_code == 0, again.output
    assert "ingested 0, redated 1, duplicates 0" in again.stderr
    assert "redated 1: stored undated before" in again.stderr
    with open_store(db_url) as store:
        back = store.reading(undated.article.id)
        assert back.article.published == date(2022, 9, 20)
        assert back.article.text == undated.article.text
        assert [c.low for c in back.claims] == [c.low for c in undated.claims]
        assert store.reading("wire-2") == wire_before         # nothing else touched
        assert store.count() == count_before                  # replaced, not added
    listed = CliRunner().invoke(main, ["conflicts", "--undated", "--db", db_url])
    assert "(no undated reports)" in listed.output
    tolls = CliRunner().invoke(main, toll_kg)
    assert tolls.exit_code == 0, tolls.output
    # dated, it counts: the Kyrgyz side's largest figure is now the border service's 4 guards
    # (the defence ministry's 2 soldiers are another source's figure for the same side)
    assert json.loads(tolls.output)["killed"]["best"] == 4

    # dated now: a third run with another date is a duplicate, the first date stays
    third = _ingest(str(report), "--db", db_url, "--published", "2022-09-21")
    assert "ingested 0, duplicates 1" in third.stderr and "redated" not in third.stderr
    with open_store(db_url) as store:
        assert store.reading(undated.article.id).article.published == date(2022, 9, 20)


def test_without_published_an_undated_copy_stays_a_duplicate(tmp_path, db_url):
    report = tmp_path / "ovchi.txt"
    report.write_text(REPORT)
    assert _ingest(str(report), "--db", db_url).exit_code == 0
    again = _ingest(str(report), "--db", db_url)
    assert "ingested 0, duplicates 1" in again.stderr and "redated" not in again.stderr
    with open_store(db_url) as store:
        assert [r.article.published for r in store.readings()] == [None]
