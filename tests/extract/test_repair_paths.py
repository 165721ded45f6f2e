"""The quick paths the parse repairs walk (speed round 52) read the tree as the Doc does.

The repairs get a parse's tokens made once (parsed._Tokens) instead of the Doc, the pack keeps
each parser label's relation by its id, and a leaf's children are not walked. Each must see what
a repair before it changed: a new head, a new label.
"""
from tests.english import english
from tollwatch.extract.claims.parsed import _deps, _Tokens


def _parse(text: str):
    return next(english().parser.pipe([text]))


def test_a_run_of_tokens_is_the_span_it_stands_for():
    doc = _parse("Gunmen killed a teacher and his two sons in the village on Monday.")
    tokens = _Tokens(doc)
    assert len(tokens) == len(doc) and list(tokens) == list(doc)
    for k in (slice(2, 7), slice(0, 1), slice(-4, -1), slice(5, 3), slice(3, None)):
        assert tokens[k].text == doc[k].text and list(tokens[k]) == list(doc[k])
    assert tokens[-1] == doc[-1] and tokens.text == doc.text and tokens.vocab is doc.vocab


def test_a_token_made_once_sees_a_head_and_a_label_changed_through_another():
    doc = _parse("Two soldiers and a nurse were wounded near the base.")
    tokens = _Tokens(doc)
    pack = english()
    nurse = tokens[4]
    assert nurse.text == "nurse" and pack.relation(nurse) == "conj"
    doc[4].head, doc[4].dep_ = doc[6], "nsubjpass"   # through a token of the Doc's own making
    assert nurse.head == doc[6] and pack.relation(nurse) == "subjpass"
    assert nurse in _deps(tokens[6], pack, "subjpass")
    assert nurse not in _deps(tokens[1], pack, "conj")


def test_a_leaf_has_no_dependents_and_a_head_its_own():
    doc = _parse("The blast killed four people.")
    pack = english()
    killed, four, people = doc[2], doc[3], doc[4]
    assert _deps(four, pack, "num", "obj", "subj") == []
    assert _deps(people, pack, "num") == [four]
    assert _deps(killed, pack, "obj") == [people] and _deps(killed, pack, "subj")[0].text == "blast"
