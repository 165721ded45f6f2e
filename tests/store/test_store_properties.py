"""Properties over generated readings: what is saved comes back unchanged; a second save is a no-op."""
from __future__ import annotations

import uuid
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from tollwatch.models import (CATEGORIES, SCOPES, Article, Claim, Period, Place, Range, Reading,
                              Source, Span, Toll, Victims)
from tollwatch.store import open_store

maybe_int = st.none() | st.integers(min_value=0, max_value=10**9)
maybe_text = st.none() | st.text(max_size=30)
dates = st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31))
places = st.none() | st.builds(Place, maybe_text, st.none() | st.sampled_from(["KG", "TJ", "AF"]),
                               maybe_text, st.none() | st.floats(-90, 90), st.none() | st.floats(-180, 180),
                               st.none() | st.integers(1, 3))


@st.composite
def readings(draw):
    n = draw(st.integers(0, 4))
    claims = tuple(
        Claim(id=f"c{i + 1}", category=draw(st.sampled_from(CATEGORIES)), low=draw(maybe_int),
              high=draw(maybe_int), text=draw(st.text(max_size=40)),
              evidence=Span(draw(st.integers(0, 500)), draw(st.integers(0, 500)), draw(st.text(max_size=80))),
              rules=draw(st.sampled_from(["casualties.v1", "casualties.v2"])),
              approximate=draw(st.booleans()), best=draw(maybe_int),
              victims=Victims(draw(maybe_text), draw(maybe_text)),
              reported_by=Source(draw(maybe_text), draw(maybe_text), draw(maybe_text)),
              verified=draw(st.none() | st.booleans()), partisan=draw(st.booleans()),
              period=Period(draw(dates), draw(dates)), location=draw(places),
              scope=draw(st.sampled_from(SCOPES)), part_of=draw(st.none() | st.just("c1")),
              historical=draw(st.booleans()), cumulative=draw(st.booleans()))
        for i in range(n))
    ranges = st.builds(Range, maybe_int, maybe_int, maybe_int)
    article = Article(id=uuid.uuid4().hex, text=draw(st.text(min_size=1, max_size=300)) + uuid.uuid4().hex,
                      title=draw(maybe_text), published=draw(dates),
                      published_inferred=draw(st.booleans()), language=draw(st.sampled_from(["en", "fr"])))
    toll = Toll(**{c: draw(ranges) for c in CATEGORIES})
    return Reading(article=article, claims=claims, toll=toll)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(readings(), min_size=1, max_size=4))
def test_saved_readings_come_back_unchanged_and_resaving_is_a_no_op(batch):
    with open_store("sqlite://") as store:
        assert store.save_many(batch) == (len(batch), 0)
        counts = store.count()
        assert store.save_many(reversed(batch)) == (0, len(batch))
        assert store.count() == counts
        assert list(store.readings()) == batch
        for r in batch:
            assert store.reading(r.article.id).to_dict() == r.to_dict()
