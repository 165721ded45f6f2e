"""Saving Readings and reading them back, on SQLite and PostgreSQL."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tollwatch.errors import StoreError
from tollwatch.models import Claim, Span
from tollwatch.store import open_store

from .readings import border_reading, capital_reading, undated_reading


def test_round_trip_is_exact(store):
    originals = [border_reading(), capital_reading(), undated_reading()]
    for r in originals:
        assert store.save(r) is True
    back = list(store.readings())
    assert back == originals                      # the dataclasses themselves
    assert [b.to_dict() for b in back] == [r.to_dict() for r in originals]
    assert back[0].article.published == date(2022, 9, 16)
    assert isinstance(back[0].claims[0].period.start, date)
    assert back[0].claims[1].location.country is None   # an empty place stays a place
    assert back[0].claims[2].location is None
    assert back[2].toll.kidnapped.best is None


def test_reading_by_id_and_unknown_id(store):
    store.save(capital_reading())
    assert store.reading("capital-2") == capital_reading()
    assert store.reading("nope") is None


def test_readings_filtered_by_date_and_ids(store):
    store.save_many([border_reading(), capital_reading(), undated_reading()])
    ids = lambda rs: [r.article.id for r in rs]  # noqa: E731
    assert ids(store.readings(since=date(2022, 9, 17))) == ["capital-2"]
    assert ids(store.readings(until=date(2022, 9, 16))) == ["border-1"]
    assert ids(store.readings(since=date(2022, 9, 16), until=date(2022, 9, 20))) == ["border-1", "capital-2"]
    assert ids(store.readings(ids=["undated-3", "border-1"])) == ["border-1", "undated-3"]


def test_resave_changes_nothing(store):
    assert store.save(border_reading()) is True
    before = store.count()
    assert before == {"articles": 1, "claims": 3, "events": 1}
    assert store.save(border_reading()) is False
    # same text under another id; same page under another link: both duplicates
    assert store.save(border_reading(id="other-id")) is False
    assert store.save(border_reading(id="x", text="Different words entirely.",
                                     url="http://example.org/news/ovchi/#top")) is False
    assert store.count() == before
    assert store.has_article(id="border-1")
    assert store.has_article(hash=border_reading().article.hash)
    assert store.has_article(url="https://example.org/news/ovchi")
    assert not store.has_article(url="https://example.org/news/other")
    assert not store.has_article()


def test_save_many_counts_new_and_duplicates(store):
    assert store.save_many([border_reading(), capital_reading(), border_reading()]) == (2, 1)
    assert store.save_many([capital_reading(), undated_reading()]) == (1, 1)
    assert store.count() == {"articles": 3, "claims": 5, "events": 1}


def test_failing_save_mid_batch_keeps_earlier_articles(store):
    bad = capital_reading()
    twin = Claim(id="c1", category="killed", low=1, high=1, text="one",
                 evidence=Span(0, 3, "one"), rules="casualties.v1")
    bad = replace(bad, claims=bad.claims + (twin,))   # two claims with one id: cannot be stored
    with pytest.raises(StoreError) as err:
        store.save_many([border_reading(), bad, undated_reading()])
    assert err.value.source == "capital-2"
    assert store.has_article(id="border-1")
    assert not store.has_article(id="capital-2")
    assert store.count() == {"articles": 1, "claims": 3, "events": 1}   # nothing half-written
    assert store.save(undated_reading()) is True   # the store still takes writes


def test_reopening_keeps_data(db_url):
    with open_store(db_url) as s:
        s.save(border_reading())
    with open_store(db_url) as s:
        assert s.reading("border-1") == border_reading()


def test_save_chunk_stores_each_article_once_and_keeps_out_only_the_bad_one(store):
    bad = capital_reading()
    twin = Claim(id="c1", category="killed", low=1, high=1, text="one",
                 evidence=Span(0, 3, "one"), rules="casualties.v1")
    bad = replace(bad, claims=bad.claims + (twin,))   # two claims with one id: cannot be stored
    outcomes = store.save_chunk([border_reading(), bad, undated_reading(), border_reading()])
    assert outcomes[0] is True and outcomes[2] is True and outcomes[3] is False
    assert isinstance(outcomes[1], StoreError) and outcomes[1].source == "capital-2"
    assert store.count() == {"articles": 2, "claims": 4, "events": 1}   # border 3 + undated 1 claims
    assert store.save_chunk([capital_reading(), undated_reading()]) == [True, False]
    assert store.save_chunk([]) == []
    assert {r.article.id for r in store.readings()} == {"border-1", "capital-2", "undated-3"}
