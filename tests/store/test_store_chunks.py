"""Store.save_chunk's chunk path (one lookup, one INSERT per table) and its fallback, and
Store.stored_among, on SQLite and PostgreSQL. Expected outcomes written by hand."""
from __future__ import annotations

from dataclasses import replace

import sqlalchemy as sa

from tollwatch.errors import StoreError
from tollwatch.models import Claim, Span

from .readings import border_reading, capital_reading, undated_reading


def _statements(store) -> list[str]:
    seen: list[str] = []
    sa.event.listen(store.engine, "before_cursor_execute",
                    lambda conn, cur, stmt, *a: seen.append(stmt.split()[0].upper()))
    return seen


def _bad(reading):
    twin = Claim(id="c1", category="killed", low=1, high=1, text="one",
                 evidence=Span(0, 3, "one"), rules="casualties.v1")
    return replace(reading, claims=reading.claims + (twin,))   # two claims with one id


def test_a_clean_chunk_takes_one_lookup_and_one_insert_per_table(store):
    seen = _statements(store)
    assert store.save_chunk([border_reading(), capital_reading(), undated_reading()]) == [
        True, True, True]
    assert seen.count("SELECT") == 1
    assert seen.count("INSERT") == 3          # articles, claims, events: one statement each
    assert store.count() == {"articles": 3, "claims": 5, "events": 1}
    # stored in chunk order, and read back exactly
    assert list(store.readings()) == [border_reading(), capital_reading(), undated_reading()]


def test_duplicates_inside_the_chunk_and_already_stored(store):
    assert store.save(capital_reading()) is True
    seen = _statements(store)
    chunk = [
        border_reading(),
        capital_reading(),                                         # stored before
        border_reading(id="copy-by-text"),                         # same text: same hash
        border_reading(id="copy-by-url", text="Other words.",
                       url="http://example.org/news/ovchi/#top"),  # same canonical URL
        undated_reading(),
        border_reading(),                                          # same id again
    ]
    assert store.save_chunk(chunk) == [True, False, False, False, True, False]
    # found before inserting: one INSERT per table, no article-by-article fallback
    assert seen.count("INSERT") == 3 and seen.count("SAVEPOINT") == 1
    assert store.count() == {"articles": 3, "claims": 5, "events": 1}
    assert {r.article.id for r in store.readings()} == {"capital-2", "border-1", "undated-3"}


def test_a_bad_article_in_the_middle_keeps_out_only_itself(store):
    assert store.save(undated_reading()) is True
    seen = _statements(store)
    chunk = [undated_reading(), border_reading(), _bad(capital_reading()),
             border_reading(id="copy", url=None), capital_reading()]
    outcomes = store.save_chunk(chunk)
    assert outcomes[:2] == [False, True] and outcomes[3:] == [False, True]
    assert isinstance(outcomes[2], StoreError) and outcomes[2].source == "capital-2"
    assert seen.count("SAVEPOINT") >= 1 + len(chunk)   # the chunk's, then one per article
    # the bad article's claims are not half-written; the good ones are whole
    assert store.count() == {"articles": 3, "claims": 5, "events": 1}
    assert store.reading("capital-2") == capital_reading()
    assert store.save_chunk([_bad(capital_reading())]) == [False]   # stored now: a duplicate


def test_stored_among_matches_has_article(store):
    store.save(border_reading())
    keys = [("border-1", None, None),
            (None, border_reading().article.hash, None),
            (None, None, "http://www.example.org/news/ovchi/?utm_medium=x"),   # not canonical
            (None, None, "https://example.org/news/other"),
            ("capital-2", "no-such-hash", None),
            (None, None, None)]
    assert store.stored_among(keys) == [True, True, True, False, False, False]
    assert store.stored_among(keys) == [store.has_article(*k) for k in keys]
    assert store.stored_among([]) == []


def test_lookups_of_more_keys_than_one_query_takes(store, monkeypatch):
    from tollwatch.store import chunk
    monkeypatch.setattr(chunk, "LOOKUP", 2)
    store.save(capital_reading())
    keys = [("a", None, None), ("capital-2", None, None), (None, "h", None),
            (None, None, "https://x.example/1"), (None, capital_reading().article.hash, None)]
    assert store.stored_among(keys) == [False, True, False, False, True]
    assert store.save_chunk([undated_reading(), capital_reading(), border_reading()]) == [
        True, False, True]
