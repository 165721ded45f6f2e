"""The demo corpus end to end: ingest, then every export adds up to the tolls an analyst states
in docs/DEMO.md (Kyrgyz-Tajik: 81 killed, 46 Kyrgyz, 35 Tajik)."""
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from tollwatch.cli import main

ROOT = Path(__file__).resolve().parents[2]
KT = "kg-tj-2022-09"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    res = CliRunner().invoke(main, ["ingest", str(ROOT / "demo" / "corpus"), "--db", url, "--quiet"])
    assert res.exit_code == 0, res.output
    return url


def _export(url, fmt, *extra):
    res = CliRunner().invoke(main, ["export", "--format", fmt, "--db", url, *extra])
    assert res.exit_code == 0, res.output
    return res.output


@pytest.mark.slow
def test_demo_exports_add_up_to_the_toll(demo_db):
    acled = pd.read_csv(io.StringIO(_export(demo_db, "acled-csv")))
    assert acled.groupby("conflict")["fatalities"].sum()[KT] == 81
    ucdp = pd.read_csv(io.StringIO(_export(demo_db, "ucdp-csv")))
    by_side = {}
    for cell in ucdp[ucdp.conflict == KT]["deaths_by_side"]:
        for part in cell.split("; "):
            side, n = part.split("=")
            by_side[side] = by_side.get(side, 0) + int(n)
    assert (by_side.get("KG"), by_side.get("TJ")) == (46, 35)
    assert (ucdp.low <= ucdp.best).all() and (ucdp.high.isna() | (ucdp.best <= ucdp.high)).all()
    lines = [json.loads(x) for x in _export(demo_db, "jsonl", "--conflict", KT).splitlines()]
    assert sum(x["killed"]["best"] for x in lines) == 81
    # the two wire copies (kgtj-03, kgtj-04) never make a second incident
    copied = [x for x in lines if "kgtj-04" in x.get("articles", [])]
    assert copied and all("kgtj-03" in x["articles"] for x in copied)
    civilians_first = acled[(acled.inter1 == 7) & ~acled.event_type.isin(["Protests", "Riots"])]
    assert civilians_first.empty


@pytest.mark.slow
def test_demo_export_as_of_16_september(demo_db):
    acled = pd.read_csv(io.StringIO(_export(demo_db, "acled-csv", "--as-of", "2022-09-16")))
    kt = acled[acled.conflict == KT]
    # as of 16 September: Kyrgyz 24 (the health ministry's first figure), Tajik 1 (a border guard)
    assert kt["fatalities"].sum() == 25
