"""The golden harness itself: a wrong claim must not match, and the demo corpus keeps its shape."""
from __future__ import annotations

import json
from pathlib import Path

from tollwatch.models import Claim, Source, Span, Victims

from .test_golden import CASES, REPO_ROOT, expected, match_claims

CORPUS = REPO_ROOT / "demo" / "corpus"


def _claim(id: str, low, high, **kw) -> Claim:
    return Claim(id=id, category=kw.pop("category", "killed"), low=low, high=high, text=str(low),
                 evidence=Span(0, 2, kw.pop("sentence", "46 were killed")), rules="casualties.v1",
                 **kw)


def test_match_needs_every_listed_field():
    claims = [_claim("c1", 46, 46, victims=Victims("people", "KG"), partisan=True,
                     reported_by=Source("Ministry of Health", "government", "KG"))]
    assert match_claims([{"category": "killed", "low": 46, "side": "KG", "partisan": True,
                          "reporter_kind": "government"}], claims) == []
    for wrong in ({"low": 45}, {"high": None}, {"side": "TJ"}, {"partisan": False},
                  {"category": "injured"}, {"reporter_kind": "ngo"}, {"in": "mosque"}):
        want = {"category": "killed", "low": 46, **wrong}
        assert match_claims([want], claims) == [want]


def test_part_of_is_matched_by_the_parent_figure():
    claims = [_claim("c1", 35, 35), _claim("c2", 12, 12, part_of="c1"), _claim("c3", 6, 6)]
    assert match_claims([{"category": "killed", "low": 12, "part_of": 35}], claims) == []
    assert match_claims([{"category": "killed", "low": 6, "part_of": 35}], claims) != []


def test_one_produced_claim_serves_one_expectation():
    claims = [_claim("c1", 24, 24)]
    want = {"category": "killed", "low": 24}
    assert match_claims([want, want], claims) == [want]
    assert match_claims([want, want], claims + [_claim("c2", 24, 24)]) == []


def test_demo_corpus_shape():
    lines = (CORPUS / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    reports = [json.loads(line) for line in lines]
    ids = [r["id"] for r in reports]
    assert len(ids) == len(set(ids))
    for r in reports:
        assert set(r) == {"id", "title", "published", "url", "text"}
        assert r["url"].startswith("https://") and ".example/" in r["url"]
    texts = [r["text"] for r in reports] + [p.read_text(encoding="utf-8")
                                            for p in CORPUS.glob("*.txt")]
    assert all(80 <= len(t.split()) <= 300 for t in texts)
    assert 8 <= len(reports) + len(list(CORPUS.glob("*.txt"))) + len(list(CORPUS.glob("*.html"))) <= 15


def test_every_demo_report_has_an_expectation():
    lines = (CORPUS / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    covered = {expected(c).get("article_id") or expected(c)["input"] for c in CASES}
    for line in lines:
        assert json.loads(line)["id"] in covered
    for path in [*CORPUS.glob("*.txt"), *CORPUS.glob("*.html")]:
        assert f"demo/corpus/{path.name}" in covered


def test_demo_corpus_reads_without_errors():
    from tollwatch.ingest import iter_articles
    from tollwatch.models import Article
    from tollwatch.settings import load_settings
    items = list(iter_articles([str(CORPUS)], settings=load_settings()))
    assert [i for i in items if not isinstance(i, Article)] == []
    assert len(items) == 16 and len({a.id for a in items}) == 16
