"""An article with more figures than any news report is refused, quickly and clearly."""
import time

import pytest

from english import find_claims
from tollwatch.extract.casualties import MAX_FIGURES, TooManyFigures
from tollwatch.models import Article


def test_a_list_of_thousands_of_figures_is_a_clear_error_not_a_memory_sink():
    text = "Two people were killed. " * (MAX_FIGURES + 10)
    started = time.monotonic()
    with pytest.raises(TooManyFigures, match="casualty figures in one article") as err:
        find_claims(Article.from_text(text, origin="list.txt"))
    assert err.value.status == 422 and err.value.source == "list.txt"
    assert time.monotonic() - started < 30


def test_many_paragraphs_are_read_in_order():
    text = "\n\n".join(f"Report {i}. Nothing happened." for i in range(300)) + \
        "\n\nThree soldiers were killed on Monday."
    claims = find_claims(Article.from_text(text))
    assert [(c.category, c.low, c.high) for c in claims] == [("killed", 3, 3)]
