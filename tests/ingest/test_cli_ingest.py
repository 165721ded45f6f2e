"""`tollwatch extract` and `tollwatch ingest` end to end: bad files, re-ingest, resume."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.jobs import run_ingest
from tollwatch.settings import Settings
from tollwatch.store import open_store

GOOD = ("KANDAHAR, 4 May 2021 - A roadside bomb killed four soldiers and wounded two others "
        "on the highway west of the city on Tuesday, the provincial police chief said.\n")


@pytest.fixture
def mixed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1_empty.txt").write_bytes(b"")
    (folder / "2_binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "3_latin1.txt").write_bytes("Attentat à Kidal: 5 soldats tués.".encode("latin-1"))
    (folder / "4_good.txt").write_text(GOOD)
    return folder


def _error_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if "1_empty" in ln or "2_binary" in ln
            or "3_latin1" in ln]


def test_extract_reports_each_bad_file_and_reads_the_good_one(mixed):
    files = sorted(str(p) for p in mixed.iterdir())
    result = CliRunner().invoke(main, ["extract", *files])
    assert result.exit_code == 1
    [line] = [ln for ln in result.stdout.splitlines() if ln.strip()]
    reading = json.loads(line)
    assert reading["toll"]["killed"]["best"] == 4
    errors = _error_lines(result.stderr)
    assert len(errors) == 3
    assert any("empty" in e for e in errors) and any("binary" in e for e in errors)
    assert any("not UTF-8" in e for e in errors)


def test_ingest_stores_the_good_file_fails_the_bad_ones_and_is_idempotent(mixed, db_url):
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(mixed), "--db", db_url, "--quiet"])
    assert first.exit_code == 1
    assert "ingested 1, duplicates 0, skipped 0, failed 3" in first.stderr
    assert len(_error_lines(first.stderr)) == 3
    with open_store(db_url) as store:
        before = store.count()
    assert before["articles"] == 1 and before["claims"] >= 2

    good_only = runner.invoke(main, ["ingest", str(mixed / "4_good.txt"), "--db", db_url])
    assert good_only.exit_code == 0
    assert "ingested 0, duplicates 1" in good_only.stderr
    with open_store(db_url) as store:
        assert store.count() == before          # nothing added, nothing lost


def test_interrupted_run_resumes_without_loss_or_duplicates(tmp_path):
    lines = [json.dumps({"id": f"r{i}", "text": f"Report {i}: {i + 1} civilians were killed "
                         f"in shelling on the village, officials said."}) for i in range(5)]
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(lines) + "\n")
    settings = Settings(db=f"sqlite:///{tmp_path / 'resume.db'}", quiet=True)

    def stop_after_two(summary):
        if summary.ingested == 2:
            raise KeyboardInterrupt

    first = run_ingest([src], settings=settings, on_saved=stop_after_two)
    assert first.interrupted and first.ingested == 2
    second = run_ingest([src], settings=settings)
    assert (second.ingested, second.duplicates, second.failed) == (3, 2, [])
    with open_store(settings.db) as store:
        assert store.count()["articles"] == 5
        assert {r.article.id for r in store.readings()} == {f"r{i}" for i in range(5)}


def test_progress_bar_shows_rate_and_eta_unless_quiet(tmp_path, capsys):
    src = tmp_path / "two.jsonl"
    src.write_text(json.dumps({"id": "p1", "text": GOOD}) + "\n"
                   + json.dumps({"id": "p2", "text": GOOD.replace("four", "six")}) + "\n")
    run_ingest([src], settings=Settings(db=f"sqlite:///{tmp_path / 'a.db'}"), progress=True)
    err = capsys.readouterr().err
    assert "2/2" in err and "article/s" in err          # a known total gives the ETA column
    run_ingest([src], settings=Settings(db=f"sqlite:///{tmp_path / 'b.db'}", quiet=True),
               progress=True)
    assert capsys.readouterr().err == ""


def test_ingest_url_needs_allow_private_for_a_local_server(http_base, tmp_path):
    db = f"sqlite:///{tmp_path / 'u.db'}"
    refused = CliRunner().invoke(main, ["ingest", f"{http_base}/page.html", "--db", db])
    assert refused.exit_code == 1 and "refused" in refused.stderr
    allowed = CliRunner().invoke(main, ["ingest", f"{http_base}/page.html?utm_source=x",
                                        "--db", db, "--allow-private"])
    assert allowed.exit_code == 0 and "ingested 1," in allowed.stderr
    again = CliRunner().invoke(main, ["ingest", f"{http_base}/page.html", "--db", db,
                                      "--allow-private"])
    assert "ingested 0, duplicates 0, skipped 1" in again.stderr   # known URL: not fetched
    assert "URL already stored" in again.stderr
