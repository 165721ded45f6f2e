"""The eval gate (trafilatura's eval-gate style): accuracy on the dev sets may not drop below
the floors pinned in floors.json. Missing ../shared/eval: skipped here, a failure under CI=true.

Runs the real pipeline, so it is marked slow and eval; `pytest -m eval tests/eval` runs it alone.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tollwatch.evaluate import evaluate

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))
pytestmark = [pytest.mark.eval, pytest.mark.slow]


@pytest.fixture(scope="module")
def pipeline():
    try:
        from tollwatch.extract.pipeline import read_article
    except ImportError as exc:
        message = f"the extraction pipeline does not import yet: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return read_article


@pytest.mark.parametrize("name", sorted(FLOORS["sets"]))
def test_dev_set_stays_above_its_floors(name, eval_dir, pipeline):
    spec = FLOORS["sets"][name]
    report = evaluate(eval_dir / "dev" / name, limit=spec["limit"], extractor=pipeline)
    below = []
    for key, floor in spec["floors"].items():
        field, group, measure = key.split("/")
        got = report.metric(field, group, measure)
        if floor is not None and (got is None or got < floor):
            below.append(f"{key}: {got} < floor {floor}")
    assert not below, f"{name} dropped below its pinned floors: " + "; ".join(below)


def test_scrambled_ids_give_identical_scores(eval_dir, pipeline):
    path = eval_dir / "dev" / "isaf_dev.jsonl"
    first = evaluate(path, limit=60, extractor=pipeline, salt="first salt")
    second = evaluate(path, limit=60, extractor=pipeline, salt="another salt")
    assert first.to_dict()["fields"] == second.to_dict()["fields"]
    assert first.to_dict()["worst"] == second.to_dict()["worst"]


def test_every_floor_is_pinned_under_ci():
    """A null floor is allowed while a field is new; CI requires every one pinned."""
    unpinned = [f"{name}: {key}" for name, spec in FLOORS["sets"].items()
                for key, floor in spec["floors"].items() if floor is None]
    if unpinned and os.environ.get("CI", "").lower() != "true":
        pytest.skip(f"floors not pinned yet (run tests/eval/pin_floors.py): {unpinned}")
    assert not unpinned, f"floors not pinned (run tests/eval/pin_floors.py): {unpinned}"
