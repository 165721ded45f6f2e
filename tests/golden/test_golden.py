"""Golden tests: hand-written expectations (tests/golden/expected/*.json) against the extractor.

Each expected file names its input (demo corpus, tests/fixtures, or the shared seed article),
the article toll per category and the key claims; see tests/golden/README.md for the form.
Articles are read through `tollwatch.ingest.iter_articles`, so the readers are exercised too.
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tollwatch.models import CATEGORIES, Article, Claim

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
EXPECTED = HERE / "expected"
ACTUAL = HERE / "actual"
CASES = sorted(p.stem for p in EXPECTED.glob("*.json"))
CLAIM_KEYS = {"category", "low", "high", "best", "approximate", "scope", "side", "reporter_kind",
              "partisan", "verified", "historical", "cumulative", "part_of", "in"}

_readings: dict[str, Any] = {}


def _missing(message: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: required)")
    pytest.skip(message)


def expected(case: str) -> dict[str, Any]:
    return json.loads((EXPECTED / f"{case}.json").read_text(encoding="utf-8"))


def input_path(spec: str) -> Path:
    """'shared:x' is ../shared/x beside the repository; anything else is relative to the repo."""
    if spec.startswith("shared:"):
        return REPO_ROOT.parent / "shared" / spec.removeprefix("shared:")
    return REPO_ROOT / spec


def load_article(exp: dict[str, Any]) -> Article:
    from tollwatch.ingest import iter_articles
    from tollwatch.settings import load_settings
    path = input_path(exp["input"])
    if not path.exists():
        _missing(f"golden input not found: {path}")
    items = list(iter_articles([str(path)], settings=load_settings()))
    errors = [i for i in items if not isinstance(i, Article)]
    assert not errors, f"reader errors for {path}: {errors}"
    if "article_id" in exp:
        found = [a for a in items if a.id == exp["article_id"]]
        assert len(found) == 1, f"{exp['article_id']} not found once in {path}"
        return found[0]
    assert len(items) == 1, f"{path}: expected one article, read {len(items)}"
    return items[0]


def reading_for(case: str, config: pytest.Config):
    if case not in _readings:
        from english import read_article
        exp = expected(case)
        arg = exp.get("published_arg")
        reading = read_article(load_article(exp), published=date.fromisoformat(arg) if arg else None)
        _readings[case] = reading
        if config.getoption("--update-golden", default=False) or \
                os.environ.get("TOLLWATCH_UPDATE_GOLDEN") == "1":
            write_actual(case, reading)
    return _readings[case]


def compact(claim: Claim) -> dict[str, Any]:
    return {"id": claim.id, "category": claim.category, "low": claim.low, "high": claim.high,
            "best": claim.best_value, "approximate": claim.approximate, "scope": claim.scope,
            "side": claim.victims.side, "reporter_kind": claim.reported_by.kind,
            "partisan": claim.partisan, "verified": claim.verified, "historical": claim.historical,
            "cumulative": claim.cumulative, "part_of": claim.part_of, "text": claim.text}


def write_actual(case: str, reading) -> None:
    """The program's output in the expected files' form, for review as a diff (never expected/)."""
    ACTUAL.mkdir(exist_ok=True)
    toll = {c: [r.low, r.best, r.high] for c in CATEGORIES if (r := reading.toll.get(c)).to_dict()
            != {"low": 0, "best": 0, "high": 0}}
    out = {"published": reading.article.published.isoformat() if reading.article.published else None,
           "toll": toll, "claims": [compact(c) for c in reading.claims], "full": reading.to_dict()}
    (ACTUAL / f"{case}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                         encoding="utf-8")


def claim_matches(want: dict[str, Any], claim: Claim, by_id: dict[str, Claim]) -> bool:
    """True when `claim` has every field the expectation lists (see README for the keys)."""
    actual = compact(claim)
    for key, value in want.items():
        if key == "in":
            if value.lower() not in claim.evidence.sentence.lower():
                return False
        elif key == "part_of":
            parent = by_id.get(claim.part_of) if claim.part_of else None
            if value is None:
                if parent is not None:
                    return False
            elif parent is None or parent.low != value or parent.category != claim.category:
                return False
        elif actual[key] != value:
            return False
    return True


def match_claims(wanted: list[dict[str, Any]], claims: list[Claim]) -> list[dict[str, Any]]:
    """One produced claim per expected claim (bipartite matching); returns the unmatched ones."""
    by_id = {c.id: c for c in claims}
    options = [[j for j, c in enumerate(claims) if claim_matches(w, c, by_id)] for w in wanted]
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return [w for i, w in enumerate(wanted) if not place(i, set())]


def toll_of(exp: dict[str, Any]) -> dict[str, list[int | None]]:
    return {c: exp["toll"].get(c, [0, 0, 0]) for c in CATEGORIES}


@pytest.mark.parametrize("case", CASES)
def test_expected_file_is_well_formed(case):
    exp = expected(case)
    assert set(exp["toll"]) <= set(CATEGORIES)
    for low, best, high in exp["toll"].values():
        assert low <= best and (high is None or best <= high)
    for want in exp["claims"]:
        assert want["category"] in CATEGORIES and set(want) <= CLAIM_KEYS, want


@pytest.mark.parametrize("case", CASES)
def test_output_meets_contract(case, request):
    from tollwatch.contract import validate
    reading = reading_for(case, request.config)
    validate(reading.to_dict())
    n = len(reading.article.text)
    for c in reading.claims:
        assert 0 <= c.evidence.start < c.evidence.end <= n, (c.id, c.evidence)
        assert c.rules, c.id


@pytest.mark.parametrize("case", CASES)
def test_published_date(case, request):
    reading = reading_for(case, request.config)
    assert reading.article.published == date.fromisoformat(expected(case)["published"])


@pytest.mark.parametrize("case", CASES)
def test_article_toll(case, request):
    reading = reading_for(case, request.config)
    got = {c: [r.low, r.best, r.high] for c in CATEGORIES for r in [reading.toll.get(c)]}
    assert got == toll_of(expected(case))


@pytest.mark.parametrize("case", CASES)
def test_key_claims(case, request):
    reading = reading_for(case, request.config)
    unmatched = match_claims(expected(case)["claims"], list(reading.claims))
    produced = "\n".join(json.dumps(compact(c)) for c in reading.claims)
    assert not unmatched, f"expected claims not produced: {unmatched}\nproduced:\n{produced}"


@pytest.mark.parametrize("case", CASES)
def test_non_figures_are_not_claims(case, request):
    reading = reading_for(case, request.config)
    bad = [compact(c) for c in reading.claims
           if {c.low, c.high} & set(expected(case).get("not_figures", []))]
    assert not bad, f"non-figures read as claims: {bad}"
