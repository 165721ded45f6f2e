"""The reader: everything a reading needs, built once per process or Dask worker.

`Reader.load()` builds the language packs (words and parsers) and takes the per-article time
limit from the caller's settings; `reader.read(article)` is `read_article` with them. Nothing in
extraction reads settings or loads models on its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..models import Article, Reading
from .packs import LanguagePack, load_pack
from .pipeline import read_article


@dataclass(frozen=True)
class Reader:
    packs: dict[str, LanguagePack]
    max_seconds: float = 60.0        # Settings.max_article_seconds; 0 = no limit
    default_language: str = "en"     # Settings.language: inputs that do not say theirs

    @classmethod
    def load(cls, languages: tuple[str, ...] = ("en",), *, max_seconds: float = 60.0,
             default_language: str = "en") -> "Reader":
        wanted = dict.fromkeys((*languages, default_language))
        return cls({lang: load_pack(lang) for lang in wanted}, max_seconds, default_language)

    def pack_for(self, article: Article) -> LanguagePack:
        lang = getattr(article, "language", None) or self.default_language
        return self.packs.get(lang) or self.packs[self.default_language]

    def read(self, article: Article, *, published: date | None = None) -> Reading:
        return read_article(article, self.pack_for(article), published=published,
                            max_seconds=self.max_seconds)

    __call__ = read
