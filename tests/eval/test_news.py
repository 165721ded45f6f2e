"""WAD and multilingual adapters: gold fields, what the extractor is given, per-language scoring.
Rows are invented, in our own words, in the shape of the files."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tollwatch.evaluate import evaluate
from tollwatch.evaluate.adapters import datasets, sniff
from tollwatch.evaluate.news import alpha2, read_multilingual, read_wad
from tollwatch.models import Article, Event, Place, Range, Reading, Span, Toll

WAD = [
    {"id": "wad-a", "text": "Gunmen killed 11 traders at a market in Borno, police said.",
     "published": "2018-03-02", "gold": {"killed": 11, "injured": None}, "country": "NGA"},
    {"id": "wad-b", "text": "A bomb at a checkpoint killed 4 soldiers and wounded 6.",
     "published": None, "gold": {"killed": 4, "injured": 6}, "country": "SOM"},
]
NEWS = [
    {"id": "fr-x", "title": "Attaque dans le nord", "text": "Trois villageois ont été tués.",
     "published": "2021-05-01", "lang": "fr", "source": "x", "note": "",
     "gold": {"killed": 3, "injured": 0, "detained": None, "missing": 2}},
    {"id": "ru-x", "title": None, "text": "Пять человек погибли, двое ранены.",
     "published": None, "lang": "ru", "source": "y", "note": "",
     "gold": {"killed": 5, "injured": 2, "detained": 0, "missing": 0}},
]


def _jsonl(tmp_path: Path, name: str, rows: list[dict]) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_wad_gold_country_and_published(tmp_path):
    a, b = read_wad(_jsonl(tmp_path, "w.jsonl", WAD))
    assert a.gold == {"killed": 11, "injured": None, "country": "NG"}
    assert a.published == date(2018, 3, 2) and b.published is None
    assert b.gold == {"killed": 4, "injured": 6, "country": "SO"}


def test_iso3_to_alpha2():
    assert (alpha2("COD"), alpha2("yem"), alpha2("XXX"), alpha2(None)) == ("CD", "YE", None, None)


def test_multilingual_gold_per_language_and_title_apart(tmp_path):
    fr, ru = read_multilingual(_jsonl(tmp_path, "m.jsonl", NEWS))
    assert fr.title == "Attaque dans le nord" and fr.text == "Trois villageois ont été tués."
    assert fr.published is None                          # title and text only
    assert fr.gold["killed"] == 3 and fr.gold["killed_fr"] == 3 and fr.gold["killed_ru"] is None
    assert fr.gold["injured_fr"] == 0 and "missing" not in fr.gold and "detained" not in fr.gold
    assert ru.title is None and ru.gold["injured_ru"] == 2 and ru.gold["injured_fr"] is None


def test_sniffed_from_the_rows_not_the_name(tmp_path):
    assert sniff(_jsonl(tmp_path, "multilingual_dev.jsonl", WAD)) == "wad"
    assert sniff(_jsonl(tmp_path, "wad_dev.jsonl", NEWS)) == "multilingual"


class Stub:
    """Killed = the first digit in the text; one event placed in Nigeria."""

    def __init__(self):
        self.seen: list[Article] = []

    def __call__(self, article: Article) -> Reading:
        self.seen.append(article)
        digits = [int(w) for w in article.text.replace(",", " ").split() if w.isdigit()]
        n = digits[0] if digits else 0
        ev = Event("e1", "Violence against civilians", "Attack", Span(0, 5, article.text),
                   location=Place(name="Maiduguri", country="NG"))
        return Reading(article, (), (ev,), Toll(killed=Range(n, n, n), injured=Range(0, 0, 0)))


def test_wad_scores_best_and_the_first_events_country(tmp_path):
    stub = Stub()
    report = evaluate(_jsonl(tmp_path, "w.jsonl", WAD), extractor=stub, salt="s")
    assert report.dataset == "wad"
    assert report.metric("killed", "gold>0") == 1.0
    assert report.metric("injured", "gold>0") == 0.0     # 6 vs 0; the null injured is not scored
    assert report.fields["injured"]["gold>0"].n == 1
    assert report.metric("country", "all") == 0.5        # NG right, SO wrong
    assert [a.published for a in stub.seen[1:]] == [date(2018, 3, 2), None]
    assert all("wad" not in a.id for a in stub.seen)


def test_multilingual_scores_each_language_apart(tmp_path):
    stub = Stub()
    report = evaluate(_jsonl(tmp_path, "m.jsonl", NEWS), extractor=stub)
    assert stub.seen[1].title == "Attaque dans le nord"
    assert report.metric("killed", "gold>0") == 0.0       # the stub finds no digits in either
    assert report.fields["killed_fr"]["gold>0"].n == 1 and report.fields["killed_ru"]["gold>0"].n == 1
    assert report.metric("injured_fr", "gold=0") == 1.0 and report.metric("injured_ru", "gold>0") == 0.0
    assert "killed_es" not in report.fields
    assert set(report.literal) == {"killed", "injured", "killed_fr", "killed_ru", "injured_ru"}


def test_every_language_field_is_declared():
    names = {f.name for f in datasets(None)["multilingual"].fields}
    assert names == {"killed", "injured"} | {f"{c}_{l}" for c in ("killed", "injured")
                                               for l in ("fr", "es", "ru", "uk")}
