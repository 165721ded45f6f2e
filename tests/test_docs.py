"""Docs are part of the product: a command or a setting without docs fails here, and the
README's examples run as written."""
import re
from dataclasses import fields
from pathlib import Path

import pytest
from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    text = _readme()
    block = text.split("```", 2)[1].strip().splitlines()
    assert block == ["make demo", "make test"]


def test_every_command_is_in_the_readme_usage():
    usage = _readme().split("## Usage", 1)[1]
    missing = [name for name in main.list_commands(None) if f"tollwatch {name}" not in usage]
    assert not missing, f"commands without docs in README ## Usage: {missing}"


def test_every_setting_is_documented():
    text = _readme()
    missing = [f.name for f in fields(Settings)
               if f"`{f.name}`" not in text or f"TOLLWATCH_{f.name.upper()}" not in text]
    assert not missing, f"settings without docs in README: {missing}"


def test_every_command_has_help():
    assert all((main.get_command(None, name).help or "").strip() for name in main.list_commands(None))


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", _readme(), re.S)


def test_readme_links_stay_inside_the_repository():
    targets = [t for t in re.findall(r"\]\(([^)\s]+)\)", _readme())
               if not t.startswith(("http://", "https://", "#"))]
    assert targets, "the README links its docs and the published contract"
    outside = [t for t in targets if t.startswith("../") or not (ROOT / t).is_file()]
    assert not outside, f"README links to files not in the repository: {outside}"
    assert "tollwatch/contract/article.schema.json" in targets


def test_readme_says_where_the_dashboard_api_docs_and_token_are():
    text = _readme()
    assert "tollwatch serve" in text and "http://127.0.0.1:8000/" in text
    assert "http://127.0.0.1:8000/api/v1/docs" in text
    assert re.search(r"curl .*\n.*Authorization: Bearer ", text)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """The demo corpus ingested as `make demo` does, into demo.db in a fresh folder."""
    from tollwatch.jobs import run_ingest
    from tollwatch.settings import Settings

    folder = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{folder / 'demo.db'}"
    summary = run_ingest([str(ROOT / "demo" / "corpus")], settings=Settings(db=url, quiet=True))
    assert summary.ok and summary.ingested == 16
    return folder, url


def test_readme_python_blocks_run_as_written(demo_store, monkeypatch, capsys):
    folder, _url = demo_store
    monkeypatch.chdir(folder)               # the second block opens sqlite:///demo.db
    blocks = _python_blocks()
    assert len(blocks) == 2
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
        printed = capsys.readouterr().out.splitlines()
        expected = re.findall(r"# -> (.*)$", block, re.M)
        assert printed == [e.strip() for e in expected]


def test_readme_demo_output_matches_the_demo(demo_store):
    _folder, url = demo_store
    run = CliRunner().invoke(main, ["toll", "--db", url, "--format", "table"])
    assert run.exit_code == 0, run.output
    actual = [" ".join(line.split()) for line in run.output.splitlines()]
    section = _readme().split("## What `make demo` prints", 1)[1]
    shown = section.split("```", 2)[1].strip().splitlines()
    for line in (" ".join(s.split()) for s in shown if s.strip()):
        if line.endswith("..."):
            assert any(a.startswith(line[:-3].strip()) for a in actual), line
        else:
            assert line in actual, line
