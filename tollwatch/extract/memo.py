"""A cache for functions of a sentence that the reading stages ask about again and again."""
from __future__ import annotations

from functools import lru_cache, wraps

LONGEST = 2000  # characters: a sentence or a headline is kept; a whole article is not


def per_sentence(maxsize: int = 4096):
    """`functools.lru_cache` for `fn(text, ...)` where `text` is at most LONGEST characters; a longer
    text (a whole article) is read afresh each time, so the cache never holds articles. The result
    must be immutable (a tuple, a frozenset, a string)."""
    def wrap(fn):
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def call(text, *args, **kwargs):
            return cached(text, *args, **kwargs) if len(text) <= LONGEST else fn(text, *args, **kwargs)
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call
    return wrap
