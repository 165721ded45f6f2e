"""Invariants of reconciliation, stated as Hypothesis properties."""
from __future__ import annotations

import os
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tollwatch.contract import validate
from tollwatch.models import CATEGORIES
from tollwatch.resolve import reconcile

from .factory import claim, reading

START = date(2022, 9, 12)
SOURCES = [("Kyrgyz Ministry of Health", "KG"), ("Tajik Foreign Ministry", "TJ"),
           ("Reuters", None), (None, None)]


@st.composite
def claims(draw, idx: int):
    by, by_side = draw(st.sampled_from(SOURCES))
    side = draw(st.sampled_from(["KG", "TJ", None]))
    low = draw(st.one_of(st.none(), st.integers(0, 120)))
    high = None if low is None else draw(st.sampled_from([low, None, low + 10]))
    return claim(
        f"c{idx}", draw(st.sampled_from(["killed", "injured", "detained"])), low, high,
        side=side, by=by, by_side=by_side, partisan=by_side is not None,
        verified=draw(st.sampled_from([None, False, True])),
        scope=draw(st.sampled_from(["total", "side", "incident"])) if side else "total",
        historical=draw(st.booleans()) and draw(st.booleans()),
        country="KG", place=draw(st.sampled_from(["Batken", "Sughd"])),
        day=None)


@st.composite
def corpora(draw):
    n = draw(st.integers(1, 6))
    out = []
    for i in range(n):
        cs = [draw(claims(j)) for j in range(draw(st.integers(1, 4)))]
        day = START + timedelta(days=draw(st.integers(0, 8)))
        out.append(reading(f"a{i}", day, *cs, text=f"Story {i} about the border clashes. " * (i + 1)))
    return out


def figures(tolls):
    return [(t.conflict.id, {c: t.to_dict()[c] for c in CATEGORIES}, t.to_dict()["series"])
            for t in tolls]


# more examples for a deeper search: TOLLWATCH_HYPOTHESIS_EXAMPLES=1000
FAST = settings(max_examples=int(os.environ.get("TOLLWATCH_HYPOTHESIS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(corpora(), st.randoms(use_true_random=False))
def test_order_of_articles_does_not_matter(rs, rnd):
    shuffled = list(rs)
    rnd.shuffle(shuffled)
    shuffled = [r.__class__(r.article, tuple(reversed(r.claims))) for r in shuffled]
    a, b = [t.to_dict() for t in reconcile(rs)], [t.to_dict() for t in reconcile(shuffled)]
    assert len(a) == len(b)
    for x, y in zip(a, b):
        for key in x:
            assert (key, x[key]) == (key, y[key])


@FAST
@given(corpora(), st.data())
def test_a_duplicate_article_changes_nothing(rs, data):
    original = data.draw(st.sampled_from(rs))
    copy = original.__class__(original.article.__class__(
        id="zz-copy", text=original.article.text, published=original.article.published),
        original.claims)
    assert figures(reconcile(rs)) == figures(reconcile(rs + [copy]))


@FAST
@given(corpora())
def test_rerunning_changes_nothing(rs):
    first = [t.to_dict() for t in reconcile(rs)]
    assert first == [t.to_dict() for t in reconcile(rs)]


@FAST
@given(corpora())
def test_low_best_high_are_ordered_and_valid(rs):
    for t in reconcile(rs):
        d = t.to_dict()
        validate(d, "toll")
        for cat in CATEGORIES:
            ranges = [d[cat], *d[cat]["by_side"].values()]
            for r in ranges:
                assert r["low"] <= r["best"]
                assert r["high"] is None or r["best"] <= r["high"]


@FAST
@given(corpora(), st.integers(0, 8))
def test_as_of_uses_only_articles_published_by_then(rs, offset):
    as_of = START + timedelta(days=offset)
    then = [r for r in rs if r.article.published <= as_of]
    result = reconcile(rs, as_of=as_of)
    for t in result:
        assert all(a.startswith("a") for a in t.articles)
        published = {r.article.id: r.article.published for r in rs}
        assert all(published[a] <= as_of for a in t.articles)
        assert all(p["date"] <= as_of.isoformat() for p in t.to_dict()["series"])
    # all stories share a country, so they form one episode: the same figures as if only
    # the articles published by then existed
    assert [{c: t.to_dict()[c] for c in CATEGORIES} for t in result] == \
        [{c: t.to_dict()[c] for c in CATEGORIES} for t in reconcile(then, as_of=as_of)]


@FAST
@given(corpora(), st.integers(0, 8))
def test_the_band_on_a_day_is_the_toll_as_of_that_day(rs, offset):
    """The one-pass band agrees with a full reconciliation as of each of its days."""
    as_of = START + timedelta(days=offset)
    then = {t.conflict.id: t for t in reconcile(rs, as_of=as_of)}
    for whole in reconcile(rs):
        for p in whole.band:
            if p["date"] != as_of.isoformat():
                continue
            toll = then[whole.conflict.id].tolls[p["category"]]
            rng = toll if p["side"] == "all" else toll.by_side[p["side"]]
            assert (p["low"], p["best"], p["high"]) == (rng.low, rng.best, rng.high), p
