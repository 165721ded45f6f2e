from datetime import date

import pytest

from english import find_claims
from tollwatch.extract.toll import article_toll
from tollwatch.models import Article


@pytest.fixture
def read():
    """Claims and toll of a short text of our own."""
    def _read(text: str, published: date | None = date(2022, 9, 18)):
        claims = find_claims(Article.from_text(text, published=published))
        return claims, article_toll(claims)
    return _read
