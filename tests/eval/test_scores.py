"""Metrics and the evaluate() loop, with a small stand-in extractor (the real one runs in the gate)."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from tollwatch.evaluate import evaluate, format_table
from tollwatch.evaluate.metrics import Outcome, score, worst
from tollwatch.models import Article, Event, EventDate, Place, Range, Reading, Span, Toll


def test_counts_split_by_gold_zero_and_positive():
    outs = [Outcome("a", "killed", "count", 10, 10, True),
            Outcome("b", "killed", "count", 10, 11, False),   # within 10 %
            Outcome("c", "killed", "count", 20, 5, False),
            Outcome("d", "killed", "count", 0, 0, True),
            Outcome("e", "killed", "count", 0, 2, False)]
    s = score(outs)["killed"]
    assert s["gold>0"].n == 3
    assert s["gold>0"].exact == pytest.approx(1 / 3)
    assert s["gold>0"].within10 == pytest.approx(2 / 3)
    assert s["gold>0"].mae == pytest.approx((0 + 1 + 15) / 3)
    assert s["gold=0"].n == 2 and s["gold=0"].exact == 0.5 and s["gold=0"].mae == 1.0
    assert [o.doc_id for o in worst(outs, 2)] == ["c", "e"]


def test_a_missing_count_is_a_miss_with_the_whole_gold_as_error():
    s = score([Outcome("a", "killed", "count", 7, None, False)])["killed"]["gold>0"]
    assert (s.exact, s.within10, s.mae) == (0.0, 0.0, 7.0)


def test_labels_are_one_group_without_error():
    s = score([Outcome("a", "date", "label", "2012-01-01", "2012-01-01", True),
               Outcome("b", "date", "label", "2012-01-02", None, False)])["date"]
    assert list(s) == ["all"] and s["all"].exact == 0.5 and s["all"].mae is None


ROWS = [  # invented press-release-like rows, with the conventions of the ISAF format
    {"id": "doc-alpha", "text": "Forces killed 3 insurgents in Paktia on 2 May.",
     "gold": {"min_killed": 3, "min_captured": 0, "start_date": "2011-05-02", "province": ["paktya"]}},
    {"id": "doc-beta", "text": "A patrol detained 2 suspects in Helmand.",
     "gold": {"min_killed": 0, "min_captured": 2, "start_date": "2011-05-03", "province": ["helmand"]}},
    {"id": "doc-gamma", "text": "Soldiers killed 12 fighters in Kunar.",
     "gold": {"min_killed": 10, "min_captured": 1, "start_date": "2011-05-04", "province": ["kunar"]}},
]


@pytest.fixture
def isaf_file(tmp_path) -> Path:
    folder = tmp_path / "eval" / "dev"
    folder.mkdir(parents=True)
    (tmp_path / "eval" / "aliases.json").write_text(
        json.dumps({"regions": [["paktya", "paktia"], ["kunar", "konar"]]}), encoding="utf-8")
    path = folder / "isaf_dev.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


class Recorder:
    """Reads the first number before killed/detained; places one event, dated 2011-05-02."""

    def __init__(self):
        self.seen: list[Article] = []

    def __call__(self, article: Article) -> Reading:
        self.seen.append(article)
        toll = {}
        for cat, verb in (("killed", "killed"), ("detained", "detained")):
            m = re.search(verb + r" (\d+)", article.text)
            if m:
                toll[cat] = Range(int(m.group(1)), int(m.group(1)), int(m.group(1)))
        place = re.search(r"in (\w+)", article.text).group(1)
        ev = Event("e1", "Battles", "Armed clash", Span(5, 10, article.text),
                   date=EventDate(date(2011, 5, 2), date(2011, 5, 2), "day"),
                   location=Place(name=place, admin1=f"{place} Province"))
        late = Event("e2", "Battles", "Armed clash", Span(30, 40, article.text),
                     location=Place(admin1="Elsewhere"))
        return Reading(article, (), (late, ev), Toll(**toll))


def test_evaluate_scores_each_field_by_hand(isaf_file):
    report = evaluate(isaf_file, extractor=Recorder(), salt="s1")
    assert report.dataset == "isaf" and report.documents == 3
    assert report.metric("killed", "gold>0") == 0.5           # 3 right, 12 vs 10 wrong
    assert report.metric("killed", "gold>0", "within10") == 0.5
    assert report.metric("killed", "gold>0", "mae") == 1.0
    assert report.metric("killed", "gold=0") == 1.0
    assert report.metric("detained", "gold>0") == 0.5         # 2 right, 0 vs 1 wrong
    assert report.metric("date", "all") == pytest.approx(1 / 3)
    assert report.metric("province", "all") == 1.0            # Paktia = paktya, Kunar; the first event
    assert {o.doc_id for o in report.worst} == {"doc-beta", "doc-gamma"}  # beta: date only
    assert report.worst[0].doc_id == "doc-gamma"               # the largest count error first
    table = format_table(report)
    assert "killed" in table and "gold>0" in table and "doc-gamma" in table


def test_the_extractor_never_sees_ids_or_file_names_and_scrambling_changes_nothing(isaf_file):
    first, second = Recorder(), Recorder()
    a = evaluate(isaf_file, extractor=first, salt="one")
    b = evaluate(isaf_file, extractor=second)               # a random salt
    ids = [art.id for art in first.seen + second.seen]
    assert len(set(ids)) == len(ids)                         # warm-up and rows, all distinct
    for art in first.seen + second.seen:
        assert "doc" not in art.id and "isaf" not in art.id
        assert art.origin is None and art.url is None
    assert a.to_dict()["fields"] == b.to_dict()["fields"]


def test_limit_and_a_failing_extractor(isaf_file):
    calls = []

    def broken(article):
        calls.append(article)
        if len(calls) > 1:
            raise ValueError("boom")
        return Reading(article)

    report = evaluate(isaf_file, extractor=broken, limit=2)
    assert report.documents == 2 and len(report.errors) == 2
    assert report.metric("killed", "gold>0") == 0.0
    assert report.metric("killed", "gold=0") == 0.0          # a failure is a miss, even for gold 0
    assert report.to_dict()["errors"][0]["message"] == "ValueError: boom"


def test_worst_missed_are_listed_per_field():
    outs = [Outcome(f"k{i}", "killed", "count", 10, i, False) for i in range(8)]
    outs.append(Outcome("d1", "date", "label", "2011-01-01", None, False))
    listed = worst(outs, k=3)
    assert [o.doc_id for o in listed] == ["k0", "k1", "k2", "d1"]


def _killed(group, historical=False):
    from tollwatch.models import Claim, Victims
    return Claim(id="c", category="killed", low=2, high=2, text="two", evidence=Span(0, 3, "two"),
                 rules="test", victims=Victims(group), historical=historical)


def test_victim_kind_by_majority_of_victim_words():
    from tollwatch.evaluate.scoring import victim_kind
    art = Article(id="a", text="x")
    assert victim_kind(Reading(art, (_killed("Civilians"), _killed("villagers"), _killed("soldiers")))) == "civilians"
    assert victim_kind(Reading(art, (_killed("Taliban"), _killed("people")))) == "combatants"
    assert victim_kind(Reading(art, (_killed("children"), _killed("police")))) is None   # a tie
    assert victim_kind(Reading(art, (_killed("civilians", historical=True),))) is None
    assert victim_kind(Reading(art)) is None
