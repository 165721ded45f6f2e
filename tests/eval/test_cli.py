"""`tollwatch eval` is a thin command over evaluate(); bench_extract refuses politely without data."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from click.testing import CliRunner

from tollwatch.cli import main

ROWS = [  # invented, in the shape of the Wikipedia incident rows
    {"id": "w-1", "text": "Gunmen opened fire on a bus, killing four passengers and wounding nine.",
     "gold": {"dead": 4, "injured": 9}},
    {"id": "w-2", "text": "A bomb went off in an empty warehouse at night; nobody was hurt.",
     "gold": {"dead": 0, "injured": 0}},
]


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "incidents.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_eval_json_has_both_groups_per_field(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(_file(tmp_path)), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["dataset"] == "wiki_terror" and report["documents"] == 2
    assert set(report["fields"]) == {"killed", "injured"}
    assert set(report["fields"]["killed"]) == {"gold=0", "gold>0"}
    assert report["fields"]["killed"]["gold>0"]["n"] == 1
    assert len(report["slowest"]) == 2


def test_eval_table_and_limit(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(_file(tmp_path)), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.output and "gold>0" in result.output and "gold=0" not in result.output


def test_eval_split_both_in_json_carries_each_half(tmp_path):
    path = tmp_path / "many.jsonl"
    rows = [dict(ROWS[n % 2], id=f"w-{n}") for n in range(9)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--split", "both", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["split"] == "both"
    assert report["build"]["split"] == "build" and report["check"]["split"] == "check"
    assert report["build"]["documents"] + report["check"]["documents"] == 9
    assert report["check"]["worst"] == []
    claims = report["check"]["claims"]
    assert set(claims) == {"total", "from_parse", "share"} and claims["from_parse"] <= claims["total"]
    assert set(report["build"]["literal"]) <= {"killed", "injured"}


def test_eval_split_tables(tmp_path):
    both = CliRunner().invoke(main, ["eval", str(_file(tmp_path)), "--split", "both"])
    assert both.exit_code == 0, both.output
    assert "build" in both.output and "check" in both.output and "literal share" in both.output
    check = CliRunner().invoke(main, ["eval", str(_file(tmp_path)), "--split", "check"])
    assert check.exit_code == 0 and "split check" in check.output
    assert "not listed for the check half" in check.output


def test_eval_refuses_an_unknown_format(tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"id": "p", "text": "no gold"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code != 0 and "not a known annotated format" in result.output


def test_bench_without_dev_sets_says_so(tmp_path, capsys):
    script = Path(__file__).resolve().parents[2] / "bench" / "bench_extract.py"
    spec = importlib.util.spec_from_file_location("bench_extract", script)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--eval-dir", str(tmp_path)]) == 2
    assert "no dev sets" in capsys.readouterr().err


def _bench_change():
    script = Path(__file__).resolve().parents[2] / "bench" / "bench_change.py"
    spec = importlib.util.spec_from_file_location("bench_change", script)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_bench_change_without_dev_sets_says_so(tmp_path, capsys):
    assert _bench_change().main(["--base", "HEAD", "--eval-dir", str(tmp_path)]) == 2
    assert "no dev sets" in capsys.readouterr().err


def test_bench_change_times_the_revision_s_own_package(tmp_path):
    """The base is the package as the revision had it, unpacked apart: not the tree's files now."""
    import subprocess
    repo = tmp_path / "repo"
    (repo / "tollwatch").mkdir(parents=True)
    (repo / "tests").mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "tollwatch" / "reader.py").write_text("RULES = 1\n")
    (repo / "tests" / "test_x.py").write_text("")
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "first"], check=True)
    (repo / "tollwatch" / "reader.py").write_text("RULES = 2\n")  # changed since, not committed
    base = _bench_change().checkout("HEAD", tmp_path / "base", repo=repo)
    assert (base / "tollwatch" / "reader.py").read_text() == "RULES = 1\n"
    assert not (base / "tests").exists()
