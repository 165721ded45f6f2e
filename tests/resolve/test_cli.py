"""`tollwatch toll` and `tollwatch conflicts` over a real store (SQLite, and PostgreSQL)."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from click.testing import CliRunner

from tollwatch.cli import main
from tollwatch.contract import validate
from tollwatch.errors import NotFound
from tollwatch.store import open_store
from tollwatch.tolls import ConflictNotBegun, stored_tolls

from .factory import claim, reading
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


def _block(output: str, title: str) -> list[str]:
    """The lines of the table in `output` whose header starts with `title`."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return [re.sub(r"\s+", " ", line).strip() for line in lines[start:end]]


def test_toll_table_has_the_series_by_date_and_side_with_thousands(db_url):
    _fill(db_url)
    with open_store(db_url) as store:
        store.save(reading("kt-4", date(2022, 9, 19),
                           claim("c1", "displaced", 136000, None, side="KG",
                                 by="Kyrgyz emergencies ministry", by_side="KG", country="KG")))
    run = CliRunner().invoke(main, ["toll", "kg-tj-2022-09", "--format", "table", "--db", db_url])
    assert run.exit_code == 0, run.output
    assert re.search(r"^killed\s+81/81/open\s", run.output, re.M)       # the current toll
    assert re.search(r"^displaced\s+136,000/136,000/open\s", run.output, re.M)
    # dates down, sides across (the conflict's countries, then all sides); "-": no figure yet
    assert _block(run.output, "killed (best)")[2:] == [
        "2022-09-16 24 - 24", "2022-09-17 36 - 36", "2022-09-18 46 35 81"]
    assert _block(run.output, "killed (best)")[0] == "killed (best) KG TJ all sides"
    assert _block(run.output, "injured (best)")[2:] == [
        "2022-09-17 100 - 100", "2022-09-18 140 25 165"]
    assert _block(run.output, "displaced (best)")[2:] == ["2022-09-19 136,000 136,000"]


def test_toll_before_the_conflict_began_is_not_an_unknown_conflict(db_url):
    _fill(db_url)
    run = CliRunner().invoke(main, ["toll", "kg-tj-2022-09", "--as-of", "2022-09-15",
                                    "--db", db_url])
    assert run.exit_code == 1
    assert run.stderr.strip() == ("error: conflict kg-tj-2022-09 had not begun on 2022-09-15 "
                                  "(it starts 2022-09-16)")
    run = CliRunner().invoke(main, ["toll", "kg-tj", "--as-of", "2022-09-16", "--db", db_url])
    assert run.exit_code == 0 and json.loads(run.output)["killed"]["best"] == 24


def test_stored_tolls_is_the_library_behind_the_commands(db_url):
    _fill(db_url)
    with open_store(db_url, create=False) as store:
        tolls = stored_tolls(store, as_of=date(2022, 9, 17))
        assert {t.conflict.id: t.tolls["killed"].best for t in tolls} == \
            {"kg-tj-2022-09": 36, "am-az-2022-09": 49 + 71}
        with pytest.raises(ConflictNotBegun):
            stored_tolls(store, as_of=date(2022, 9, 13), conflict="am-az")
        with pytest.raises(NotFound, match="no conflict 'xx'"):
            stored_tolls(store, conflict="xx")
