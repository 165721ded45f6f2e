"""The eval gate (trafilatura's eval-gate style): accuracy on the CHECK half of each dev set may
not drop below the floors pinned in floors.json (check figure - 0.03). Missing ../shared/eval:
skipped here, a failure under CI=true.

Runs the real pipeline, so it is marked slow and eval; `pytest -m eval tests/eval` runs it alone.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tollwatch.evaluate import evaluate
from tollwatch.evaluate.run import default_extractor

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))
ENFORCED = sorted(n for n, spec in FLOORS["sets"].items() if not spec.get("report_only"))


@pytest.fixture(scope="module")
def pipeline():
    try:
        return default_extractor()
    except ImportError as exc:
        message = f"the extraction pipeline does not import yet: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.mark.eval
@pytest.mark.slow
@pytest.mark.parametrize("name", ENFORCED)
def test_dev_set_stays_above_its_floors(name, eval_dir, pipeline):
    spec = FLOORS["sets"][name]
    report = evaluate(eval_dir / "dev" / name, split=spec["split"], limit=spec.get("limit"),
                      extractor=pipeline)
    below = []
    for key, floor in spec["floors"].items():
        field, group, measure = key.split("/")
        got = report.metric(field, group, measure)
        if floor is not None and (got is None or got < floor):
            below.append(f"{key}: {got} < floor {floor}")
    assert not below, f"{name} ({spec['split']} half) dropped below its pinned floors: " + "; ".join(below)


@pytest.mark.eval
@pytest.mark.slow
def test_scrambled_ids_give_identical_scores(eval_dir, pipeline):
    path = eval_dir / "dev" / "isaf_dev.jsonl"
    first = evaluate(path, limit=60, extractor=pipeline, salt="first salt")
    second = evaluate(path, limit=60, extractor=pipeline, salt="another salt")
    assert first.to_dict()["fields"] == second.to_dict()["fields"]
    assert first.to_dict()["worst"] == second.to_dict()["worst"]


def test_floors_are_check_figures_for_every_dev_set():
    assert FLOORS["margin"] == 0.03
    assert {spec["split"] for spec in FLOORS["sets"].values()} == {"check"}
    assert {"wad_dev.jsonl", "multilingual_dev.jsonl"} <= set(FLOORS["sets"])
    for name, spec in FLOORS["sets"].items():
        if spec.get("report_only"):
            assert all(f is None for f in spec["floors"].values()), f"{name}: report-only, yet pinned"


def test_every_enforced_floor_is_pinned_under_ci():
    """A null floor is allowed while a field is new; CI requires every enforced one pinned."""
    unpinned = [f"{name}: {key}" for name in ENFORCED
                for key, floor in FLOORS["sets"][name]["floors"].items() if floor is None]
    if unpinned and os.environ.get("CI", "").lower() != "true":
        pytest.skip(f"floors not pinned yet (run tests/eval/pin_floors.py --write): {unpinned}")
    assert not unpinned, f"floors not pinned (run tests/eval/pin_floors.py --write): {unpinned}"


def test_pin_floors_rounds_down_and_keeps_report_only_sets(tmp_path, capsys):
    import importlib.util
    spec = importlib.util.spec_from_file_location("pin_floors", Path(__file__).with_name("pin_floors.py"))
    pin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pin)
    assert pin.floor_of(0.818, 0.03) == 0.788 and pin.floor_of(0.8189, 0.03) == 0.788
    assert pin.floor_of(0.01, 0.03) == 0.0
    assert pin.main(["--eval-dir", str(tmp_path)]) == 2
    assert "no dev sets" in capsys.readouterr().err
