"""The indexed attribute ruler sets exactly what spaCy's own ruler sets (parsers/attribute_index.py).

Compared on every token of the demo corpus and of the sentences of the round tests, per language:
tag, coarse tag, morphology, lemma, relation and head.
"""
import ast
import json
import warnings
from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler

from tollwatch.extract.parsers.attribute_index import IndexedMatch, index_attribute_ruler
from tollwatch.extract.parsers.spacy_parser import load_spacy_parser
from tollwatch.extract.text import split_sentences

ROOT = Path(__file__).resolve().parents[2]


def _demo_texts(lang: str) -> list[str]:
    texts = []
    for name in ("reports.jsonl", "reports-fr-es-ru.jsonl"):
        for line in (ROOT / "demo" / "corpus" / name).read_text("utf-8").splitlines():
            row = json.loads(line)
            if row.get("language", "en") == lang:
                texts.append(row["text"])
    return texts


def _test_strings(lang: str) -> list[str]:
    """Long string literals of the round tests whose case tuples start with `lang`."""
    found = []
    for path in sorted((ROOT / "tests" / "extract").glob("test_round*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Tuple) and len(node.elts) >= 2 and isinstance(node.elts[0], ast.Constant) \
                    and node.elts[0].value == lang:
                found += [e.value for e in node.elts[1:] if isinstance(e, ast.Constant)
                          and isinstance(e.value, str) and len(e.value) > 30]
    return found


def _sentences(lang: str) -> list[str]:
    return [s.text for t in _demo_texts(lang) + _test_strings(lang) for s in split_sentences(t)]


def _stock(lang: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = load_spacy_parser(lang, lemmas=True)
    pipeline = getattr(nlp, "nlp", nlp)
    ruler = pipeline.get_pipe("attribute_ruler")
    ruler.match = AttributeRuler.match.__get__(ruler)  # back to spaCy's Matcher
    return nlp


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_same_attributes_as_the_stock_ruler(lang):
    sentences = _sentences(lang)
    assert len(sentences) > 40, "too few sentences to compare"
    stock = _stock(lang)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        indexed = load_spacy_parser(lang, lemmas=True)
    assert isinstance(getattr(indexed, "nlp", indexed).get_pipe("attribute_ruler").match, IndexedMatch)
    tokens = 0
    for a, b in zip(stock.pipe(sentences, batch_size=64), indexed.pipe(sentences, batch_size=64)):
        for s, t in zip(a, b):
            tokens += 1
            assert (s.tag_, s.pos_, str(s.morph), s.lemma_, s.dep_, s.head.i) == \
                   (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i), (lang, a.text, s.text)
    assert tokens > 1000


def test_a_pipeline_without_a_ruler_is_left_alone():
    class Pipeline:
        pipe_names = ["tok2vec", "parser"]
    assert index_attribute_ruler(Pipeline()) is False


def test_longer_patterns_and_operators_match_as_the_matcher_does():
    import spacy
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}, index=0)
    ruler.add([[{"LOWER": {"IN": ["was", "were"]}}]], {"LEMMA": "be"})
    ruler.add([[{"LOWER": {"REGEX": "^kill"}}]], {"LEMMA": "kill"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the"]}, "IS_SPACE": False}]], {"NORM": "x"})
    doc = nlp.make_doc("They were gonna kill the guard")
    stock = AttributeRuler.match(ruler, doc)
    assert IndexedMatch(ruler)(doc) == stock
    assert [m[0] for m in stock] == [0, 1, 2, 3, 3, 3, 3, 3, 3]


def test_the_english_pack_reads_with_the_indexed_ruler():
    """The English pack builds its pipeline itself (packs._load_parser), not through
    load_spacy_parser: it must get the indexed matching too."""
    from tests.english import english
    assert isinstance(english().parser.get_pipe("attribute_ruler").match, IndexedMatch)


def test_longer_patterns_are_tried_only_where_their_first_token_may_open_them():
    import spacy
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}, index=0)
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"}, index=0)
    ruler.add([[{"LOWER": "was"}]], {"LEMMA": "be"})
    indexed = IndexedMatch(ruler)
    for text in ("They said y all were gonna go", "The guard was shot", "gon was the word", "y'all na"):
        doc = nlp.make_doc(text)
        assert indexed(doc) == AttributeRuler.match(ruler, doc), text
    assert [m[0] for m in indexed(nlp.make_doc("They said y all were gonna go"))] == [0, 1]  # by pattern number
    assert indexed(nlp.make_doc("gon was the word")) == [(2, indexed(nlp.make_doc("was"))[0][1], 1, 2)]


def test_a_word_seen_again_matches_as_the_first_time():
    """The matches kept per tag and word: the second sentence's tokens are met before, each
    matched from what was kept, and the result is still the stock ruler's."""
    import spacy
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["was", "were"]}}]], {"LEMMA": "be"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the"]}, "IS_SPACE": False}]], {"NORM": "x"})
    indexed = IndexedMatch(ruler)
    first = nlp.make_doc("the guards were shot")
    again = nlp.make_doc("were the guards shot , the guards were")
    assert indexed(first) == AttributeRuler.match(ruler, first)
    assert len(indexed.seen) == 4
    assert indexed(again) == AttributeRuler.match(ruler, again)
    assert len(indexed.seen) == 5  # only "," was new
