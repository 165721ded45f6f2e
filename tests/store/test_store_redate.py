"""A report stored undated, dated later: `Store.redate` replaces the undated copy in one
transaction, on SQLite and PostgreSQL (rules: tollwatch/store/redate.py)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tollwatch.errors import StoreError
from tollwatch.models import (Article, Claim, Event, EventDate, Period, Range, Reading, Span,
                              Toll, Victims)

from .readings import border_reading, capital_reading

OLD_TEXT = ("Gunmen stormed a checkpoint outside the valley town and killed three guards, "
            "a district spokesman said.")
NEW_TEXT = ("Gunmen stormed a checkpoint outside the valley town on Sunday and killed three "
            "guards and a cook, a district spokesman said.")


def _checkpoint(text: str, published: date | None, killed: int, **article) -> Reading:
    kw = dict(id="checkpoint-7", text=text, title="Checkpoint attack",
              url="https://news.example.net/valley/checkpoint", outlet="Valley Post")
    kw.update(article)
    a = Article(published=published, **kw)
    end = text.index(",") + 1
    claim = Claim(id="c1", category="killed", low=killed, high=killed, text=f"{killed} guards",
                  evidence=Span(0, end, text[:end]), rules="test.v1",
                  victims=Victims("guards", None), scope="incident",
                  period=Period(published, published))
    event = Event(id="e1", event_type="Battles", sub_event_type="Armed clash",
                  evidence=Span(0, end, text[:end]), date=EventDate(published, published, "day"),
                  claims=("c1",))
    return Reading(a, (claim,), (event,), Toll(killed=Range(killed, killed, killed)))


def _stored(store) -> list[Reading]:
    return list(store.readings())


def test_a_dated_reading_replaces_the_undated_copy_and_nothing_else(store):
    store.save(border_reading())
    store.save(_checkpoint(OLD_TEXT, None, 3))
    store.save(capital_reading())
    before = store.count()
    assert store.undated_copy(id="checkpoint-7") and store.undated_copy(
        url="https://news.example.net/valley/checkpoint")
    dated = _checkpoint(NEW_TEXT, date(2023, 3, 12), 4)
    assert store.save(dated) is False                 # still a duplicate for save ...
    assert store.redate(dated) is True                # ... which redate replaces
    after = _stored(store)
    # same place in the store's order; the others exactly as they were
    assert [r.article.id for r in after] == ["border-1", "checkpoint-7", "capital-2"]
    assert after[0] == border_reading() and after[2] == capital_reading()
    assert after[1] == dated
    assert after[1].article.published == date(2023, 3, 12)
    assert after[1].claims[0].low == 4 and after[1].events[0].date.start == date(2023, 3, 12)
    assert store.count() == before                     # one article, its claim and event replaced
    assert not store.undated_copy(id="checkpoint-7")
    # the search index follows the new text (SQLite triggers, PostgreSQL generated column)
    assert [h["id"] for h in store.search("cook")] == ["checkpoint-7"]
    assert store.redate(dated) is False                # dated now: nothing to replace


def test_what_the_new_reading_lacks_is_kept_from_the_stored_copy(store):
    store.save(_checkpoint(OLD_TEXT, None, 3))
    bare = _checkpoint(OLD_TEXT, date(2023, 3, 12), 3, title=None, url=None, outlet=None)
    assert store.redate(bare) is True
    a = store.reading("checkpoint-7").article
    assert (a.title, a.url, a.outlet, a.published) == (
        "Checkpoint attack", "https://news.example.net/valley/checkpoint", "Valley Post",
        date(2023, 3, 12))


def test_dated_articles_and_ambiguous_matches_are_left_alone(store):
    store.save(border_reading())                       # dated
    redated_border = border_reading(published=date(2022, 9, 30))
    assert not store.undated_copy(id="border-1")
    assert store.redate(redated_border) is False
    assert store.reading("border-1") == border_reading()
    # a new reading whose id is one undated article's and whose text is another's: two stored
    # articles match, neither is replaced
    store.save(_checkpoint(OLD_TEXT, None, 3))
    store.save(_checkpoint(NEW_TEXT, None, 4, id="checkpoint-8", url=None))
    mixed = _checkpoint(NEW_TEXT, date(2023, 3, 12), 4)
    assert store.redate(mixed) is False
    assert [r.article.published for r in _stored(store)] == [date(2022, 9, 16), None, None]
    # an undated reading replaces nothing
    assert store.redate(_checkpoint(OLD_TEXT, None, 5)) is False
    assert store.reading("checkpoint-7").claims[0].low == 3


def test_a_failed_replacement_leaves_the_undated_copy_whole(store):
    store.save(_checkpoint(OLD_TEXT, None, 3))
    good = _checkpoint(NEW_TEXT, date(2023, 3, 12), 4)
    twice = replace(good, claims=good.claims + good.claims)   # the same claim id twice
    with pytest.raises(StoreError):
        store.redate(twice)
    back = store.reading("checkpoint-7")
    assert back == _checkpoint(OLD_TEXT, None, 3)               # article, claim and event
    assert store.count() == {"articles": 1, "claims": 1, "events": 1}
    assert [h["id"] for h in store.search("guards")] == ["checkpoint-7"]
