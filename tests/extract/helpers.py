"""Helpers shared by the rule tests."""
from datetime import date

from tollwatch.models import Article


def read_in(reader, text, language):
    """The reading of a text of our own in `language`, published 2022-09-18."""
    return reader.read(Article.from_text(text, published=date(2022, 9, 18), language=language))


def figures_in(reader, text, language):
    """(killed best, injured best) of that reading."""
    r = read_in(reader, text, language)
    return r.toll.killed.best, r.toll.injured.best


def one_claim(claims, text_part):
    """The one claim whose text contains `text_part` (fails listing all claim texts otherwise)."""
    found = [c for c in claims if text_part in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]
