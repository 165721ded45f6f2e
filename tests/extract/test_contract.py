"""Claims and tolls always validate against the published contract; toll invariants."""
from datetime import date

from hypothesis import given, settings, strategies as st

from tollwatch.contract import validate
from english import find_claims
from tollwatch.extract.toll import article_toll
from tollwatch.models import Article, Reading

TEXTS = [
    "A roadside bomb killed 7 soldiers and wounded 3 others on Monday.",
    "Officials said civilians were killed, without specifying the number.",
    "The security force detained several suspected insurgents.",
    "Around 40 people were killed in the shelling; the toll later rose to 55.",
]


def test_reading_validates():
    for text in TEXTS:
        article = Article.from_text(text, published=date(2022, 9, 18))
        claims = find_claims(article)
        reading = Reading(article=article, claims=tuple(claims), toll=article_toll(claims))
        validate(reading.to_dict())


@settings(max_examples=30, deadline=None)
@given(st.permutations(TEXTS), st.integers(0, 3))
def test_toll_invariants(texts, dup):
    article = Article.from_text(" ".join(texts), published=date(2022, 9, 18))
    claims = find_claims(article)
    toll = article_toll(claims)
    again = article_toll(claims + [claims[dup % len(claims)]])
    for cat in ("killed", "injured", "detained"):
        r = toll.get(cat)
        assert r.low <= r.best and (r.high is None or r.best <= r.high)
        assert again.get(cat) == r  # a duplicate claim changes nothing
    assert article_toll(list(reversed(claims))) == toll
