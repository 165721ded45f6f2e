"""Parsers per language: offline, spaCy Docs in every language (sentences our own)."""
import socket
import subprocess
import sys
import warnings

import pytest
from spacy.tokens import Doc

from tollwatch.errors import ConfigError
from tollwatch.extract.parsers import load_parser
from tollwatch.extract.parsers.tree import repair_tree


def _refuse(*_a, **_k):
    raise OSError("network is off in this test module")


@pytest.fixture(scope="module")
def parsers():
    """Every parser built, and every test of this module run, with the network off."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket, "create_connection", _refuse)
        patch.setattr(socket.socket, "connect", _refuse)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            built = {lang: load_parser(lang) for lang in ("en", "fr", "es", "ru")}
        built["warnings"] = [str(w.message) for w in caught]
        yield built


def _victim(doc, word):
    (token,) = [t for t in doc if t.text == word]
    return token


def test_english_french_spanish_are_spacy_without_ner(parsers):
    for lang in ("en", "fr", "es"):
        assert "ner" not in parsers[lang].pipe_names
        assert "parser" in parsers[lang].pipe_names
    assert "lemmatizer" not in parsers["en"].pipe_names
    assert "lemmatizer" in parsers["fr"].pipe_names and "lemmatizer" in parsers["es"].pipe_names


def test_english_passive_subject(parsers):
    doc = parsers["en"]("Two soldiers were killed in Batken on Friday, officials said.")
    soldiers = _victim(doc, "soldiers")
    assert (soldiers.dep_, soldiers.head.text) == ("nsubjpass", "killed")


def test_french_passive_subject_and_lemmas(parsers):
    (doc,) = parsers["fr"].pipe(["Deux soldats ont été tués vendredi, selon les autorités."],
                                batch_size=8)
    soldats = _victim(doc, "soldats")
    assert (soldats.dep_, soldats.lemma_, soldats.head.lemma_) == ("nsubj:pass", "soldat", "tuer")


def test_spanish_parses_under_spacy_38_without_its_version_warning(parsers):
    doc = parsers["es"]("Dos soldados murieron el viernes en la frontera, según las autoridades.")
    soldados = _victim(doc, "soldados")
    assert (soldados.dep_, soldados.lemma_, soldados.head.lemma_) == ("nsubj", "soldado", "morir")
    assert [t.dep_ for t in doc if t.text == "Dos"] == ["nummod"]
    assert not [m for m in parsers["warnings"] if "W095" in m]


def test_spanish_version_warning_is_the_only_one_silenced():
    code = ("import warnings; warnings.simplefilter('error', UserWarning);"
            "from tollwatch.extract.parsers import load_parser; load_parser('es')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]


RUSSIAN = ("В пятницу двадцать пять военных погибли, ещё пятеро были ранены.  "
           "Об этом сообщили в Минздраве Киргизии.\nЧисло погибших выросло до 46.")


def test_russian_is_a_spacy_doc_with_the_exact_text(parsers):
    doc = parsers["ru"](RUSSIAN)
    assert isinstance(doc, Doc)
    assert doc.text == RUSSIAN
    assert [s.text.strip() for s in doc.sents] == [
        "В пятницу двадцать пять военных погибли, ещё пятеро были ранены.",
        "Об этом сообщили в Минздраве Киргизии.",
        "Число погибших выросло до 46."]
    assert [t.idx for t in doc if t.text == "46"] == [RUSSIAN.index("46")]
    # one space trails the full stop; the second, and the line break, are tokens of their own
    assert [(t.text, t.pos_) for t in doc if t.is_space] == [(" ", "SPACE"), ("\n", "SPACE")]


def test_russian_relations_lemmas_and_morphology(parsers):
    doc = parsers["ru"](RUSSIAN)
    assert [t.text for t in doc if t.like_num] == ["двадцать", "пять", "пятеро", "46"]
    military = _victim(doc, "военных")
    assert (military.dep_, military.head.lemma_, military.lemma_) == ("nsubj", "погибнуть", "военный")
    assert military.morph.get("Case") == ["Gen"]
    assert {t.text for t in military.children if t.pos_ == "NUM"} == {"пять"}
    five = _victim(doc, "пятеро")
    assert (five.dep_, five.head.text, five.lemma_) == ("nsubj:pass", "ранены", "пятеро")
    assert [t.dep_ for t in doc if t.head == t and not t.is_space] == ["ROOT", "ROOT", "ROOT"]
    assert _victim(doc, "Минздраве").lemma_ == "минздрав"


def test_russian_heads_form_trees(parsers):
    docs = list(parsers["ru"].pipe([RUSSIAN, "", "  \n", "Погибли трое"], batch_size=2))
    assert [d.text for d in docs] == [RUSSIAN, "", "  \n", "Погибли трое"]
    for doc in docs:
        for token in doc:
            steps, node = 0, token
            while node.head != node:
                node, steps = node.head, steps + 1
                assert steps <= len(doc), "a cycle in the heads"
            assert node.sent == token.sent


def test_unknown_languages_are_a_clear_config_error():
    for lang in ("de", "xx"):
        with pytest.raises(ConfigError, match="no parser"):
            load_parser(lang)


def test_importing_the_package_loads_nothing():
    code = ("import sys, tollwatch.extract.parsers;"
            "print(sorted(m for m in ('spacy', 'natasha', 'slovnet', 'pymorphy3') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# The tree repair, on head lists written by hand (1-based heads, 0 = root, as slovnet gives).

def test_a_well_formed_tree_is_left_alone():
    assert repair_tree([2, 0, 2], ["nsubj", "root", "punct"]) == ([1, 1, 1], ["nsubj", "root", "punct"], 0)


def test_a_second_root_hangs_on_the_first():
    heads, rels, repairs = repair_tree([2, 0, 4, 0], ["nsubj", "root", "nsubj", "root"])
    assert (heads, rels, repairs) == ([1, 1, 3, 1], ["nsubj", "root", "nsubj", "dep"], 1)


def test_no_root_self_loops_and_cycles_are_cut():
    heads, rels, repairs = repair_tree([3, 3, 1], ["obj", "nsubj", "root"])  # 1 -> 3 -> 1
    assert heads[2] == 2 and rels[2] == "root"
    assert heads[0] == 2 and heads[1] == 2 and repairs == 1
    heads, rels, repairs = repair_tree([2, 0, 3, 5, 4], ["nsubj", "root", "obj", "amod", "nmod"])
    assert heads == [1, 1, 1, 1, 3] and rels[2] == "dep" and repairs == 2
    assert repair_tree([], []) == ([], [], 0)
