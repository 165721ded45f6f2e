"""Build and check halves: by a hash of the row number, stable, disjoint, about a third checked,
blind to ids and texts; one extraction pass scores both halves."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from tollwatch.evaluate import evaluate, evaluate_splits
from tollwatch.evaluate.split import BUILD, CHECK, half, in_split
from tollwatch.models import Article, Range, Reading, Toll


def test_half_follows_the_documented_hash():
    for row in range(50):
        digest = int(hashlib.sha256(f"tollwatch-split:{row}".encode()).hexdigest(), 16)
        assert half(row) == (CHECK if digest % 3 == 0 else BUILD)


def test_halves_are_stable_disjoint_and_about_a_third():
    rows = range(3000)
    check = {r for r in rows if in_split(r, CHECK)}
    build = {r for r in rows if in_split(r, BUILD)}
    assert check.isdisjoint(build) and check | build == set(rows)
    assert 0.30 < len(check) / 3000 < 0.37
    assert check == {r for r in rows if half(r) == CHECK}          # the same on a second call
    assert all(in_split(r, "all") for r in rows)
    with pytest.raises(ValueError):
        in_split(1, "both")


def _wiki(tmp_path: Path, name: str, ids: list[str], killed: list[int]) -> Path:
    path = tmp_path / name
    path.write_text("".join(
        json.dumps({"id": i, "text": f"Attackers killed {k} people.", "gold": {"dead": k, "injured": 0}})
        + "\n" for i, k in zip(ids, killed)), encoding="utf-8")
    return path


class Counter:
    """Reads 'killed N' from the text; remembers what it saw."""

    def __init__(self):
        self.texts: list[str] = []

    def __call__(self, article: Article) -> Reading:
        self.texts.append(article.text)
        m = re.search(r"killed (\d+)", article.text)
        n = int(m.group(1)) if m else 0
        claim = SimpleNamespace(reader="parse" if n % 2 else "rules")
        return Reading(article, (claim,), (), Toll(killed=Range(n, n, n)))


def test_rows_fall_in_the_same_half_whatever_their_ids_or_texts(tmp_path):
    killed = list(range(1, 31))
    a = _wiki(tmp_path, "a.jsonl", [f"a-{n}" for n in killed], killed)
    b = _wiki(tmp_path, "b.jsonl", [f"zz{n * 7}" for n in killed], killed)
    c = _wiki(tmp_path, "c.jsonl", [f"a-{n}" for n in killed], killed[::-1])   # texts reversed
    seen = {}
    for path in (a, b, c):
        counter = Counter()
        evaluate(path, split=CHECK, extractor=counter)
        seen[path.name] = counter.texts[1:]                            # [0] is the warm-up
    expected_rows = [r for r in range(30) if half(r) == CHECK]
    assert seen["a.jsonl"] == seen["b.jsonl"] == [f"Attackers killed {r + 1} people."
                                                 for r in expected_rows]
    assert seen["c.jsonl"] == [f"Attackers killed {30 - r} people." for r in expected_rows]


def test_both_halves_from_one_pass_add_up_to_all(tmp_path):
    path = _wiki(tmp_path, "w.jsonl", [f"w{n}" for n in range(12)], list(range(1, 13)))
    counter = Counter()
    reports = evaluate_splits(path, (BUILD, CHECK), extractor=counter, salt="s")
    assert len(counter.texts) == 1 + 12                               # warm-up + every row once
    build, check = reports[BUILD], reports[CHECK]
    checked = [r for r in range(12) if half(r) == CHECK]
    assert check.documents == len(checked) and build.documents == 12 - len(checked)
    assert build.split == BUILD and check.to_dict()["split"] == CHECK
    assert check.metric("killed", "gold>0") == 1.0 and build.metric("killed", "gold>0") == 1.0
    everything = evaluate(path, extractor=Counter())
    assert everything.documents == 12 and everything.split == "all"
    # odd figures are "parse" claims in the stand-in: 1, 3, ..., 11 -> 6 of 12
    assert (everything.from_parse.part, everything.from_parse.whole) == (6, 12)
    assert (build.from_parse.part + check.from_parse.part) == 6
    odd_checked = sum(1 for r in checked if (r + 1) % 2)
    assert check.from_parse.part == odd_checked


def test_check_half_lists_no_misses_to_read(tmp_path):
    path = _wiki(tmp_path, "m.jsonl", [f"m{n}" for n in range(12)], list(range(1, 13)))

    def wrong(article: Article) -> Reading:
        return Reading(article, (), (), Toll(killed=Range(99, 99, 99)))

    reports = evaluate_splits(path, (BUILD, CHECK), extractor=wrong)
    assert reports[CHECK].metric("killed", "gold>0") == 0.0
    assert reports[CHECK].worst == [] and reports[BUILD].worst


def test_limit_comes_before_the_split(tmp_path):
    path = _wiki(tmp_path, "l.jsonl", [f"l{n}" for n in range(30)], list(range(1, 31)))
    report = evaluate(path, split=CHECK, limit=10, extractor=Counter())
    assert report.documents == sum(1 for r in range(10) if half(r) == CHECK)
    with pytest.raises(ValueError):
        evaluate(path, split="half", extractor=Counter())
