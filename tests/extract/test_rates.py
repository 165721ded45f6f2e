"""Statistics with a rate are not victims of an event; nearby event figures still are."""
from english import find_claims
from tollwatch.models import Article


def _figures(text):
    return [(c.category, c.low, c.high) for c in find_claims(Article.from_text(text))]


def test_a_yearly_statistic_is_no_claim():
    assert _figures("Officials said 3,000 people die from overdoses every year, while smoking "
                    "causes 520,000 deaths per year.") == []
    assert _figures("Road accidents kill about 40 people a day in the country.") == []


def test_an_event_figure_beside_a_time_word_is_still_a_claim():
    assert _figures("Four soldiers were killed a day after the ceasefire was signed.") == [("killed", 4, 4)]
    assert _figures("Two policemen were killed on Monday, the third attack this week.") == [("killed", 2, 2)]
