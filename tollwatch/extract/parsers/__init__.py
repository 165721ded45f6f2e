"""Dependency parsers per language, all offline, all yielding spaCy Docs.

`load_parser(lang)` builds the parser for one language: spaCy's pipeline for en/fr/es (NER off;
lemmas kept for fr/es), natasha's models turned into spaCy Docs for ru,
and for uk over Russian stand-ins of its words (parsers/ukrainian.py). Building takes seconds,
so a language pack builds its parser once per process or Dask worker and keeps it; nothing here
caches or loads at import. See docs/LANGUAGES.md for the measured speeds.
"""
from __future__ import annotations

from ...errors import ConfigError

LANGUAGES = ("en", "fr", "es", "ru", "uk")


def load_parser(lang: str, *, lemmas: bool | None = None, batch_size: int | None = None):
    """A parser for `lang` with `.pipe(texts, batch_size=...)` yielding spaCy Docs.

    `lemmas` (en/fr/es) overrides the language's default; `batch_size` (ru) sets how many texts
    are parsed together. ConfigError for a language without a parser.
    """
    if lang in ("en", "fr", "es"):
        from .spacy_parser import load_spacy_parser
        return load_spacy_parser(lang, lemmas=lemmas)
    if lang == "ru":
        from .russian import DEFAULT_BATCH_SIZE, RussianParser
        return RussianParser(batch_size=batch_size or DEFAULT_BATCH_SIZE)
    if lang == "uk":
        from .russian import DEFAULT_BATCH_SIZE
        from .ukrainian import UkrainianParser
        return UkrainianParser(batch_size=batch_size or DEFAULT_BATCH_SIZE)
    raise ConfigError(f"no parser for language {lang!r} (parsers: {', '.join(LANGUAGES)})")
