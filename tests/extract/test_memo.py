"""memo.per_sentence: a sentence's answer kept, a whole article's never."""
from tollwatch.extract.memo import LONGEST, per_sentence


def test_a_sentence_is_read_once_an_article_every_time():
    calls = []

    @per_sentence(maxsize=8)
    def words(text: str, language: str = "en") -> tuple[str, ...]:
        calls.append(text)
        return tuple(text.split())

    sentence, article = "Two soldiers were killed.", "word " * (LONGEST // 5 + 1)
    assert words(sentence) == words(sentence) == ("Two", "soldiers", "were", "killed.")
    assert calls == [sentence]
    assert words(article, "en") == words(article, "en")
    assert calls == [sentence, article, article]
    words.cache_clear()
    words(sentence)
    assert calls[-1] == sentence and len(calls) == 4
