"""The reader: everything a reading needs, built once per process or Dask worker.

`Reader.load()` takes the languages it reads, the per-article time limit and the fallback
language from the caller's settings; `reader.read(article)` decides the article's language,
then calls `read_article` with that language's pack. Nothing in extraction reads settings or
loads models on its own.

An article's language is the one its source gave (HTML `lang`, feed metadata, the JSON Lines
`language` field, `--language`: `Article.language`) when that is one of en/fr/es/ru/uk and
either not the model's default "en" or declared (`Article.language_declared`); else it is
detected from the headline and the text
(Lingua, offline, the reader's languages only); when detection cannot tell, `default_language`
(Settings.language). The language is stored on the article and printed in its output line.
Packs and the detector are built on first use and then kept, once per reader.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..models import Article, Reading
from .ahead import parse_ahead
from .packs import LanguagePack, load_pack
from .pipeline import read_article

LANGUAGES = ("en", "fr", "es", "ru", "uk")  # the languages with a pack (lexicons/<lang>/grammar.v1.json)
DETECTED = LANGUAGES                         # told apart by detection
DETECT_CHARS = 1000                    # headline + this much text decide the language (3,000 told no dev text apart better)
AHEAD = 32                             # articles whose cue sentences read_many parses in one batch


@dataclass(frozen=True)
class Reader:
    packs: dict[str, LanguagePack]
    max_seconds: float = 60.0        # Settings.max_article_seconds; 0 = no limit
    default_language: str = "en"     # Settings.language: what detection falls back to
    languages: tuple[str, ...] = ("en",)
    detect: bool = True
    _built: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, languages: tuple[str, ...] = LANGUAGES, *, max_seconds: float = 60.0,
             default_language: str = "en", detect: bool = True) -> "Reader":
        """A reader of `languages`; the fallback language's pack is built now, the others on
        the first article in their language."""
        wanted = tuple(dict.fromkeys((*languages, default_language)))
        return cls({default_language: load_pack(default_language)}, max_seconds, default_language,
                   wanted, detect)

    def pack(self, language: str) -> LanguagePack:
        """The pack of `language` (built once), else the fallback language's."""
        if language not in self.languages:
            language = self.default_language
        if language not in self.packs:
            self.packs[language] = load_pack(language)
        return self.packs[language]

    def detector(self):
        if "detector" not in self._built:
            from .language import LanguageDetector
            candidates = tuple(dict.fromkeys(
                (*self.languages, *(c for c in DETECTED if c not in LANGUAGES))))
            self._built["detector"] = LanguageDetector(candidates)
        return self._built["detector"]

    def language_of(self, article: Article) -> str:
        """The article's language: its source's, else detected, else the fallback."""
        given = getattr(article, "language", None)
        if given and (given != "en" or article.language_declared) and given in DETECTED:
            return given
        if not self.detect or len(self.languages) == 1:
            return given or self.default_language
        sample = "\n".join(filter(None, (article.title, (article.text or "")[:DETECT_CHARS])))
        return self.detector().detect(sample, fallback=self.default_language)

    def pack_for(self, article: Article) -> LanguagePack:
        return self.pack(self.language_of(article))

    def with_language(self, article: Article) -> Article:
        """The article with its language decided (language_of)."""
        language = self.language_of(article)
        return article if language == article.language else replace(article, language=language)

    def read(self, article: Article, *, published: date | None = None) -> Reading:
        article = self.with_language(article)
        return read_article(article, self.pack(article.language), published=published,
                            max_seconds=self.max_seconds)

    __call__ = read

    def read_many(self, articles: Iterable[Article], *, published: date | None = None
                  ) -> Iterator[tuple[Article, Reading | Exception]]:
        """Each article read as `read` reads it, in order: (the article as given, its reading or
        the exception its reading raised; one bad article never stops the rest). The cue sentences
        of AHEAD articles at a time are parsed in one batch per language (extract/ahead.py), so
        a run over many articles reads them faster than one `read` each."""
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= AHEAD:
                yield from self._read_chunk(chunk, published)
                chunk = []
        yield from self._read_chunk(chunk, published)

    def _read_chunk(self, chunk: list[Article], published: date | None):
        decided: list[Article | None] = []
        for article in chunk:
            try:
                decided.append(self.with_language(article))
            except Exception:  # met again, and reported, when the article is read
                decided.append(None)
        parses = parse_ahead([(a.text or "", self.pack(a.language)) if a is not None else ("", None)
                              for a in decided])
        for given, article, ready in zip(chunk, decided, parses):
            try:
                if article is None:
                    article = self.with_language(given)
                yield given, read_article(article, self.pack(article.language), published=published,
                                          max_seconds=self.max_seconds, parses=ready)
            except Exception as exc:
                yield given, exc
