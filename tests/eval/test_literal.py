"""The literal share: is the gold figure written in the text (digits or an English word)?"""
from __future__ import annotations

import json

import pytest

from tollwatch.evaluate import evaluate
from tollwatch.evaluate.literal import written_in
from tollwatch.models import Article, Range, Reading, Toll


@pytest.mark.parametrize("text, n", [
    ("Gunmen killed 14 villagers.", 14),
    ("The toll reached 1,250 by night.", 1250),
    ("The toll reached 1.250 by night.", 1250),
    ("Some 3 400 people fled.", 3400),
    ("Seven guards died.", 7),
    ("THIRTY-TWO BODIES WERE FOUND", 32),
    ("forty six were hurt", 46),
    ("A hundred homes burned.", 100),
    ("a single death: one man.", 1),
    ("(4)", 4),
    ("ended at 12.", 12),
])
def test_written(text, n):
    assert written_in(text, n)


@pytest.mark.parametrize("text, n", [
    ("Gunmen killed 114 villagers.", 14),        # inside a longer number
    ("a 2.5 magnitude tremor", 2),               # a decimal
    ("2,000 troops", 2),
    ("Twenty-five died.", 20),                   # part of a compound
    ("Twenty-five died.", 5),
    ("one hundred wounded", 1),
    ("hundreds wounded", 100),
    ("a dozen were killed", 12),                 # vague amounts do not count
    ("a policeman was shot dead", 1),            # nor singulars
    ("On 14 May 2016 attackers struck.", 2016 - 2000),
    ("nothing here", 3),
    ("", 3),
])
def test_not_written(text, n):
    assert not written_in(text, n)


def test_zero_is_never_looked_for():
    assert not written_in("0 dead", 0)


def test_report_gives_the_share_over_gold_above_zero_per_count_field(tmp_path):
    rows = [  # invented incident paragraphs in the Wikipedia shape
        {"id": "1", "text": "A bomb killed nine people and wounded 20.", "gold": {"dead": 9, "injured": 20}},
        {"id": "2", "text": "A policeman was shot dead; three were hurt.", "gold": {"dead": 1, "injured": 4}},
        {"id": "3", "text": "Nobody was hurt when the depot burned.", "gold": {"dead": 0, "injured": 0}},
        {"id": "4", "text": "Dozens died.", "gold": {"dead": 30, "injured": None}},
    ]
    path = tmp_path / "x.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    def nothing(article: Article) -> Reading:
        return Reading(article, (), (), Toll(killed=Range(0, 0, 0)))

    report = evaluate(path, extractor=nothing)
    killed, injured = report.literal["killed"], report.literal["injured"]
    assert (killed.part, killed.whole) == (1, 3)        # nine yes; a policeman, dozens no
    assert (injured.part, injured.whole) == (1, 2)      # 20 yes; 4 (three) no; a null not counted
    assert report.to_dict()["literal"]["killed"] == {"n": 3, "written": 1, "share": 0.3333}
