"""Fixed multiword nouns joined into one token before the tagger and the parser.

fr_core_news_sm tags "bleu" in "Un Casque bleu a été tué" as a verb, and the phrase then loses
its role ("Casque" subject of "bleu"): joined first, "Casque bleu" is one noun, the passive
subject of "tué". The phrases are data, per language: `multiword_nouns` in
`lexicons/<lang>/parser_words.v1.json` (a language without the file joins nothing).
"""
from __future__ import annotations

import json
from importlib import resources

from spacy.language import Language


def multiword_nouns(language: str) -> list[str]:
    path = resources.files("tollwatch.extract").joinpath("lexicons", language, "parser_words.v1.json")
    if not path.is_file():
        return []
    return list(json.loads(path.read_text("utf-8")).get("multiword_nouns", []))


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


@Language.factory("tollwatch_multiword_nouns", default_config={"phrases": []})
def make_multiword_nouns(nlp, name, phrases: list[str]):
    return MultiwordNouns(phrases)
