"""`tollwatch toll` and `tollwatch conflicts` over a real store (SQLite, and PostgreSQL)."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.contract import validate
from tollwatch.store import open_store

from .test_scenarios import armenia_azerbaijan, kyrgyz_tajik


def _fill(url):
    with open_store(url) as store:
        for r in kyrgyz_tajik() + armenia_azerbaijan():
            store.save(r)


def test_toll_json_as_of_and_conflicts(db_url):
    _fill(db_url)
    run = CliRunner().invoke(main, ["toll", "kg-tj", "--db", db_url])
    assert run.exit_code == 0, run.output
    lines = run.output.strip().splitlines()
    assert len(lines) == 1
    t = json.loads(lines[0])
    validate(t, "toll")
    assert t["conflict"]["id"] == "kg-tj-2022-09"
    assert (t["killed"]["low"], t["killed"]["best"], t["killed"]["high"]) == (81, 81, None)

    run = CliRunner().invoke(main, ["toll", "kg-tj-2022-09", "--as-of", "2022-09-16",
                                    "--db", db_url])
    assert json.loads(run.output)["killed"]["best"] == 24

    run = CliRunner().invoke(main, ["conflicts", "--db", db_url])
    assert run.exit_code == 0, run.output
    assert "am-az-2022-09" in run.output and "Kyrgyzstan–Tajikistan, September 2022" in run.output
    assert "81/81/open" in run.output


def test_toll_table_and_unknown_conflict(db_url):
    _fill(db_url)
    run = CliRunner().invoke(main, ["toll", "am-az-2022-09", "--format", "table", "--db", db_url])
    assert run.exit_code == 0, run.output
    assert re.search(r"^killed\s+120/120/120\s", run.output, re.M)
    assert "AZ 71/71/71" in run.output
    run = CliRunner().invoke(main, ["toll", "xx-9999", "--db", db_url])
    assert run.exit_code == 1
    assert "no conflict 'xx-9999'" in run.output
