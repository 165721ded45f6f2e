"""The English language pack, built once for the whole test run, and the reading functions
bound to it (tests call `read_article(article)` and `find_claims(article)` as before)."""
from __future__ import annotations

from functools import cache

from tollwatch.extract import casualties, pipeline
from tollwatch.extract.packs import LanguagePack, load_pack


@cache
def english() -> LanguagePack:
    return load_pack("en")


def read_article(article, **kwargs):
    return pipeline.read_article(article, english(), **kwargs)


def find_claims(article):
    return casualties.find_claims(article, english())
